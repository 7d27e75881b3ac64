package dev.mfg.core.quantity;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An explicit conversion: one {@code from} equals {@code factor} {@code to} (1 SHEET = 0.02 KG; 1 SPOOL =
 * 1000 G). Used both globally (scenario {@code uomConversions}) and per item (weight per piece). It applies in
 * both directions. The factor is stored exactly, never truncated.
 *
 * @param from the unit converted from
 * @param to the unit converted to
 * @param factor how many {@code to} make one {@code from}; positive
 * @since 0.1
 */
public record UomConversion(Uom from, Uom to, BigDecimal factor) {

    /** Validates the factor. */
    public UomConversion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(factor, "factor");
        factor = Decimals.checkMoney(factor, "uomConversion.factor");
        if (factor.signum() <= 0) {
            throw InvalidInputException.of(RuleCode.FACTOR_INVALID, "uomConversion.factor", factor,
                    "The factor from (" + from + ") to (" + to + ") must be positive.");
        }
        if (from.equals(to)) {
            throw InvalidInputException.of(RuleCode.FACTOR_INVALID, "uomConversion.to", to,
                    "A conversion must be between two different units.");
        }
    }

    /**
     * @param from the source unit
     * @param factor how many {@code to} make one {@code from}
     * @param to the target unit
     * @return the conversion
     */
    public static UomConversion of(Uom from, BigDecimal factor, Uom to) {
        return new UomConversion(from, to, factor);
    }
}
