package dev.mfg.mrp;

import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The load of one work center in one bucket ({@code capacity} of the plan format): setup plus run hours of the
 * planned orders whose operations start (setup start) in the bucket, against the effective capacity of the
 * bucket's working days. Hours are rounded half-up to 6 fractional digits.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class CapacityLoad {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the work center} */
    public abstract WorkCenterId workCenter();

    /** {@return the bucket index} */
    public abstract int bucket();

    /** {@return setup + run hours of the operations starting in the bucket} */
    public abstract BigDecimal loadHours();

    /**
     * {@return the effective capacity of the bucket in hours} Effective capacity per working day (daily capacity
     * × multiplier × efficiency × utilization; for a work center counting pieces or KG, the calendar's hours a
     * day × multiplier × efficiency × utilization) × the working days of the bucket on the work center's calendar.
     */
    public abstract BigDecimal capacityHours();

    /** {@return whether the load exceeds the capacity} */
    public final boolean overloaded() {
        return loadHours().compareTo(capacityHours()) > 0;
    }

    /** Builds {@link CapacityLoad} values. */
    public static final class Builder extends ImmutableCapacityLoad.Builder {
        Builder() {}
    }
}
