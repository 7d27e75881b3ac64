package dev.mfg.core.item;

import dev.mfg.core.internal.Ids;

/**
 * The id (code) of an item, such as {@code FG-WIDGET-001}: 1–64 characters, no control characters.
 * Ordered by code, which is the deterministic order of every output.
 *
 * @param value the code
 * @since 0.1
 */
public record ItemId(String value) implements Comparable<ItemId> {

    /** Validates the code. */
    public ItemId {
        Ids.check(value, "item.id");
    }

    /**
     * @param value the code
     * @return the id
     */
    public static ItemId of(String value) {
        return new ItemId(value);
    }

    @Override
    public int compareTo(ItemId o) {
        return value.compareTo(o.value);
    }

    /** {@return the code} */
    @Override
    public String toString() {
        return value;
    }
}
