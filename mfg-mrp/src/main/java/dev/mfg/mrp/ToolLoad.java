package dev.mfg.mrp;

import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.mrp.internal.MrpStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The load of one tool (mold, die, fixture) in one bucket: setup plus run hours of the planned orders' operations
 * that name the tool and whose setup starts in the bucket (the same hours and attribution as
 * {@link CapacityLoad}), against what the tool's copies can be mounted for: {@code copies × working hours of the
 * bucket} on the calendar of {@link #calendarOf()} (working days × working time per day). Hours are rounded
 * half-up to 6 fractional digits.
 *
 * @since 0.2
 */
@Value.Immutable
@MrpStyle
public abstract class ToolLoad {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the tool} */
    public abstract ToolId tool();

    /** {@return the bucket index} */
    public abstract int bucket();

    /** {@return setup + run hours of the operations needing the tool that start in the bucket} */
    public abstract BigDecimal loadHours();

    /**
     * {@return the capacity of the tool in the bucket in hours}: the tool's copies × the working hours of the
     * bucket on the calendar of {@link #calendarOf()}.
     */
    public abstract BigDecimal capacityHours();

    /**
     * {@return the work center whose calendar gives the tool's working hours}: of the work centers of the loaded
     * operations that name the tool (anywhere in the plan), the one with the smallest id.
     */
    public abstract WorkCenterId calendarOf();

    /** {@return whether the load exceeds the capacity} */
    public final boolean overloaded() {
        return loadHours().compareTo(capacityHours()) > 0;
    }

    /** Builds {@link ToolLoad} values. */
    public static final class Builder extends ImmutableToolLoad.Builder {
        Builder() {}
    }
}
