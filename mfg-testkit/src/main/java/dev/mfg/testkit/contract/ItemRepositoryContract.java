package dev.mfg.testkit.contract;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
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

    @Override
    default Item sample(int i) {
        String id = switch (i % 3) {
            case 0 -> "ITEM-" + i;
            case 1 -> "Καφές-κύπελλο-" + i;
            default -> ("LONG-" + i + "-").repeat(20).substring(0, 64);
        };
        Item.Builder b = Item.builder().id(ItemId.of(id)).name("Sample " + i).uom(i % 2 == 0 ? Uom.EA : Uom.KG)
                .procurement(i % 2 == 0 ? Procurement.MAKE : Procurement.BUY);
        if (i % 2 == 1) {
            b.leadTimeDays(i).standardCost(UnitPrice.of(Money.of(new BigDecimal("14.99"), "EGP"), Uom.KG))
                    .lotSizing(LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY)
                            .quantity(new BigDecimal("500.125")).multiple(new BigDecimal("25")).build());
        }
        return b.build();
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
