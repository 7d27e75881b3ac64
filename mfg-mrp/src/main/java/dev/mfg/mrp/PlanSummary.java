package dev.mfg.mrp;

import dev.mfg.mrp.internal.MrpStyle;
import org.immutables.value.Value;

/**
 * Counts of a plan and the time it took. The elapsed time is excluded from {@code equals} and {@code hashCode},
 * so two plans of the same input are equal.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class PlanSummary {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the number of items planned (every item of the master data)} */
    public abstract int items();

    /** {@return the number of planned orders} */
    public abstract int plannedOrders();

    /** {@return the wall-clock time of the run in milliseconds (not part of equality)} */
    @Value.Auxiliary
    public abstract long elapsedMillis();

    /** Builds {@link PlanSummary} values. */
    public static final class Builder extends ImmutablePlanSummary.Builder {
        Builder() {}
    }
}
