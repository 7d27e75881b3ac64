package dev.mfg.core.routing;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * The result of scheduling one lot through a {@link Routing}: every operation's instants and the order's start
 * and end (see {@link RoutingScheduler}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class Schedule {

    /** How a schedule was computed. */
    public enum Direction {
        /** From the due date back (latest start). */
        BACKWARD,
        /** From the start date forward (earliest finish). */
        FORWARD
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the routing scheduled} */
    public abstract RoutingId routing();

    /** {@return the lot size scheduled, in the item's base unit} */
    public abstract BigDecimal quantity();

    /** {@return whether it was scheduled backward or forward} */
    public abstract Direction direction();

    /** {@return when the order starts: the first operation's queue start} */
    public abstract LocalDateTime orderStart();

    /** {@return when the order ends: the due date (backward) or the last operation's move end (forward)} */
    public abstract LocalDateTime orderEnd();

    /** {@return the scheduled operations, in operation order} */
    public abstract ImmutableList<ScheduledOperation> operations();

    /**
     * @param no an operation number
     * @return the scheduled operation, if the schedule has it
     */
    public final Optional<ScheduledOperation> operation(int no) {
        return Optional.ofNullable(operations().detect(o -> o.no() == no));
    }

    /**
     * The instant operation {@code no} starts (its setup start): every component of a BOM line consumed by
     * that operation is needed then.
     *
     * @param no an operation number
     * @return its setup start
     * @throws InvalidInputException with {@code OPERATION_UNKNOWN} at {@code schedule[ROUTING].operations[NO]}
     *         if the schedule has no such operation
     */
    public final LocalDateTime operationStart(int no) {
        return operation(no).map(ScheduledOperation::setupStart).orElseThrow(() -> InvalidInputException.of(
                RuleCode.OPERATION_UNKNOWN, "schedule[" + routing() + "].operations[" + no + "]", no,
                "The schedule of routing (" + routing() + ") has no operation (" + no + ")."
                        + "\nMaybe the operation is not in force on the scheduled date."));
    }

    /** {@return the lead time in calendar days: days from the order start's date to the order end's date} */
    public final long leadTimeDays() {
        return ChronoUnit.DAYS.between(orderStart().toLocalDate(), orderEnd().toLocalDate());
    }

    /** Builds {@link Schedule} values. */
    public static final class Builder extends ImmutableSchedule.Builder {
        Builder() {}
    }
}
