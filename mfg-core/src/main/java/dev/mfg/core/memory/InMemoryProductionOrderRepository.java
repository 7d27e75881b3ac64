package dev.mfg.core.memory;

import dev.mfg.core.production.ProductionOrder;
import dev.mfg.core.production.ProductionOrderId;
import dev.mfg.core.spi.ProductionOrderRepository;
import dev.mfg.core.spi.Versioned;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The in-memory production order store. Thread-safe and linearizable: every read and write takes one lock, and
 * every write is a compare-and-set on the version.
 *
 * <p>It takes part in an {@link InMemoryUnitOfWork} with an {@link InMemoryMaterialLedger}: while a unit is open
 * the unit's thread holds the lock (other threads' reads and writes wait, so they never see an uncommitted save),
 * and each save or delete records the record it replaced, which a rollback puts back.
 *
 * @since 0.1
 */
public final class InMemoryProductionOrderRepository extends InMemoryRepository<ProductionOrderId, ProductionOrder>
        implements ProductionOrderRepository {
    private final ReentrantLock lock = new ReentrantLock();
    /** Undo log of an open unit of work; guarded by {@link #lock}. */
    private final UndoJournal journal = new UndoJournal();

    /** Creates an empty repository. */
    public InMemoryProductionOrderRepository() {
        super("productionOrder");
    }

    @Override
    public Optional<Versioned<ProductionOrder>> findVersioned(ProductionOrderId id) {
        return locked(() -> super.findVersioned(id));
    }

    @Override
    public ImmutableList<ProductionOrder> findAll() {
        return locked(super::findAll);
    }

    @Override
    public int count() {
        return locked(super::count);
    }

    @Override
    public long save(ProductionOrder value, long expectedVersion) {
        Objects.requireNonNull(value, "value");
        return locked(() -> {
            ProductionOrderId id = idOf(value);
            Optional<Versioned<ProductionOrder>> before = super.findVersioned(id);
            long version = super.save(value, expectedVersion);
            journal.record(() -> restore(id, before));
            return version;
        });
    }

    @Override
    public void delete(ProductionOrderId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        locked(() -> {
            Optional<Versioned<ProductionOrder>> before = super.findVersioned(id);
            super.delete(id, expectedVersion);
            journal.record(() -> restore(id, before));
            return null;
        });
    }

    /** Opens a (possibly nested) unit of work for the calling thread: takes the lock until {@link #endUnit}. */
    void beginUnit() {
        journal.beginUnder(lock);
    }

    /**
     * Closes the innermost unit opened by {@link #beginUnit} and releases the lock once.
     *
     * @param commit true to keep its writes, false to undo them
     */
    void endUnit(boolean commit) {
        journal.endUnder(lock, commit);
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
