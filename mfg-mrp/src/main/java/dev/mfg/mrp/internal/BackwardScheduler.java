package dev.mfg.mrp.internal;

import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.OperationTimes;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingScheduler;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The engine's backward scheduler: the same arithmetic as {@link RoutingScheduler#backward} (operations from last
 * to first; move, run, setup and queue each subtracted on the operation's work-center calendar with
 * {@link WorkCalendar#subtractWorkingTime}; minutes to durations rounded up to the nanosecond), but with the
 * operations in force, their {@link OperationTimes}, calendars and fixed durations resolved once per routing and
 * due date instead of once per order, and the result written into reusable arrays instead of a {@code Schedule}.
 * Resolution itself runs in exact {@code long} arithmetic ({@link #resolveExact}) and falls back to the
 * {@code BigDecimal} definition ({@link #resolveReference}) for values that do not fit; {@code ResolveExactProperties}
 * checks that both give the same fields.
 * {@code BackwardSchedulerTest} checks it against the core scheduler.
 *
 * <p>The resolutions for due dates that are bucket starts, the work centers and the calendars' fast forms live in
 * a {@link RoutingSteps}, which the {@link MasterIndex} owns and many runs share; a scheduler keeps only what a run
 * changes: the last schedule of each {@link Steps} ({@link Remembered}, by {@link Steps#id}), each calendar's
 * working-day window ({@link Cal}, by {@link FastCalendar#id}) and its own resolutions for other due dates.
 *
 * <p>Not thread-safe: one per planning run.
 */
final class BackwardScheduler {
    private static final BigDecimal NANOS_PER_MINUTE = BigDecimal.valueOf(60_000_000_000L);
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(WorkCalendar.MAX_WORK.toNanos());
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final long MAX_NANOS_LONG = WorkCalendar.MAX_WORK.toNanos();
    /** Lots of 10^12 units or more fail the core's quantity check: left to it. */
    private static final long MAX_MICROS = 1_000_000_000_000_000_000L;

    /** The shared resolutions (of the master index, or of this run alone); only read here. */
    private final RoutingSteps shared;
    /** Resolutions for due dates that are not bucket starts ({@link #steps}): this run's own, with negative ids. */
    private final Map<Routing, Map<LocalDate, Steps>> cache = new IdentityHashMap<>();
    /** The number of {@link Steps} this run resolved itself: their ids are -1 … -localSteps. */
    private int localSteps;
    /** By {@link Steps#id}: the last schedule remembered for those steps (see {@link #shifted}); this run's. */
    private Remembered[] remembered;
    /** As {@link #remembered}, for this run's own steps (negative ids): index -1 - id. */
    private Remembered[] localRemembered = new Remembered[0];
    /** By {@link FastCalendar#id}: this run's working-day window of the calendar (null until used). */
    private final Cal[] cals;

    /** The last schedule: operations in routing order. */
    Steps steps;
    LocalDateTime orderStart;
    LocalDateTime[] setupStart = new LocalDateTime[8];
    /** The last schedule by {@link #schedule}: the epoch day of each operation's setup start and of the order start. */
    long[] setupDay = new long[8];
    long startDay;

    /**
     * A scheduler with its own resolutions, for master data with no bucket tables (tests, and {@link #steps}
     * only).
     *
     * @param data the master data
     */
    BackwardScheduler(MasterData data) {
        this(new RoutingSteps(data, new LocalDate[0], new Routing[0]));
    }

    /**
     * A scheduler for one run over shared resolutions.
     *
     * @param shared the resolutions, shared with other runs (this scheduler keeps its mutable state itself)
     */
    BackwardScheduler(RoutingSteps shared) {
        this.shared = shared;
        this.remembered = new Remembered[shared.stepsIdBound()];
        this.cals = new Cal[shared.calendarCount()];
    }

    /**
     * The resolved operations of a routing in force on one date. Nothing of an operation depends on the routing
     * but the error path ({@link #path}), built only when an error is thrown.
     *
     * <p>Written only while it is resolved, before it is published ({@link RoutingSteps}): afterwards immutable,
     * and shared by the runs of a master index at once. What a run remembers about it is kept by the run's
     * scheduler under {@link #id}.
     */
    static final class Steps {
        /**
         * The name of these steps in the per-run tables of a scheduler: 0 and up for steps of a {@link RoutingSteps}
         * (unique there), negative for a run's own.
         */
        final int id;
        final Routing routing;
        final int size;
        final int[] no;
        final int[] workCenter;
        final OperationTimes[] times;
        /**
         * What a schedule reads of each operation, {@link #STRIDE} longs per operation together (one or two cache
         * lines, not seven arrays): exact nanosecond arithmetic's move, setup and queue durations; run nanos as
         * micros × runP / runD; runC, the part of the reduced run-minutes denominator prime to 10 (run minutes
         * terminate iff it divides micros); whether those run terms are set (runFast); the calendar's
         * {@link FastCalendar#id}.
         */
        private final long[] clock;
        static final int STRIDE = 8;
        private static final int MOVE = 0;
        private static final int SETUP = 1;
        private static final int QUEUE = 2;
        private static final int RUN_P = 3;
        private static final int RUN_D = 4;
        private static final int RUN_C = 5;
        private static final int RUN_FAST = 6;
        private static final int CAL = 7;
        /** Busy minutes in nano-minutes (10^-9 min): setup, and run = micros × loadP / loadD when that divides. */
        final long[] loadSetup;
        final long[] loadP;
        final long[] loadD;
        final boolean[] loadFast;
        /** Run minutes for q are q × runNum / runDen, as {@link OperationTimes#runMinutesFor} divides them. */
        final BigDecimal[] runNum;
        final BigDecimal[] runDen;
        /** The work-center calendar, with its {@link WorkCalendar} in {@link FastCalendar#calendar}. */
        final FastCalendar[] cal;
        final Operation[] operation;
        /** The dense index of the tool an operation names ({@link RoutingSteps#tool}), -1 for none. */
        final int[] tool;

        Steps(@org.jspecify.annotations.Nullable Routing routing, int size, int id) {
            this.id = id;
            this.routing = routing;
            this.size = size;
            no = new int[size];
            workCenter = new int[size];
            times = new OperationTimes[size];
            clock = new long[STRIDE * size];
            loadSetup = new long[size];
            loadP = new long[size];
            loadD = new long[size];
            loadFast = new boolean[size];
            runNum = new BigDecimal[size];
            runDen = new BigDecimal[size];
            cal = new FastCalendar[size];
            operation = new Operation[size];
            tool = new int[size];
        }

        /** Copies operation {@code k} of {@code o} to operation {@code to}. */
        void copy(int to, Steps o, int k) {
            no[to] = o.no[k];
            workCenter[to] = o.workCenter[k];
            times[to] = o.times[k];
            System.arraycopy(o.clock, STRIDE * k, clock, STRIDE * to, STRIDE);
            loadSetup[to] = o.loadSetup[k];
            loadP[to] = o.loadP[k];
            loadD[to] = o.loadD[k];
            loadFast[to] = o.loadFast[k];
            runNum[to] = o.runNum[k];
            runDen[to] = o.runDen[k];
            cal[to] = o.cal[k];
            operation[to] = o.operation[k];
            tool[to] = o.tool[k];
        }

        long moveNanos(int k) {
            return clock[STRIDE * k + MOVE];
        }

        long setupNanos(int k) {
            return clock[STRIDE * k + SETUP];
        }

        long queueNanos(int k) {
            return clock[STRIDE * k + QUEUE];
        }

        long runP(int k) {
            return clock[STRIDE * k + RUN_P];
        }

        long runD(int k) {
            return clock[STRIDE * k + RUN_D];
        }

        long runC(int k) {
            return clock[STRIDE * k + RUN_C];
        }

        boolean runFast(int k) {
            return clock[STRIDE * k + RUN_FAST] != 0;
        }

        /** Sets the move, setup and queue durations of operation {@code k}, in nanoseconds. */
        void durations(int k, long move, long setup, long queue) {
            clock[STRIDE * k + MOVE] = move;
            clock[STRIDE * k + SETUP] = setup;
            clock[STRIDE * k + QUEUE] = queue;
        }

        /** Sets the run terms of operation {@code k} and marks them set ({@link #runFast}). */
        void run(int k, long p, long d, long c) {
            clock[STRIDE * k + RUN_P] = p;
            clock[STRIDE * k + RUN_D] = d;
            clock[STRIDE * k + RUN_C] = c;
            clock[STRIDE * k + RUN_FAST] = 1;
        }

        /** Sets the work-center calendar of operation {@code k}. */
        void calendar(int k, FastCalendar c) {
            cal[k] = c;
            clock[STRIDE * k + CAL] = c.id;
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

        /** {@return the field path of operation {@code k} for error messages: {@code routing[ID].operations[NO]}} */
        String path(int k) {
            return "routing[" + (routing == null ? null : routing.id()) + "].operations[" + no[k] + "]";
        }
    }

    /** {@return the number of work centers: their dense indexes are below it} */
    int workCenterCount() {
        return shared.workCenterCount();
    }

    /** {@return the work center of a dense index} */
    WorkCenter workCenter(int index) {
        return shared.workCenter(index);
    }

    /** {@return the number of tools: their dense indexes ({@link Steps#tool}) are below it} */
    int toolCount() {
        return shared.toolCount();
    }

    /** {@return the tool of a dense index} */
    dev.mfg.core.resource.ToolId tool(int index) {
        return shared.tool(index);
    }

    /**
     * {@return the operations of the routing in force on {@code due}, resolved; null if none is in force} Cached
     * per routing and date by this scheduler.
     *
     * @param routing the routing
     * @param due the due date
     */
    Steps steps(Routing routing, LocalDate due) {
        Map<LocalDate, Steps> byDate = cache.computeIfAbsent(routing, r -> new HashMap<>());
        Steps s = byDate.get(due);
        if (s == null && !byDate.containsKey(due)) {
            s = shared.resolve(routing, routing.operationsOn(due), byDate.values(), -1 - localSteps++);
            byDate.put(due, s);
        }
        return s;
    }

    // The routing of the last stepsAt call: its steps when steady, else RoutingSteps.VARIES and its table per bucket.
    private int lastRouting = -1;
    private @org.jspecify.annotations.Nullable Steps lastSteady;
    private java.util.concurrent.atomic.@org.jspecify.annotations.Nullable AtomicReferenceArray<Steps> lastTable;

    /**
     * {@return as {@link #steps}, for due dates that are bucket starts: the shared resolution of the routing and
     * bucket ({@link RoutingSteps}), one {@code Steps} shared by all buckets with the same operations in force}
     *
     * @param routing the routing's dense id in the shared resolutions
     * @param bucket the bucket of the due date
     */
    @org.jspecify.annotations.Nullable
    Steps stepsAt(int routing, int bucket) {
        // An item's orders come together and use the same routing: remember the last one's.
        if (routing != lastRouting) {
            Steps steady = shared.steady(routing);
            var table = steady == RoutingSteps.VARIES ? shared.table(routing) : null;
            lastRouting = routing; // after both: a resolution that throws leaves nothing remembered
            lastSteady = steady;
            lastTable = table;
        }
        Steps s = lastSteady;
        if (s == RoutingSteps.VARIES) {
            s = lastTable.get(bucket);
            if (s == null) {
                s = shared.fill(lastTable, routing, bucket);
            }
        }
        return s == RoutingSteps.NONE ? null : s;
    }

    /** 10^0 … 10^18. */
    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    /** Marks a value {@link #unscaled} cannot give. */
    private static final long NO_FIT = Long.MIN_VALUE;
    /** Bound of the run and load ratio terms: {@code BigInteger#bitLength() < 62}. */
    private static final long RATIO_LIMIT = 1L << 61;

    /**
     * {@return the unscaled value of {@code x} when it is non-negative with a scale of 0 to {@code maxScale} (at
     * most 18) and at most 18 digits, else {@link #NO_FIT}}
     */
    private static long unscaled(BigDecimal x, int maxScale) {
        int scale = x.scale();
        if (scale < 0 || scale > maxScale || x.signum() < 0 || x.precision() > 18) {
            return NO_FIT;
        }
        return scale == 0 ? x.longValue() : x.movePointRight(scale).longValue();
    }

    /**
     * {@return minutes × 6 × 10<sup>10</sup> nanoseconds for non-negative minutes of unscaled value {@code u} and
     * scale {@code scale} (0 to 9: whole nanoseconds, so the ceiling is the product), or -1 when that exceeds
     * {@link WorkCalendar#MAX_WORK}}
     */
    private static long nanos(long u, int scale) {
        long factor = 6 * TEN[10 - scale];
        return u > MAX_NANOS_LONG / factor ? -1 : u * factor;
    }


    /**
     * Resolves the durations and ratios of operation {@code k} of {@code s} (its times set) in {@code long}
     * arithmetic, exactly the values of {@link #resolveReference}; declines, writing nothing, when a value is
     * negative, has more than 18 digits or a scale beyond 0 to 9 (minutes) or 0 to 18 (run and efficiency), a
     * product would overflow, or a duration exceeds {@link WorkCalendar#MAX_WORK} (the reference then throws).
     *
     * <p>Every value the reference derives from the run ratio n / d depends only on that rational, not on how n
     * and d are written: the reduced form a / b gives runP / runD = 60000 a / b reduced = a (60000 / g) / (b / g)
     * with g = gcd(60000, b) (a and b coprime, and 60000 / g and b / g coprime); loadP / loadD alike with 1000;
     * runC is b without its factors 2 and 5. Zero run minutes give 0 / 1 and runC 1, as the reference.
     *
     * @return whether it resolved the operation
     */
    static boolean resolveExact(Steps s, int k, OperationTimes times, BigDecimal efficiency) {
        BigDecimal setupMinutes = times.setupMinutes();
        BigDecimal moveMinutes = times.moveMinutes();
        BigDecimal queueMinutes = times.queueMinutes();
        // Scales up to 9 (the data has at most 6): whole nanoseconds and whole nano-minutes.
        long move = unscaled(moveMinutes, 9);
        long setup = unscaled(setupMinutes, 9);
        long queue = unscaled(queueMinutes, 9);
        if (move == NO_FIT || setup == NO_FIT || queue == NO_FIT) {
            return false;
        }
        long moveNanos = nanos(move, moveMinutes.scale());
        long setupNanos = nanos(setup, setupMinutes.scale());
        long queueNanos = nanos(queue, queueMinutes.scale());
        if (moveNanos < 0 || setupNanos < 0 || queueNanos < 0) {
            return false;
        }
        Operation op = times.operation();
        BigDecimal n;
        BigDecimal d;
        long base;
        if (op.runMinutesPerUnit().isPresent()) {
            n = op.runMinutesPerUnit().get();
            base = 1;
            d = efficiency; // 1 × efficiency: the same value and scale as the reference's product
        } else if (op.cycleSeconds().isPresent()) {
            n = op.cycleSeconds().get();
            base = 60L * times.cavities();
            d = BigDecimal.valueOf(base).multiply(efficiency);
        } else {
            n = BigDecimal.ZERO;
            base = 1;
            d = efficiency;
        }
        long un = unscaled(n, 18);
        long ue = unscaled(efficiency, 18);
        if (un == NO_FIT || ue == NO_FIT || ue == 0 || ue > Long.MAX_VALUE / base) {
            return false;
        }
        // n / d = (un / 10^sn) / (base ue / 10^se) = (un 10^(se - m)) / (base ue 10^(sn - m)), m = min(sn, se)
        int sn = n.scale();
        int se = efficiency.scale();
        int m = Math.min(sn, se);
        long ud = base * ue;
        long pn = TEN[se - m];
        long pd = TEN[sn - m];
        if (un > Long.MAX_VALUE / pn || ud > Long.MAX_VALUE / pd) {
            return false;
        }
        long a = un * pn;
        long b = ud * pd;
        long runP;
        long runD;
        long runC;
        long loadP;
        long loadD;
        if (a == 0) {
            runP = 0;
            runD = 1;
            runC = 1;
            loadP = 0;
            loadD = 1;
        } else {
            long g = LoadCells.gcd(a, b);
            a /= g;
            b /= g;
            long c = b;
            while ((c & 1) == 0) {
                c >>= 1;
            }
            while (c % 5 == 0) {
                c /= 5;
            }
            runC = c;
            long g2 = LoadCells.gcd(60_000L, b);
            long f2 = 60_000L / g2;
            runP = a > Long.MAX_VALUE / f2 ? Long.MAX_VALUE : a * f2; // too big either way
            runD = b / g2;
            long g3 = LoadCells.gcd(1000L, b);
            long f3 = 1000L / g3;
            loadP = a > Long.MAX_VALUE / f3 ? Long.MAX_VALUE : a * f3;
            loadD = b / g3;
        }
        // setup × 10^9 nano-minutes (whole at scale ≤ 9), when below Long.MAX_VALUE as the reference requires
        long f = TEN[9 - setupMinutes.scale()];
        long loadSetup = setup > Long.MAX_VALUE / f ? -1 : setup * f;
        if (loadSetup == Long.MAX_VALUE) {
            loadSetup = -1;
        }
        s.durations(k, moveNanos, setupNanos, queueNanos);
        s.runNum[k] = n;
        s.runDen[k] = d;
        if (runP < RATIO_LIMIT && runD < RATIO_LIMIT && runC < RATIO_LIMIT) {
            s.run(k, runP, runD, runC);
        }
        if (loadP < RATIO_LIMIT && loadD < RATIO_LIMIT && loadSetup >= 0) {
            s.loadSetup[k] = loadSetup;
            s.loadP[k] = loadP;
            s.loadD[k] = loadD;
            s.loadFast[k] = true;
        }
        return true;
    }

    /**
     * Resolves the durations and ratios of operation {@code k} of {@code s} (its times set) in {@code BigDecimal}
     * and {@code BigInteger} arithmetic: the definition {@link #resolveExact} must match, and its fallback.
     *
     * @throws LimitExceededException at {@link Steps#path} when a duration exceeds {@link WorkCalendar#MAX_WORK}
     */
    static void resolveReference(Steps s, int k, OperationTimes times, BigDecimal efficiency) {
        s.durations(k, duration(times.moveMinutes(), s, k).toNanos(), duration(times.setupMinutes(), s, k).toNanos(),
                duration(times.queueMinutes(), s, k).toNanos());
        Operation op = times.operation();
        // Run minutes for q = q × N / (D × efficiency), as OperationTimes#runMinutesFor.
        BigDecimal n;
        BigDecimal d;
        if (op.runMinutesPerUnit().isPresent()) {
            n = op.runMinutesPerUnit().get();
            d = BigDecimal.ONE;
        } else if (op.cycleSeconds().isPresent()) {
            n = op.cycleSeconds().get();
            d = BigDecimal.valueOf(60L * times.cavities());
        } else {
            n = BigDecimal.ZERO;
            d = BigDecimal.ONE;
        }
        d = d.multiply(efficiency);
        s.runNum[k] = n;
        s.runDen[k] = d;
        int scale = Math.max(0, Math.max(n.scale(), d.scale()));
        BigInteger nu = n.movePointRight(scale).toBigIntegerExact();
        BigInteger du = d.movePointRight(scale).toBigIntegerExact();
        if (nu.signum() >= 0 && du.signum() > 0) {
            BigInteger g = nu.gcd(du);
            if (nu.signum() > 0) {
                nu = nu.divide(g);
                du = du.divide(g);
            }
            BigInteger c = nu.signum() == 0 ? BigInteger.ONE : du; // zero minutes terminate
            while (!c.testBit(0) && c.signum() > 0) {
                c = c.shiftRight(1);
            }
            BigInteger five = BigInteger.valueOf(5);
            while (c.mod(five).signum() == 0) {
                c = c.divide(five);
            }
            // nanos = micros / 10^6 × n / d minutes × 6 × 10^10 = micros × 60000 n / d
            BigInteger p = nu.multiply(BigInteger.valueOf(60_000L));
            BigInteger g2 = p.signum() == 0 ? du : p.gcd(du);
            p = p.divide(g2);
            BigInteger dd = du.divide(g2);
            if (p.bitLength() < 62 && dd.bitLength() < 62 && c.bitLength() < 62) {
                s.run(k, p.longValue(), dd.longValue(), c.longValue());
            }
            // nano-minutes = micros / 10^6 × n / d × 10^9 = micros × 1000 n / d
            BigInteger lp = nu.multiply(BigInteger.valueOf(1000L));
            BigInteger g3 = lp.gcd(du);
            lp = lp.divide(g3);
            BigInteger ld = du.divide(g3);
            BigDecimal setupNano = times.setupMinutes().movePointRight(9);
            if (lp.bitLength() < 62 && ld.bitLength() < 62 && setupNano.signum() >= 0
                    && setupNano.stripTrailingZeros().scale() <= 0 && setupNano.compareTo(MAX_LONG) < 0) {
                s.loadSetup[k] = setupNano.longValueExact();
                s.loadP[k] = lp.longValue();
                s.loadD[k] = ld.longValue();
                s.loadFast[k] = true;
            }
        }
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
            WorkCalendar c = s.cal[k].calendar;
            LocalDateTime runEnd = c.subtractWorkingTime(t, Duration.ofNanos(s.moveNanos(k)));
            LocalDateTime runStart = c.subtractWorkingTime(runEnd,
                    duration(s.times[k].runMinutesFor(quantity), s, k));
            LocalDateTime setup = c.subtractWorkingTime(runStart, Duration.ofNanos(s.setupNanos(k)));
            setupStart[k] = setup;
            t = c.subtractWorkingTime(setup, Duration.ofNanos(s.queueNanos(k)));
        }
        steps = s;
        orderStart = t;
    }

    /**
     * Schedules a lot backward from the start of {@code dueDay} into {@link #setupDay} and {@link #startDay}: in
     * exact {@code long} nanoseconds when that decides the result exactly (see {@link #runNanos}), else with
     * {@link #backward}; both give the same days.
     *
     * @param s the resolved operations
     * @param micros the lot size in micro-units, positive
     * @param quantity the same lot size as a decimal
     * @param dueDay the due date as an epoch day
     */
    void schedule(Steps s, long micros, java.util.function.LongFunction<BigDecimal> quantity, long dueDay) {
        if (setupDay.length < s.size) {
            setupDay = new long[Math.max(s.size, setupDay.length * 2)];
        }
        if (shifted(s, micros, dueDay)) {
            steps = s;
            return;
        }
        if (fast(s, micros, dueDay)) {
            remember(s, micros, dueDay);
        } else {
            backward(s, quantity.apply(micros), LocalDate.ofEpochDay(dueDay).atStartOfDay());
            for (int k = 0; k < s.size; k++) {
                setupDay[k] = setupStart[k].toLocalDate().toEpochDay();
            }
            startDay = orderStart.toLocalDate().toEpochDay();
        }
        steps = s;
    }

    /**
     * Reuses the remembered schedule of the same steps and lot size, shifted by whole weeks to {@code dueDay}, into
     * {@link #setupDay} and {@link #startDay}; {@return whether it could} Calendars repeat every week, so a schedule
     * moves with its due date by whole weeks as long as no holiday lies in the days it visits (the day before its
     * start through its due day), on the remembered dates or the new ones. A third of the schedules of the M tier
     * repeat the lot size of their routing's previous schedule (two thirds repeat an earlier one, but remembering
     * four per routing measured no faster than one).
     */
    private boolean shifted(Steps s, long micros, long dueDay) {
        Remembered r = remembered(s);
        if (r == null || r.micros != micros || dueDay > Cal.MAX_DAY || dueDay < Cal.MIN_DAY) {
            return false;
        }
        long delta = dueDay - r.dueDay;
        if (delta % 7 != 0 || r.startDay + delta - 1 < Cal.MIN_DAY || !holidayFree(s, r.startDay + delta - 1, dueDay)) {
            return false;
        }
        for (int k = 0; k < s.size; k++) {
            setupDay[k] = r.setupDay[k] + delta;
        }
        startDay = r.startDay + delta;
        return true;
    }

    /** Remembers the schedule {@link #fast} just computed for its steps, if no holiday lies in the days it visited. */
    private void remember(Steps s, long micros, long dueDay) {
        if (!holidayFree(s, startDay - 1, dueDay)) {
            return;
        }
        Remembered r = remembered(s);
        if (r == null || r.setupDay.length < s.size) {
            r = new Remembered(new long[s.size]);
            setRemembered(s, r);
        }
        r.micros = micros;
        r.dueDay = dueDay;
        r.startDay = startDay;
        System.arraycopy(setupDay, 0, r.setupDay, 0, s.size);
    }

    /** {@return this run's remembered schedule of some steps, or null} (Package-private for tests.) */
    @org.jspecify.annotations.Nullable
    Remembered remembered(Steps s) {
        int id = s.id;
        if (id >= 0) {
            return id < remembered.length ? remembered[id] : null;
        }
        int x = -1 - id;
        return x < localRemembered.length ? localRemembered[x] : null;
    }

    private void setRemembered(Steps s, Remembered r) {
        int id = s.id;
        if (id >= 0) {
            if (id >= remembered.length) {
                remembered = java.util.Arrays.copyOf(remembered, Math.max(id + 1, 2 * remembered.length));
            }
            remembered[id] = r;
        } else {
            int x = -1 - id;
            if (x >= localRemembered.length) {
                localRemembered = java.util.Arrays.copyOf(localRemembered, Math.max(x + 1, 2 * localRemembered.length));
            }
            localRemembered[x] = r;
        }
    }

    /** {@return this run's working-day window of a calendar, made on first use} (Package-private for tests.) */
    Cal cal(FastCalendar f) {
        Cal c = cals[f.id];
        if (c == null) {
            c = new Cal(f);
            cals[f.id] = c;
        }
        return c;
    }

    /** {@return whether no calendar of the steps has a holiday on a working weekday in [from, to]} */
    private static boolean holidayFree(Steps s, long from, long to) {
        for (int k = 0; k < s.size; k++) {
            if (s.cal[k].hasHolidayIn(from, to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last schedule computed for some steps: per lot size, one entry (orders of an item come together). Per
     * run: a scheduler keeps its own by {@link Steps#id}, never in the shared steps.
     */
    static final class Remembered {
        long micros;
        long dueDay;
        long startDay;
        final long[] setupDay;

        Remembered(long[] setupDay) {
            this.setupDay = setupDay;
        }
    }

    /**
     * Schedules in {@code long} nanoseconds on the runs' calendars; {@return whether it could} Subtracting working
     * time is additive: taking {@code a} then {@code b} back from a point on one calendar ends where taking
     * {@code a + b} does (each gives the latest start with that much work before the end). So an operation's move,
     * run and setup are taken back together (only the setup's start is kept), with the queue of the operation after
     * it when both use the same calendar: one subtraction per operation instead of four, two when the calendars
     * differ. (Past 292 years of work in one subtraction, a {@code long} of nanoseconds overflows: this gives up.)
     */
    private boolean fast(Steps s, long micros, long dueDay) {
        if (dueDay > Cal.MAX_DAY || dueDay < Cal.MIN_DAY || micros >= MAX_MICROS) {
            return false;
        }
        long t = dueDay * Cal.DAY;
        Cal pendingCal = null; // the calendar of the queue not yet taken back (the last operation's)
        long pending = 0;
        long[] clock = s.clock;
        for (int k = s.size - 1; k >= 0; k--) {
            int at = Steps.STRIDE * k;
            Cal c = cals[(int) clock[at + Steps.CAL]];
            if (c == null) {
                c = cal(s.cal[k]);
            }
            long run = runNanos(s, k, micros);
            if (run < 0) {
                return false;
            }
            long move = clock[at + Steps.MOVE];
            if (pendingCal == c) {
                move += pending; // durations are at most WorkCalendar.MAX_WORK: no overflow
            } else if (pendingCal != null) {
                t = pendingCal.subtract(t, pending);
            }
            long busy = run + clock[at + Steps.SETUP];
            if (t == Cal.FAIL || move > Long.MAX_VALUE - busy) { // centuries of work: the exact path decides
                return false;
            }
            long setup = c.subtract(t, move + busy); // the run's end is not needed: one subtraction
            if (setup == Cal.FAIL) {
                return false;
            }
            setupDay[k] = Math.floorDiv(setup, Cal.DAY);
            t = setup;
            pendingCal = c;
            pending = clock[at + Steps.QUEUE];
        }
        t = pendingCal == null ? t : pendingCal.subtract(t, pending);
        if (t == Cal.FAIL) {
            return false;
        }
        startDay = Math.floorDiv(t, Cal.DAY);
        return true;
    }

    /**
     * {@return the run duration of operation {@code k} for a lot, in nanoseconds, as {@link #duration} of
     * {@link OperationTimes#runMinutesFor}, or -1 when long arithmetic cannot decide it exactly} When the minutes
     * terminate they are exact and the ceiling is exact. Otherwise the core rounds them to 34 significant digits
     * (an error below 10<sup>-33</sup> of the value, so below 10<sup>-14</sup> ns for any {@code long} of nanos)
     * before the ceiling: the ceiling of the exact value is the same when that lies farther than 10<sup>-14</sup>
     * from a whole nanosecond, and when it is a whole nanosecond the direction of the rounding decides; else (and
     * on overflow or beyond {@link WorkCalendar#MAX_WORK}) this gives up.
     */
    /**
     * {@return the exact busy (setup + run) nano-minutes of operation {@code k} for a lot of {@code micros}
     * micro-units, as the fraction {@code {numerator, denominator}}: {@code setup + quantity × runNum / runDen},
     * what {@link OperationTimes#minutesFor} computes before it divides} With {@link Steps#loadFast} the same value
     * is {@code (loadSetup × loadD + micros × loadP) / loadD} in {@code long}s.
     */
    static BigInteger[] busyNanoMinutes(Steps s, int k, long micros) {
        // minutes = setup + (micros / 10^6) × n / d = (setup × d × 10^6 + micros × n) / (d × 10^6)
        BigDecimal d = s.runDen[k].movePointRight(6);
        BigDecimal x = s.times[k].setupMinutes().multiply(d).add(BigDecimal.valueOf(micros).multiply(s.runNum[k]))
                .movePointRight(9);
        int scale = Math.max(0, Math.max(x.scale(), d.scale()));
        return new BigInteger[] {x.movePointRight(scale).toBigIntegerExact(),
            d.movePointRight(scale).toBigIntegerExact()};
    }

    static long runNanos(Steps s, int k, long micros) {
        int at = Steps.STRIDE * k;
        long[] clock = s.clock;
        if (clock[at + Steps.RUN_FAST] == 0) {
            return -1;
        }
        long p = clock[at + Steps.RUN_P];
        long d = clock[at + Steps.RUN_D];
        if (p == 0) {
            return 0;
        }
        long hi = Math.multiplyHigh(micros, p);
        long lo = micros * p;
        if (hi != 0 || lo < 0) {
            return -1;
        }
        long q = lo / d;
        long r = lo - q * d;
        long nanos;
        if (micros % clock[at + Steps.RUN_C] == 0) {
            nanos = r > 0 ? q + 1 : q;
        } else if (r == 0) {
            // Whole nanos K = q while the minutes K / (6 × 10^10) do not terminate: 3 ∤ K, and the digits past
            // the 34th significant one repeat the tail of (K mod 6) / 6: 1/6 = .1666… and 4/6 = .666… round up
            // (the ceiling then adds one), 2/6 = .333… and 5/6 = .8333… round down.
            long m = q % 6;
            nanos = m == 1 || m == 4 ? q + 1 : q;
        } else {
            if (Math.min(r, d - r) <= d / 100_000_000_000_000L) {
                return -1;
            }
            nanos = q + 1;
        }
        return nanos > MAX_NANOS_LONG ? -1 : nanos;
    }

    /**
     * A work-center calendar in the fast form {@link Cal} computes with: shift starts and ends as nanoseconds of the
     * day, working weekdays, and the holidays on working weekdays as sorted epoch days. Immutable: a
     * {@link RoutingSteps} makes one per distinct {@link WorkCalendar}, with a dense {@link #id}, and shares it
     * between runs; each run's scheduler keeps its own {@link Cal} (with the mutable working-day window) per id.
     */
    static final class FastCalendar {
        /** Dense among the calendars of one {@link RoutingSteps}: the index of a run's {@link Cal} for it. */
        final int id;
        final WorkCalendar calendar;
        final long[] starts;
        final long[] ends;
        final boolean[] working = new boolean[7];
        final long[] holidays;
        final long dayNanos;
        final long weekNanos;
        final int perWeek;
        /**
         * Per day from the first holiday to the last, the number of holidays before it ({@link #lowerBound} without
         * a binary search: scheduling asks it twice per order), or null when they span more than
         * {@link #MAX_HOLIDAY_SPAN} days (or there are none).
         */
        private final int @org.jspecify.annotations.Nullable [] before;
        private final long firstHoliday;
        /** The longest span of holidays counted day by day: about 180 years, 256 KB. */
        static final int MAX_HOLIDAY_SPAN = 1 << 16;

        FastCalendar(WorkCalendar c, int id) {
            this.id = id;
            calendar = c;
            int size = c.shifts().size();
            starts = new long[size];
            ends = new long[size];
            for (int i = 0; i < size; i++) {
                starts[i] = c.shifts().get(i).start().toNanoOfDay();
                ends[i] = c.shifts().get(i).endOffset().toNanos();
            }
            long total = 0;
            for (int i = 0; i < size; i++) {
                total += c.shifts().get(i).length().toNanos();
            }
            dayNanos = total;
            c.workingDays().forEach(d -> working[d.getValue() - 1] = true);
            perWeek = c.workingDays().size();
            weekNanos = dayNanos * perWeek;
            holidays = c.holidays().asLazy().select(d -> working[d.getDayOfWeek().getValue() - 1])
                    .collectLong(LocalDate::toEpochDay).toSortedArray();
            long span = holidays.length == 0 ? 0 : holidays[holidays.length - 1] - holidays[0] + 1;
            if (span > 0 && span <= MAX_HOLIDAY_SPAN) {
                firstHoliday = holidays[0];
                before = new int[(int) span];
                int x = 0;
                for (int k = 0; k < span; k++) {
                    while (holidays[x] < firstHoliday + k) {
                        x++;
                    }
                    before[k] = x;
                }
            } else {
                firstHoliday = 0;
                before = null;
            }
        }

        /** Working days in {@code [a, b)}, holidays excluded (the core calendar's count). */
        long workingDays(long a, long b) {
            if (b <= a) {
                return 0;
            }
            long n = b - a;
            long count = (n / 7) * perWeek;
            int dow = (int) Math.floorMod(a + 3, 7L);
            for (int r = 0; r < n % 7; r++) {
                if (working[(dow + r) % 7]) {
                    count++;
                }
            }
            return count - (lowerBound(b) - lowerBound(a));
        }

        /** {@return whether a holiday on a working weekday lies in [from, to]} */
        boolean hasHolidayIn(long from, long to) {
            int i = lowerBound(from);
            return i < holidays.length && holidays[i] <= to;
        }

        /** {@return the number of holidays before {@code day}} */
        int lowerBound(long day) {
            if (before != null) {
                long x = day - firstHoliday;
                return x <= 0 ? 0 : x >= before.length ? holidays.length : before[(int) x];
            }
            int i = java.util.Arrays.binarySearch(holidays, day);
            return i >= 0 ? i : -i - 1;
        }
    }

    /**
     * A calendar's backward working-time arithmetic on {@code long} nanoseconds since 1970-01-01T00:00, the
     * loop of {@link WorkCalendar#subtractWorkingTime} with its week skip: it gives up (returns {@link #FAIL})
     * after {@link #MAX_DAYS} iterations or near the ends of the {@code long} range, where the caller uses the
     * calendar.
     *
     * <p>Not thread-safe: its working-day window changes as days are asked, so each run's scheduler has its own
     * (over the shared, immutable {@link FastCalendar}, whose arrays it reads into fields).
     */
    static final class Cal {
        static final long DAY = 86_400_000_000_000L;
        static final long MIN_DAY = -100_000L;
        static final long MAX_DAY = 100_000L;
        static final long FAIL = Long.MIN_VALUE;
        static final int MAX_DAYS = 800;
        private final FastCalendar form;
        private final long[] starts;
        private final long[] ends;
        private final boolean[] working;
        private final long[] holidays;
        private final long dayNanos;
        private final long weekNanos;

        /** A calendar of its own (tests). */
        Cal(WorkCalendar c) {
            this(new FastCalendar(c, 0));
        }

        /** A run's window over a shared calendar. */
        Cal(FastCalendar f) {
            form = f;
            starts = f.starts;
            ends = f.ends;
            working = f.working;
            holidays = f.holidays;
            dayNanos = f.dayNanos;
            weekNanos = f.weekNanos;
        }

        boolean isWorkingDay(long day) {
            long x = day - windowFrom;
            if (x >= 0 && x < window.length) {
                return window[(int) x];
            }
            return refill(day);
        }

        // Working days of a window of WINDOW days, mostly before the last day asked (scheduling goes backward from
        // due dates in the horizon): a day's answer without a division and a binary search over the holidays.
        private static final int WINDOW = 4096;
        private static final int WINDOW_AFTER = 1024;
        private long windowFrom = Long.MAX_VALUE;
        private boolean[] window = new boolean[0];

        private boolean refill(long day) {
            long from = day - (WINDOW - WINDOW_AFTER);
            boolean[] w = window.length == WINDOW ? window : new boolean[WINDOW];
            for (int k = 0; k < WINDOW; k++) {
                long d = from + k;
                w[k] = working[(int) Math.floorMod(d + 3, 7L)] && java.util.Arrays.binarySearch(holidays, d) < 0;
            }
            window = w;
            windowFrom = from;
            return w[WINDOW - WINDOW_AFTER];
        }

        long subtract(long end, long work) {
            if (work == 0) {
                return end;
            }
            long remaining = work;
            long day = Math.floorDiv(end, DAY);
            for (int guard = 0; guard < MAX_DAYS; guard++) {
                if (day < MIN_DAY) {
                    return FAIL;
                }
                if (isWorkingDay(day)) {
                    long midnight = day * DAY;
                    for (int i = starts.length - 1; i >= 0; i--) {
                        long shiftStart = midnight + starts[i];
                        if (shiftStart >= end) {
                            continue;
                        }
                        long finish = Math.min(midnight + ends[i], end);
                        long available = finish - shiftStart;
                        if (remaining <= available) {
                            return finish - remaining;
                        }
                        remaining -= available;
                    }
                }
                day--;
                // As the core: shifts of day d end before d + 2 days, so from here on every shift ends by `end`.
                if ((day + 2) * DAY <= end && remaining > 2 * weekNanos) {
                    long weeks = remaining / weekNanos - 1;
                    long from = day - 7 * weeks;
                    if (from < MIN_DAY) {
                        return FAIL;
                    }
                    remaining -= form.workingDays(from + 1, day + 1) * dayNanos;
                    day = from;
                }
            }
            return FAIL;
        }
    }

    /** {@return the minutes as a duration, rounded up to the nanosecond; at most {@link WorkCalendar#MAX_WORK}} */
    private static Duration duration(BigDecimal minutes, Steps s, int k) {
        if (minutes.signum() == 0) {
            return Duration.ZERO;
        }
        BigDecimal nanos = minutes.multiply(NANOS_PER_MINUTE).setScale(0, RoundingMode.CEILING);
        if (nanos.compareTo(MAX_NANOS) > 0) {
            throw new LimitExceededException("calendar.work", WorkCalendar.MAX_WORK,
                    minutes.toPlainString() + " minutes", s.path(k));
        }
        return Duration.ofNanos(nanos.longValueExact());
    }
}
