package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryToolRepository;
import dev.mfg.core.spi.ToolRepository;

/** The kit against the embedded default store. */
class InMemoryToolRepositoryContractTest implements ToolRepositoryContract {
    @Override
    public ToolRepository newRepository() {
        return new InMemoryToolRepository();
    }
}
