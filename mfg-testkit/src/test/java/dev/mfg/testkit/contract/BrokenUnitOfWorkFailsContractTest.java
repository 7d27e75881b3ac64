package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.memory.InMemoryUnitOfWork;
import dev.mfg.core.spi.UnitOfWork;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The unit-of-work kit must catch broken units of work: each one below fails the checks named for its defect. */
class BrokenUnitOfWorkFailsContractTest {

    /** No transaction at all ({@link UnitOfWork#none()}): every write is visible at once and stays on failure. */
    @Test
    void noRollback_failsRollbackAndIsolationChecks() {
        UnitOfWorkContract kit = () -> {
            InMemoryProductionOrderRepository orders = new InMemoryProductionOrderRepository();
            return new UnitOfWorkContract.Stores(UnitOfWork.none(), orders, new InMemoryMaterialLedger());
        };
        assertThatThrownBy(kit::inTransaction_writesThenThrows_nothingVisible).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::inTransaction_versionConflictOnSave_ledgerBatchRolledBack)
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::inTransaction_readerOnAnotherThread_neverSeesHalf).isInstanceOf(AssertionError.class);
    }

    /**
     * A unit that spans the order store but not the ledger the work writes to (an adapter whose ledger uses its own
     * connection): the order save is rolled back, the ledger batch is not.
     */
    @Test
    void ledgerOutsideTheUnit_failsRollbackChecks() {
        UnitOfWorkContract kit = () -> {
            InMemoryProductionOrderRepository orders = new InMemoryProductionOrderRepository();
            InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
            return new UnitOfWorkContract.Stores(InMemoryUnitOfWork.of(orders, new InMemoryMaterialLedger()), orders,
                    ledger);
        };
        assertThatThrownBy(kit::inTransaction_writesThenThrows_nothingVisible).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::inTransaction_versionConflictOnSave_ledgerBatchRolledBack)
                .isInstanceOf(AssertionError.class);
    }

    /** A unit that rolls back but swallows the exception and returns null: the caller thinks the work committed. */
    @Test
    void swallowsTheException_failsTheRethrowCheck() {
        UnitOfWorkContract kit = () -> {
            InMemoryProductionOrderRepository orders = new InMemoryProductionOrderRepository();
            InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
            UnitOfWork real = InMemoryUnitOfWork.of(orders, ledger);
            UnitOfWork swallowing = new UnitOfWork() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    try {
                        return real.inTransaction(work);
                    } catch (RuntimeException e) {
                        return null;
                    }
                }
            };
            return new UnitOfWorkContract.Stores(swallowing, orders, ledger);
        };
        assertThatThrownBy(kit::inTransaction_writesThenThrows_nothingVisible).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::inTransaction_versionConflictOnSave_ledgerBatchRolledBack)
                .isInstanceOf(AssertionError.class);
    }
}
