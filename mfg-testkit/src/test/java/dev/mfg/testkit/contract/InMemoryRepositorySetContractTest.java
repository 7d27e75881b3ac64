package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryRepositories;
import dev.mfg.core.spi.RepositorySet;

/** The kit against the embedded default store. */
class InMemoryRepositorySetContractTest implements RepositorySetContract {
    @Override
    public RepositorySet newRepositorySet() {
        return InMemoryRepositories.create();
    }
}
