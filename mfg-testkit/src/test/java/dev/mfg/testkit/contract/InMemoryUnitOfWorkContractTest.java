package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.memory.InMemoryUnitOfWork;

/** The unit-of-work kit's first customer: the in-memory order store and ledger under their unit of work. */
class InMemoryUnitOfWorkContractTest implements UnitOfWorkContract {
    @Override
    public Stores newStores() {
        InMemoryProductionOrderRepository orders = new InMemoryProductionOrderRepository();
        InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
        return new Stores(InMemoryUnitOfWork.of(orders, ledger), orders, ledger);
    }
}
