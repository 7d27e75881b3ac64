package dev.mfg.core.memory;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.spi.ItemRepository;

/**
 * The in-memory item master. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryItemRepository extends InMemoryRepository<ItemId, Item> implements ItemRepository {
    /** Creates an empty repository. */
    public InMemoryItemRepository() {
        super("item");
    }
}
