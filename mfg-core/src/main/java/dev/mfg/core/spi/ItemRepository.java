package dev.mfg.core.spi;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;

/**
 * Storage of the item master: {@link Item} values keyed by {@link ItemId}, with {@code idOf(item) == item.id()}.
 * {@link #findAll()} lists them sorted by code.
 *
 * @since 0.1
 */
public interface ItemRepository extends Repository<ItemId, Item> {
    @Override
    default ItemId idOf(Item value) {
        return value.id();
    }
}
