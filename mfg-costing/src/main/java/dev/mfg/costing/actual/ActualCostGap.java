package dev.mfg.costing.actual;

import java.util.Objects;

/**
 * Something the actual costing could not price: a material transaction without a unit cost and no standard to fall
 * back on, a tool missing from the master data, a completed operation without reported times on a work center
 * with hourly rates. The amount it stands for is not in the totals.
 *
 * @param subject what it concerns: {@code op 10 (FDM-POOL)} or {@code op 10 / MAT-PLA-BLK}
 * @param message what was found, with the values in parentheses
 * @since 0.1
 */
public record ActualCostGap(String subject, String message) {
    /** Validates non-null components. */
    public ActualCostGap {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}
