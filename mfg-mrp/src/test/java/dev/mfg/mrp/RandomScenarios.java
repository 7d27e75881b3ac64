package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.START;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.collections.api.factory.Lists;

/**
 * Random acyclic multi-level scenarios from a seed: items I0..I(k−1), each BOM line from a lower to a higher
 * index (so the graph is acyclic), some phantoms, random lead times, stock, receipts and demands (some past due,
 * some beyond the horizon).
 */
final class RandomScenarios {
    private static final String[] QTY = {"1", "2", "3", "0.5"};
    private static final String[] SCRAP = {"0", "10", "50"};

    /** The generated scenario. */
    record Scenario(PlanningSnapshot snapshot, MrpOptions options, List<Item> items, List<Bom> boms) {}

    private RandomScenarios() {}

    /**
     * @param seed the seed
     * @param lotForLotOnly every item lot-for-lot, no safety stock, no modifiers
     * @param noStock no on hand and no scheduled receipts
     */
    static Scenario generate(long seed, boolean lotForLotOnly, boolean noStock) {
        Random rnd = new Random(seed);
        int k = 2 + rnd.nextInt(7);
        int buckets = 3 + rnd.nextInt(8);
        List<Bom> boms = new ArrayList<>();
        boolean[] hasBom = new boolean[k];
        for (int i = 0; i < k - 1; i++) {
            List<BomLine> lines = new ArrayList<>();
            for (int j = i + 1; j < k; j++) {
                if (rnd.nextInt(100) < 40) {
                    lines.add(BomLine.builder().lineNo(10 * (lines.size() + 1)).component(ItemId.of("I" + j))
                            .quantity(new BigDecimal(QTY[rnd.nextInt(QTY.length)])).uom(Uom.EA)
                            .scrapPercent(new BigDecimal(SCRAP[rnd.nextInt(SCRAP.length)])).build());
                }
            }
            if (!lines.isEmpty()) {
                hasBom[i] = true;
                boolean phantom = i > 0 && rnd.nextInt(100) < 20;
                boms.add(Bom.builder().item(ItemId.of("I" + i)).type(phantom ? BomType.PHANTOM : BomType.PRODUCTION)
                        .effectivity(Effectivity.from(Fx.EFFECTIVE)).lines(Lists.immutable.withAll(lines)).build());
            }
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Item.Builder b = Item.builder().id(ItemId.of("I" + i)).uom(Uom.EA)
                    .procurement(hasBom[i] ? Procurement.MAKE : Procurement.BUY).leadTimeDays(rnd.nextInt(22));
            if (!lotForLotOnly) {
                b.safetyStock(BigDecimal.valueOf(rnd.nextInt(3) == 0 ? rnd.nextInt(6) : 0));
                b.lotSizing(lotSizing(rnd));
            }
            items.add(b.build());
        }
        List<Demand> demands = new ArrayList<>();
        int nd = rnd.nextInt(7);
        for (int d = 0; d < nd; d++) {
            int item = rnd.nextInt(Math.min(k, 3));
            BigDecimal q = BigDecimal.valueOf(1 + rnd.nextInt(20));
            java.time.LocalDate due = START.plusDays(rnd.nextInt(7 * (buckets + 2)) - 7);
            demands.add(rnd.nextInt(4) == 0 ? Demand.forecast("D" + d, ItemId.of("I" + item), q, due)
                    : Demand.salesOrder("D" + d, ItemId.of("I" + item), q, due));
        }
        List<ScheduledReceipt> receipts = new ArrayList<>();
        List<StockBalance> stock = new ArrayList<>();
        if (!noStock) {
            int nr = rnd.nextInt(4);
            for (int r = 0; r < nr; r++) {
                receipts.add(ScheduledReceipt.of("R" + r, ItemId.of("I" + rnd.nextInt(k)),
                        BigDecimal.valueOf(1 + rnd.nextInt(20)), START.plusDays(rnd.nextInt(7 * (buckets + 1)) - 7)));
            }
            for (int i = 0; i < k; i++) {
                if (rnd.nextInt(3) == 0) {
                    stock.add(StockBalance.of(ItemId.of("I" + i), BigDecimal.valueOf(rnd.nextInt(16))));
                }
            }
        }
        PlanningSnapshot snapshot = PlanningSnapshot.builder().masterData(Fx.data(items, boms))
                .demands(Lists.immutable.withAll(demands)).scheduledReceipts(Lists.immutable.withAll(receipts))
                .onHand(Lists.immutable.withAll(stock)).build();
        return new Scenario(snapshot, Fx.weeks(buckets), items, boms);
    }

    private static LotSizing lotSizing(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 1:
                return LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY)
                        .quantity(BigDecimal.valueOf(5 + rnd.nextInt(20))).build();
            case 2:
                return LotSizing.builder().rule(LotSizingRule.LOT_FOR_LOT)
                        .multiple(BigDecimal.valueOf(2 + rnd.nextInt(8))).build();
            case 3:
                return LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY).periods(1 + rnd.nextInt(3))
                        .build();
            case 4:
                return LotSizing.builder().rule(LotSizingRule.LOT_FOR_LOT)
                        .maximum(BigDecimal.valueOf(4 + rnd.nextInt(10))).build();
            case 5:
                return LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY).quantity(BigDecimal.valueOf(12))
                        .multiple(BigDecimal.valueOf(4)).build();
            default:
                return LotSizing.LOT_FOR_LOT;
        }
    }
}
