package dev.mfg.core.memory;

import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.spi.Repository;
import dev.mfg.core.spi.Versioned;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

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
