package dev.mfg.core.production;

import java.util.Locale;

/**
 * Why pieces were scrapped (seed 001 {@code material_transactions.reason_code}).
 *
 * @since 0.1
 */
public enum ScrapReason {
    /** The piece failed inspection. */
    QUALITY_DEFECT,
    /** A machine fault spoiled it. */
    MACHINE_ERROR,
    /** An operator mistake spoiled it. */
    OPERATOR_ERROR,
    /** The material itself was defective. */
    MATERIAL_DEFECT;

    /** {@return the code written on transactions: the name in lower case, {@code quality_defect}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
