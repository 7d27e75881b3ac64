package dev.mfg.core.error;

/**
 * No conversion exists between two units of measure (different categories and no item-specific or explicit
 * factor), for example KG to EA for an item without a declared weight per piece.
 *
 * @since 0.1
 */
public final class UnitConversionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;
    private final String item;

    /**
     * @param from the source unit code
     * @param to the target unit code
     * @param item the item id, or empty text for a conversion without item
     * @param path the field path
     */
    public UnitConversionException(String from, String to, String item, String path) {
        super(new Problem(RuleCode.UOM_INCOMPATIBLE.name(), path, from + "->" + to,
                "There is no conversion from (" + from + ") to (" + to + ")"
                        + (item.isEmpty() ? "" : " for item (" + item + ")") + "."
                        + "\nMaybe declare an item-specific conversion between these units."));
        this.from = from;
        this.to = to;
        this.item = item;
    }

    /** {@return the source unit code} */
    public String from() {
        return from;
    }

    /** {@return the target unit code} */
    public String to() {
        return to;
    }

    /** {@return the item id, or empty text} */
    public String item() {
        return item;
    }
}
