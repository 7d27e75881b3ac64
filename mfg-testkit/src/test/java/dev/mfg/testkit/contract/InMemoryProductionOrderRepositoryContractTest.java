package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.spi.ProductionOrderRepository;

/** The order kit's first customer: the embedded default store. */
class InMemoryProductionOrderRepositoryContractTest implements ProductionOrderRepositoryContract {
    @Override
    public ProductionOrderRepository newRepository() {
        return new InMemoryProductionOrderRepository();
    }
}
