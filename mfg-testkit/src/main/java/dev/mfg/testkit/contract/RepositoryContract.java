package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.spi.Repository;
import dev.mfg.core.spi.Versioned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Repository} keeps (see {@code dev.mfg.core.spi}): Optional for absence, versions
 * from 1 incremented by exactly 1, stale writes rejected with nothing changed, sorted scans, no lost update
 * under concurrent writers.
 *
 * @param <K> the id type
 * @param <V> the value type
 * @since 0.1
 */
public interface RepositoryContract<K extends Comparable<? super K>, V> {

    /** {@return a fresh, empty repository for each call} */
    Repository<K, V> newRepository();

    /**
     * @param i an index ≥ 0
     * @return a valid value whose id is distinct for distinct {@code i}
     */
    V sample(int i);

    /**
     * @param value a value
     * @param n a counter
     * @return a value with the same id and content that encodes {@code n} (different for different n)
     */
    V modified(V value, int n);

    /**
     * @param value a value made by {@link #modified}
     * @return the counter it encodes
     */
    int counterOf(V value);

    /** {@return the time a concurrency test may take before it counts as a hang} */
    default Duration operationTimeout() {
        return Duration.ofSeconds(60);
    }

    /** Absent ids give empty results, never null. */
    @Test
    default void findById_absent_returnsEmpty() {
        Repository<K, V> repo = newRepository();
        K id = repo.idOf(sample(0));
        assertThat(repo.findById(id)).isEmpty();
        assertThat(repo.findVersioned(id)).isEmpty();
        assertThat(repo.count()).isZero();
        assertThat(repo.findAll()).isEmpty();
    }

    /** A saved value reads back equal, at version 1. */
    @Test
    default void save_thenFind_roundTrips() {
        Repository<K, V> repo = newRepository();
        V v = sample(1);
        assertThat(repo.save(v, 0)).isEqualTo(1);
        assertThat(repo.findById(repo.idOf(v))).contains(v);
        assertThat(repo.findVersioned(repo.idOf(v)).map(Versioned::version)).contains(1L);
    }

    /** Each write increments the version by exactly one. */
    @Test
    default void save_updates_incrementVersionByOne() {
        Repository<K, V> repo = newRepository();
        V v = sample(2);
        long version = repo.save(v, 0);
        for (int i = 1; i <= 5; i++) {
            long next = repo.save(modified(v, i), version);
            assertThat(next).isEqualTo(version + 1);
            version = next;
        }
        assertThat(counterOf(repo.findById(repo.idOf(v)).orElseThrow())).isEqualTo(5);
    }

    /** A stale write throws and leaves the record as it was. */
    @Test
    default void save_staleVersion_rejectedAndUnchanged() {
        Repository<K, V> repo = newRepository();
        V v = sample(3);
        repo.save(v, 0);
        repo.save(modified(v, 1), 1);
        assertThatThrownBy(() -> repo.save(modified(v, 2), 1)).isInstanceOfSatisfying(
                ConcurrencyConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(counterOf(repo.findById(repo.idOf(v)).orElseThrow())).isEqualTo(1);
        assertThat(repo.findVersioned(repo.idOf(v)).orElseThrow().version()).isEqualTo(2);
    }

    /** Inserting over an existing id is a conflict. */
    @Test
    default void save_insertOverExisting_rejected() {
        Repository<K, V> repo = newRepository();
        V v = sample(4);
        repo.save(v, 0);
        assertThatThrownBy(() -> repo.save(modified(v, 9), 0)).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(repo.count()).isEqualTo(1);
    }

    /** Deleting needs the current version; afterwards the id is absent and can be inserted again. */
    @Test
    default void delete_currentVersion_removes() {
        Repository<K, V> repo = newRepository();
        V v = sample(5);
        repo.save(v, 0);
        assertThatThrownBy(() -> repo.delete(repo.idOf(v), 2)).isInstanceOf(ConcurrencyConflictException.class);
        repo.delete(repo.idOf(v), 1);
        assertThat(repo.findById(repo.idOf(v))).isEmpty();
        assertThat(repo.save(v, 0)).isEqualTo(1);
    }

    /**
     * Every sample of the first sixteen reads back equal, by id and in the full scan: an adapter that loses or
     * alters any field that some sample fills (unicode, 64-character ids, optional fields, nested lists) fails.
     */
    @Test
    default void save_manySamples_eachRoundTrips() {
        Repository<K, V> repo = newRepository();
        List<V> samples = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            samples.add(sample(i));
        }
        assertThat(samples).extracting(repo::idOf).as("the kit's samples must have distinct ids")
                .doesNotHaveDuplicates();
        for (int i = samples.size() - 1; i >= 0; i--) {
            assertThat(repo.save(samples.get(i), 0)).isEqualTo(1);
        }
        for (V v : samples) {
            assertThat(repo.findById(repo.idOf(v))).as("round trip of %s", repo.idOf(v)).contains(v);
        }
        assertThat(repo.count()).isEqualTo(samples.size());
        assertThat(repo.findAll()).containsExactlyInAnyOrderElementsOf(samples);
    }

    /** Scans are sorted by id whatever the insertion order. */
    @Test
    default void findAll_sortedById() {
        Repository<K, V> repo = newRepository();
        List<V> values = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            values.add(sample(i));
        }
        values.forEach(v -> repo.save(v, 0));
        List<K> ids = new ArrayList<>();
        repo.findAll().forEach(v -> ids.add(repo.idOf(v)));
        assertThat(ids).isSorted().hasSize(10);
    }

    /** Eight writers with retry on conflict lose no update; the version counts every applied write. */
    @Test
    default void concurrentWriters_noLostUpdates() {
        Repository<K, V> repo = newRepository();
        V v = sample(6);
        repo.save(modified(v, 0), 0);
        int threads = 8;
        int perThread = 200;
        Assertions.assertTimeoutPreemptively(operationTimeout(), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            while (true) {
                                Versioned<V> current = repo.findVersioned(repo.idOf(v)).orElseThrow();
                                try {
                                    repo.save(modified(v, counterOf(current.value()) + 1), current.version());
                                    break;
                                } catch (ConcurrencyConflictException retry) {
                                    // Lost the race: reload and try again.
                                }
                            }
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        });
        Versioned<V> last = repo.findVersioned(repo.idOf(v)).orElseThrow();
        assertThat(counterOf(last.value())).isEqualTo(threads * perThread);
        assertThat(last.version()).isEqualTo(1L + threads * perThread);
    }
}
