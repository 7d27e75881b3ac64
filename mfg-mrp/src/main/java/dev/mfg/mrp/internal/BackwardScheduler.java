package dev.mfg.mrp.internal;

import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.OperationTimes;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingScheduler;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's backward scheduler: the same arithmetic as {@link RoutingScheduler#backward} (operations from last
 * to first; move, run, setup and queue each subtracted on the operation's work-center calendar with
 * {@link WorkCalendar#subtractWorkingTime}; minutes to durations rounded up to the nanosecond), but with the
 * operations in force, their {@link OperationTimes}, calendars and fixed durations resolved once per routing and
 * due date instead of once per order, and the result written into reusable arrays instead of a {@code Schedule}.
 * {@code BackwardSchedulerTest} checks it against the core scheduler.
 *
 * <p>Not thread-safe: one per planning run.
 */
final class BackwardScheduler {
    private static final BigDecimal NANOS_PER_MINUTE = BigDecimal.valueOf(60_000_000_000L);
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(WorkCalendar.MAX_WORK.toNanos());

    private final MasterData data;
    private final Map<Routing, Map<LocalDate, Steps>> cache = new IdentityHashMap<>();
    private final Map<WorkCenter, WorkCalendar> calendars = new IdentityHashMap<>();
    private final Map<dev.mfg.core.resource.WorkCenterId, Integer> workCenterIndex = new HashMap<>();
    private WorkCenter[] workCenters = new WorkCenter[8];

    /** The last schedule: operations in routing order. */
    Steps steps;
    LocalDateTime orderStart;
    LocalDateTime[] setupStart = new LocalDateTime[8];

    BackwardScheduler(MasterData data) {
        this.data = data;
    }

    /** The resolved operations of a routing in force on one date. */
    static final class Steps {
        final Routing routing;
        final int size;
        final int[] no;
        final int[] workCenter;
        final OperationTimes[] times;
        final WorkCalendar[] calendar;
        final Duration[] move;
        final Duration[] setup;
        final Duration[] queue;
        final String[] path;

        Steps(Routing routing, int size) {
            this.routing = routing;
            this.size = size;
            no = new int[size];
            workCenter = new int[size];
            times = new OperationTimes[size];
            calendar = new WorkCalendar[size];
            move = new Duration[size];
            setup = new Duration[size];
            queue = new Duration[size];
            path = new String[size];
        }

        /** {@return the index of operation {@code operationNo}, or -1} */
        int indexOf(int operationNo) {
            for (int k = 0; k < size; k++) {
                if (no[k] == operationNo) {
                    return k;
                }
            }
            return -1;
        }
    }

    /** {@return the number of distinct work centers seen so far} */
    int workCenterCount() {
        return workCenterIndex.size();
    }

    /** {@return the work center of a dense index} */
    WorkCenter workCenter(int index) {
        return workCenters[index];
    }

    /**
     * {@return the operations of the routing in force on {@code due}, resolved; null if none is in force}
     *
     * @param routing the routing
     * @param due the due date
     */
    Steps steps(Routing routing, LocalDate due) {
        Map<LocalDate, Steps> byDate = cache.computeIfAbsent(routing, r -> new HashMap<>());
        Steps s = byDate.get(due);
        if (s == null && !byDate.containsKey(due)) {
            s = resolve(routing, due);
            byDate.put(due, s);
        }
        return s;
    }

    private Steps resolve(Routing routing, LocalDate due) {
        var ops = routing.operationsOn(due);
        if (ops.isEmpty()) {
            return null;
        }
        Steps s = new Steps(routing, ops.size());
        String prefix = "routing[" + routing.id() + "].operations[";
        for (int k = 0; k < ops.size(); k++) {
            Operation op = ops.get(k);
            WorkCenter wc = data.workCenter(op.workCenter()).orElseThrow();
            Optional<Tool> tool = op.tool().flatMap(data::tool);
            s.no[k] = op.no();
            s.workCenter[k] = index(wc);
            s.times[k] = OperationTimes.of(op, wc, tool);
            s.calendar[k] = calendars.computeIfAbsent(wc,
                    w -> w.calendar().flatMap(data::calendar).orElseGet(w::defaultCalendar));
            s.path[k] = prefix + op.no() + "]";
            s.move[k] = duration(s.times[k].moveMinutes(), s.path[k]);
            s.setup[k] = duration(s.times[k].setupMinutes(), s.path[k]);
            s.queue[k] = duration(s.times[k].queueMinutes(), s.path[k]);
        }
        return s;
    }

    private int index(WorkCenter wc) {
        Integer i = workCenterIndex.get(wc.id());
        if (i == null) {
            i = workCenterIndex.size();
            workCenterIndex.put(wc.id(), i);
            if (i == workCenters.length) {
                workCenters = java.util.Arrays.copyOf(workCenters, i * 2);
            }
            workCenters[i] = wc;
        }
        return i;
    }

    /**
     * Schedules a lot backward from {@code due}; the result is in {@link #steps}, {@link #orderStart} and
     * {@link #setupStart}.
     *
     * @param s the resolved operations
     * @param quantity the lot size, positive
     * @param due when the last operation's move must end
     */
    void backward(Steps s, BigDecimal quantity, LocalDateTime due) {
        if (setupStart.length < s.size) {
            setupStart = new LocalDateTime[s.size];
        }
        LocalDateTime t = due;
        for (int k = s.size - 1; k >= 0; k--) {
            WorkCalendar c = s.calendar[k];
            LocalDateTime runEnd = c.subtractWorkingTime(t, s.move[k]);
            LocalDateTime runStart = c.subtractWorkingTime(runEnd,
                    duration(s.times[k].runMinutesFor(quantity), s.path[k]));
            LocalDateTime setup = c.subtractWorkingTime(runStart, s.setup[k]);
            setupStart[k] = setup;
            t = c.subtractWorkingTime(setup, s.queue[k]);
        }
        steps = s;
        orderStart = t;
    }

    private static Duration duration(BigDecimal minutes, String path) {
        if (minutes.signum() == 0) {
            return Duration.ZERO;
        }
        BigDecimal nanos = minutes.multiply(NANOS_PER_MINUTE).setScale(0, RoundingMode.CEILING);
        if (nanos.compareTo(MAX_NANOS) > 0) {
            throw new LimitExceededException("calendar.work", WorkCalendar.MAX_WORK,
                    minutes.toPlainString() + " minutes", path);
        }
        return Duration.ofNanos(nanos.longValueExact());
    }
}
