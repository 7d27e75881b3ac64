package dev.mfg.core.production;

import dev.mfg.core.internal.Ids;

/**
 * The id of a production order, for example {@code PO-2024-0042}: 1–64 characters, not blank, no control
 * characters.
 *
 * @param value the id text
 * @since 0.1
 */
public record ProductionOrderId(String value) implements Comparable<ProductionOrderId> {

    /** Validates the id ({@code ID_INVALID}). */
    public ProductionOrderId {
        Ids.check(value, "order.id");
    }

    /**
     * @param value the id text
     * @return the id
     */
    public static ProductionOrderId of(String value) {
        return new ProductionOrderId(value);
    }

    @Override
    public int compareTo(ProductionOrderId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
