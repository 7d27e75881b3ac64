package dev.mfg.core.quantity;

/**
 * The dimension a unit of measures. Units of one category convert through their factors to the category's
 * base unit; units of different categories convert only through an explicit (usually item-specific) factor.
 * {@link #OTHER} units (BOX, SHEET, ROLL, ...) have no standard factor and convert only explicitly.
 *
 * @since 0.1
 */
public enum UomCategory {
    /** Pieces; base unit {@code EA}. */
    COUNT("EA"),
    /** Mass; base unit {@code G}. */
    MASS("G"),
    /** Length; base unit {@code M}. */
    LENGTH("M"),
    /** Area; base unit {@code M2}. */
    AREA("M2"),
    /** Volume; base unit {@code L}. */
    VOLUME("L"),
    /** Duration; base unit {@code S}. */
    TIME("S"),
    /** Custom units without a standard factor. */
    OTHER("");

    private final String baseCode;

    UomCategory(String baseCode) {
        this.baseCode = baseCode;
    }

    /** {@return the code of the category's base unit (empty for OTHER)} */
    public String baseCode() {
        return baseCode;
    }
}
