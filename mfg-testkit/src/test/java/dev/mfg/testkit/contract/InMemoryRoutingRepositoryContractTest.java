package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryRoutingRepository;
import dev.mfg.core.spi.RoutingRepository;

/** The kit against the embedded default store. */
class InMemoryRoutingRepositoryContractTest implements RoutingRepositoryContract {
    @Override
    public RoutingRepository newRepository() {
        return new InMemoryRoutingRepository();
    }
}
