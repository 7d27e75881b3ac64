package dev.mfg.core.spi;

import dev.mfg.core.error.ConcurrencyConflictException;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Storage for one aggregate type, keyed by its id, with optimistic versioning. See the package
 * documentation for the contract every implementation keeps.
 *
 * <pre>{@code
 * long v = items.save(powder, 0);                 // insert: version 1
 * items.save(powder.withSafetyStock(...), v);     // update: version 2
 * items.save(other, v);                           // stale: ConcurrencyConflictException
 * }</pre>
 *
 * @param <K> the id type
 * @param <V> the value type
 * @since 0.1
 */
public interface Repository<K extends Comparable<? super K>, V> {

    /**
     * @param id the id
     * @return the value with its version, or empty if absent
     */
    Optional<Versioned<V>> findVersioned(K id);

    /**
     * @param id the id
     * @return the value, or empty if absent
     */
    default Optional<V> findById(K id) {
        return findVersioned(id).map(Versioned::value);
    }

    /** {@return every stored value, sorted by id} */
    ImmutableList<V> findAll();

    /** {@return the number of stored values} */
    int count();

    /**
     * Inserts or updates a value.
     *
     * @param value the value; its id is derived from it
     * @param expectedVersion 0 to insert (the id must be absent), else the version last read
     * @return the new version
     * @throws ConcurrencyConflictException if the stored version differs from {@code expectedVersion}
     */
    long save(V value, long expectedVersion);

    /**
     * Deletes a value.
     *
     * @param id the id
     * @param expectedVersion the version last read
     * @throws ConcurrencyConflictException if the value is absent or at another version
     */
    void delete(K id, long expectedVersion);

    /**
     * @param value a value
     * @return its id
     */
    K idOf(V value);
}
