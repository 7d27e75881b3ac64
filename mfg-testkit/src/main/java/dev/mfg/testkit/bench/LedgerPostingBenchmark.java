package dev.mfg.testkit.bench;

import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.inventory.Balances;
import dev.mfg.core.inventory.Direction;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.collections.api.list.ImmutableList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * 10^6 postings per iteration from 8 threads on one {@link InMemoryMaterialLedger}, over a hot set of 2, 10 or
 * 1,000 items: half receipts into MAIN, 40 % transfers MAIN → SIDE, 10 % withdrawals from SIDE (refused when SIDE
 * is short), and 1 % client resubmits of the thread's last acknowledged key with the same payload. Every entry has
 * the same timestamp, so no posting is backdated and the prefix check stays O(1).
 *
 * <p>After every iteration {@link #verify()} (a JMH teardown) throws {@link IllegalStateException} unless: every
 * entry's key was acknowledged to exactly one posting (nothing duplicated), the ledger holds exactly the
 * acknowledged postings (nothing lost), sequences are distinct, every resubmit returned the original entry, stock
 * per item equals acknowledged receipts minus withdrawals exactly (transfers conserve), no balance is negative, and
 * balances equal {@link LedgerFold#fold}. A violated check fails the run.
 *
 * <pre>{@code
 * ./mvnw -B -ntp -q -DskipTests package
 * java -jar mfg-testkit/target/benchmarks.jar LedgerPostingBenchmark -p hotItems=2,10,1000
 * }</pre>
 *
 * The score is the time of one thread's 125,000 postings (single shot): 10^6 postings per iteration in all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Threads(LedgerPostingBenchmark.THREADS)
@Warmup(iterations = 1, batchSize = LedgerPostingBenchmark.POSTINGS_PER_THREAD)
@Measurement(iterations = 3, batchSize = LedgerPostingBenchmark.POSTINGS_PER_THREAD)
public class LedgerPostingBenchmark {
    /** Writer threads. */
    public static final int THREADS = 8;
    /** Postings per thread and iteration: 8 × 125,000 = 10^6. */
    public static final int POSTINGS_PER_THREAD = 125_000;

    private static final Instant AT = Instant.parse("2026-01-05T08:00:00Z");
    private static final String MAIN = "MAIN";
    private static final String SIDE = "SIDE";
    private static final Quantity[] QUANTITIES = new Quantity[10];

    static {
        for (int i = 1; i < QUANTITIES.length; i++) {
            QUANTITIES[i] = Quantity.of(i, Uom.EA);
        }
    }

    /** The size of the hot set of items the threads post to. */
    @Param({"2", "10", "1000"})
    public int hotItems;

    private ItemId[] items = new ItemId[0];
    private InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
    private Account[] accounts = new Account[0];

    /** What one thread was told: acknowledged postings and their effects on stock. */
    static final class Account {
        final int thread;
        final BitSet acknowledged = new BitSet();
        final long[] received;
        final long[] removed;
        int next;
        long resubmits;
        long refused;
        long replayMismatches;
        MaterialTransaction lastTx;
        LedgerEntry lastEntry;

        Account(int thread, int items) {
            this.thread = thread;
            this.received = new long[items];
            this.removed = new long[items];
        }
    }

    /** One writer's random source and index. */
    @State(Scope.Thread)
    public static class Poster {
        int index;
        SplittableRandom random = new SplittableRandom(0);

        /**
         * @param params JMH's thread parameters
         */
        @Setup(Level.Trial)
        public void setUp(ThreadParams params) {
            init(params.getThreadIndex());
        }

        /**
         * @param threadIndex the writer's index, 0 to {@link #THREADS} − 1
         */
        public void init(int threadIndex) {
            index = threadIndex;
            random = new SplittableRandom(1000L + threadIndex);
        }
    }

    /** A fresh ledger and fresh accounts for each iteration. */
    @Setup(Level.Iteration)
    public void setUp() {
        items = new ItemId[hotItems];
        for (int i = 0; i < hotItems; i++) {
            items[i] = ItemId.of("HOT-" + i);
        }
        ledger = new InMemoryMaterialLedger();
        accounts = new Account[THREADS];
        for (int t = 0; t < THREADS; t++) {
            accounts[t] = new Account(t, hotItems);
        }
    }

    /**
     * One posting (or a resubmit) by one writer.
     *
     * @param poster the writer
     * @return the entry, or null when refused for stock
     */
    @Benchmark
    public Object post(Poster poster) {
        Account acc = accounts[poster.index];
        SplittableRandom rnd = poster.random;
        if (acc.lastTx != null && rnd.nextInt(100) == 0) {
            acc.resubmits++;
            LedgerEntry again = ledger.post(acc.lastTx);
            if (!again.equals(acc.lastEntry)) {
                acc.replayMismatches++;
            }
            return again;
        }
        int n = acc.next++;
        int item = rnd.nextInt(hotItems);
        int kind = rnd.nextInt(10);
        int q = 1 + rnd.nextInt(9);
        MaterialTransaction.Builder b = MaterialTransaction.builder();
        b.key("T" + acc.thread + "-" + n).item(items[item]).quantity(QUANTITIES[q]).timestamp(AT);
        if (kind < 5) {
            b.type(TransactionType.RECEIPT).location(MAIN);
        } else if (kind < 9) {
            b.type(TransactionType.TRANSFER).location(MAIN).toLocation(SIDE);
        } else {
            b.type(TransactionType.ADJUSTMENT).direction(Direction.OUT).reason("bench").location(SIDE);
        }
        MaterialTransaction tx = b.build();
        try {
            LedgerEntry e = ledger.post(tx);
            acc.acknowledged.set(n);
            if (kind < 5) {
                acc.received[item] += q;
            } else if (kind == 9) {
                acc.removed[item] += q;
            }
            acc.lastTx = tx;
            acc.lastEntry = e;
            return e;
        } catch (InsufficientStockException refused) {
            acc.refused++;
            return null;
        }
    }

    /**
     * Checks conservation and that no transaction was lost or duplicated.
     *
     * @throws IllegalStateException naming the first violated invariant
     */
    @TearDown(Level.Iteration)
    public void verify() {
        ImmutableList<LedgerEntry> entries = ledger.entries();
        long acknowledged = 0;
        for (Account a : accounts) {
            acknowledged += a.acknowledged.cardinality();
            if (a.replayMismatches > 0) {
                throw new IllegalStateException(a.replayMismatches + " resubmits of thread " + a.thread
                        + " did not return the original entry");
            }
        }
        if (entries.size() != acknowledged || ledger.size() != acknowledged) {
            throw new IllegalStateException("The ledger holds " + entries.size() + " entries (size " + ledger.size()
                    + ") but " + acknowledged + " postings were acknowledged");
        }
        BitSet[] seen = new BitSet[accounts.length];
        for (int t = 0; t < seen.length; t++) {
            seen[t] = new BitSet();
        }
        BitSet sequences = new BitSet();
        for (LedgerEntry e : entries) {
            String key = e.transaction().key();
            int dash = key.indexOf('-');
            int thread = Integer.parseInt(key.substring(1, dash));
            int n = Integer.parseInt(key.substring(dash + 1));
            if (!accounts[thread].acknowledged.get(n)) {
                throw new IllegalStateException("Entry " + key + " was never acknowledged");
            }
            if (seen[thread].get(n)) {
                throw new IllegalStateException("Entry " + key + " is duplicated");
            }
            seen[thread].set(n);
            if (e.sequence() < 1 || e.sequence() > Integer.MAX_VALUE || sequences.get((int) e.sequence())) {
                throw new IllegalStateException("Sequence " + e.sequence() + " is invalid or duplicated");
            }
            sequences.set((int) e.sequence());
        }
        Balances balances = ledger.balances();
        for (int i = 0; i < items.length; i++) {
            long expected = 0;
            for (Account a : accounts) {
                expected += a.received[i] - a.removed[i];
            }
            BigDecimal actual = balances.totalOf(items[i]);
            if (actual.compareTo(BigDecimal.valueOf(expected)) != 0) {
                throw new IllegalStateException("Conservation of " + items[i] + ": stock " + actual.toPlainString()
                        + " but acknowledged receipts minus withdrawals " + expected);
            }
        }
        balances.stock().forEach((k, v) -> {
            if (v.signum() < 0) {
                throw new IllegalStateException("Negative stock " + k + " = " + v.toPlainString());
            }
        });
        if (!balances.equals(LedgerFold.fold(entries))) {
            throw new IllegalStateException("balances() differs from the fold of the entries");
        }
    }

    /** {@return the ledger of the current iteration (for the smoke test)} */
    InMemoryMaterialLedger ledger() {
        return ledger;
    }

    /** {@return Σ resubmits over the threads in the current iteration} */
    long resubmits() {
        long s = 0;
        for (Account a : accounts) {
            s += a.resubmits;
        }
        return s;
    }
}
