package dev.mfg.core.quantity;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A unit of measure: a code, its {@link UomCategory category} and its exact factor to the category's base unit
 * (KG = 1000 G, so {@code KG.factorToBase() == 1000}). Codes are case-insensitive and kept upper-case.
 *
 * <p>Standard units are constants; {@link #parse(String)} returns them for their codes and makes a custom
 * {@link UomCategory#OTHER} unit for any other code. Immutable value: compare with {@code equals}.
 *
 * @param code the unit code, upper-case, 1–16 characters
 * @param category the category
 * @param factorToBase the exact number of base units in one of this unit (1 for {@code OTHER} units)
 * @since 0.1
 */
public record Uom(String code, UomCategory category, BigDecimal factorToBase) implements Comparable<Uom> {
    /** Each (count). */
    public static final Uom EA = std("EA", UomCategory.COUNT, "1");
    /** Pieces, the same as each. */
    public static final Uom PCS = std("PCS", UomCategory.COUNT, "1");
    /** Dozen = 12 EA. */
    public static final Uom DZ = std("DZ", UomCategory.COUNT, "12");
    /** Milligram. */
    public static final Uom MG = std("MG", UomCategory.MASS, "0.001");
    /** Gram (mass base). */
    public static final Uom G = std("G", UomCategory.MASS, "1");
    /** Kilogram = 1000 G. */
    public static final Uom KG = std("KG", UomCategory.MASS, "1000");
    /** Metric tonne = 1,000,000 G. */
    public static final Uom T = std("T", UomCategory.MASS, "1000000");
    /** Avoirdupois pound = 453.59237 G (exact by definition). */
    public static final Uom LB = std("LB", UomCategory.MASS, "453.59237");
    /** Avoirdupois ounce = 28.349523125 G (exact by definition). */
    public static final Uom OZ = std("OZ", UomCategory.MASS, "28.349523125");
    /** Millimetre. */
    public static final Uom MM = std("MM", UomCategory.LENGTH, "0.001");
    /** Centimetre. */
    public static final Uom CM = std("CM", UomCategory.LENGTH, "0.01");
    /** Metre (length base). */
    public static final Uom M = std("M", UomCategory.LENGTH, "1");
    /** Kilometre. */
    public static final Uom KM = std("KM", UomCategory.LENGTH, "1000");
    /** Inch = 0.0254 M. */
    public static final Uom IN = std("IN", UomCategory.LENGTH, "0.0254");
    /** Foot = 0.3048 M. */
    public static final Uom FT = std("FT", UomCategory.LENGTH, "0.3048");
    /** Square millimetre. */
    public static final Uom MM2 = std("MM2", UomCategory.AREA, "0.000001");
    /** Square centimetre. */
    public static final Uom CM2 = std("CM2", UomCategory.AREA, "0.0001");
    /** Square metre (area base). */
    public static final Uom M2 = std("M2", UomCategory.AREA, "1");
    /** Millilitre. */
    public static final Uom ML = std("ML", UomCategory.VOLUME, "0.001");
    /** Litre (volume base). */
    public static final Uom L = std("L", UomCategory.VOLUME, "1");
    /** Cubic metre = 1000 L. */
    public static final Uom M3 = std("M3", UomCategory.VOLUME, "1000");
    /** Second (time base). */
    public static final Uom S = std("S", UomCategory.TIME, "1");
    /** Minute = 60 S. */
    public static final Uom MIN = std("MIN", UomCategory.TIME, "60");
    /** Hour = 3600 S. */
    public static final Uom H = std("H", UomCategory.TIME, "3600");
    /** Day = 86400 S. */
    public static final Uom DAY = std("DAY", UomCategory.TIME, "86400");

    private static final Map<String, Uom> STANDARD = new TreeMap<>();

    static {
        for (Uom u : new Uom[] {EA, PCS, DZ, MG, G, KG, T, LB, OZ, MM, CM, M, KM, IN, FT, MM2, CM2, M2, ML, L, M3,
            S, MIN, H, DAY}) {
            STANDARD.put(u.code, u);
        }
        STANDARD.put("PC", PCS);
        STANDARD.put("PCE", PCS);
        STANDARD.put("GR", G);
        STANDARD.put("SEC", S);
        STANDARD.put("HR", H);
        STANDARD.put("HOUR", H);
    }

    /** Validates the code and factor. */
    public Uom {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(factorToBase, "factorToBase");
        if (code.isBlank() || code.length() > 16 || !code.chars().allMatch(c -> c > 32 && c < 127)) {
            throw InvalidInputException.of(RuleCode.ID_INVALID, "uom.code", code,
                    "A unit code must be 1-16 printable ASCII characters without spaces.");
        }
        code = code.toUpperCase(Locale.ROOT);
        if (factorToBase.signum() <= 0) {
            throw InvalidInputException.of(RuleCode.FACTOR_INVALID, "uom.factorToBase", factorToBase,
                    "The factor of unit (" + code + ") must be positive.");
        }
    }

    private static Uom std(String code, UomCategory category, String factor) {
        return new Uom(code, category, new BigDecimal(factor));
    }

    /**
     * Returns the standard unit for a code (case-insensitive, with common aliases such as {@code PC}, {@code SEC},
     * {@code HR}), or a custom {@link UomCategory#OTHER} unit for an unknown code.
     *
     * @param code the unit code
     * @return the unit
     */
    public static Uom parse(String code) {
        Objects.requireNonNull(code, "code");
        Uom standard = STANDARD.get(code.toUpperCase(Locale.ROOT));
        return standard != null ? standard : custom(code);
    }

    /**
     * A custom unit with no standard factor (converts only through explicit conversions).
     *
     * @param code the code
     * @return the unit
     */
    public static Uom custom(String code) {
        return new Uom(code, UomCategory.OTHER, BigDecimal.ONE);
    }

    /**
     * A custom unit in a standard category with its factor to the base unit (for example a 25 KG bag would be a
     * mass unit with factor 25000).
     *
     * @param code the code
     * @param category the category
     * @param factorToBase base units per one of this unit
     * @return the unit
     */
    public static Uom of(String code, UomCategory category, BigDecimal factorToBase) {
        return new Uom(code, category, factorToBase);
    }

    /** {@return whether this unit is one of the built-in standard units} */
    public boolean isStandard() {
        return this.equals(STANDARD.get(code));
    }

    /**
     * @param other another unit
     * @return whether the two convert through standard factors (same category, not {@code OTHER})
     */
    public boolean isConvertibleTo(Uom other) {
        return this.equals(other) || (category != UomCategory.OTHER && category == other.category);
    }

    /** Orders by code. */
    @Override
    public int compareTo(Uom o) {
        return code.compareTo(o.code);
    }

    /** {@return the code}, which {@link #parse(String)} turns back into this unit for standard units */
    @Override
    public String toString() {
        return code;
    }
}
