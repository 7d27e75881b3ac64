package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryWorkCenterRepository;
import dev.mfg.core.spi.WorkCenterRepository;

/** The kit against the embedded default store. */
class InMemoryWorkCenterRepositoryContractTest implements WorkCenterRepositoryContract {
    @Override
    public WorkCenterRepository newRepository() {
        return new InMemoryWorkCenterRepository();
    }
}
