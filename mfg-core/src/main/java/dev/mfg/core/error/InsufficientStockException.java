package dev.mfg.core.error;

import java.math.BigDecimal;

/**
 * An issue would take stock below zero where the negative-stock policy forbids it.
 *
 * @since 0.1
 */
public final class InsufficientStockException extends StateException {
    private static final long serialVersionUID = 1L;

    private final String item;
    private final String location;
    private final BigDecimal shortBy;

    /**
     * @param item the item id
     * @param location the location
     * @param shortBy how much is missing, in the item's base unit
     */
    public InsufficientStockException(String item, String location, BigDecimal shortBy) {
        super("The stock of item (" + item + ") at (" + location + ") is short by (" + shortBy.toPlainString()
                + ").\nMaybe receive or transfer stock first, or allow negative stock for this item.");
        this.item = item;
        this.location = location;
        this.shortBy = shortBy;
    }

    /** {@return the item id} */
    public String item() {
        return item;
    }

    /** {@return the location} */
    public String location() {
        return location;
    }

    /** {@return the missing quantity, in the item's base unit} */
    public BigDecimal shortBy() {
        return shortBy;
    }
}
