package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.Balances;
import dev.mfg.core.inventory.Direction;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.LegResult;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.spi.MaterialLedger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MaterialLedger} keeps (see its Javadoc): idempotent posting, atomic batches, balances
 * that are the fold of the entries ({@link LedgerFold}), no negative stock on any prefix (backdated entries
 * included), reversals that are exact inverses with their rules enforced, and no lost or duplicated transaction
 * under concurrent writers.
 *
 * <pre>{@code
 * class JdbcMaterialLedgerTest implements MaterialLedgerContract {
 *     @Override public MaterialLedger newLedger() { return new JdbcMaterialLedger(freshDataSource()); }
 * }
 * }</pre>
 *
 * Randomised checks use fixed seeds ({@link #seeds()}), so a failure reproduces.
 *
 * @since 0.1
 */
public interface MaterialLedgerContract {
    /** The kit's items. */
    ItemId A = ItemId.of("LC-A");
    /** The kit's items. */
    ItemId B = ItemId.of("LC-B");
    /** The kit's main location. */
    String MAIN = "MAIN";
    /** The kit's second location. */
    String SIDE = "SIDE";
    /** The kit's epoch. */
    Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    /**
     * @return a fresh, empty ledger for each call, with the default options: negative stock refused for every
     *     item, unlimited backdating
     */
    MaterialLedger newLedger();

    /** {@return the time a concurrency test may take before it counts as a hang} */
    default Duration operationTimeout() {
        return Duration.ofSeconds(60);
    }

    /** {@return the seeds of the randomised checks} */
    default long[] seeds() {
        return new long[] {1, 2, 3, 5, 8, 13, 21, 34};
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * @param minutes minutes after {@link #T0}
     * @return the instant
     */
    static Instant at(long minutes) {
        return T0.plusSeconds(60 * minutes);
    }

    /**
     * @param key the key
     * @param item the item
     * @param qty the quantity in EA
     * @param minutes the time, minutes after {@link #T0}
     * @return a receipt into MAIN
     */
    static MaterialTransaction receipt(String key, ItemId item, long qty, long minutes) {
        return MaterialTransaction.builder().key(key).type(TransactionType.RECEIPT).item(item)
                .quantity(Quantity.of(qty, Uom.EA)).location(MAIN).timestamp(at(minutes)).build();
    }

    /**
     * @param key the key
     * @param item the item
     * @param qty the quantity in EA
     * @param minutes the time
     * @return an outbound adjustment from MAIN
     */
    static MaterialTransaction takeOut(String key, ItemId item, long qty, long minutes) {
        return MaterialTransaction.builder().key(key).type(TransactionType.ADJUSTMENT).direction(Direction.OUT)
                .reason("count").item(item).quantity(Quantity.of(qty, Uom.EA)).location(MAIN).timestamp(at(minutes))
                .build();
    }

    /**
     * @param key the key
     * @param item the item
     * @param qty the quantity in EA
     * @param from the source location
     * @param to the destination
     * @param minutes the time
     * @return a transfer
     */
    static MaterialTransaction transfer(String key, ItemId item, long qty, String from, String to, long minutes) {
        return MaterialTransaction.builder().key(key).type(TransactionType.TRANSFER).item(item)
                .quantity(Quantity.of(qty, Uom.EA)).location(from).toLocation(to).timestamp(at(minutes)).build();
    }

    /** Everything observable about a ledger's state; equal before and after a rejected command. */
    record Fingerprint(ImmutableList<LedgerEntry> entries, int size, Balances balances) {}

    /**
     * @param ledger a ledger
     * @return its fingerprint
     */
    static Fingerprint fingerprint(MaterialLedger ledger) {
        return new Fingerprint(ledger.entries(), ledger.size(), ledger.balances());
    }

    /**
     * Asserts balance = fold, and the point queries agree with it.
     *
     * @param ledger a ledger
     */
    static void assertBalanceIsFold(MaterialLedger ledger) {
        Balances fold = LedgerFold.fold(ledger.entries());
        assertThat(ledger.balances()).as("balances() = LedgerFold.fold(entries())").isEqualTo(fold);
        fold.stock().forEach((k, v) -> assertThat(ledger.onHand(k)).as("onHand(%s)", k).isEqualByComparingTo(v));
        assertThat(ledger.size()).isEqualTo(ledger.entries().size());
    }

    /**
     * Asserts that every prefix of the entries in posting order (timestamp, then sequence) keeps every stock key
     * at or above zero.
     *
     * @param entries ledger entries
     */
    static void assertNoNegativePrefix(List<LedgerEntry> entries) {
        List<LedgerEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing((LedgerEntry e) -> e.transaction().timestamp())
                .thenComparingLong(LedgerEntry::sequence));
        List<LedgerEntry> prefix = new ArrayList<>();
        for (LedgerEntry e : ordered) {
            prefix.add(e);
            LedgerFold.fold(prefix).stock().forEach((k, v) -> assertThat(v.signum())
                    .as("stock of %s after entry %s (%s)", k, e.sequence(), e.transaction().key())
                    .isGreaterThanOrEqualTo(0));
        }
    }

    // ------------------------------------------------------------------------------------------------ idempotency

    /** The same key with an equal transaction returns the original entry and changes nothing. */
    @Test
    default void post_sameKeySamePayload_returnsOriginalUnchanged() {
        MaterialLedger ledger = newLedger();
        LedgerEntry first = ledger.post(receipt("K-1", A, 10, 0));
        ledger.post(receipt("K-2", A, 5, 1));
        Fingerprint before = fingerprint(ledger);
        LedgerEntry again = ledger.post(receipt("K-1", A, 10, 0));
        assertThat(again).isEqualTo(first);
        assertThat(fingerprint(ledger)).isEqualTo(before);
        assertThat(ledger.find("K-1")).contains(first);
        assertThat(ledger.postBatch(List.of(receipt("K-2", A, 5, 1), receipt("K-1", A, 10, 0))))
                .as("replays inside a batch return the originals").containsExactly(ledger.find("K-2").orElseThrow(),
                        first);
        assertThat(fingerprint(ledger)).isEqualTo(before);
    }

    /** The same key with a different transaction is rejected and changes nothing, alone or inside a batch. */
    @Test
    default void post_sameKeyDifferentPayload_conflictUnchanged() {
        MaterialLedger ledger = newLedger();
        LedgerEntry first = ledger.post(receipt("K-1", A, 10, 0));
        Fingerprint before = fingerprint(ledger);
        assertThatThrownBy(() -> ledger.post(receipt("K-1", A, 11, 0)))
                .isInstanceOfSatisfying(IdempotencyConflictException.class, e -> assertThat(e.key()).isEqualTo("K-1"));
        assertThatThrownBy(() -> ledger.post(receipt("K-1", B, 10, 0))).isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> ledger.postBatch(List.of(receipt("K-3", A, 1, 2), receipt("K-1", A, 10, 5))))
                .isInstanceOfSatisfying(LinkedBatchException.class, e -> {
                    assertThat(e.failedIndex()).isEqualTo(1);
                    assertThat(e.rule()).isEqualTo("IDEMPOTENCY_CONFLICT");
                });
        assertThat(fingerprint(ledger)).isEqualTo(before);
        assertThat(ledger.find("K-1")).contains(first);
        assertThat(ledger.find("K-3")).isEmpty();
    }

    /** Two legs of one batch with the same key and different payloads are a conflict, not two entries. */
    @Test
    default void postBatch_keyTwiceWithDifferentPayloads_conflict() {
        MaterialLedger ledger = newLedger();
        assertThatThrownBy(() -> ledger.postBatch(List.of(receipt("K-1", A, 1, 0), receipt("K-1", A, 2, 0))))
                .isInstanceOfSatisfying(LinkedBatchException.class, e -> assertThat(e.rule())
                        .isEqualTo("IDEMPOTENCY_CONFLICT"));
        assertThat(ledger.size()).isZero();
    }

    // ------------------------------------------------------------------------------------------------ atomic batches

    /**
     * A batch of valid legs with one bad leg at a random position (stock short, or a key conflict) is rejected as a
     * whole: the failing leg is named, the others are LINKED_FAILED, and the state fingerprint is unchanged.
     */
    @Test
    default void postBatch_badLegAtRandomPosition_nothingApplied() {
        for (long seed : seeds()) {
            Random rnd = new Random(seed);
            MaterialLedger ledger = newLedger();
            ledger.post(receipt("OPEN-A", A, 100, 0));
            ledger.post(receipt("OPEN-B", B, 100, 0));
            Fingerprint before = fingerprint(ledger);
            int n = 2 + rnd.nextInt(9);
            int bad = rnd.nextInt(n);
            boolean conflict = rnd.nextBoolean();
            List<MaterialTransaction> legs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ItemId item = rnd.nextBoolean() ? A : B;
                if (i == bad) {
                    legs.add(conflict ? receipt("OPEN-A", A, 99, 0) : takeOut("S" + seed + "-" + i, item, 1000, 10 + i));
                } else if (rnd.nextBoolean()) {
                    legs.add(receipt("S" + seed + "-" + i, item, 1 + rnd.nextInt(5), 10 + i));
                } else {
                    legs.add(transfer("S" + seed + "-" + i, item, 1 + rnd.nextInt(5), MAIN, SIDE, 10 + i));
                }
            }
            assertThatThrownBy(() -> ledger.postBatch(legs)).as("seed %s", seed)
                    .isInstanceOfSatisfying(LinkedBatchException.class, e -> {
                        assertThat(e.failedIndex()).isEqualTo(bad);
                        assertThat(e.rule()).isEqualTo(conflict ? "IDEMPOTENCY_CONFLICT" : "INSUFFICIENT_STOCK");
                        assertThat(e.legs()).hasSize(n);
                        for (LegResult leg : e.legs()) {
                            if (leg.index() != bad) {
                                assertThat(leg.rule()).isEqualTo(LegResult.LINKED_FAILED);
                            }
                        }
                    });
            assertThat(fingerprint(ledger)).as("seed %s: a rejected batch writes nothing", seed).isEqualTo(before);
            for (int i = 0; i < n; i++) {
                if (i != bad) {
                    assertThat(ledger.find("S" + seed + "-" + i)).isEmpty();
                }
            }
            // The same batch without the bad leg goes through whole.
            List<MaterialTransaction> good = new ArrayList<>(legs);
            good.remove(bad);
            assertThat(ledger.postBatch(good)).hasSize(n - 1);
            assertThat(ledger.size()).isEqualTo(before.size() + n - 1);
            assertBalanceIsFold(ledger);
        }
    }

    /** Work in process never goes negative: a return beyond the issued quantity is refused, nothing changed. */
    @Test
    default void post_returnBeyondIssued_refusedUnchanged() {
        MaterialLedger ledger = newLedger();
        ledger.post(receipt("R", A, 10, 0));
        ledger.post(MaterialTransaction.builder().key("I").type(TransactionType.ISSUE_TO_ORDER).item(A)
                .quantity(Quantity.of(4, Uom.EA)).location(MAIN).order("PO-1").timestamp(at(1)).build());
        Fingerprint before = fingerprint(ledger);
        assertThatThrownBy(() -> ledger.post(MaterialTransaction.builder().key("X").type(TransactionType.RETURN_TO_STOCK)
                .item(A).quantity(Quantity.of(5, Uom.EA)).location(MAIN).order("PO-1").timestamp(at(2)).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule())
                        .isEqualTo("RETURN_EXCEEDS_ISSUED"));
        assertThat(fingerprint(ledger)).isEqualTo(before);
        assertThat(ledger.wip("PO-1", A)).isEqualByComparingTo("4");
    }

    // ------------------------------------------------------------------------------------------------ balance = fold

    /** After every step of a random sequence (accepted or rejected), balances equal the fold of the entries. */
    @Test
    default void balances_equalFoldAfterEveryStep() {
        for (long seed : seeds()) {
            Random rnd = new Random(seed);
            MaterialLedger ledger = newLedger();
            for (int i = 0; i < 60; i++) {
                ItemId item = rnd.nextBoolean() ? A : B;
                String key = "F" + rnd.nextInt(45);
                long minutes = rnd.nextInt(100);
                MaterialTransaction tx;
                switch (rnd.nextInt(4)) {
                    case 0:
                        tx = receipt(key, item, 1 + rnd.nextInt(20), minutes);
                        break;
                    case 1:
                        tx = takeOut(key, item, 1 + rnd.nextInt(20), minutes);
                        break;
                    case 2:
                        tx = transfer(key, item, 1 + rnd.nextInt(20), MAIN, SIDE, minutes);
                        break;
                    default:
                        tx = transfer(key, item, 1 + rnd.nextInt(20), SIDE, MAIN, minutes);
                        break;
                }
                Fingerprint before = fingerprint(ledger);
                try {
                    ledger.post(tx);
                } catch (RuntimeException rejected) {
                    assertThat(fingerprint(ledger)).as("seed %s step %s: rejected %s", seed, i, tx.key())
                            .isEqualTo(before);
                }
                assertBalanceIsFold(ledger);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ negative stock

    /** A backdated withdrawal is checked against every later prefix, not only against today's balance. */
    @Test
    default void post_backdatedWithdrawal_checkedOnEveryLaterPrefix() {
        MaterialLedger ledger = newLedger();
        ledger.post(receipt("R", A, 10, 10));
        ledger.post(takeOut("O1", A, 8, 20));
        Fingerprint before = fingerprint(ledger);
        // Dated before the receipt: the prefix at t=5 would be -5.
        assertThatThrownBy(() -> ledger.post(takeOut("O2", A, 5, 5))).isInstanceOf(InsufficientStockException.class);
        // Dated between: 10 - 3 = 7 at t=15, but 7 - 8 = -1 at t=20.
        assertThatThrownBy(() -> ledger.post(takeOut("O3", A, 3, 15))).isInstanceOf(InsufficientStockException.class);
        assertThat(fingerprint(ledger)).isEqualTo(before);
        // 10 - 2 = 8 at t=15 and 8 - 8 = 0 at t=20: allowed.
        ledger.post(takeOut("O4", A, 2, 15));
        assertThat(ledger.onHand(StockKey.of(A, MAIN, StockKey.NO_LOT))).isEqualByComparingTo("0");
        assertNoNegativePrefix(ledger.entries().castToList());
    }

    /**
     * Random dated receipts and withdrawals: a post is accepted exactly when the reference model (every prefix in
     * (timestamp, sequence) order stays ≥ 0) allows it.
     */
    @Test
    default void post_randomDatedSequence_acceptedIffNoPrefixGoesNegative() {
        for (long seed : seeds()) {
            Random rnd = new Random(seed);
            MaterialLedger ledger = newLedger();
            List<Integer> times = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                times.add(i);
            }
            Collections.shuffle(times, rnd);
            List<MaterialTransaction> accepted = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ItemId item = rnd.nextBoolean() ? A : B;
                long minutes = times.get(i);
                MaterialTransaction tx = rnd.nextInt(3) == 0 ? receipt("N" + i, item, 1 + rnd.nextInt(10), minutes)
                        : takeOut("N" + i, item, 1 + rnd.nextInt(6), minutes);
                List<MaterialTransaction> candidate = new ArrayList<>(accepted);
                candidate.add(tx);
                boolean allowed = neverNegative(candidate);
                boolean posted;
                try {
                    ledger.post(tx);
                    posted = true;
                } catch (InsufficientStockException e) {
                    posted = false;
                }
                assertThat(posted).as("seed %s: %s at t=%s", seed, tx.key(), minutes).isEqualTo(allowed);
                if (posted) {
                    accepted.add(tx);
                }
            }
            assertNoNegativePrefix(ledger.entries().castToList());
            assertBalanceIsFold(ledger);
        }
    }

    private static boolean neverNegative(List<MaterialTransaction> txs) {
        List<MaterialTransaction> ordered = new ArrayList<>(txs);
        ordered.sort(Comparator.comparing(MaterialTransaction::timestamp)); // timestamps are distinct
        Map<ItemId, BigDecimal> running = new HashMap<>();
        for (MaterialTransaction t : ordered) {
            BigDecimal v = running.merge(t.item(), t.stockDelta(), BigDecimal::add);
            if (v.signum() < 0) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------ reversals

    /**
     * Reversal is an inverse (RELIABILITY invariant 8). On random ledgers of receipts, withdrawals and transfers: a
     * new entry followed at once by its reversal leaves the balances exactly as before, with both entries kept (the
     * reversal after the original); reversing a random older entry, when accepted, gives the balances of the ledger
     * folded without the entry and its reversal, and when refused (stock already gone) changes nothing; re-posting a
     * reversal under its key returns the existing entry.
     */
    @Test
    default void reverse_randomEntry_restoresBalancesBothEntriesKept() {
        for (long seed : seeds()) {
            Random rnd = new Random(seed);
            MaterialLedger ledger = newLedger();
            for (int i = 0; i < 30; i++) {
                ItemId item = rnd.nextBoolean() ? A : B;
                int kind = rnd.nextInt(3);
                MaterialTransaction tx = kind == 0 ? receipt("V" + i, item, 1 + rnd.nextInt(10), i)
                        : kind == 1 ? takeOut("V" + i, item, 1 + rnd.nextInt(4), i)
                        : transfer("V" + i, item, 1 + rnd.nextInt(4), MAIN, SIDE, i);
                try {
                    ledger.post(tx);
                } catch (InsufficientStockException refused) {
                    // nothing written
                }
            }
            // Post then reverse at once: the balances are back.
            Balances before = ledger.balances();
            boolean stocked = ledger.onHand(StockKey.of(A, MAIN, StockKey.NO_LOT)).signum() > 0;
            LedgerEntry fresh = ledger.post(stocked && rnd.nextBoolean() ? transfer("FRESH", A, 1, MAIN, SIDE, 40)
                    : stocked ? takeOut("FRESH", A, 1, 40) : receipt("FRESH", A, 3, 40));
            LedgerEntry undo = ledger.post(MaterialTransaction.reversalOf(fresh, "FRESH-REV", at(40)));
            assertThat(ledger.balances()).as("seed %s: post then reverse", seed).isEqualTo(before);
            assertThat(undo.transaction().reverses()).contains("FRESH");
            assertThat(ledger.entries().collect(e -> e.transaction().key()).toList()
                    .subList(ledger.size() - 2, ledger.size())).containsExactly("FRESH", "FRESH-REV");
            assertBalanceIsFold(ledger);
            // Reverse a random older entry.
            List<LedgerEntry> olds = new ArrayList<>(ledger.entries().castToList());
            olds.removeIf(e -> e.transaction().key().startsWith("FRESH"));
            LedgerEntry target = olds.get(rnd.nextInt(olds.size()));
            Fingerprint beforeReversal = fingerprint(ledger);
            MaterialTransaction rev = MaterialTransaction.reversalOf(target, "REV", at(50));
            try {
                ledger.post(rev);
            } catch (InsufficientStockException refused) {
                assertThat(fingerprint(ledger)).as("seed %s: refused reversal writes nothing", seed)
                        .isEqualTo(beforeReversal);
                continue;
            }
            List<LedgerEntry> without = new ArrayList<>(ledger.entries().castToList());
            without.removeIf(e -> e.transaction().key().equals(target.transaction().key())
                    || e.transaction().key().equals("REV"));
            assertThat(ledger.balances()).as("seed %s: reversing %s", seed, target.transaction().key())
                    .isEqualTo(LedgerFold.fold(without));
            assertThat(ledger.find(target.transaction().key())).as("the original stays").contains(target);
            assertBalanceIsFold(ledger);
            assertNoNegativePrefix(ledger.entries().castToList());
            Fingerprint after = fingerprint(ledger);
            assertThat(ledger.post(rev)).isEqualTo(ledger.find("REV").orElseThrow());
            assertThat(fingerprint(ledger)).as("replayed reversal").isEqualTo(after);
        }
    }

    /**
     * The reversal rules, each refused with its rule code and path and nothing written: unknown key, second
     * reversal of one entry, reversal of a reversal, a field differing from the original, dated before the
     * original, and a receipt whose stock was taken out since.
     */
    @Test
    default void reverse_rules_refusedWithRuleAndNothingWritten() {
        MaterialLedger ledger = newLedger();
        LedgerEntry r1 = ledger.post(receipt("R1", A, 10, 5));
        LedgerEntry r2 = ledger.post(receipt("R2", A, 10, 6));
        LedgerEntry undo = ledger.post(MaterialTransaction.reversalOf(r2, "R2-REV", at(7)));
        ledger.post(takeOut("OUT", A, 4, 8));
        Fingerprint before = fingerprint(ledger);
        MaterialTransaction unknown = MaterialTransaction.builder().from(receipt("X", A, 10, 9)).reverses("NOPE").build();
        assertReversalRule(() -> ledger.post(unknown), "REVERSAL_TARGET_UNKNOWN", "transaction[X].reverses");
        assertReversalRule(() -> ledger.post(MaterialTransaction.reversalOf(r2, "R2-REV-2", at(9))),
                "REVERSAL_ALREADY_REVERSED", "transaction[R2-REV-2].reverses");
        assertReversalRule(() -> ledger.post(MaterialTransaction.builder().from(undo.transaction())
                .key("RR").reverses("R2-REV").build()),
                "REVERSAL_OF_REVERSAL", "transaction[RR].reverses");
        assertReversalRule(() -> ledger.post(MaterialTransaction.builder()
                .from(MaterialTransaction.reversalOf(r1, "R1-REV", at(9))).quantity(Quantity.of(9, Uom.EA)).build()), "REVERSAL_MISMATCH", "transaction[R1-REV].quantity");
        assertReversalRule(() -> ledger.post(MaterialTransaction.reversalOf(r1, "R1-REV", at(4))),
                "REVERSAL_BEFORE_ORIGINAL", "transaction[R1-REV].timestamp");
        // 10 + 10 - 10 - 4 = 6 on hand: taking the 10 of R1 back would leave -4.
        assertThatThrownBy(() -> ledger.post(MaterialTransaction.reversalOf(r1, "R1-REV", at(9))))
                .isInstanceOfSatisfying(InsufficientStockException.class,
                        e -> assertThat(e.shortBy()).isEqualByComparingTo("4"));
        assertThatThrownBy(() -> ledger.postBatch(List.of(receipt("R3", A, 1, 9),
                MaterialTransaction.reversalOf(r2, "R2-REV-3", at(9))))).isInstanceOfSatisfying(
                        LinkedBatchException.class, e -> assertThat(e.legs()).extracting(LegResult::rule)
                                .containsExactly(LegResult.LINKED_FAILED, "REVERSAL_ALREADY_REVERSED"));
        assertThat(fingerprint(ledger)).isEqualTo(before);
    }

    private static void assertReversalRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule,
            String path) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.path()).isEqualTo(path);
        });
    }

    // ------------------------------------------------------------------------------------------------ concurrency

    /**
     * Eight writers post receipts, transfers and withdrawals with unique keys and resubmit some keys (replays from
     * other threads too). Afterwards: every acknowledged key is in the ledger with its payload (nothing lost), every
     * key appears once and the sequences are distinct (nothing duplicated), stock per item equals receipts minus
     * withdrawals exactly (transfers conserve), and balances equal the fold.
     */
    @Test
    default void concurrentWriters_exactConservationNoLostOrDuplicated() {
        MaterialLedger ledger = newLedger();
        int threads = 8;
        int perThread = 300;
        Map<String, MaterialTransaction> acknowledged = new ConcurrentHashMap<>();
        Assertions.assertTimeoutPreemptively(operationTimeout(), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        Random rnd = new Random(thread);
                        go.await();
                        List<MaterialTransaction> mine = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            MaterialTransaction tx;
                            if (i > 0 && rnd.nextInt(10) == 0) {
                                tx = mine.get(rnd.nextInt(mine.size())); // client resubmit of a key
                            } else {
                                String key = "T" + thread + "-" + i;
                                ItemId item = rnd.nextBoolean() ? A : B;
                                int kind = rnd.nextInt(4);
                                boolean fromMain = rnd.nextBoolean();
                                tx = kind == 0 ? receipt(key, item, 1 + rnd.nextInt(10), i)
                                        : kind == 1 ? takeOut(key, item, 1 + rnd.nextInt(10), i)
                                        : transfer(key, item, 1 + rnd.nextInt(10), fromMain ? MAIN : SIDE,
                                                fromMain ? SIDE : MAIN, i);
                                mine.add(tx);
                            }
                            try {
                                LedgerEntry e = ledger.post(tx);
                                assertThat(e.transaction()).isEqualTo(tx);
                                acknowledged.put(tx.key(), tx);
                            } catch (InsufficientStockException refused) {
                                // Refused for stock: nothing written, not acknowledged.
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        });
        ImmutableList<LedgerEntry> entries = ledger.entries();
        Set<String> keys = new HashSet<>();
        Set<Long> sequences = new HashSet<>();
        for (LedgerEntry e : entries) {
            assertThat(keys.add(e.transaction().key())).as("duplicated key %s", e.transaction().key()).isTrue();
            assertThat(sequences.add(e.sequence())).as("duplicated sequence %s", e.sequence()).isTrue();
        }
        assertThat(keys).as("nothing lost, nothing unacknowledged").isEqualTo(acknowledged.keySet());
        acknowledged.forEach((k, tx) -> assertThat(ledger.find(k).orElseThrow().transaction()).isEqualTo(tx));
        for (ItemId item : List.of(A, B)) {
            BigDecimal expected = BigDecimal.ZERO;
            for (MaterialTransaction tx : acknowledged.values()) {
                if (tx.item().equals(item) && tx.type() != TransactionType.TRANSFER) {
                    expected = expected.add(tx.stockDelta());
                }
            }
            assertThat(ledger.balances().totalOf(item)).as("conservation of %s", item).isEqualByComparingTo(expected);
        }
        assertBalanceIsFold(ledger);
        assertNoNegativePrefix(entries.castToList());
    }
}
