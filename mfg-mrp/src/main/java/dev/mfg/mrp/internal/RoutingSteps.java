package dev.mfg.mrp.internal;

import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.OperationTimes;
import dev.mfg.core.routing.Routing;
import dev.mfg.mrp.internal.BackwardScheduler.FastCalendar;
import dev.mfg.mrp.internal.BackwardScheduler.Steps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * The part of backward scheduling that depends only on the master data and the bucket starts: the work centers as
 * dense ints (in id order) with their efficiency and calendar in fast form ({@link FastCalendar}, each with a dense
 * id), and, per routing a run may plan with (dense ints, {@link MasterIndex}'s candidate routings) and bucket, the
 * {@link Steps} in force on the bucket start. A {@link MasterIndex} owns one for its horizon, so runs that reuse the
 * index resolve each routing's operations once, not once per run; {@link BackwardScheduler} keeps what a run
 * changes (the remembered schedules and the calendars' working-day windows, by {@link Steps#id} and
 * {@link FastCalendar#id}).
 *
 * <p>Operations are resolved lazily, on the first ask for a routing and bucket, as a run without the cache would:
 * resolution may throw ({@code LimitExceededException} at {@code routing[ID].operations[NO]}), and a routing (or a
 * bucket of a dated routing) no run uses must never throw. A slot that threw stays empty, so every run that asks
 * for it resolves again and throws the same exception.
 *
 * <p>Thread-safe, for any number of runs at once: the work-center and calendar tables are built in the
 * constructor and never written afterwards; the steady steps and the steps tables are {@link AtomicReferenceArray}s
 * whose slots are written once (compare-and-set from null) with a {@code Steps} fully built before, never written
 * afterwards.
 * Threads that race for a slot resolve equal values (resolution is a function of the master data), the loser
 * takes the winner's. The only other state is the id counter, an {@link AtomicInteger}.
 */
final class RoutingSteps {
    /** A slot whose bucket start has no operation in force. */
    static final Steps NONE = new Steps(null, 0, Integer.MIN_VALUE);

    final MasterData data;
    /** The bucket starts the tables are for; never written. */
    private final LocalDate[] bucketStarts;
    /** The routings by dense id. */
    private final Routing[] routings;
    /** {@link #steady}'s answer for a routing whose operations in force change within the horizon. */
    static final Steps VARIES = new Steps(null, 0, Integer.MIN_VALUE + 1);

    /**
     * By routing id: the steps of a routing with the same operations in force on every bucket start ({@link #NONE}
     * when none is), {@link #VARIES} when they change, null until asked. Most routings are steady: their steps are
     * one read away, with no table per bucket.
     */
    private final AtomicReferenceArray<Steps> steadySteps;
    /**
     * By routing id, for routings that vary: its steps by bucket (a slot null until asked, {@link #NONE} when
     * nothing is in force).
     */
    private final AtomicReferenceArray<AtomicReferenceArray<Steps>> perBucket;
    /** The next {@link Steps#id} (ids are never reused, so one id names one {@code Steps}). */
    private final AtomicInteger nextId = new AtomicInteger();
    // Work centers by dense index, in id order.
    private final WorkCenter[] workCenters;
    private final ObjectIntHashMap<WorkCenterId> workCenterIndex; // only read after construction
    private final FastCalendar[] workCenterCal;
    private final BigDecimal[] efficiency;
    /** The number of distinct calendars: their ids are 0 … calendars - 1. */
    private final int calendars;
    // Tools by dense index, in id order.
    private final ToolId[] tools;
    private final ObjectIntHashMap<ToolId> toolIndex; // only read after construction

    /**
     * Indexes the work centers and calendars of master data; resolves nothing yet.
     *
     * @param data the master data
     * @param bucketStarts the start of every bucket (copied)
     * @param routings the routings by dense id (copied)
     */
    RoutingSteps(MasterData data, LocalDate[] bucketStarts, Routing[] routings) {
        this.data = data;
        this.bucketStarts = bucketStarts.clone();
        this.routings = routings.clone();
        this.steadySteps = new AtomicReferenceArray<>(routings.length);
        this.perBucket = new AtomicReferenceArray<>(routings.length);
        WorkCenter[] wcs = data.workCenters().toArray(new WorkCenter[0]);
        Arrays.sort(wcs, (a, b) -> a.id().compareTo(b.id()));
        workCenters = wcs;
        workCenterIndex = new ObjectIntHashMap<>(wcs.length * 2);
        workCenterCal = new FastCalendar[wcs.length];
        efficiency = new BigDecimal[wcs.length];
        Map<WorkCalendar, FastCalendar> fast = new IdentityHashMap<>();
        for (int w = 0; w < wcs.length; w++) {
            WorkCenter wc = wcs[w];
            workCenterIndex.put(wc.id(), w);
            WorkCalendar c = wc.calendar().flatMap(data::calendar).orElseGet(wc::defaultCalendar);
            workCenterCal[w] = fast.computeIfAbsent(c, k -> new FastCalendar(k, fast.size()));
            efficiency[w] = wc.efficiencyFactor();
        }
        calendars = fast.size();
        tools = data.tools().collect(Tool::id).toSortedList().toArray(new ToolId[0]);
        toolIndex = new ObjectIntHashMap<>(tools.length * 2);
        for (int t = 0; t < tools.length; t++) {
            toolIndex.put(tools[t], t);
        }
    }

    /** {@return the number of tools of the master data: their dense indexes are below it} */
    int toolCount() {
        return tools.length;
    }

    /** {@return the tool of a dense index} */
    ToolId tool(int index) {
        return tools[index];
    }

    /**
     * {@return empty tables over the same master data and routings (the same dense ids) for other bucket starts}
     * For a run whose horizon has the index's start and end but other buckets.
     *
     * @param starts the start of every bucket
     */
    RoutingSteps forBuckets(LocalDate[] starts) {
        return new RoutingSteps(data, starts, routings);
    }

    /** {@return whether the tables are for these bucket starts} */
    boolean servesBuckets(LocalDate[] starts) {
        return Arrays.equals(bucketStarts, starts);
    }

    /** {@return the routing of a dense id} */
    Routing routing(int id) {
        return routings[id];
    }

    /** {@return the number of routings: their dense ids are below it} */
    int routingCount() {
        return routings.length;
    }

    /** {@return the number of work centers of the master data} */
    int workCenterCount() {
        return workCenters.length;
    }

    /** {@return the work center of a dense index} */
    WorkCenter workCenter(int index) {
        return workCenters[index];
    }

    /** {@return the number of distinct work-center calendars: {@link FastCalendar#id}s are below it} */
    int calendarCount() {
        return calendars;
    }

    /** {@return a bound of the {@link Steps#id}s handed out so far: every one is below it} */
    int stepsIdBound() {
        return nextId.get();
    }

    /**
     * {@return the steps of a routing whose operations in force are the same on every bucket start (resolved once
     * for all of them, {@link #NONE} when none is in force), or {@link #VARIES} when they change: ask
     * {@link #table} then} Published on first ask; a resolution that throws publishes nothing, and the exception
     * goes to the caller.
     *
     * @param routing the routing's dense id
     */
    Steps steady(int routing) {
        Steps s = steadySteps.get(routing);
        if (s != null) {
            return s;
        }
        Routing r = routings[routing];
        if (steady(r, bucketStarts[0], bucketStarts[bucketStarts.length - 1])) {
            Steps one = resolve(r, r.operationsOn(bucketStarts[0]), List.of(), nextId.getAndIncrement());
            s = one == null ? NONE : one;
        } else {
            s = VARIES;
        }
        return steadySteps.compareAndSet(routing, null, s) ? s : steadySteps.get(routing);
    }

    /**
     * {@return the steps table of a routing by bucket, published on first ask, its slots filled by {@link #fill}}
     * For routings whose operations vary ({@link #steady}).
     *
     * @param routing the routing's dense id
     */
    AtomicReferenceArray<Steps> table(int routing) {
        AtomicReferenceArray<Steps> t = perBucket.get(routing);
        if (t != null) {
            return t;
        }
        t = new AtomicReferenceArray<>(bucketStarts.length);
        return perBucket.compareAndSet(routing, null, t) ? t : perBucket.get(routing);
    }

    /**
     * {@return the steps of a routing in force on the start of a bucket whose slot is still empty, {@link #NONE}
     * when no operation is in force} One {@code Steps} is shared by all buckets with the same operations; a new
     * one copies the operations other slots resolved already.
     *
     * @param table the routing's {@link #table}
     * @param routing the routing's dense id
     * @param bucket the bucket
     */
    Steps fill(AtomicReferenceArray<Steps> table, int routing, int bucket) {
        Routing r = routings[routing];
        ImmutableList<Operation> ops = r.operationsOn(bucketStarts[bucket]);
        Steps s = NONE;
        if (!ops.isEmpty()) {
            List<Steps> known = new ArrayList<>();
            for (int b = 0; b < table.length(); b++) {
                Steps other = table.get(b);
                if (other == null || other == NONE) {
                    continue;
                }
                if (sameOperations(other, ops)) {
                    s = other;
                    break;
                }
                known.add(other);
            }
            if (s == NONE) {
                s = resolve(r, ops, known, nextId.getAndIncrement());
            }
        }
        return table.compareAndSet(bucket, null, s) ? s : table.get(bucket);
    }

    /** {@return whether every operation is in force on both dates or on neither, so on all dates between} */
    private static boolean steady(Routing routing, LocalDate first, LocalDate last) {
        for (Operation op : routing.operations()) {
            var e = op.effectivity();
            boolean a = e.contains(first);
            boolean b = e.contains(last);
            if (a != b) {
                return false;
            }
            // In force on neither end: it must not start and end in between.
            if (!a && e.startInclusive().isPresent() && e.startInclusive().get().isAfter(first)
                    && e.startInclusive().get().isBefore(last)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameOperations(Steps s, ImmutableList<Operation> ops) {
        if (s.size != ops.size()) {
            return false;
        }
        for (int k = 0; k < s.size; k++) {
            if (s.operation[k] != ops.get(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Resolves the operations in force into a new {@code Steps}: each one copied from an earlier resolution of the
     * same routing when one holds the same {@code Operation} (a dated routing resolves again on every date its
     * operations change, mostly with the same operations), else resolved into its slot. Writes nothing but the
     * new {@code Steps}: safe on any thread.
     *
     * @param known earlier resolutions of this routing, nulls and {@link #NONE} skipped
     * @param id the new steps' {@link Steps#id}
     * @return the steps, or null when no operation is in force
     */
    @org.jspecify.annotations.Nullable
    Steps resolve(Routing routing, ImmutableList<Operation> ops, Iterable<Steps> known, int id) {
        if (ops.isEmpty()) {
            return null;
        }
        Steps s = new Steps(routing, ops.size(), id);
        for (int k = 0; k < ops.size(); k++) {
            Operation op = ops.get(k);
            if (!copyKnown(s, k, op, known)) {
                resolve(s, k, op);
            }
        }
        return s;
    }

    private static boolean copyKnown(Steps s, int k, Operation op, Iterable<Steps> known) {
        Steps last = null;
        for (Steps o : known) {
            if (o == null || o == NONE || o == last) {
                continue;
            }
            last = o;
            for (int j = 0; j < o.size; j++) {
                if (o.operation[j] == op) {
                    s.copy(k, o, j);
                    return true;
                }
            }
        }
        return false;
    }

    /** Resolves operation {@code op} into slot {@code k} of {@code s}: times, calendar, durations, run ratios. */
    private void resolve(Steps s, int k, Operation op) {
        int w = index(op.workCenter());
        WorkCenter wc = workCenters[w];
        Optional<Tool> tool = op.tool().isPresent() ? op.tool().flatMap(data::tool) : Optional.empty();
        OperationTimes times = OperationTimes.of(op, wc, tool);
        s.operation[k] = op;
        s.no[k] = op.no();
        s.workCenter[k] = w;
        s.times[k] = times;
        s.calendar(k, workCenterCal[w]);
        s.tool[k] = op.tool().isPresent() ? toolIndex.getOrThrow(op.tool().get()) : -1; // validated references
        if (!BackwardScheduler.resolveExact(s, k, times, efficiency[w])) {
            BackwardScheduler.resolveReference(s, k, times, efficiency[w]);
        }
    }

    /** {@return the dense index of a work center} */
    private int index(WorkCenterId id) {
        int i = workCenterIndex.getIfAbsent(id, -1);
        if (i < 0) {
            data.workCenter(id).orElseThrow(); // the master data's work center of that id: none, as before
            throw new IllegalStateException("Work center " + id + " is not indexed.");
        }
        return i;
    }
}
