package dev.mfg.mrp.internal;

import java.util.List;

/**
 * Where a planning run sends what only its result reads: the capacity load of its planned orders ({@link LoadTally})
 * and the pegging of its non-phantom items ({@link PegTally}). {@link DirectTallies} adds them up at once;
 * {@link PipelinedTallies} on a second thread. Either way the tallies see the same calls in the same order, so the
 * load, its messages and the pegs are the same.
 */
interface TallySink {
    /**
     * Loads {@code orders} equal lots of {@code qty} micro-units scheduled on the operations of {@code steps}
     * ({@link LoadTally#load}).
     *
     * @param bucket per operation, the bucket where its setup starts, or -1 when outside the horizon; read before
     *     the call returns
     */
    void load(BackwardScheduler.Steps steps, int[] bucket, long qty, int orders);

    /** Ends the loads of one item (for the largest load per bucket). */
    void endItem(int item);

    /**
     * Pegs the planned orders of one item ({@link PegTally#peg}). The arrays are read before the call returns; the
     * lists are read later, and must not change.
     */
    void peg(int firstOrder, List<PlanRun.Indep> indep, long[] dep, int depSize, int depWidth,
            List<PlanRun.Receipt> receipts, int count, int[] orderBucket, long[] orderQty, long stock);

    /** Gives the next order the pegs it had ({@link PegTally#keep}); the arrays are read before the call returns. */
    void keep(int order, long[] refs, long[] qtys, int n);

    /** Returns once everything sent is added; then the tallies may be read. Called once, last. */
    void finish();

    /** Stops adding, without a result: the run failed. Safe to call more than once. */
    void abandon();
}
