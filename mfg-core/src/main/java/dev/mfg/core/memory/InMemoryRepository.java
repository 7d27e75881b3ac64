package dev.mfg.core.memory;

import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.spi.Repository;
import dev.mfg.core.spi.Versioned;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * A thread-safe in-memory {@link Repository}: a sorted concurrent map from id to {@link Versioned} value, so
 * {@link #findAll()} is sorted by id without extra work. Each write is an atomic compare-and-set on the stored
 * version ({@link ConcurrentSkipListMap#compute}), so two racing writers with the same expected version cannot
 * both succeed.
 *
 * @param <K> the id type
 * @param <V> the value type
 * @since 0.1
 */
public abstract class InMemoryRepository<K extends Comparable<? super K>, V> implements Repository<K, V> {
    /**
     * The smallest text an id part can hold: {@code Ids.check} rejects control characters and surrounding
     * whitespace, which are every character below {@code '!'}. A key whose version is this text sorts at or
     * before every valid key of the same item, so a range scan can start from it.
     */
    static final String SMALLEST_ID_TEXT = "!";

    private final ConcurrentSkipListMap<K, Versioned<V>> records = new ConcurrentSkipListMap<>();
    private final String kind;

    /**
     * @param kind the aggregate's name, used in conflict messages ({@code item}, {@code bom}, ...)
     */
    protected InMemoryRepository(String kind) {
        this.kind = kind;
    }

    @Override
    public Optional<Versioned<V>> findVersioned(K id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public ImmutableList<V> findAll() {
        return Lists.immutable.fromStream(records.values().stream().map(Versioned::value));
    }

    /**
     * The values of one contiguous run of keys, in key order, found by a range scan from {@code probe}: walks
     * down from the probe while keys are {@code inRun}, then up from it while they are. Costs O(log n + run
     * length), not a full scan. Correct whenever the keys satisfying {@code inRun} are contiguous in key order
     * and the probe sorts within or next to them, as a key {@code (item, anything)} does for the run "keys of
     * this item" when keys order by item first. Like {@link #findAll()}, the scan is weakly consistent under
     * concurrent writes: it sees each record as of some moment during the call.
     *
     * @param probe a key, stored or not, that sorts within or next to the run
     * @param inRun whether a key belongs to the run
     * @return the run's values, sorted by key; empty if no key is in the run
     */
    protected final ImmutableList<V> findRun(K probe, Predicate<? super K> inRun) {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(inRun, "inRun");
        MutableList<V> run = Lists.mutable.empty();
        for (Map.Entry<K, Versioned<V>> e : records.headMap(probe, false).descendingMap().entrySet()) {
            if (!inRun.test(e.getKey())) {
                break;
            }
            run.add(e.getValue().value());
        }
        run.reverseThis();
        for (Map.Entry<K, Versioned<V>> e : records.tailMap(probe, true).entrySet()) {
            if (!inRun.test(e.getKey())) {
                break;
            }
            run.add(e.getValue().value());
        }
        return run.toImmutable();
    }

    @Override
    public int count() {
        return records.size();
    }

    @Override
    public long save(V value, long expectedVersion) {
        Objects.requireNonNull(value, "value");
        K id = idOf(value);
        Versioned<V> next = records.compute(id, (k, current) -> {
            long actual = current == null ? 0 : current.version();
            if (actual != expectedVersion) {
                throw new ConcurrencyConflictException(kind + ":" + k, expectedVersion, actual);
            }
            return new Versioned<>(value, actual + 1);
        });
        return next.version();
    }

    /**
     * Puts a record back as it was, bypassing the version check: the undo of a write inside a unit of work
     * ({@link InMemoryUnitOfWork}), run while no other writer can reach the record.
     *
     * @param id the id
     * @param before the record before the write, or empty if it was absent
     */
    final void restore(K id, Optional<Versioned<V>> before) {
        if (before.isPresent()) {
            records.put(id, before.get());
        } else {
            records.remove(id);
        }
    }

    @Override
    public void delete(K id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        records.compute(id, (k, current) -> {
            long actual = current == null ? 0 : current.version();
            if (current == null || actual != expectedVersion) {
                throw new ConcurrencyConflictException(kind + ":" + k, expectedVersion, actual);
            }
            return null;
        });
    }
}
