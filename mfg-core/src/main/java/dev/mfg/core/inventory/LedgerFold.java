package dev.mfg.core.inventory;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Balances as a pure fold of ledger entries: the definition every cached view must equal (invariant 2).
 *
 * @since 0.1
 */
public final class LedgerFold {
    private LedgerFold() {}

    /**
     * Folds entries into balances. The order of entries does not matter for the totals. A reversal contributes the
     * negation of its original's effects ({@link MaterialTransaction#stockDelta()} and friends), so an entry and
     * its reversal together contribute exactly zero.
     *
     * @param entries ledger entries
     * @return stock per (item, location, lot) and work in process per (order, item)
     */
    public static Balances fold(Iterable<LedgerEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        TreeMap<StockKey, BigDecimal> stock = new TreeMap<>();
        TreeMap<WipKey, BigDecimal> wip = new TreeMap<>();
        for (LedgerEntry e : entries) {
            MaterialTransaction t = e.transaction();
            BigDecimal s = t.stockDelta();
            if (s.signum() != 0) {
                stock.merge(StockKey.of(t.item(), t.location(), t.lot()), s, BigDecimal::add);
            }
            BigDecimal to = t.toLocationDelta();
            if (to.signum() != 0) {
                stock.merge(StockKey.of(t.item(), t.toLocation().orElseThrow(), t.lot()), to, BigDecimal::add);
            }
            BigDecimal w = t.wipDelta();
            if (w.signum() != 0) {
                wip.merge(new WipKey(t.order().orElseThrow(), t.item()), w, BigDecimal::add);
            }
        }
        return new Balances(stock, wip);
    }
}
