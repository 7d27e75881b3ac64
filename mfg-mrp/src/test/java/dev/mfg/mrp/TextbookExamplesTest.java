package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.Procurement;
import dev.mfg.mrp.message.MessageType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Published multi-level MRP examples with their published answers. Buckets are weeks; textbook week {@code w} is
 * bucket {@code w − 1} (starting 2026-01-05 + 7(w − 1) days); a lead time of {@code k} weeks is {@code 7k} days,
 * so a release is exactly {@code k} buckets before its receipt.
 */
class TextbookExamplesTest {

    /*
     * Heizer & Render, Operations Management, chapter "Material Requirements Planning (MRP) and ERP",
     * Example 2 (product structure of the "Awesome Speaker Kits", product A) and Example 4 (gross material
     * requirements plan): A needs 2 B and 3 C; B needs 2 D and 2 E; C needs 2 E and 2 F. Lead times in weeks:
     * A 1, B 2, C 1, D 1, E 2, F 3. 50 units of A are due in week 8; nothing on hand.
     */
    private static PlanningSnapshot speakerKits(boolean withOnHand) {
        List<dev.mfg.core.item.Item> items = List.of(make("A", 7), make("B", 14), make("C", 7), buy("D", 7),
                buy("E", 14), buy("F", 21));
        List<dev.mfg.core.bom.Bom> boms = List.of(
                bom("A", line(10, "B", "2").build(), line(20, "C", "3").build()),
                bom("B", line(10, "D", "2").build(), line(20, "E", "2").build()),
                bom("C", line(10, "E", "2").build(), line(20, "F", "2").build()));
        PlanningSnapshot.Builder b = PlanningSnapshot.builder().masterData(data(items, boms))
                .demands(Lists.immutable.of(so("SO-A", "A", "50", week(7))));
        if (withOnHand) {
            b.onHand(Lists.immutable.of(oh("A", "10"), oh("B", "15"), oh("C", "20"), oh("D", "10"), oh("E", "10"),
                    oh("F", "5")));
        }
        return b.build();
    }

    @Test
    void heizerRenderExample4_grossRequirementsPlan_matchesPublishedReleases() {
        MrpResult r = plan(weeks(8), speakerKits(false));
        // A: 50 due week 8 (bucket 7), released week 7 (bucket 6).
        gross(r, "A", "0", "0", "0", "0", "0", "0", "0", "50");
        releases(r, "A", "0", "0", "0", "0", "0", "0", "50", "0");
        // B: 2 × 50 = 100 in week 7, lead time 2 → released week 5.
        gross(r, "B", "0", "0", "0", "0", "0", "0", "100", "0");
        releases(r, "B", "0", "0", "0", "0", "100", "0", "0", "0");
        // C: 3 × 50 = 150 in week 7, lead time 1 → released week 6.
        gross(r, "C", "0", "0", "0", "0", "0", "0", "150", "0");
        releases(r, "C", "0", "0", "0", "0", "0", "150", "0", "0");
        // D: 2 × 100 = 200 in week 5 → released week 4.
        gross(r, "D", "0", "0", "0", "0", "200", "0", "0", "0");
        releases(r, "D", "0", "0", "0", "200", "0", "0", "0", "0");
        // E: 2 × 100 = 200 in week 5 (from B) and 2 × 150 = 300 in week 6 (from C), lead time 2.
        gross(r, "E", "0", "0", "0", "0", "200", "300", "0", "0");
        releases(r, "E", "0", "0", "200", "300", "0", "0", "0", "0");
        // F: 2 × 150 = 300 in week 6, lead time 3 → released week 3.
        gross(r, "F", "0", "0", "0", "0", "0", "300", "0", "0");
        releases(r, "F", "0", "0", "300", "0", "0", "0", "0", "0");
        assertThat(r.messages()).isEmpty();
    }

    @Test
    void heizerRenderExample4_peggingAcrossLevels_namesParentOrders() {
        MrpResult r = plan(weeks(8), speakerKits(false));
        // Ids by item then due date: A PLN-1, B PLN-2, C PLN-3, D PLN-4, E PLN-5 (week 5) and PLN-6 (week 6), F PLN-7.
        assertThat(r.plannedOrders()).extracting(PlannedOrder::id, o -> o.item().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PLN-1", "A"),
                        org.assertj.core.groups.Tuple.tuple("PLN-2", "B"),
                        org.assertj.core.groups.Tuple.tuple("PLN-3", "C"),
                        org.assertj.core.groups.Tuple.tuple("PLN-4", "D"),
                        org.assertj.core.groups.Tuple.tuple("PLN-5", "E"),
                        org.assertj.core.groups.Tuple.tuple("PLN-6", "E"),
                        org.assertj.core.groups.Tuple.tuple("PLN-7", "F"));
        assertThat(r.plannedOrders().get(0).pegging()).containsExactly(new PeggedDemand("SO-A", q("50")));
        assertThat(r.plannedOrders().get(1).pegging()).containsExactly(new PeggedDemand("PLN-1", q("100")));
        assertThat(r.plannedOrders().get(4).pegging()).containsExactly(new PeggedDemand("PLN-2", q("200")));
        assertThat(r.plannedOrders().get(5).pegging()).containsExactly(new PeggedDemand("PLN-3", q("300")));
        assertThat(r.plannedOrders().get(6).pegging()).containsExactly(new PeggedDemand("PLN-3", q("300")));
        // Dates: A due week 8 = 2026-02-23, released week 7 = 2026-02-16.
        assertThat(r.plannedOrders().get(0).dueDate()).isEqualTo(week(7));
        assertThat(r.plannedOrders().get(0).releaseDate()).isEqualTo(week(6));
        assertThat(r.plannedOrders().get(0).type()).isEqualTo(Procurement.MAKE);
        assertThat(r.plannedOrders().get(3).type()).isEqualTo(Procurement.BUY);
    }

    @Test
    void heizerRenderExample4_materialRequirements_listEachOrdersComponentsAtItsRelease() {
        MrpResult r = plan(weeks(8), speakerKits(false));
        // PLN-1 (A, released 2026-02-16) needs 100 B and 150 C on its release date.
        assertThat(r.materialRequirements().select(m -> m.order().equals("PLN-1")))
                .extracting(m -> m.item().value(), ComponentRequirement::quantity, ComponentRequirement::needDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", q("100"), week(6)),
                        org.assertj.core.groups.Tuple.tuple("C", q("150"), week(6)));
        // 2 (A) + 2 (B) + 2 (C) component lines, one per order and edge.
        assertThat(r.materialRequirements()).hasSize(6);
    }

    /*
     * Heizer & Render, same chapter, Example 5 (net material requirements plan): the speaker kits with on hand
     * A 10, B 15, C 20, D 10, E 10, F 5. Published: A 40 released week 7; B 65 week 5; C 100 week 6; D 120 week 4;
     * E 120 week 3 and 200 week 4; F 195 week 3.
     */
    @Test
    void heizerRenderExample5_netRequirementsPlan_matchesPublishedAnswer() {
        MrpResult r = plan(weeks(8), speakerKits(true));
        // A: 50 − 10 = 40.
        poh(r, "A", "10", "10", "10", "10", "10", "10", "10", "0");
        net(r, "A", "0", "0", "0", "0", "0", "0", "0", "40");
        releases(r, "A", "0", "0", "0", "0", "0", "0", "40", "0");
        // B: 2 × 40 = 80 − 15 = 65, released 2 weeks earlier.
        gross(r, "B", "0", "0", "0", "0", "0", "0", "80", "0");
        net(r, "B", "0", "0", "0", "0", "0", "0", "65", "0");
        releases(r, "B", "0", "0", "0", "0", "65", "0", "0", "0");
        // C: 3 × 40 = 120 − 20 = 100.
        net(r, "C", "0", "0", "0", "0", "0", "0", "100", "0");
        releases(r, "C", "0", "0", "0", "0", "0", "100", "0", "0");
        // D: 2 × 65 = 130 − 10 = 120.
        gross(r, "D", "0", "0", "0", "0", "130", "0", "0", "0");
        releases(r, "D", "0", "0", "0", "120", "0", "0", "0", "0");
        // E: 2 × 65 = 130 − 10 = 120 in week 5; 2 × 100 = 200 in week 6.
        gross(r, "E", "0", "0", "0", "0", "130", "200", "0", "0");
        net(r, "E", "0", "0", "0", "0", "120", "200", "0", "0");
        releases(r, "E", "0", "0", "120", "200", "0", "0", "0", "0");
        // F: 2 × 100 = 200 − 5 = 195.
        releases(r, "F", "0", "0", "195", "0", "0", "0", "0", "0");
    }

    /*
     * Stevenson, Operations Management, chapter "MRP and ERP", Example 1 (shutters): orders for 100 shutters at
     * the start of week 4 and 150 at the start of week 8; a shutter is 2 frames and 4 wood sections; assembly 1
     * week, frames bought with 2 weeks' lead time, wood sections made in 1 week; 70 wood sections are scheduled
     * to arrive in week 1. Published (lot-for-lot): frames released 200 in week 1 and 300 in week 5; wood
     * sections net 330 in week 3, released 330 in week 2 and 600 in week 6.
     */
    private static PlanningSnapshot shutters(LotSizing frames, LotSizing wood) {
        List<dev.mfg.core.item.Item> items = List.of(make("SHUTTER", 7),
                item("FRAME", Procurement.BUY, 14).lotSizing(frames).build(),
                item("WOOD", Procurement.MAKE, 7).lotSizing(wood).build());
        return PlanningSnapshot.builder()
                .masterData(data(items, List.of(bom("SHUTTER", line(10, "FRAME", "2").build(),
                        line(20, "WOOD", "4").build()))))
                .demands(Lists.immutable.of(so("SO-100", "SHUTTER", "100", week(3)),
                        so("SO-150", "SHUTTER", "150", week(7))))
                .scheduledReceipts(Lists.immutable.of(sr("WO-70", "WOOD", "70", week(0))))
                .build();
    }

    @Test
    void stevensonShutters_lotForLot_matchesPublishedAnswer() {
        MrpResult r = plan(weeks(8), shutters(LotSizing.LOT_FOR_LOT, LotSizing.LOT_FOR_LOT));
        releases(r, "SHUTTER", "0", "0", "100", "0", "0", "0", "150", "0");
        gross(r, "FRAME", "0", "0", "200", "0", "0", "0", "300", "0");
        releases(r, "FRAME", "200", "0", "0", "0", "300", "0", "0", "0");
        gross(r, "WOOD", "0", "0", "400", "0", "0", "0", "600", "0");
        scheduled(r, "WOOD", "70", "0", "0", "0", "0", "0", "0", "0");
        poh(r, "WOOD", "70", "70", "0", "0", "0", "0", "0", "0");
        net(r, "WOOD", "0", "0", "330", "0", "0", "0", "600", "0");
        receipts(r, "WOOD", "0", "0", "330", "0", "0", "0", "600", "0");
        releases(r, "WOOD", "0", "330", "0", "0", "0", "600", "0", "0");
        // The 70 arrive in week 1 but are first needed in week 3 (bucket 2): defer.
        assertThat(messages(r, MessageType.DEFER)).extracting(m -> m.reference()).containsExactly("WO-70");
    }

    /*
     * Stevenson, same example, part (b): frames ordered in lots of 320, wood sections in multiples of 70.
     * Frames: 320 in week 3 (POH 120), week 7 needs 300 − 120 = 180 → 320 (POH 140). Wood: week 3 needs
     * 400 − 70 = 330 → 5 × 70 = 350 (POH 20); week 7 needs 600 − 20 = 580 → 9 × 70 = 630 (POH 50).
     */
    @Test
    void stevensonShutters_lotSizes_matchPublishedAnswer() {
        LotSizing frames = LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY).quantity(q("320")).build();
        LotSizing wood = LotSizing.builder().rule(LotSizingRule.LOT_FOR_LOT).multiple(q("70")).build();
        MrpResult r = plan(weeks(8), shutters(frames, wood));
        receipts(r, "FRAME", "0", "0", "320", "0", "0", "0", "320", "0");
        poh(r, "FRAME", "0", "0", "120", "120", "120", "120", "140", "140");
        releases(r, "FRAME", "320", "0", "0", "0", "320", "0", "0", "0");
        net(r, "WOOD", "0", "0", "330", "0", "0", "0", "580", "0");
        receipts(r, "WOOD", "0", "0", "350", "0", "0", "0", "630", "0");
        poh(r, "WOOD", "70", "70", "20", "20", "20", "20", "50", "50");
        releases(r, "WOOD", "0", "350", "0", "0", "0", "630", "0", "0");
        // FRAME's second lot: 180 for SHUTTER's week-7 order, 140 left over.
        PlannedOrder second = orders(r, "FRAME").get(1);
        assertThat(second.pegging()).extracting(PeggedDemand::quantity).containsExactly(q("180"));
        assertThat(second.excess()).isEqualTo(q("140"));
    }

    @Test
    void stevensonShutters_totals_areConservedBetweenLevels() {
        MrpResult r = plan(weeks(8), shutters(LotSizing.LOT_FOR_LOT, LotSizing.LOT_FOR_LOT));
        // 250 shutters → 500 frames and 1000 wood sections of gross requirements.
        assertThat(sum(row(r, "FRAME", PlanRecord::grossRequirements))).isEqualTo(q("500"));
        assertThat(sum(row(r, "WOOD", PlanRecord::grossRequirements))).isEqualTo(q("1000"));
        assertThat(r.summary().items()).isEqualTo(3);
        assertThat(r.summary().plannedOrders()).isEqualTo(6);
    }

    private static BigDecimal sum(List<String> values) {
        return Lists.immutable.withAll(values).collect(BigDecimal::new).injectInto(BigDecimal.ZERO, BigDecimal::add);
    }
}
