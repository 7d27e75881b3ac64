package dev.mfg.core.memory;

import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 8 threads × 2,500 postings over a hot set of 4 items: receipts of 0.1, transfers between two locations, issues
 * to and returns from orders, 1 % resubmits of an earlier key, and some two-leg batches whose second leg cannot
 * apply. Afterwards: every applied key appears exactly once, Σ on hand per item is exactly
 * Σ receipts − Σ WIP (transfers move, issues and returns cancel into WIP), the view equals the fold, and no
 * prefix is negative.
 */
class LedgerConcurrencyTest {
    static final int THREADS = 8;
    static final int PER_THREAD = 2_500;
    static final ItemId[] ITEMS = {ItemId.of("A"), ItemId.of("B"), ItemId.of("C"), ItemId.of("D")};

    static MaterialTransaction.Builder tx(String key, TransactionType type, ItemId item, String qty, long nanos) {
        MaterialTransaction.Builder b = MaterialTransaction.builder();
        b.key(key).type(type).item(item).quantity(Quantity.of(qty, Uom.EA)).location(MAIN)
                .timestamp(T0.plusNanos(nanos));
        return b;
    }

    @Test
    void eightWriters_exactConservation_noLostOrDuplicated() {
        InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
        AtomicLong clock = new AtomicLong();
        AtomicLong applied = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<Set<String>> appliedKeys = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Set<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    Random r = new Random(thread);
                    Set<String> mine = new HashSet<>();
                    List<MaterialTransaction> posted = new ArrayList<>();
                    go.await();
                    for (int i = 0; i < PER_THREAD; i++) {
                        ItemId item = ITEMS[r.nextInt(ITEMS.length)];
                        String key = "T" + thread + "-" + i;
                        String order = "PO-" + thread;
                        MaterialTransaction m;
                        int kind = r.nextInt(100);
                        if (kind == 0 && !posted.isEmpty()) {
                            MaterialTransaction again = posted.get(r.nextInt(posted.size()));
                            LedgerEntry e = ledger.post(again); // resubmit: a no-op returning the original
                            assertThat(e.transaction()).isEqualTo(again);
                            continue;
                        } else if (kind < 40) {
                            m = tx(key, TransactionType.RECEIPT, item, "0.1", clock.incrementAndGet()).build();
                        } else if (kind < 60) {
                            m = tx(key, TransactionType.TRANSFER, item, "0.1", clock.incrementAndGet())
                                    .toLocation("LINE").build();
                        } else if (kind < 80) {
                            m = tx(key, TransactionType.ISSUE_TO_ORDER, item, "0.2", clock.incrementAndGet())
                                    .order(order).build();
                        } else if (kind < 95) {
                            m = tx(key, TransactionType.RETURN_TO_STOCK, item, "0.1", clock.incrementAndGet())
                                    .order(order).build();
                        } else {
                            try {
                                ledger.postBatch(List.of(
                                        tx(key + "a", TransactionType.RECEIPT, item, "1", clock.incrementAndGet())
                                                .build(),
                                        tx(key + "b", TransactionType.ADJUSTMENT, item, "1000000",
                                                clock.incrementAndGet()).direction(
                                                        dev.mfg.core.inventory.Direction.OUT).reason("x").build()));
                                throw new AssertionError("impossible batch applied");
                            } catch (LinkedBatchException expected) {
                                refused.incrementAndGet();
                            }
                            continue;
                        }
                        try {
                            ledger.post(m);
                            mine.add(m.key());
                            posted.add(m);
                            applied.incrementAndGet();
                        } catch (InsufficientStockException | dev.mfg.core.error.InvalidInputException e) {
                            refused.incrementAndGet();
                        } catch (IdempotencyConflictException e) {
                            throw new AssertionError(e);
                        }
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (Future<Set<String>> f : futures) {
                appliedKeys.add(f.get());
            }
            pool.shutdown();
        });
        // No lost, no duplicated: exactly the applied keys, each once.
        List<String> keys = new ArrayList<>();
        ledger.entries().forEach(e -> keys.add(e.transaction().key()));
        Set<String> expected = new HashSet<>();
        appliedKeys.forEach(expected::addAll);
        assertThat(keys).hasSize(expected.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(keys)).isEqualTo(expected);
        assertThat((long) keys.size()).isEqualTo(applied.get());
        assertThat(refused.get()).isPositive();
        // Exact conservation per item: Σ stock = Σ receipts − Σ WIP.
        for (ItemId item : ITEMS) {
            BigDecimal receipts = ledger.entries().collect(LedgerEntry::transaction)
                    .select(t -> t.item().equals(item) && t.type() == TransactionType.RECEIPT)
                    .injectInto(BigDecimal.ZERO, (s, t) -> s.add(t.baseQuantity()));
            BigDecimal wip = ledger.balances().wip().entrySet().stream().filter(e -> e.getKey().item().equals(item))
                    .map(java.util.Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(ledger.balances().totalOf(item)).isEqualByComparingTo(receipts.subtract(wip));
            assertThat(ledger.onHand(StockKey.of(item, MAIN, "")).signum()).isGreaterThanOrEqualTo(0);
        }
        assertThat(ledger.balances()).isEqualTo(LedgerFold.fold(ledger.entries()));
    }
}
