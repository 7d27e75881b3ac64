package dev.mfg.core.memory;

import dev.mfg.core.spi.UnitOfWork;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link UnitOfWork} of the in-memory stores: makes the writes of a work to one
 * {@link InMemoryProductionOrderRepository} and one {@link InMemoryMaterialLedger} atomic together.
 *
 * <pre>{@code
 * InMemoryProductionOrderRepository orders = new InMemoryProductionOrderRepository();
 * InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
 * ProductionService service = new ProductionService(orders, ledger, ConsumptionPolicies.defaults(),
 *         InMemoryUnitOfWork.of(orders, ledger));
 * }</pre>
 *
 * <p>How: the unit takes the ledger's lock, then the order store's lock (always in that order, so two units cannot
 * deadlock), and holds both until the work ends. The work writes in place, so its reads see its writes; each
 * write records in an undo log what it replaced. When the work returns, the log is dropped (commit); when it
 * throws, the log is run backwards, restoring both stores exactly, and the exception is rethrown (rollback). Other
 * threads' reads and writes of either store wait for the unit to end, so they see every unit of work either
 * wholly applied or not at all: serializable isolation, paid for by serialising units of work with each other and
 * with readers of the two stores (the in-memory stores are for embedding and tests, not for long transactions).
 *
 * <p>A nested {@code inTransaction} on the same thread is a savepoint: if it throws, its own writes are undone;
 * the outer work decides whether the rest commits. The work must not wait on another thread that uses either
 * store: that thread blocks until the unit ends.
 *
 * @since 0.1
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    private final InMemoryProductionOrderRepository orders;
    private final InMemoryMaterialLedger ledger;

    private InMemoryUnitOfWork(InMemoryProductionOrderRepository orders, InMemoryMaterialLedger ledger) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * @param orders the order store taking part
     * @param ledger the ledger taking part
     * @return a unit of work over exactly these two stores; several units may share stores
     */
    public static InMemoryUnitOfWork of(InMemoryProductionOrderRepository orders, InMemoryMaterialLedger ledger) {
        return new InMemoryUnitOfWork(orders, ledger);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        boolean commit = false;
        ledger.beginUnit();
        try {
            orders.beginUnit();
            try {
                T result = work.get();
                commit = true;
                return result;
            } finally {
                orders.endUnit(commit);
            }
        } finally {
            ledger.endUnit(commit);
        }
    }

    @Override
    public String toString() {
        return "InMemoryUnitOfWork";
    }
}
