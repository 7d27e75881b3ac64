package dev.mfg.mrp.internal;

import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * A {@link LoadSink} that adds the load up on a second thread: the planning thread writes each call into a batch
 * of {@code long}s and hands full batches over; the second thread replays them, in order, on a {@link LoadTally}.
 * At the L tier the tally's cells (per work center and tool, six {@code long}s per bucket) no longer fit the
 * planning thread's caches, and loading took about a sixth of a plan; here the planning thread writes two words
 * per run of equal lots and a quarter word per operation into a batch that stays in its cache, and the second
 * thread computes the busy minutes and adds them.
 *
 * <p>The tally sees exactly the calls a direct run makes, in the same order: the result does not depend on the
 * threads. A failure on the second thread (there is none but running out of memory: loads are exact integer
 * arithmetic on validated times) is thrown by {@link #finish}; a failed run calls {@link #abandon}, which stops the
 * thread. The thread is a daemon, started per run, and ends with it. Waiting for a batch ignores interrupts (as a
 * run on one thread would) and restores the interrupt flag afterwards.
 */
final class PipelinedLoad implements LoadSink {
    private static final int WORDS = 1 << 14; // 128 KB per batch: it stays in the writer's and reader's caches
    private static final int IN_FLIGHT = 4;
    private static final int NO_BUCKET = 0xFFFF; // bucket -1 (buckets are below 2^14)

    /**
     * A batch of calls. A load: {@code size << 32 | orders} (positive), the quantity, then the operations' buckets
     * as 16-bit fields, four per word, with its steps in {@link #steps}; the end of an item: {@code -1 - item}.
     */
    private static final class Batch {
        final long[] words;
        final ArrayList<BackwardScheduler.Steps> steps = new ArrayList<>();
        int size;
        boolean last;

        Batch(int words) {
            this.words = new long[words];
        }
    }

    private final LoadTally tally;
    private final ArrayBlockingQueue<Batch> full = new ArrayBlockingQueue<>(IN_FLIGHT + 2);
    private final ArrayBlockingQueue<Batch> empty = new ArrayBlockingQueue<>(IN_FLIGHT + 2);
    private final Thread worker;
    private volatile Throwable failure;
    private int created = 1;
    private Batch batch = new Batch(WORDS);
    private boolean itemLoaded;
    private boolean interrupted;

    /**
     * Starts the second thread.
     *
     * @param tally the tally it adds to; read it only through {@link #finish}
     */
    PipelinedLoad(LoadTally tally) {
        this.tally = tally;
        this.worker = new Thread(this::work, "mfg-mrp-capacity-load");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void load(BackwardScheduler.Steps steps, int[] bucket, long qty, int orders) {
        int n = steps.size;
        int need = 2 + (n + 3) / 4;
        if (batch.size + need > batch.words.length) {
            if (need > WORDS) { // a routing of more than 65,000 operations: a batch of its own, not reused
                put(batch);
                batch = new Batch(need);
            } else {
                send(batch);
            }
        }
        long[] w = batch.words;
        int at = batch.size;
        w[at++] = (long) n << 32 | orders;
        w[at++] = qty;
        for (int k = 0; k < n; k += 4) {
            long packed = 0;
            for (int x = Math.min(n, k + 4) - 1; x >= k; x--) {
                packed = packed << 16 | (bucket[x] & NO_BUCKET);
            }
            w[at++] = packed;
        }
        batch.size = at;
        batch.steps.add(steps);
        itemLoaded = true;
    }

    @Override
    public void endItem(int item) {
        if (!itemLoaded) {
            return; // the tally would find nothing to end
        }
        if (batch.size + 1 > batch.words.length) {
            send(batch);
        }
        batch.words[batch.size++] = -1L - item;
        itemLoaded = false;
    }

    @Override
    public LoadTally finish() {
        put(batch);
        Batch end = take();
        end.last = true;
        put(end);
        batch = null;
        boolean wasInterrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                wasInterrupted = true;
            }
        }
        if (wasInterrupted || interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("Capacity load failed", t);
        }
        return tally;
    }

    /** {@return the second thread (for tests)} */
    Thread worker() {
        return worker;
    }

    @Override
    public void abandon() {
        worker.interrupt();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Batch b) {
        put(b);
        batch = take();
    }

    /** {@return an empty batch: a new one while fewer than {@code IN_FLIGHT + 1} exist, else a returned one} */
    private Batch take() {
        Batch b = empty.poll();
        if (b != null) {
            return b;
        }
        if (created <= IN_FLIGHT) {
            created++;
            return new Batch(WORDS);
        }
        while (true) {
            try {
                return empty.take();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    private void put(Batch b) {
        while (true) {
            try {
                full.put(b);
                return;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    /** The second thread: replays batches until the last; after a failure it only returns them. */
    private void work() {
        try {
            while (true) {
                Batch b = full.take();
                if (b.last) {
                    return;
                }
                if (failure == null) {
                    try {
                        replay(b);
                    } catch (Throwable t) { // handed to the planning thread by finish()
                        failure = t;
                    }
                }
                if (b.words.length == WORDS) {
                    b.size = 0;
                    b.steps.clear();
                    empty.add(b); // never full: it holds every reusable batch there is
                }
            }
        } catch (InterruptedException e) {
            // abandoned: the run failed and reads nothing
        }
    }

    private void replay(Batch b) {
        long[] w = b.words;
        int[] bucket = replayBuckets;
        int steps = 0;
        for (int at = 0; at < b.size;) {
            long head = w[at];
            if (head < 0) {
                tally.endItem((int) (-1L - head));
                at++;
                continue;
            }
            int n = (int) (head >>> 32);
            int orders = (int) head;
            long qty = w[at + 1];
            at += 2;
            if (bucket.length < n) {
                bucket = new int[Math.max(n, bucket.length * 2)];
                replayBuckets = bucket;
            }
            for (int k = 0; k < n; k += 4) {
                long packed = w[at++];
                for (int x = k; x < Math.min(n, k + 4); x++) {
                    int v = (int) (packed & NO_BUCKET);
                    bucket[x] = v == NO_BUCKET ? -1 : v;
                    packed >>>= 16;
                }
            }
            tally.load(b.steps.get(steps++), bucket, qty, orders);
        }
    }

    private int[] replayBuckets = new int[16]; // the second thread's
}
