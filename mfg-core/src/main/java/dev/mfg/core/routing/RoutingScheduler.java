package dev.mfg.core.routing;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Schedules a lot through a routing on the calendars of its work centers.
 *
 * <pre>{@code
 * RoutingScheduler scheduler = RoutingScheduler.of(workCenters::get, calendars::get, tools::get);
 * Schedule s = scheduler.backward(routing, BigDecimal.valueOf(1000), LocalDateTime.parse("2026-02-02T00:00"));
 * s.orderStart();         // latest start of the order
 * s.operationStart(90);   // when the components consumed by operation 90 are needed
 * }</pre>
 *
 * <p>Backward: operations from last to first; from the operation's end, subtract move, run, setup and queue,
 * each on the operation's work center calendar ({@link WorkCalendar#subtractWorkingTime}); the previous
 * operation ends where this one's queue starts. Forward is the mirror image with
 * {@link WorkCalendar#addWorkingTime}. A work center without calendar uses {@link WorkCenter#defaultCalendar()}.
 * Times come from {@link OperationTimes} (setup + q × run / efficiency); minutes are converted to durations
 * rounded up to the nanosecond. The operations scheduled are those in force on the due date (backward) or the
 * start date (forward). A routing with no operation in force gives a schedule that starts when it ends.
 *
 * <p>Every unknown reference of the routing is reported at once ({@code REFERENCE_UNKNOWN}, at
 * {@code routing[ITEM@V].operations[NO].workCenter}, {@code ....tool} or {@code workCenter[ID].calendar}).
 *
 * <p>Immutable and thread-safe if the resolvers are.
 *
 * @since 0.1
 */
public final class RoutingScheduler {
    private static final BigDecimal NANOS_PER_MINUTE = BigDecimal.valueOf(60_000_000_000L);

    private final Function<WorkCenterId, Optional<WorkCenter>> workCenters;
    private final Function<CalendarId, Optional<WorkCalendar>> calendars;
    private final Function<ToolId, Optional<Tool>> tools;

    private RoutingScheduler(Function<WorkCenterId, Optional<WorkCenter>> workCenters,
            Function<CalendarId, Optional<WorkCalendar>> calendars, Function<ToolId, Optional<Tool>> tools) {
        this.workCenters = Objects.requireNonNull(workCenters, "workCenters");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.tools = Objects.requireNonNull(tools, "tools");
    }

    /**
     * @param workCenters resolves work centers by id
     * @param calendars resolves calendars by id
     * @param tools resolves tools by id
     * @return a scheduler over them
     */
    public static RoutingScheduler of(Function<WorkCenterId, Optional<WorkCenter>> workCenters,
            Function<CalendarId, Optional<WorkCalendar>> calendars, Function<ToolId, Optional<Tool>> tools) {
        return new RoutingScheduler(workCenters, calendars, tools);
    }

    /**
     * Backward scheduling: the latest schedule that finishes by {@code due}.
     *
     * @param routing the routing
     * @param quantity the lot size, positive
     * @param due when the last operation's move must end
     * @return the schedule; {@link Schedule#orderEnd()} is {@code due}
     * @throws InvalidInputException for a non-positive quantity ({@code QTY_NOT_POSITIVE}) or unknown references
     */
    public Schedule backward(Routing routing, BigDecimal quantity, LocalDateTime due) {
        Objects.requireNonNull(due, "due");
        BigDecimal q = checkQuantity(routing, quantity);
        ImmutableList<Step> steps = resolve(routing, due.toLocalDate());
        MutableList<ScheduledOperation> out = Lists.mutable.empty();
        LocalDateTime t = due;
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            LocalDateTime moveEnd = t;
            LocalDateTime runEnd = s.calendar.subtractWorkingTime(moveEnd, s.duration(s.times.moveMinutes()));
            LocalDateTime runStart = s.calendar.subtractWorkingTime(runEnd, s.duration(s.times.runMinutesFor(q)));
            LocalDateTime setupStart = s.calendar.subtractWorkingTime(runStart,
                    s.duration(s.times.setupMinutes()));
            LocalDateTime queueStart = s.calendar.subtractWorkingTime(setupStart,
                    s.duration(s.times.queueMinutes()));
            out.add(scheduled(s, queueStart, setupStart, runStart, runEnd, moveEnd));
            t = queueStart;
        }
        return Schedule.builder().routing(routing.id()).quantity(q).direction(Schedule.Direction.BACKWARD)
                .orderStart(t).orderEnd(due).operations(out.reverseThis().toImmutable()).build();
    }

    /**
     * Forward scheduling: the earliest schedule that starts at {@code start}.
     *
     * @param routing the routing
     * @param quantity the lot size, positive
     * @param start when the first operation's queue may start
     * @return the schedule; {@link Schedule#orderStart()} is {@code start}
     * @throws InvalidInputException for a non-positive quantity ({@code QTY_NOT_POSITIVE}) or unknown references
     */
    public Schedule forward(Routing routing, BigDecimal quantity, LocalDateTime start) {
        Objects.requireNonNull(start, "start");
        BigDecimal q = checkQuantity(routing, quantity);
        ImmutableList<Step> steps = resolve(routing, start.toLocalDate());
        MutableList<ScheduledOperation> out = Lists.mutable.empty();
        LocalDateTime t = start;
        for (Step s : steps) {
            LocalDateTime queueStart = t;
            LocalDateTime setupStart = s.calendar.addWorkingTime(queueStart, s.duration(s.times.queueMinutes()));
            LocalDateTime runStart = s.calendar.addWorkingTime(setupStart, s.duration(s.times.setupMinutes()));
            LocalDateTime runEnd = s.calendar.addWorkingTime(runStart, s.duration(s.times.runMinutesFor(q)));
            LocalDateTime moveEnd = s.calendar.addWorkingTime(runEnd, s.duration(s.times.moveMinutes()));
            out.add(scheduled(s, queueStart, setupStart, runStart, runEnd, moveEnd));
            t = moveEnd;
        }
        return Schedule.builder().routing(routing.id()).quantity(q).direction(Schedule.Direction.FORWARD)
                .orderStart(start).orderEnd(t).operations(out.toImmutable()).build();
    }

    private static ScheduledOperation scheduled(Step s, LocalDateTime queueStart, LocalDateTime setupStart,
            LocalDateTime runStart, LocalDateTime runEnd, LocalDateTime moveEnd) {
        return ScheduledOperation.builder().no(s.times.operation().no()).workCenter(s.times.workCenter().id())
                .queueStart(queueStart).setupStart(setupStart).runStart(runStart).runEnd(runEnd).moveEnd(moveEnd)
                .build();
    }

    private static BigDecimal checkQuantity(Routing routing, BigDecimal quantity) {
        Objects.requireNonNull(routing, "routing");
        String path = "routing[" + routing.id() + "].quantity";
        BigDecimal q = Decimals.checkQuantity(quantity, path);
        if (q.signum() <= 0) {
            throw InvalidInputException.of(RuleCode.QTY_NOT_POSITIVE, path, q.toPlainString(),
                    "The quantity to schedule (" + q.toPlainString() + ") must be positive.");
        }
        return q;
    }

    private ImmutableList<Step> resolve(Routing routing, LocalDate date) {
        Problems p = new Problems();
        MutableList<Step> steps = Lists.mutable.empty();
        String path = "routing[" + routing.id() + "].operations[";
        for (Operation op : routing.operationsOn(date)) {
            String opPath = path + op.no() + "]";
            Optional<WorkCenter> wc = Objects.requireNonNull(workCenters.apply(op.workCenter()), "workCenters");
            if (wc.isEmpty()) {
                p.add(RuleCode.REFERENCE_UNKNOWN, opPath + ".workCenter", op.workCenter(), "The work center ("
                        + op.workCenter() + ") of operation (" + op.no() + ") is unknown.");
            }
            Optional<Tool> tool = Optional.empty();
            if (op.tool().isPresent()) {
                tool = Objects.requireNonNull(tools.apply(op.tool().get()), "tools");
                if (tool.isEmpty()) {
                    p.add(RuleCode.REFERENCE_UNKNOWN, opPath + ".tool", op.tool().get(), "The tool ("
                            + op.tool().get() + ") of operation (" + op.no() + ") is unknown.");
                }
            }
            if (wc.isEmpty() || (op.tool().isPresent() && tool.isEmpty())) {
                continue;
            }
            WorkCalendar calendar;
            if (wc.get().calendar().isPresent()) {
                CalendarId id = wc.get().calendar().get();
                Optional<WorkCalendar> c = Objects.requireNonNull(calendars.apply(id), "calendars");
                if (c.isEmpty()) {
                    p.add(RuleCode.REFERENCE_UNKNOWN, "workCenter[" + wc.get().id() + "].calendar", id,
                            "The calendar (" + id + ") of work center (" + wc.get().id() + ") is unknown.");
                    continue;
                }
                calendar = c.get();
            } else {
                calendar = wc.get().defaultCalendar();
            }
            WorkCenter center = wc.get();
            Optional<Tool> usedTool = tool;
            try {
                steps.add(new Step(OperationTimes.of(op, center, usedTool), calendar, opPath));
            } catch (InvalidInputException e) {
                // Re-root "operation[NO].x" paths under the routing.
                String local = "operation[" + op.no() + "]";
                for (Problem problem : e.problems()) {
                    p.add(new Problem(problem.rule(), problem.path().replace(local, opPath), problem.value(),
                            problem.message()));
                }
            }
        }
        p.throwIfAny();
        return steps.toImmutable();
    }

    /** One resolved operation: its times and its calendar. */
    private static final class Step {
        final OperationTimes times;
        final WorkCalendar calendar;
        final String path;

        Step(OperationTimes times, WorkCalendar calendar, String path) {
            this.times = times;
            this.calendar = calendar;
            this.path = path;
        }

        Duration duration(BigDecimal minutes) {
            BigDecimal nanos = minutes.multiply(NANOS_PER_MINUTE).setScale(0, RoundingMode.CEILING);
            if (nanos.compareTo(BigDecimal.valueOf(WorkCalendar.MAX_WORK.toNanos())) > 0) {
                throw new LimitExceededException("calendar.work", WorkCalendar.MAX_WORK,
                        minutes.toPlainString() + " minutes", path);
            }
            return Duration.ofNanos(nanos.longValueExact());
        }
    }
}
