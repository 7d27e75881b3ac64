package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryItemRepository;
import dev.mfg.core.spi.ItemRepository;

/** The kit's first customer: the embedded default store. */
class InMemoryItemRepositoryContractTest implements ItemRepositoryContract {
    @Override
    public ItemRepository newRepository() {
        return new InMemoryItemRepository();
    }
}
