package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Capacity load added on a second thread ({@link PipelinedLoad}) equals the load added directly ({@link LoadTally}):
 * the same calls replayed in order, over many batches, a batch of its own for a huge routing, and big-number
 * cells; a failure there is thrown by {@code finish}, and a failed run stops the thread. A lost batch would hang
 * both threads: the timeout turns that into a failure.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PipelinedLoadTest {
    private static final LoadCells.ItemOrder BY_INDEX = Integer::compare;
    private static final int NB = 20;
    private static final int WORK_CENTERS = 4;
    private static final int TOOLS = 3;

    /** Steps whose operations load fast: {@code setup + micros × p / d} nano-minutes each. */
    private static BackwardScheduler.Steps steps(int size, Random rnd, long maxDen) {
        BackwardScheduler.Steps s = new BackwardScheduler.Steps(null, size, -1);
        for (int k = 0; k < size; k++) {
            s.workCenter[k] = rnd.nextInt(WORK_CENTERS);
            s.tool[k] = rnd.nextInt(TOOLS + 1) - 1;
            s.loadFast[k] = true;
            s.loadSetup[k] = 1_000_000_000L * rnd.nextInt(60);
            s.loadP[k] = 1 + rnd.nextInt(5_000);
            s.loadD[k] = 1 + (long) (rnd.nextDouble() * maxDen);
        }
        return s;
    }

    private static LoadTally tally() {
        return new LoadTally(NB, WORK_CENTERS, TOOLS, BY_INDEX);
    }

    /** Sends the same random calls to both sinks. */
    private static void feed(long seed, LoadSink a, LoadSink b) {
        Random rnd = new Random(seed);
        BackwardScheduler.Steps[] routings = {steps(1, rnd, 10), steps(3, rnd, 1_000), steps(6, rnd, 1_000_000),
            steps(70_000, rnd, 100)};
        int[] bucket = new int[70_000];
        for (int item = 0; item < 3_000; item++) {
            int runs = rnd.nextInt(4);
            for (int r = 0; r < runs; r++) {
                // The huge routing rarely: it takes a batch of its own (17,502 words).
                BackwardScheduler.Steps s = routings[rnd.nextInt(200) == 0 ? 3 : rnd.nextInt(3)];
                for (int k = 0; k < s.size; k++) {
                    bucket[k] = rnd.nextInt(NB + 2) - 1; // -1: outside the horizon
                    if (bucket[k] == NB) {
                        bucket[k] = -1;
                    }
                }
                long qty = 1 + rnd.nextInt(50_000_000);
                int orders = 1 + rnd.nextInt(5);
                a.load(s, bucket, qty, orders);
                b.load(s, bucket, qty, orders);
            }
            a.endItem(item);
            b.endItem(item);
        }
    }

    private static void assertSame(LoadTally expected, LoadTally actual) {
        int loaded = 0;
        for (int w = 0; w < WORK_CENTERS; w++) {
            assertSameCells(expected.workCenter(w), actual.workCenter(w), "work center " + w);
            loaded += expected.workCenter(w) != null && expected.workCenter(w).loaded() ? 1 : 0;
        }
        for (int t = 0; t < TOOLS; t++) {
            assertSameCells(expected.tool(t), actual.tool(t), "tool " + t);
            assertThat(actual.toolCalendarOf(t)).as("calendar of tool " + t).isEqualTo(expected.toolCalendarOf(t));
        }
        assertThat(loaded).as("loaded work centers").isEqualTo(WORK_CENTERS);
    }

    private static void assertSameCells(LoadCells expected, LoadCells actual, String what) {
        assertThat(actual == null).as(what).isEqualTo(expected == null);
        if (expected == null) {
            return;
        }
        for (int b = 0; b < NB; b++) {
            assertThat(actual.hours(b)).as(what + " bucket " + b).isEqualTo(expected.hours(b));
            assertThat(actual.top(b)).as(what + " top of bucket " + b).isEqualTo(expected.top(b));
        }
    }

    @Test
    void randomCalls_overManyBatches_addUpAsDirectly() throws InterruptedException {
        for (long seed = 1; seed <= 5; seed++) {
            LoadTally direct = tally();
            PipelinedLoad piped = new PipelinedLoad(tally());
            feed(seed, direct, piped);
            assertSame(direct.finish(), piped.finish());
            piped.worker().join(10_000);
            assertThat(piped.worker().isAlive()).isFalse();
        }
    }

    @Test
    void oneLoad_byHand() {
        // Setup 30 min + 2 units × 1 min (1,000 nano-minutes per micro-unit), 3 lots: 96 min = 1.6 h, in bucket 4
        // of work center 2 and tool 1; the first operation is outside the horizon.
        BackwardScheduler.Steps s = new BackwardScheduler.Steps(null, 2, -1);
        for (int k = 0; k < 2; k++) {
            s.workCenter[k] = 2;
            s.tool[k] = k == 1 ? 1 : -1;
            s.loadFast[k] = true;
            s.loadSetup[k] = 30_000_000_000L;
            s.loadP[k] = 1_000;
            s.loadD[k] = 1;
        }
        PipelinedLoad piped = new PipelinedLoad(tally());
        piped.load(s, new int[] {-1, 4}, 2_000_000, 3);
        piped.endItem(7);
        LoadTally t = piped.finish();
        assertThat(t.workCenter(2).hours(4)).isEqualByComparingTo("1.6");
        assertThat(t.workCenter(2).top(4)).isEqualTo(7);
        assertThat(t.tool(1).hours(4)).isEqualByComparingTo("1.6");
        assertThat(t.toolCalendarOf(1)).isEqualTo(2);
        assertThat(t.tool(0)).isNull();
        assertThat(t.workCenter(0)).isNull();
    }

    @Test
    void failureOnTheSecondThread_isThrownByFinish() throws InterruptedException {
        BackwardScheduler.Steps broken = new BackwardScheduler.Steps(null, 1, -1); // not fast, and no times
        PipelinedLoad piped = new PipelinedLoad(tally());
        piped.load(broken, new int[] {0}, 1_000_000, 1);
        piped.endItem(0);
        feed(9, tally(), piped); // more batches after the failure: returned, not replayed, and nothing blocks
        assertThatThrownBy(piped::finish).isInstanceOf(NullPointerException.class);
        piped.worker().join(10_000);
        assertThat(piped.worker().isAlive()).isFalse();
    }

    @Test
    void abandon_stopsTheSecondThread() throws InterruptedException {
        PipelinedLoad piped = new PipelinedLoad(tally());
        feed(3, tally(), piped);
        piped.abandon();
        piped.abandon();
        piped.worker().join(10_000);
        assertThat(piped.worker().isAlive()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void interruptedPlanningThread_stillFinishes_andKeepsItsInterrupt() {
        LoadTally direct = tally();
        PipelinedLoad piped = new PipelinedLoad(tally());
        Thread.currentThread().interrupt();
        try {
            feed(4, direct, piped);
            LoadTally t = piped.finish();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertSame(direct, t);
        } finally {
            Thread.interrupted();
        }
    }
}
