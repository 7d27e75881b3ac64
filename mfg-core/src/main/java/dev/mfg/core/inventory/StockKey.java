package dev.mfg.core.inventory;

import dev.mfg.core.item.ItemId;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where stock is counted: an item at a location in a lot ({@link #NO_LOT} for untracked stock). Sorted by item,
 * location, lot.
 *
 * @param item the item
 * @param location the location code
 * @param lot the lot, or {@link #NO_LOT}
 * @since 0.1
 */
public record StockKey(ItemId item, String location, String lot) implements Comparable<StockKey> {
    /** The lot of untracked stock: the empty string. */
    public static final String NO_LOT = "";

    private static final Comparator<StockKey> ORDER = Comparator.comparing(StockKey::item)
            .thenComparing(StockKey::location).thenComparing(StockKey::lot);

    /** Validates non-null components. */
    public StockKey {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lot, "lot");
    }

    /**
     * @param item the item
     * @param location the location
     * @param lot the lot, or {@link #NO_LOT}
     * @return the key
     */
    public static StockKey of(ItemId item, String location, String lot) {
        return new StockKey(item, location, lot);
    }

    @Override
    public int compareTo(StockKey o) {
        return ORDER.compare(this, o);
    }
}
