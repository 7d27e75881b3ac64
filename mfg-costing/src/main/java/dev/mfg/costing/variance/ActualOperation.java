package dev.mfg.costing.variance;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.costing.internal.CostingStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one operation of an order actually took. Validated on construction: negative hours →
 * {@code TIME_NEGATIVE}, negative rates → {@code RATE_NEGATIVE}, at {@code actual.operations[NO].field}.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class ActualOperation {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the routing operation number} */
    public abstract int no();

    /** {@return actual run hours (machine and labor hours are taken as equal)} By default 0. */
    @Value.Default
    public BigDecimal runHours() {
        return BigDecimal.ZERO;
    }

    /** {@return actual setup hours} By default 0. */
    @Value.Default
    public BigDecimal setupHours() {
        return BigDecimal.ZERO;
    }

    /**
     * {@return the actual labor rate: per hour under HOURLY, per piece under PIECE_RATE} Absent: the standard rate
     * (no rate variance).
     */
    public abstract Optional<BigDecimal> laborRate();

    /** {@return the actual overhead rate per hour} Absent: the standard rate (no spending variance). */
    public abstract Optional<BigDecimal> overheadRatePerHour();

    /**
     * {@return the pieces paid under PIECE_RATE labor (for example the operation's good pieces)} Absent: every piece
     * produced by the order (good + scrapped). Ignored under HOURLY labor.
     */
    public abstract Optional<BigDecimal> pieces();

    /**
     * {@return the actual tool depreciation of the operation (for example counted cycles × cost per cycle)} Absent:
     * the standard tooling per piece × the pieces produced (no tooling usage variance).
     */
    public abstract Optional<BigDecimal> toolingCost();

    @Value.Check
    final void check() {
        Problems p = new Problems();
        String path = "actual.operations[" + no() + "]";
        if (runHours().signum() < 0) {
            p.add(RuleCode.TIME_NEGATIVE, path + ".runHours", runHours().toPlainString(), "Run hours must not be negative.");
        }
        if (setupHours().signum() < 0) {
            p.add(RuleCode.TIME_NEGATIVE, path + ".setupHours", setupHours().toPlainString(),
                    "Setup hours must not be negative.");
        }
        laborRate().filter(r -> r.signum() < 0).ifPresent(r -> p.add(RuleCode.RATE_NEGATIVE, path + ".laborRate",
                r.toPlainString(), "The labor rate must not be negative."));
        overheadRatePerHour().filter(r -> r.signum() < 0).ifPresent(r -> p.add(RuleCode.RATE_NEGATIVE,
                path + ".overheadRatePerHour", r.toPlainString(), "The overhead rate must not be negative."));
        pieces().filter(v -> v.signum() < 0).ifPresent(v -> p.add(RuleCode.QTY_NEGATIVE, path + ".pieces",
                v.toPlainString(), "The paid pieces must not be negative."));
        toolingCost().filter(v -> v.signum() < 0).ifPresent(v -> p.add(RuleCode.RATE_NEGATIVE, path + ".toolingCost",
                v.toPlainString(), "The tooling cost must not be negative."));
        p.throwIfAny();
    }

    /** Builds {@link ActualOperation} values. */
    public static final class Builder extends ImmutableActualOperation.Builder {
        Builder() {}
    }
}
