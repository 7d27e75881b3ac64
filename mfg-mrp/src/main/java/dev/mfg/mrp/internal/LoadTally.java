package dev.mfg.mrp.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact capacity load of one planning run: per work center and per tool (dense indexes of the run's
 * {@link BackwardScheduler}), the busy nano-minutes of every bucket ({@link LoadCells}) and the item with the largest
 * load there. A tool also keeps the smallest work-center index among the operations that loaded it: its capacity
 * is counted on that work center's calendar. Not thread-safe: one thread adds, and the result is read after it
 * ends ({@link TallySink#finish}).
 */
final class LoadTally {
    private final int nb;
    private final LoadCells[] workCenters;
    private final LoadCells[] tools;
    private final int[] toolCalendarOf;
    private final List<LoadCells> touched = new ArrayList<>();
    private final LoadCells.ItemOrder order;
    // Scratch of load(): the numerator of a lot's busy nano-minutes as a 127-bit pair.
    private final long[] wide = new long[2];

    /**
     * Creates an empty tally.
     *
     * @param nb the number of buckets
     * @param workCenters the number of work centers
     * @param tools the number of tools
     * @param order the order of items on a tie for the largest load (the first wins)
     */
    LoadTally(int nb, int workCenters, int tools, LoadCells.ItemOrder order) {
        this.nb = nb;
        this.workCenters = new LoadCells[workCenters];
        this.tools = new LoadCells[tools];
        this.toolCalendarOf = new int[tools];
        Arrays.fill(toolCalendarOf, -1);
        this.order = order;
    }

    /**
     * Adds the busy nano-minutes of {@code orders} equal lots of {@code qty} micro-units, as
     * {@link dev.mfg.core.routing.OperationTimes#minutesFor} defines them before any division ({@code setup +
     * quantity × run / efficiency}, an exact rational), of each operation of {@code s} to the bucket where its setup
     * starts, on its work center and on the tool it names.
     *
     * @param bucket per operation, the bucket of its setup start, or -1 when outside the horizon
     */
    void load(BackwardScheduler.Steps s, int[] bucket, long qty, int orders) {
        for (int k = 0; k < s.size; k++) {
            int b = bucket[k];
            if (b < 0) {
                continue;
            }
            if (s.loadFast[k] && LoadCells.mulAdd(s.loadSetup[k], s.loadD[k], qty, s.loadP[k], wide)) {
                if ((wide[0] | wide[1]) != 0) {
                    add(s.workCenter[k], s.tool[k], b, wide[0], wide[1], s.loadD[k], orders);
                }
            } else {
                BigInteger[] f = BackwardScheduler.busyNanoMinutes(s, k, qty);
                if (f[0].signum() != 0) {
                    addBig(s.workCenter[k], s.tool[k], b, f[0], f[1], orders);
                }
            }
        }
    }

    private void add(int workCenter, int tool, int bucket, long hi, long lo, long den, int orders) {
        cells(workCenter).add(bucket, hi, lo, den, orders);
        if (tool >= 0) {
            toolCells(tool, workCenter).add(bucket, hi, lo, den, orders);
        }
    }

    private void addBig(int workCenter, int tool, int bucket, BigInteger num, BigInteger den, int orders) {
        cells(workCenter).addBig(bucket, num, den, orders);
        if (tool >= 0) {
            toolCells(tool, workCenter).addBig(bucket, num, den, orders);
        }
    }

    private LoadCells cells(int w) {
        LoadCells c = workCenters[w];
        if (c == null) {
            c = new LoadCells(nb);
            workCenters[w] = c;
        }
        return touch(c);
    }

    private LoadCells toolCells(int t, int w) {
        LoadCells c = tools[t];
        if (c == null) {
            c = new LoadCells(nb);
            tools[t] = c;
        }
        if (toolCalendarOf[t] < 0 || w < toolCalendarOf[t]) { // work-center indexes are in id order
            toolCalendarOf[t] = w;
        }
        return touch(c);
    }

    private LoadCells touch(LoadCells c) {
        if (!c.inItem) {
            c.inItem = true;
            touched.add(c);
        }
        return c;
    }

    /** Ends the loads of item {@code item}: it becomes the largest load of a bucket where it loaded the most. */
    void endItem(int item) {
        for (int x = 0; x < touched.size(); x++) {
            touched.get(x).flushItem(item, order);
        }
        touched.clear();
    }

    /** {@return the load of work center {@code w}, or null when nothing loaded it} */
    LoadCells workCenter(int w) {
        return workCenters[w];
    }

    /** {@return the number of work centers} */
    int workCenterCount() {
        return workCenters.length;
    }

    /** {@return the load of tool {@code t}, or null when nothing loaded it} */
    LoadCells tool(int t) {
        return tools[t];
    }

    /** {@return the number of tools} */
    int toolCount() {
        return tools.length;
    }

    /** {@return the smallest work-center index among the operations that loaded tool {@code t}, or -1} */
    int toolCalendarOf(int t) {
        return toolCalendarOf[t];
    }
}
