package dev.mfg.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryItemRepositoryTest {

    private static Item item(String id, long safety) {
        return Item.builder().id(ItemId.of(id)).uom(Uom.EA).procurement(Procurement.BUY)
                .safetyStock(BigDecimal.valueOf(safety)).build();
    }

    @Test
    void findById_absent_returnsEmpty() {
        var repo = new InMemoryItemRepository();
        assertThat(repo.findById(ItemId.of("missing"))).isEmpty();
        assertThat(repo.findVersioned(ItemId.of("missing"))).isEmpty();
        assertThat(repo.count()).isZero();
    }

    @Test
    void save_insertThenUpdate_versionsIncrementByOne() {
        var repo = new InMemoryItemRepository();
        assertThat(repo.save(item("A", 0), 0)).isEqualTo(1);
        assertThat(repo.save(item("A", 5), 1)).isEqualTo(2);
        assertThat(repo.findVersioned(ItemId.of("A")).orElseThrow().version()).isEqualTo(2);
        assertThat(repo.findById(ItemId.of("A")).orElseThrow().safetyStock()).isEqualByComparingTo("5");
    }

    @Test
    void save_staleVersion_conflictAndUnchanged() {
        var repo = new InMemoryItemRepository();
        repo.save(item("A", 1), 0);
        repo.save(item("A", 2), 1);
        assertThatThrownBy(() -> repo.save(item("A", 99), 1))
                .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                    assertThat(e.key()).isEqualTo("item:A");
                });
        assertThat(repo.findById(ItemId.of("A")).orElseThrow().safetyStock()).isEqualByComparingTo("2");
    }

    @Test
    void save_insertOverExisting_conflict() {
        var repo = new InMemoryItemRepository();
        repo.save(item("A", 1), 0);
        assertThatThrownBy(() -> repo.save(item("A", 1), 0)).isInstanceOf(ConcurrencyConflictException.class);
    }

    @Test
    void save_updateOfAbsent_conflict() {
        var repo = new InMemoryItemRepository();
        assertThatThrownBy(() -> repo.save(item("A", 1), 3))
                .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> assertThat(e.actual()).isZero());
        assertThat(repo.count()).isZero();
    }

    @Test
    void delete_rightVersion_removes_wrongVersion_conflicts() {
        var repo = new InMemoryItemRepository();
        repo.save(item("A", 1), 0);
        assertThatThrownBy(() -> repo.delete(ItemId.of("A"), 7)).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(repo.count()).isEqualTo(1);
        repo.delete(ItemId.of("A"), 1);
        assertThat(repo.findById(ItemId.of("A"))).isEmpty();
        assertThatThrownBy(() -> repo.delete(ItemId.of("A"), 1)).isInstanceOf(ConcurrencyConflictException.class);
    }

    @Test
    void findAll_sortedById() {
        var repo = new InMemoryItemRepository();
        for (String id : List.of("C", "A", "B")) {
            repo.save(item(id, 0), 0);
        }
        assertThat(repo.findAll()).extracting(i -> i.id().value()).containsExactly("A", "B", "C");
    }

    @Test
    void save_nullValue_npe() {
        assertThatThrownBy(() -> new InMemoryItemRepository().save(null, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void concurrentWriters_noLostUpdates() throws Exception {
        // 8 threads each apply 500 increments of safety stock with read-modify-save and retry on conflict.
        var repo = new InMemoryItemRepository();
        repo.save(item("HOT", 0), 0);
        int threads = 8;
        int perThread = 500;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        while (true) {
                            var current = repo.findVersioned(ItemId.of("HOT")).orElseThrow();
                            Item next = item("HOT", current.value().safetyStock().longValueExact() + 1);
                            try {
                                repo.save(next, current.version());
                                break;
                            } catch (ConcurrencyConflictException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var last = repo.findVersioned(ItemId.of("HOT")).orElseThrow();
        assertThat(last.value().safetyStock()).isEqualByComparingTo(String.valueOf(threads * perThread));
        assertThat(last.version()).isEqualTo(1L + threads * perThread);
    }
}
