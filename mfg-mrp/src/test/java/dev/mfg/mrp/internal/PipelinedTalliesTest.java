package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.mrp.netting.DemandKind;
import dev.mfg.mrp.netting.Peg;
import dev.mfg.mrp.netting.Pegging;
import dev.mfg.mrp.netting.PeggingDemand;
import dev.mfg.mrp.netting.PeggingSupply;
import dev.mfg.mrp.netting.SupplyKind;
import dev.mfg.mrp.netting.SupplyPegging;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Capacity load and pegs added on a second thread ({@link PipelinedTallies}) equal those added directly
 * ({@link DirectTallies}): the same calls replayed in order, over many batches, a batch of its own for a huge routing
 * or a huge demand list, and big-number cells; a failure there is thrown by {@code finish}, and a failed run stops
 * the thread. A lost batch would hang both threads: the timeout turns that into a failure.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PipelinedTalliesTest {
    private static final LoadCells.ItemOrder BY_INDEX = Integer::compare;
    private static final int NB = 20;
    private static final int WORK_CENTERS = 4;
    private static final int TOOLS = 3;
    // Parent items of ranks 0..PARENTS-1 in id order, with their first orders at 100 × rank.
    private static final int PARENTS = 10;
    private static final int[] FIRST_ORDER_BY_RANK = new int[PARENTS];

    static {
        for (int r = 0; r < PARENTS; r++) {
            FIRST_ORDER_BY_RANK[r] = 100 * r;
        }
    }

    /** A load and pegs, and the sink that adds to them. */
    private record Tallies(LoadTally load, PegTally pegs, TallySink sink) {
        static Tallies direct() {
            LoadTally load = tally();
            PegTally pegs = pegTally();
            return new Tallies(load, pegs, new DirectTallies(load, pegs));
        }

        static Tallies piped() {
            LoadTally load = tally();
            PegTally pegs = pegTally();
            return new Tallies(load, pegs, new PipelinedTallies(load, pegs));
        }

        PipelinedTallies piping() {
            return (PipelinedTallies) sink;
        }
    }

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

    private static PegTally pegTally() {
        return new PegTally(FIRST_ORDER_BY_RANK);
    }

    /** Sends the same random calls to both sinks: loads, pegged items and kept pegs. */
    private static void feed(long seed, TallySink a, TallySink b) {
        Random rnd = new Random(seed);
        BackwardScheduler.Steps[] routings = {steps(1, rnd, 10), steps(3, rnd, 1_000), steps(6, rnd, 1_000_000),
            steps(70_000, rnd, 100)};
        int[] bucket = new int[70_000];
        int orders = 0;
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
                int lots = 1 + rnd.nextInt(5);
                a.load(s, bucket, qty, lots);
                b.load(s, bucket, qty, lots);
            }
            a.endItem(item);
            b.endItem(item);
            orders = rnd.nextInt(10) == 0 ? keep(rnd, orders, a, b) : peg(rnd, orders, a, b);
        }
    }

    /** The arguments of one {@link TallySink#peg} call. */
    private record PegCall(int firstOrder, List<PlanRun.Indep> indep, long[] dep, int depSize,
            List<PlanRun.Receipt> receipts, int count, int[] orderBucket, long[] orderQty, long stock) {
        static final int DEP_WIDTH = 3; // three words each, as the planner's phantom pool has them

        void to(TallySink sink) {
            sink.peg(firstOrder, indep, dep, depSize, DEP_WIDTH, receipts, count, orderBucket, orderQty, stock);
        }
    }

    /** {@return a random item's orders from {@code firstOrder}, with random demands and supplies, to peg} */
    private static PegCall randomPeg(Random rnd, int firstOrder) {
        int count = 1 + rnd.nextInt(6);
        int[] orderBucket = new int[count];
        long[] orderQty = new long[count];
        for (int k = 0; k < count; k++) {
            orderBucket[k] = k == 0 ? rnd.nextInt(NB) : Math.min(NB - 1, orderBucket[k - 1] + rnd.nextInt(3));
            orderQty[k] = rnd.nextInt(8) == 0 ? 1_000_000 : 1 + rnd.nextInt(100); // sometimes enough for all
        }
        List<PlanRun.Indep> indep = new ArrayList<>();
        for (int x = rnd.nextInt(3); x > 0; x--) {
            PlanRun.Indep d = new PlanRun.Indep("SO-" + x, rnd.nextBoolean() ? DemandKind.SALES_ORDER
                    : DemandKind.FORECAST, rnd.nextInt(NB), rnd.nextInt(80));
            d.ref = -1 - rnd.nextInt(50);
            indep.add(d);
        }
        List<PlanRun.Receipt> receipts = new ArrayList<>();
        for (int x = rnd.nextInt(3); x > 0; x--) {
            receipts.add(new PlanRun.Receipt("PO-" + rnd.nextInt(5), rnd.nextInt(NB), 1 + rnd.nextInt(40), null));
        }
        // Rarely more demands than a batch holds (20,004 words): a batch of their own; sometimes a component's worth.
        int depSize = rnd.nextInt(300) == 0 ? 10_000 : rnd.nextInt(5) == 0 ? 64 + rnd.nextInt(200) : rnd.nextInt(12);
        int w = PegCall.DEP_WIDTH;
        long[] dep = new long[w * depSize];
        for (int k = 0; k < depSize; k++) {
            long sub = rnd.nextInt(4) == 0 ? PegTally.stringSub(-1 - rnd.nextInt(50))
                    : PegTally.orderSub(rnd.nextInt(PARENTS), rnd.nextInt(100));
            dep[w * k] = PegTally.demandKey(rnd.nextInt(NB), DemandKind.DEPENDENT, sub);
            dep[w * k + 1] = 1 + rnd.nextInt(60);
            dep[w * k + 2] = rnd.nextInt(1_000);
        }
        long stock = rnd.nextInt(3) == 0 ? rnd.nextInt(100) : 0;
        return new PegCall(firstOrder, indep, dep, depSize, receipts, count, orderBucket, orderQty, stock);
    }

    /** Pegs a random item's orders, from {@code firstOrder}; {@return the orders pegged so far} */
    private static int peg(Random rnd, int firstOrder, TallySink a, TallySink b) {
        PegCall c = randomPeg(rnd, firstOrder);
        c.to(a);
        c.to(b);
        return firstOrder + c.count();
    }

    /** Gives the next order random kept pegs; {@return the orders pegged so far} */
    private static int keep(Random rnd, int order, TallySink a, TallySink b) {
        int n = rnd.nextInt(4);
        long[] refs = new long[n];
        long[] qtys = new long[n];
        for (int p = 0; p < n; p++) {
            refs[p] = rnd.nextInt(3) == 0 ? -1 - rnd.nextInt(50) : rnd.nextInt(1_000);
            qtys[p] = 1 + rnd.nextInt(1_000);
        }
        a.keep(order, refs, qtys, n);
        b.keep(order, refs, qtys, n);
        return order + 1;
    }

    private static void assertSame(PegTally expected, PegTally actual) {
        assertThat(actual.orderFrom().size()).as("orders").isEqualTo(expected.orderFrom().size());
        assertThat(actual.refs().size()).as("pegs").isEqualTo(expected.refs().size());
        assertThat(expected.refs().size()).as("pegs").isGreaterThan(1_000);
        for (int g = 0; g < expected.orderFrom().size(); g++) {
            assertThat(actual.orderFrom().get(g)).as("first peg of order " + g).isEqualTo(expected.orderFrom().get(g));
            assertThat(actual.orderCount().get(g)).as("pegs of order " + g).isEqualTo(expected.orderCount().get(g));
        }
        for (int p = 0; p < expected.refs().size(); p++) {
            assertThat(actual.refs().get(p)).as("demand of peg " + p).isEqualTo(expected.refs().get(p));
            assertThat(actual.quantities().get(p)).as("quantity of peg " + p).isEqualTo(expected.quantities().get(p));
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
            Tallies direct = Tallies.direct();
            Tallies piped = Tallies.piped();
            feed(seed, direct.sink(), piped.sink());
            direct.sink().finish();
            piped.sink().finish();
            assertSame(direct.load(), piped.load());
            assertSame(direct.pegs(), piped.pegs());
            piped.piping().worker().join(10_000);
            assertThat(piped.piping().worker().isAlive()).isFalse();
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
        Tallies piped = Tallies.piped();
        piped.sink().load(s, new int[] {-1, 4}, 2_000_000, 3);
        piped.sink().endItem(7);
        piped.sink().finish();
        LoadTally t = piped.load();
        assertThat(t.workCenter(2).hours(4)).isEqualByComparingTo("1.6");
        assertThat(t.workCenter(2).top(4)).isEqualTo(7);
        assertThat(t.tool(1).hours(4)).isEqualByComparingTo("1.6");
        assertThat(t.toolCalendarOf(1)).isEqualTo(2);
        assertThat(t.tool(0)).isNull();
        assertThat(t.workCenter(0)).isNull();
    }

    @Test
    void onePeggedItem_byHand() {
        // On hand 5; receipt PO-1 of 10 in bucket 2; orders 0 (20 in bucket 1) and 1 (10 in bucket 3). Demands in
        // pegging order: SO-A 12 (bucket 1, a sales order), order 1 of parent item 2 (creation index 201) 8 (bucket
        // 1, dependent), FC 15 (bucket 3). FIFO: SO-A takes the 5 on hand and 7 of order 0, the parent 8 of order
        // 0, FC the last 5 of order 0 and PO-1's 10; order 1 serves nothing.
        PlanRun.Indep so = new PlanRun.Indep("SO-A", DemandKind.SALES_ORDER, 1, 12);
        so.ref = -1;
        PlanRun.Indep fc = new PlanRun.Indep("FC", DemandKind.FORECAST, 3, 15);
        fc.ref = -2;
        long[] dep = {PegTally.demandKey(1, DemandKind.DEPENDENT, PegTally.orderSub(2, 1)), 8};
        Tallies piped = Tallies.piped();
        piped.sink().peg(0, List.of(fc, so), dep, 1, 2, List.of(new PlanRun.Receipt("PO-1", 2, 10, null)), 2,
                new int[] {1, 3}, new long[] {20, 10}, 5);
        piped.sink().finish();
        PegTally p = piped.pegs();
        assertThat(p.orderFrom().size()).isEqualTo(2);
        assertThat(p.orderCount().get(0)).isEqualTo(3);
        assertThat(p.orderCount().get(1)).isZero();
        assertThat(p.refs().size()).isEqualTo(3);
        int from = p.orderFrom().get(0);
        assertThat(new long[] {p.refs().get(from), p.refs().get(from + 1), p.refs().get(from + 2)})
                .containsExactly(-1, 201, -2);
        assertThat(new long[] {p.quantities().get(from), p.quantities().get(from + 1), p.quantities().get(from + 2)})
                .containsExactly(7, 8, 5);
    }

    /**
     * The planner's pegging over arrays follows {@link Pegging}'s rules: on random items, each planned order serves
     * the same demands, in the same order and quantities, as {@link Pegging#allocate} finds. A reference's id sorts
     * as the planner's key does: parent orders ({@code A} and the creation index) before strings ({@code S} and
     * the rank).
     */
    @Test
    void pegTally_pegsAsNettingPegging() {
        Random rnd = new Random(21);
        for (int round = 0; round < 1_000; round++) {
            PegCall c = randomPeg(rnd, 0);
            PegTally pegs = pegTally();
            c.to(new DirectTallies(tally(), pegs));
            List<PeggingDemand> demands = new ArrayList<>();
            for (PlanRun.Indep d : c.indep()) {
                if (d.quantity > 0) {
                    demands.add(PeggingDemand.of(idOf(d.ref), d.kind, d.bucket, d.quantity));
                }
            }
            int w = PegCall.DEP_WIDTH;
            for (int k = 0; k < c.depSize(); k++) {
                long key = c.dep()[w * k];
                demands.add(PeggingDemand.of(idOf(pegs.refOfKey(key)), DemandKind.DEPENDENT,
                        PegTally.bucketOfKey(key), c.dep()[w * k + 1]));
            }
            List<PeggingSupply> supplies = new ArrayList<>();
            if (c.stock() > 0) {
                supplies.add(PeggingSupply.onHand(c.stock()));
            }
            for (PlanRun.Receipt r : c.receipts()) {
                supplies.add(PeggingSupply.scheduledReceipt(r.id(), r.bucket(), r.quantity()));
            }
            for (int k = 0; k < c.count(); k++) {
                supplies.add(PeggingSupply.plannedOrder("P" + k, c.orderBucket()[k], c.orderQty()[k]));
            }
            Pegging expected = Pegging.allocate(demands, supplies, 0);
            assertThat(pegs.orderFrom().size()).isEqualTo(c.count());
            for (SupplyPegging sp : expected.supplies()) {
                if (sp.supply().kind() != SupplyKind.PLANNED_ORDER) {
                    continue;
                }
                int k = Integer.parseInt(sp.supply().id().substring(1));
                List<Peg> actual = new ArrayList<>();
                for (int p = pegs.orderFrom().get(k); p < pegs.orderFrom().get(k) + pegs.orderCount().get(k); p++) {
                    actual.add(new Peg(idOf(pegs.refs().get(p)), pegs.quantities().get(p)));
                }
                assertThat(actual).as("round " + round + ", order " + k).containsExactlyElementsOf(sp.pegs());
            }
        }
    }

    /** {@return an id that sorts as the reference's pegging key part does} */
    private static String idOf(long ref) {
        return ref >= 0 ? String.format("A%06d", ref) : String.format("S%03d", -1 - ref);
    }

    @Test
    void peggingOutOfOrder_isThrownByFinish() {
        PipelinedTallies piped = Tallies.piped().piping();
        piped.keep(1, new long[0], new long[0], 0); // order 0 was never pegged
        assertThatThrownBy(piped::finish).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("out of order");
    }

    @Test
    void failureOnTheSecondThread_isThrownByFinish() throws InterruptedException {
        BackwardScheduler.Steps broken = new BackwardScheduler.Steps(null, 1, -1); // not fast, and no times
        PipelinedTallies piped = Tallies.piped().piping();
        piped.load(broken, new int[] {0}, 1_000_000, 1);
        piped.endItem(0);
        feed(9, Tallies.direct().sink(), piped); // more batches after the failure: returned, not replayed, no block
        assertThatThrownBy(piped::finish).isInstanceOf(NullPointerException.class);
        piped.worker().join(10_000);
        assertThat(piped.worker().isAlive()).isFalse();
    }

    @Test
    void abandon_stopsTheSecondThread() throws InterruptedException {
        PipelinedTallies piped = Tallies.piped().piping();
        feed(3, Tallies.direct().sink(), piped);
        piped.abandon();
        piped.abandon();
        piped.worker().join(10_000);
        assertThat(piped.worker().isAlive()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void interruptedPlanningThread_stillFinishes_andKeepsItsInterrupt() {
        Tallies direct = Tallies.direct();
        Tallies piped = Tallies.piped();
        Thread.currentThread().interrupt();
        try {
            feed(4, direct.sink(), piped.sink());
            piped.sink().finish();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertSame(direct.load(), piped.load());
            assertSame(direct.pegs(), piped.pegs());
        } finally {
            Thread.interrupted();
        }
    }
}
