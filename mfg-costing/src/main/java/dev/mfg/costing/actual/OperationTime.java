package dev.mfg.costing.actual;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The hours reported for one operation of an order: run hours (labor and machine hours are taken as equal, as in
 * {@link dev.mfg.costing.variance.ActualOperation}) and setup hours.
 *
 * @param operation the operation number, positive ({@code OPERATION_NO_INVALID})
 * @param runHours run hours, not negative ({@code TIME_NEGATIVE} at {@code times.operations[NO].runHours})
 * @param setupHours setup hours, not negative ({@code TIME_NEGATIVE} at {@code times.operations[NO].setupHours})
 * @since 0.1
 */
public record OperationTime(int operation, BigDecimal runHours, BigDecimal setupHours) {

    /** Validates the components, all problems at once. */
    public OperationTime {
        Objects.requireNonNull(runHours, "runHours");
        Objects.requireNonNull(setupHours, "setupHours");
        Problems p = new Problems();
        String path = "times.operations[" + operation + "]";
        if (operation <= 0) {
            p.add(RuleCode.OPERATION_NO_INVALID, path, operation, "The operation number (" + operation
                    + ") must be positive.");
        }
        if (runHours.signum() < 0) {
            p.add(RuleCode.TIME_NEGATIVE, path + ".runHours", runHours.toPlainString(), "The run hours ("
                    + runHours.toPlainString() + ") of operation (" + operation + ") must not be negative.");
        }
        if (setupHours.signum() < 0) {
            p.add(RuleCode.TIME_NEGATIVE, path + ".setupHours", setupHours.toPlainString(), "The setup hours ("
                    + setupHours.toPlainString() + ") of operation (" + operation + ") must not be negative.");
        }
        p.throwIfAny();
    }

    /**
     * @param operation the operation number
     * @param runHours run hours as decimal text
     * @param setupHours setup hours as decimal text
     * @return the reported time
     * @throws InvalidInputException if invalid
     */
    public static OperationTime of(int operation, String runHours, String setupHours) {
        return new OperationTime(operation, new BigDecimal(runHours), new BigDecimal(setupHours));
    }
}
