package dev.mfg.core.inventory;

import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

/**
 * Stock per (item, location, lot) and work in process per (order, item), base units, zero balances left out.
 * Sorted, so two equal states print and hash identically.
 *
 * @param stock the stock balances
 * @param wip the work in process balances
 * @since 0.1
 */
public record Balances(SortedMap<StockKey, BigDecimal> stock, SortedMap<WipKey, BigDecimal> wip) {

    /** Copies the maps into unmodifiable sorted maps, dropping zeros and normalising scale. */
    public Balances {
        stock = clean(Objects.requireNonNull(stock, "stock"));
        wip = clean(Objects.requireNonNull(wip, "wip"));
    }

    private static <K extends Comparable<K>> SortedMap<K, BigDecimal> clean(Map<K, BigDecimal> m) {
        TreeMap<K, BigDecimal> t = new TreeMap<>();
        m.forEach((k, v) -> {
            if (v.signum() != 0) {
                t.put(k, dev.mfg.core.quantity.Decimals.strip(v));
            }
        });
        return Collections.unmodifiableSortedMap(t);
    }

    /**
     * @param key a stock key
     * @return its balance, zero if none
     */
    public BigDecimal stockOf(StockKey key) {
        return stock.getOrDefault(key, BigDecimal.ZERO);
    }

    /**
     * @param item an item
     * @return Σ over every location and lot
     */
    public BigDecimal totalOf(ItemId item) {
        return stock.entrySet().stream().filter(e -> e.getKey().item().equals(item)).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * @param order an order
     * @param item a component
     * @return its work in process, zero if none
     */
    public BigDecimal wipOf(String order, ItemId item) {
        return wip.getOrDefault(new WipKey(order, item), BigDecimal.ZERO);
    }
}
