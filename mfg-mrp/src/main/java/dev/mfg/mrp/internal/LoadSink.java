package dev.mfg.mrp.internal;

/**
 * Where a planning run sends the capacity load of its planned orders: straight into a {@link LoadTally}, or through
 * a {@link PipelinedLoad} that adds it up on a second thread. Either way the tally sees the same calls in the same
 * order, so the load and its messages are the same.
 */
interface LoadSink {
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

    /** {@return the tally once every load sent is added} Called once, last. */
    LoadTally finish();

    /** Stops adding, without a result: the run failed. Safe to call more than once. */
    void abandon();
}
