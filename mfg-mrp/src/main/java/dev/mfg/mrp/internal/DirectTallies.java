package dev.mfg.mrp.internal;

import java.util.List;

/** A {@link TallySink} that adds every call at once, on the planning thread. */
final class DirectTallies implements TallySink {
    private final LoadTally load;
    private final PegTally pegs;

    /**
     * @param load the capacity load to add to
     * @param pegs the pegs to add to
     */
    DirectTallies(LoadTally load, PegTally pegs) {
        this.load = load;
        this.pegs = pegs;
    }

    @Override
    public void load(BackwardScheduler.Steps steps, int[] bucket, long qty, int orders) {
        load.load(steps, bucket, qty, orders);
    }

    @Override
    public void endItem(int item) {
        load.endItem(item);
    }

    @Override
    public void peg(int firstOrder, List<PlanRun.Indep> indep, long[] dep, int depSize, int depWidth,
            List<PlanRun.Receipt> receipts, int count, int[] orderBucket, long[] orderQty, long stock) {
        pegs.peg(firstOrder, indep, dep, depSize, depWidth, receipts, count, orderBucket, orderQty, stock);
    }

    @Override
    public void keep(int order, long[] refs, long[] qtys, int n) {
        pegs.keep(order, refs, qtys, n);
    }

    @Override
    public void finish() {
        // nothing runs elsewhere
    }

    @Override
    public void abandon() {
        // nothing runs elsewhere
    }
}
