package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import dev.mfg.mrp.message.MessageType;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's melamine set, built here as mfg-testkit's {@code MelamineSet} does: SET-50 → 6 DISH-L + 6 CUP +
 * CARTON (operation 90); DISH-L → 0.15 KG POWDER 3 % (op 10) + DECOR-CUT (op 10); CUP → 50 G POWDER 2 % (op 10);
 * DECOR-CUT → 0.25 SHEET DECOR-SHEET 15 %. POWDER: BUY, 14 days, safety stock 50 KG, FOQ 500 in multiples of 25,
 * 120 KG on hand, PO-881 500 KG on 2026-01-19. DECOR-SHEET: BUY 21 days; CARTON: BUY 7 days; the rest MAKE with
 * lead time 0. 12 weekly buckets from 2026-01-05.
 */
class MelamineSetTest {
    private static final Uom SHEET = Uom.custom("SHEET");

    static MasterData masterData() {
        List<Item> items = List.of(make("SET-50"), make("DISH-L"), make("CUP"), make("DECOR-CUT"),
                make("DISH-L-B"), make("DISH-L-C"),
                Item.builder().id(ItemId.of("POWDER")).uom(Uom.KG).procurement(Procurement.BUY).leadTimeDays(14)
                        .safetyStock(q("50")).lotSizing(LotSizing.builder()
                                .rule(LotSizingRule.FIXED_ORDER_QUANTITY).quantity(q("500")).multiple(q("25")).build())
                        .build(),
                Item.builder().id(ItemId.of("DECOR-SHEET")).uom(SHEET).procurement(Procurement.BUY).leadTimeDays(21)
                        .conversions(Lists.immutable.of(UomConversion.of(SHEET, q("0.02"), Uom.KG))).build(),
                Item.builder().id(ItemId.of("CARTON")).uom(Uom.EA).procurement(Procurement.BUY).leadTimeDays(7)
                        .build());
        List<Bom> boms = List.of(
                bom("SET-50", line(10, "DISH-L", "6").build(), line(20, "CUP", "6").build(),
                        line(30, "CARTON", "1").operation(90).issueType(IssueType.BACKFLUSH).build()),
                bom("DISH-L", line(10, "POWDER", "0.15").uom(Uom.KG).scrapPercent(q("3")).operation(10).build(),
                        line(20, "DECOR-CUT", "1").operation(10).build()),
                bom("DECOR-CUT", line(10, "DECOR-SHEET", "0.25").uom(SHEET).scrapPercent(q("15")).build()),
                bom("CUP", line(10, "POWDER", "50").uom(Uom.G).scrapPercent(q("2")).operation(10).build()));
        return data(items, boms);
    }

    private static Item make(String id) {
        return Item.builder().id(ItemId.of(id)).uom(Uom.EA).procurement(Procurement.MAKE).build();
    }

    static PlanningSnapshot snapshot(Demand... demands) {
        return PlanningSnapshot.builder().masterData(masterData())
                .onHand(Lists.immutable.of(oh("POWDER", "120")))
                .scheduledReceipts(Lists.immutable.of(sr("PO-881", "POWDER", "500", week(2))))
                .demands(Lists.immutable.of(demands)).build();
    }

    /** The scenario format's excerpt: SO-1001 40 sets due 2026-02-02 (bucket 4), FC-W06 25 due 2026-02-09. */
    private static MrpResult specDemand() {
        return plan(weeks(12), snapshot(so("SO-1001", "SET-50", "40", week(4)),
                fc("FC-W06", "SET-50", "25", week(5))));
    }

    /** Plus SO-2: 1000 sets due 2026-03-02 (bucket 8), which needs powder orders. */
    private static MrpResult bigDemand() {
        return plan(weeks(12), snapshot(so("SO-1001", "SET-50", "40", week(4)),
                fc("FC-W06", "SET-50", "25", week(5)), so("SO-2", "SET-50", "1000", week(8))));
    }

    @Test
    void specDemand_dishesCupsAndCartons_followTheSetReleases() {
        MrpResult r = specDemand();
        // SET-50 lead time 0: released 40 in bucket 4 and 25 in bucket 5; 6 dishes and 6 cups per set.
        releases(r, "SET-50", "0", "0", "0", "0", "40", "25", "0", "0", "0", "0", "0", "0");
        gross(r, "DISH-L", "0", "0", "0", "0", "240", "150", "0", "0", "0", "0", "0", "0");
        gross(r, "CUP", "0", "0", "0", "0", "240", "150", "0", "0", "0", "0", "0", "0");
        // CARTON 1 per set, lead time 7 days → released one bucket earlier.
        gross(r, "CARTON", "0", "0", "0", "0", "40", "25", "0", "0", "0", "0", "0", "0");
        releases(r, "CARTON", "0", "0", "0", "40", "25", "0", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void specDemand_powderGross_isHandComputedWithScrapAndGramConversion() {
        MrpResult r = specDemand();
        // Bucket 4: dishes 240 × 0.15 KG × 1.03 = 37.08; cups 240 × 50 G × 1.02 = 12,240 G = 12.24 KG → 49.32.
        // Bucket 5: dishes 150 × 0.1545 = 23.175; cups 150 × 0.051 = 7.65 → 30.825.
        gross(r, "POWDER", "0", "0", "0", "0", "49.32", "30.825", "0", "0", "0", "0", "0", "0");
        // 120 on hand, +500 in bucket 2: 620 → 570.68 → 539.855; never below 50, so no planned order.
        poh(r, "POWDER", "120", "120", "620", "620", "570.68", "539.855", "539.855", "539.855", "539.855",
                "539.855", "539.855", "539.855");
        assertThat(orders(r, "POWDER")).isEmpty();
    }

    @Test
    void specDemand_purchaseOrderBeforeItIsNeeded_isDeferred() {
        MrpResult r = specDemand();
        // On hand alone: 120 − 49.32 = 70.68 ≥ 50 after bucket 4; 120 − 80.145 = 39.855 < 50 in bucket 5.
        // PO-881 arrives in bucket 2, is needed from bucket 5 (2026-02-09): DEFER.
        assertThat(r.messages()).extracting(m -> m.type(), m -> m.item().value(), m -> m.reference())
                .containsExactly(tuple(MessageType.DEFER, "POWDER", "PO-881"));
        assertThat(r.messages().get(0).text()).contains("2026-02-09");
    }

    @Test
    void bigDemand_powderNeedsTwoFixedLotsOf500() {
        MrpResult r = bigDemand();
        // Bucket 8: dishes 6000 × 0.1545 = 927; cups 6000 × 0.051 = 306 → 1233.
        gross(r, "POWDER", "0", "0", "0", "0", "49.32", "30.825", "0", "0", "1233", "0", "0", "0");
        // 539.855 − 1233 = −693.145; shortfall to 50 = 743.145 → two lots of 500 → 306.855.
        net(r, "POWDER", "0", "0", "0", "0", "0", "0", "0", "0", "743.145", "0", "0", "0");
        receipts(r, "POWDER", "0", "0", "0", "0", "0", "0", "0", "0", "1000", "0", "0", "0");
        poh(r, "POWDER", "120", "120", "620", "620", "570.68", "539.855", "539.855", "539.855", "306.855",
                "306.855", "306.855", "306.855");
        // Due 2026-03-02, 14 days lead time → released 2026-02-16 (bucket 6).
        releases(r, "POWDER", "0", "0", "0", "0", "0", "0", "1000", "0", "0", "0", "0", "0");
        assertThat(orders(r, "POWDER")).extracting(PlannedOrder::quantity, PlannedOrder::releaseDate,
                PlannedOrder::dueDate).containsExactly(tuple(q("500"), week(6), week(8)),
                tuple(q("500"), week(6), week(8)));
    }

    @Test
    void bigDemand_powderOrders_peggedToTheDishOrderWithExcessVisible() {
        MrpResult r = bigDemand();
        // Ids by item: CARTON 1-3, CUP 4-6, DECOR-CUT 7-9, DECOR-SHEET 10-12, DISH-L 13-15, POWDER 16-17, SET-50 18-20.
        // FIFO: on hand 120 serves buckets 4-5 (80.145) and 39.855 of CUP PLN-6 (306); PO-881 serves the other
        // 266.145 of it and 233.855 of DISH-L PLN-15 (927); PLN-16 gives 500 more, PLN-17 the last 193.145 and
        // keeps 306.855 (50 of it safety stock).
        List<PlannedOrder> powder = orders(r, "POWDER");
        assertThat(powder).extracting(PlannedOrder::id).containsExactly("PLN-16", "PLN-17");
        assertThat(powder.get(0).pegging()).containsExactly(new PeggedDemand("PLN-15", q("500")));
        assertThat(powder.get(0).excess()).isEqualTo(q("0"));
        assertThat(powder.get(1).pegging()).containsExactly(new PeggedDemand("PLN-15", q("193.145")));
        assertThat(powder.get(1).excess()).isEqualTo(q("306.855"));
        assertThat(r.plannedOrders().detect(o -> o.id().equals("PLN-15")).item()).isEqualTo(ItemId.of("DISH-L"));
    }

    @Test
    void bigDemand_decorSheet_withScrapAndLeadTime() {
        MrpResult r = bigDemand();
        // 0.25 × 1.15 = 0.2875 SHEET per cutout: 240 → 69, 150 → 43.125, 6000 → 1725.
        gross(r, "DECOR-SHEET", "0", "0", "0", "0", "69", "43.125", "0", "0", "1725", "0", "0", "0");
        // 21 days = 3 buckets earlier.
        releases(r, "DECOR-SHEET", "0", "69", "43.125", "0", "0", "1725", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void bigDemand_materialRequirements_carryTheBomLinesOperation() {
        MrpResult r = bigDemand();
        // SET-50 PLN-20 (1000 sets in bucket 8): CUP and DISH-L without operation, CARTON at operation 90.
        assertThat(r.materialRequirements().select(m -> m.order().equals("PLN-20")))
                .extracting(m -> m.item().value(), ComponentRequirement::quantity, ComponentRequirement::operation)
                .containsExactly(tuple("CUP", q("6000"), OptionalInt.empty()),
                        tuple("DISH-L", q("6000"), OptionalInt.empty()),
                        tuple("CARTON", q("1000"), OptionalInt.of(90)));
        // DISH-L PLN-15: 927 KG powder and 6000 cutouts at operation 10, needed on its release (2026-03-02).
        assertThat(r.materialRequirements().select(m -> m.order().equals("PLN-15")))
                .extracting(m -> m.item().value(), ComponentRequirement::quantity, ComponentRequirement::needDate)
                .containsExactlyInAnyOrder(tuple("POWDER", q("927"), week(8)), tuple("DECOR-CUT", q("6000"), week(8)));
    }

    @Test
    void coProducts_areItemsWithEmptyRecords() {
        MrpResult r = specDemand();
        gross(r, "DISH-L-B", zeros(12));
        assertThat(r.item(ItemId.of("DISH-L-B")).orElseThrow().lowLevelCode()).isZero();
        // Low-level codes: SET-50 0; CARTON, CUP, DISH-L 1; DECOR-CUT, POWDER 2; DECOR-SHEET 3.
        assertThat(r.items()).extracting(p -> p.item().value(), ItemPlan::lowLevelCode).containsExactly(
                tuple("DISH-L-B", 0), tuple("DISH-L-C", 0), tuple("SET-50", 0), tuple("CARTON", 1),
                tuple("CUP", 1), tuple("DISH-L", 1), tuple("DECOR-CUT", 2), tuple("POWDER", 2),
                tuple("DECOR-SHEET", 3));
        assertThat(r.summary().items()).isEqualTo(9);
    }
}
