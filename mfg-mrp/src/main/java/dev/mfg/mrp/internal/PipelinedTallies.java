package dev.mfg.mrp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * A {@link TallySink} that adds the load and pegs up on a second thread: the planning thread writes each call into a
 * batch of {@code long}s and hands full batches over; the second thread replays them, in order, on a
 * {@link LoadTally} and a {@link PegTally}. At the L tier the load's cells (per work center and tool, six
 * {@code long}s per bucket) no longer fit the planning thread's caches, and loading took about a sixth of a plan;
 * pegging (sorting each item's demands, finding their parent orders, writing the pegs) took as much again. Here the
 * planning thread writes two words per run of equal lots and a quarter word per operation, and per pegged item its
 * dependent demands' keys and quantities and its orders' quantities and buckets, into a batch that stays in its
 * cache; the second thread does the rest.
 *
 * <p>The tallies see exactly the calls a direct run makes, in the same order: the result does not depend on the
 * threads. A failure on the second thread is thrown by {@link #finish}; a failed run calls {@link #abandon}, which
 * stops the thread. The thread is a daemon, started per run, and ends with it. Waiting for a batch ignores
 * interrupts (as a run on one thread would) and restores the interrupt flag afterwards.
 */
final class PipelinedTallies implements TallySink {
    private static final int WORDS = 1 << 14; // 128 KB per batch: it stays in the writer's and reader's caches
    private static final int IN_FLIGHT = 4;
    private static final int NO_BUCKET = 0xFFFF; // bucket -1 (buckets are below 2^14)
    private static final long PEG = Long.MIN_VALUE;
    private static final long KEEP = Long.MIN_VALUE + 1;

    /**
     * A batch of calls, each a head word then its words:
     * <ul>
     *   <li>a load: {@code size << 32 | orders} (positive), the quantity, then the operations' buckets as 16-bit
     *       fields, four per word, with its steps next in {@link #objects};
     *   <li>the end of an item: {@code -1 - item};
     *   <li>a pegged item: {@link #PEG}, {@code firstOrder << 32 | count}, the number of dependent demands, the
     *       stock, each demand's key and quantity, each order's quantity, then the orders' buckets four per word,
     *       with its independent demands and receipts next in {@link #objects};
     *   <li>kept pegs: {@link #KEEP}, {@code order << 32 | n}, then each peg's reference and quantity.
     * </ul>
     */
    private static final class Batch {
        final long[] words;
        final ArrayList<Object> objects = new ArrayList<>();
        int size;
        boolean last;

        Batch(int words) {
            this.words = new long[words];
        }
    }

    private final LoadTally load;
    private final PegTally pegs;
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
     * @param load the capacity load it adds to; read it only after {@link #finish}
     * @param pegs the pegs it adds to; read them only after {@link #finish}
     */
    PipelinedTallies(LoadTally load, PegTally pegs) {
        this.load = load;
        this.pegs = pegs;
        this.worker = new Thread(this::work, "mfg-mrp-tallies");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void load(BackwardScheduler.Steps steps, int[] bucket, long qty, int orders) {
        int n = steps.size;
        long[] w = reserve(2 + (n + 3) / 4);
        int at = batch.size;
        w[at++] = (long) n << 32 | orders;
        w[at++] = qty;
        batch.size = pack(bucket, n, w, at);
        batch.objects.add(steps);
        itemLoaded = true;
    }

    @Override
    public void endItem(int item) {
        if (!itemLoaded) {
            return; // the tally would find nothing to end
        }
        long[] w = reserve(1);
        w[batch.size++] = -1L - item;
        itemLoaded = false;
    }

    @Override
    public void peg(int firstOrder, List<PlanRun.Indep> indep, long[] dep, int depSize, int depWidth,
            List<PlanRun.Receipt> receipts, int count, int[] orderBucket, long[] orderQty, long stock) {
        long[] w = reserve(4 + 2 * depSize + count + (count + 3) / 4);
        int at = batch.size;
        w[at++] = PEG;
        w[at++] = (long) firstOrder << 32 | count;
        w[at++] = depSize;
        w[at++] = stock;
        for (int k = 0; k < depSize; k++) {
            w[at++] = dep[k * depWidth];
            w[at++] = dep[k * depWidth + 1];
        }
        System.arraycopy(orderQty, 0, w, at, count);
        batch.size = pack(orderBucket, count, w, at + count);
        batch.objects.add(indep);
        batch.objects.add(receipts);
    }

    @Override
    public void keep(int order, long[] refs, long[] qtys, int n) {
        long[] w = reserve(2 + 2 * n);
        int at = batch.size;
        w[at++] = KEEP;
        w[at++] = (long) order << 32 | n;
        for (int p = 0; p < n; p++) {
            w[at++] = refs[p];
            w[at++] = qtys[p];
        }
        batch.size = at;
    }

    /** {@return the words of a batch with room for {@code need} more} A call too big for any batch gets its own. */
    private long[] reserve(int need) {
        if (batch.size + need > batch.words.length) {
            if (need > WORDS) { // e.g. a routing of more than 65,000 operations: a batch of its own, not reused
                put(batch);
                batch = new Batch(need);
            } else {
                send(batch);
            }
        }
        return batch.words;
    }

    /** Writes {@code bucket[0, n)} as 16-bit fields, four per word, from {@code w[at]}; {@return the next word} */
    private static int pack(int[] bucket, int n, long[] w, int at) {
        for (int k = 0; k < n; k += 4) {
            long packed = 0;
            for (int x = Math.min(n, k + 4) - 1; x >= k; x--) {
                packed = packed << 16 | (bucket[x] & NO_BUCKET);
            }
            w[at++] = packed;
        }
        return at;
    }

    /** Reads {@code n} buckets written by {@link #pack} from {@code w[at]}; {@return the next word} */
    private static int unpack(long[] w, int at, int n, int[] bucket) {
        for (int k = 0; k < n; k += 4) {
            long packed = w[at++];
            for (int x = k; x < Math.min(n, k + 4); x++) {
                int v = (int) (packed & NO_BUCKET);
                bucket[x] = v == NO_BUCKET ? -1 : v;
                packed >>>= 16;
            }
        }
        return at;
    }

    @Override
    public void finish() {
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
            throw new IllegalStateException("Capacity load or pegging failed", t);
        }
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
                    b.objects.clear();
                    empty.add(b); // never full: it holds every reusable batch there is
                }
            }
        } catch (InterruptedException e) {
            // abandoned: the run failed and reads nothing
        }
    }

    // The second thread's scratch.
    private int[] replayBuckets = new int[16];
    private long[] replayDep = new long[32];
    private long[] replayQty = new long[16];
    private long[] replayRefs = new long[16];

    @SuppressWarnings("unchecked") // the objects are written in the order read, with these types
    private void replay(Batch b) {
        long[] w = b.words;
        int objects = 0;
        for (int at = 0; at < b.size;) {
            long head = w[at];
            if (head >= 0) {
                int n = (int) (head >>> 32);
                int orders = (int) head;
                long qty = w[at + 1];
                at = unpack(w, at + 2, n, buckets(n));
                load.load((BackwardScheduler.Steps) b.objects.get(objects++), replayBuckets, qty, orders);
            } else if (head == PEG) {
                int firstOrder = (int) (w[at + 1] >>> 32);
                int count = (int) w[at + 1];
                int depSize = (int) w[at + 2];
                long stock = w[at + 3];
                at += 4;
                if (replayDep.length < 2 * depSize) {
                    replayDep = new long[Math.max(2 * depSize, 2 * replayDep.length)];
                }
                System.arraycopy(w, at, replayDep, 0, 2 * depSize);
                at += 2 * depSize;
                long[] qty = quantities(count);
                System.arraycopy(w, at, qty, 0, count);
                at = unpack(w, at + count, count, buckets(count));
                List<PlanRun.Indep> indep = (List<PlanRun.Indep>) b.objects.get(objects++);
                List<PlanRun.Receipt> receipts = (List<PlanRun.Receipt>) b.objects.get(objects++);
                pegs.peg(firstOrder, indep, replayDep, depSize, 2, receipts, count, replayBuckets, qty, stock);
            } else if (head == KEEP) {
                int order = (int) (w[at + 1] >>> 32);
                int n = (int) w[at + 1];
                at += 2;
                long[] qty = quantities(n);
                if (replayRefs.length < n) {
                    replayRefs = new long[qty.length];
                }
                for (int p = 0; p < n; p++) {
                    replayRefs[p] = w[at++];
                    qty[p] = w[at++];
                }
                pegs.keep(order, replayRefs, qty, n);
            } else {
                load.endItem((int) (-1L - head));
                at++;
            }
        }
    }

    private int[] buckets(int n) {
        if (replayBuckets.length < n) {
            replayBuckets = new int[Math.max(n, replayBuckets.length * 2)];
        }
        return replayBuckets;
    }

    private long[] quantities(int n) {
        if (replayQty.length < n) {
            replayQty = new long[Math.max(n, replayQty.length * 2)];
        }
        return replayQty;
    }
}
