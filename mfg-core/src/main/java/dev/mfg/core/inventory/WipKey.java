package dev.mfg.core.inventory;

import dev.mfg.core.item.ItemId;
import java.util.Comparator;
import java.util.Objects;

/**
 * Work in process of one component on one production order (issued and not yet consumed, scrapped or returned).
 *
 * @param order the production order id
 * @param item the component
 * @since 0.1
 */
public record WipKey(String order, ItemId item) implements Comparable<WipKey> {
    private static final Comparator<WipKey> ORDER = Comparator.comparing(WipKey::order).thenComparing(WipKey::item);

    /** Validates non-null components. */
    public WipKey {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(item, "item");
    }

    @Override
    public int compareTo(WipKey o) {
        return ORDER.compare(this, o);
    }
}
