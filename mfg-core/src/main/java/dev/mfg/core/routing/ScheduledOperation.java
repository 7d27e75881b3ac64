package dev.mfg.core.routing;

import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.resource.WorkCenterId;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * One operation placed on its work center's calendar by a {@link RoutingScheduler}: queue, then setup, then
 * run, then move. Each instant is at or after the previous one.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class ScheduledOperation {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the operation number} */
    public abstract int no();

    /** {@return the work center} */
    public abstract WorkCenterId workCenter();

    /** {@return when the operation's queue (waiting) starts} */
    public abstract LocalDateTime queueStart();

    /** {@return when setup starts: the operation's start, when its materials are needed} */
    public abstract LocalDateTime setupStart();

    /** {@return when the run starts} */
    public abstract LocalDateTime runStart();

    /** {@return when the run ends} */
    public abstract LocalDateTime runEnd();

    /** {@return when the move to the next operation ends} */
    public abstract LocalDateTime moveEnd();

    /** Builds {@link ScheduledOperation} values. */
    public static final class Builder extends ImmutableScheduledOperation.Builder {
        Builder() {}
    }
}
