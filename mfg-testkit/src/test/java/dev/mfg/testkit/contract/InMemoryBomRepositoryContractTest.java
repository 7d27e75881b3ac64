package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryBomRepository;
import dev.mfg.core.spi.BomRepository;

/** The kit against the embedded default store. */
class InMemoryBomRepositoryContractTest implements BomRepositoryContract {
    @Override
    public BomRepository newRepository() {
        return new InMemoryBomRepository();
    }
}
