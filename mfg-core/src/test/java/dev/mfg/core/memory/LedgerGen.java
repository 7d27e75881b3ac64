package dev.mfg.core.memory;

import dev.mfg.core.inventory.Direction;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenterId;
import java.time.Instant;
import java.util.Random;

/**
 * Random transactions of every type over a small world (2 items, 2 locations, 2 lots, 2 orders), for ledger
 * properties. Quantities are whole or one-decimal EA so collisions (exact zeros, exact shortages) are frequent.
 */
final class LedgerGen {
    static final ItemId[] ITEMS = {ItemId.of("GA"), ItemId.of("GB")};
    static final String[] LOCATIONS = {"L1", "L2"};
    static final String[] LOTS = {"", "LOT-1"};
    static final String[] ORDERS = {"PO-1", "PO-2"};
    static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    private LedgerGen() {}

    /** A random transaction at {@code T0 + minutes}; RECEIPTs are twice as likely so stock exists. */
    static MaterialTransaction any(Random rnd, String key, long minutes) {
        TransactionType[] types = TransactionType.values();
        int pick = rnd.nextInt(types.length + 2);
        TransactionType type = pick >= types.length ? TransactionType.RECEIPT : types[pick];
        String order = ORDERS[rnd.nextInt(ORDERS.length)];
        String qty = (1 + rnd.nextInt(9)) + (rnd.nextBoolean() ? "" : ".5");
        MaterialTransaction.Builder b = MaterialTransaction.builder().key(key).type(type)
                .item(ITEMS[rnd.nextInt(ITEMS.length)]).quantity(Quantity.of(qty, Uom.EA))
                .location(LOCATIONS[rnd.nextInt(LOCATIONS.length)]).lot(LOTS[rnd.nextInt(LOTS.length)])
                .timestamp(T0.plusSeconds(60 * minutes))
                .unitCost(Money.of(String.valueOf(1 + rnd.nextInt(20)), "EUR"));
        switch (type) {
            case ADJUSTMENT:
                b.direction(rnd.nextBoolean() ? Direction.IN : Direction.OUT).reason("count");
                break;
            case TRANSFER:
                b.location(LOCATIONS[0]).toLocation(LOCATIONS[1]);
                if (rnd.nextBoolean()) {
                    b.location(LOCATIONS[1]).toLocation(LOCATIONS[0]);
                }
                break;
            case SCRAP:
                b.reason("quality_defect");
                if (rnd.nextBoolean()) {
                    b.order(order).operation(10);
                }
                break;
            case ISSUE_TO_ORDER:
            case RETURN_TO_STOCK:
            case CONSUMPTION:
            case RECEIPT_FROM_ORDER:
                b.order(order).operation(10).workCenter(WorkCenterId.of("WC-" + order));
                break;
            default:
                break;
        }
        return b.build();
    }
}
