package dev.mfg.testkit.contract;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.spi.ItemRepository;
import java.math.BigDecimal;

/**
 * Conformance of an {@link ItemRepository}. Sample items exercise unicode ids, 64-character ids, optional
 * fields and nested values, so an adapter that loses a field fails the round trip.
 *
 * @since 0.1
 */
public interface ItemRepositoryContract extends RepositoryContract<ItemId, Item> {

    @Override
    ItemRepository newRepository();

    /** {@return {@link Samples#item(int)}} */
    @Override
    default Item sample(int i) {
        return Samples.item(i);
    }

    @Override
    default Item modified(Item value, int n) {
        return Item.builder().from(value).safetyStock(BigDecimal.valueOf(n)).build();
    }

    @Override
    default int counterOf(Item value) {
        return value.safetyStock().intValueExact();
    }
}
