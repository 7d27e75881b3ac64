package dev.mfg.core.routing;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.WorkCenter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The times of one {@link Operation} on its {@link WorkCenter} with its {@link Tool}, in minutes, exact.
 *
 * <pre>{@code
 * OperationTimes t = OperationTimes.of(press, wcPress, Optional.of(moldCup));
 * t.runMinutesPerPiece();       // 60 s / 60 / 4 cavities = 0.25
 * t.minutesFor(BigDecimal.valueOf(1000)); // 90 (tool setup) + 1000 × 0.25 / 0.85
 * }</pre>
 *
 * <p>Rules (scenario format, costing semantics):
 * <ul>
 *   <li>cavities: the operation's, else the tool's when it names one, else 1; an operation may not claim more
 *       cavities than its tool has ({@code CAVITIES_INVALID});</li>
 *   <li>run minutes per piece: {@code runMinutesPerUnit}, or {@code cycleSeconds / 60 / cavities}, or 0;</li>
 *   <li>effective run minutes per piece: that divided by the work center's efficiency factor;</li>
 *   <li>setup minutes: the operation's when positive, else the tool's, else 0; never divided by efficiency
 *       (an operation cannot say "explicitly zero setup" while its tool has one);</li>
 *   <li>time for a quantity q: {@code setup + q × run / efficiency}, the <em>continuous</em> form (a started
 *       cycle is not rounded up; {@link #cycles} counts whole cycles for tool wear);</li>
 *   <li>queue and move minutes add lead time, never cost or capacity load.</li>
 * </ul>
 * Every quotient is computed with one division, exact when it terminates, else rounded to
 * {@link Decimals#MONEY_CONTEXT} (34 significant digits).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OperationTimes {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final Operation operation;
    private final WorkCenter workCenter;
    private final int cavities;
    private final BigDecimal setupMinutes;
    /** Run minutes per piece = runNumerator / runDenominator (before efficiency). */
    private final BigDecimal runNumerator;
    private final BigDecimal runDenominator;

    private OperationTimes(Operation operation, WorkCenter workCenter, int cavities, BigDecimal setupMinutes,
            BigDecimal runNumerator, BigDecimal runDenominator) {
        this.operation = operation;
        this.workCenter = workCenter;
        this.cavities = cavities;
        this.setupMinutes = setupMinutes;
        this.runNumerator = runNumerator;
        this.runDenominator = runDenominator;
    }

    /**
     * @param operation the operation
     * @param workCenter its work center
     * @param tool its tool: required when the operation names one, ignored otherwise
     * @return the times
     * @throws IllegalArgumentException if the work center or tool is not the one the operation names
     * @throws InvalidInputException with {@code REFERENCE_UNKNOWN} at {@code operation[NO].tool} when the
     *         operation names a tool and none is given, or {@code CAVITIES_INVALID} at
     *         {@code operation[NO].cavities} when the operation claims more cavities than its tool has
     */
    public static OperationTimes of(Operation operation, WorkCenter workCenter, Optional<Tool> tool) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(workCenter, "workCenter");
        Objects.requireNonNull(tool, "tool");
        String path = "operation[" + operation.no() + "]";
        if (!operation.workCenter().equals(workCenter.id())) {
            throw new IllegalArgumentException("Operation (" + operation.no() + ") runs on work center ("
                    + operation.workCenter() + "), not on (" + workCenter.id() + ").");
        }
        Optional<Tool> used = Optional.empty();
        if (operation.tool().isPresent()) {
            if (tool.isEmpty()) {
                throw InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, path + ".tool", operation.tool().get(),
                        "The tool (" + operation.tool().get() + ") of operation (" + operation.no()
                                + ") is unknown.\nMaybe add the tool to the master data.");
            }
            if (!tool.get().id().equals(operation.tool().get())) {
                throw new IllegalArgumentException("Operation (" + operation.no() + ") uses tool ("
                        + operation.tool().get() + "), not (" + tool.get().id() + ").");
            }
            used = tool;
        }
        int cavities = operation.cavities().isPresent() ? operation.cavities().getAsInt()
                : used.map(Tool::cavities).orElse(1);
        if (used.isPresent() && cavities > used.get().cavities()) {
            throw InvalidInputException.of(RuleCode.CAVITIES_INVALID, path + ".cavities", cavities,
                    "Operation (" + operation.no() + ") claims (" + cavities + ") cavities but its tool ("
                            + used.get().id() + ") has (" + used.get().cavities() + ").");
        }
        BigDecimal setup = operation.setupMinutes().signum() > 0 ? operation.setupMinutes()
                : used.map(Tool::setupMinutes).orElse(BigDecimal.ZERO);
        BigDecimal numerator;
        BigDecimal denominator;
        if (operation.runMinutesPerUnit().isPresent()) {
            numerator = operation.runMinutesPerUnit().get();
            denominator = BigDecimal.ONE;
        } else if (operation.cycleSeconds().isPresent()) {
            numerator = operation.cycleSeconds().get();
            denominator = SIXTY.multiply(BigDecimal.valueOf(cavities));
        } else {
            numerator = BigDecimal.ZERO;
            denominator = BigDecimal.ONE;
        }
        return new OperationTimes(operation, workCenter, cavities, setup, numerator, denominator);
    }

    /** {@return the operation} */
    public Operation operation() {
        return operation;
    }

    /** {@return the work center} */
    public WorkCenter workCenter() {
        return workCenter;
    }

    /** {@return the pieces made per cycle} */
    public int cavities() {
        return cavities;
    }

    /** {@return the setup minutes per lot (operation's, else tool's, else 0); not divided by efficiency} */
    public BigDecimal setupMinutes() {
        return setupMinutes;
    }

    /** {@return the standard run minutes per piece, before efficiency} */
    public BigDecimal runMinutesPerPiece() {
        return Decimals.divide(runNumerator, runDenominator);
    }

    /** {@return the run minutes per piece divided by the work center's efficiency factor} */
    public BigDecimal effectiveRunMinutesPerPiece() {
        return Decimals.divide(runNumerator, runDenominator.multiply(workCenter.efficiencyFactor()));
    }

    /** {@return the queue minutes before the operation} */
    public BigDecimal queueMinutes() {
        return operation.queueMinutes();
    }

    /** {@return the move minutes after the operation} */
    public BigDecimal moveMinutes() {
        return operation.moveMinutes();
    }

    /**
     * @param quantity pieces, at least 0
     * @return the run minutes for the quantity: {@code q × run / efficiency}, one division
     * @throws InvalidInputException with {@code QTY_NEGATIVE} at {@code operation[NO].quantity} if negative
     */
    public BigDecimal runMinutesFor(BigDecimal quantity) {
        BigDecimal q = checkQuantity(quantity);
        return Decimals.divide(q.multiply(runNumerator), runDenominator.multiply(workCenter.efficiencyFactor()));
    }

    /**
     * @param quantity pieces, at least 0
     * @return the minutes the work center is busy: setup + {@link #runMinutesFor run minutes}, continuous form
     * @throws InvalidInputException with {@code QTY_NEGATIVE} at {@code operation[NO].quantity} if negative
     */
    public BigDecimal minutesFor(BigDecimal quantity) {
        return Decimals.strip(setupMinutes.add(runMinutesFor(quantity)));
    }

    /**
     * @param quantity pieces, at least 0
     * @return the lead-time minutes of the operation: queue + {@link #minutesFor busy minutes} + move
     * @throws InvalidInputException with {@code QTY_NEGATIVE} at {@code operation[NO].quantity} if negative
     */
    public BigDecimal leadTimeMinutesFor(BigDecimal quantity) {
        return Decimals.strip(queueMinutes().add(minutesFor(quantity)).add(moveMinutes()));
    }

    /**
     * @param quantity pieces, at least 0
     * @return the whole cycles (presses) needed: ⌈q / cavities⌉, for tool wear and depreciation
     * @throws InvalidInputException with {@code QTY_NEGATIVE} at {@code operation[NO].quantity} if negative
     */
    public long cycles(BigDecimal quantity) {
        BigDecimal q = checkQuantity(quantity);
        return q.divide(BigDecimal.valueOf(cavities), 0, RoundingMode.CEILING).longValueExact();
    }

    private BigDecimal checkQuantity(BigDecimal quantity) {
        String path = "operation[" + operation.no() + "].quantity";
        BigDecimal q = Decimals.checkQuantity(quantity, path);
        return Decimals.requireNonNegative(q, RuleCode.QTY_NEGATIVE, path);
    }


    @Override
    public String toString() {
        return "OperationTimes[no=" + operation.no() + ", setup=" + setupMinutes.toPlainString() + ", run/pc="
                + effectiveRunMinutesPerPiece().toPlainString() + ", cavities=" + cavities + "]";
    }
}
