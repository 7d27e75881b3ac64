package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.Item;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.mrp.message.MessageType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Dated BOM effectivity: each planned order explodes the BOM version and lines in force on its release date
 * (weekly buckets from Monday 2026-01-05; bucket b starts on 2026-01-05 + 7b days).
 */
class EffectivityPlanningTest {
    /** The engineering change: Monday 2026-02-02, the start of bucket 4. */
    private static final LocalDate CHANGE = LocalDate.of(2026, 2, 2);

    private static PlanningSnapshot snapshot(MasterData data, dev.mfg.core.planning.Demand... demands) {
        return PlanningSnapshot.builder().masterData(data).demands(Lists.immutable.of(demands)).build();
    }

    private static MasterData fgData(Bom... boms) {
        return data(List.of(make("FG", 7), buy("OLD-PART", 0), buy("NEW-PART", 0)), List.of(boms));
    }

    /**
     * FG demands (lead time 7 days): 4 due 2026-01-05 (release 2025-12-29, expedited to the start), 10 due 01-19
     * (release 01-12), 5 due 02-02 (release 01-26), 7 due 02-09 (release 02-02, the change day) and 6 due 02-16
     * (release 02-09).
     */
    private static PlanningSnapshot fgDemands(MasterData data) {
        return snapshot(data, so("S0", "FG", "4", week(0)), so("S2", "FG", "10", week(2)),
                so("S4", "FG", "5", week(4)), so("S5", "FG", "7", week(5)), so("S6", "FG", "6", week(6)));
    }

    /**
     * The FG orders released before 02-02 need 2 OLD-PART each: 4 × 2 = 8 in bucket 0, 10 × 2 = 20 in bucket 1,
     * 5 × 2 = 10 in bucket 3; those released on or after it 3 NEW-PART each: 7 × 3 = 21 in bucket 4, 6 × 3 = 18 in
     * bucket 5; bucket 6 has no release.
     */
    private static void assertSplitAtTheChange(MrpResult r) {
        releases(r, "FG", "4", "10", "0", "5", "7", "6", "0");
        gross(r, "OLD-PART", "8", "20", "0", "10", "0", "0", "0");
        gross(r, "NEW-PART", "0", "0", "0", "0", "21", "18", "0");
    }

    @Test
    void lineEffectivityInsideTheHorizon_eachOrderExplodesTheLinesInForceOnItsRelease() {
        Bom fg = bom("FG", line(10, "OLD-PART", "2").effectivity(Effectivity.until(CHANGE)).build(),
                line(20, "NEW-PART", "3").effectivity(Effectivity.from(CHANGE)).build());
        MrpResult r = plan(weeks(7), fgDemands(fgData(fg)));
        assertSplitAtTheChange(r);
        // Ids by item: FG PLN-1..5, NEW-PART PLN-6..7, OLD-PART PLN-8..10. One requirement per order, dated at
        // its release (the expedited order on the start).
        assertThat(r.materialRequirements()).extracting(ComponentRequirement::order, m -> m.item().value(),
                ComponentRequirement::quantity, ComponentRequirement::needDate).containsExactlyInAnyOrder(
                tuple("PLN-1", "OLD-PART", q("8"), START),
                tuple("PLN-2", "OLD-PART", q("20"), LocalDate.of(2026, 1, 12)),
                tuple("PLN-3", "OLD-PART", q("10"), LocalDate.of(2026, 1, 26)),
                tuple("PLN-4", "NEW-PART", q("21"), CHANGE),
                tuple("PLN-5", "NEW-PART", q("18"), LocalDate.of(2026, 2, 9)));
        assertThat(messages(r, MessageType.EXPEDITE)).extracting(dev.mfg.mrp.message.ActionMessage::reference)
                .containsExactly("PLN-1");
    }

    @Test
    void bomHeaderVersionChange_eachOrderExplodesTheVersionInForceOnItsRelease() {
        Bom v1 = Bom.builder().item(id("FG")).version("1").effectivity(Effectivity.of(EFFECTIVE, CHANGE))
                .lines(Lists.immutable.of(line(10, "OLD-PART", "2").build())).build();
        Bom v2 = Bom.builder().item(id("FG")).version("2").effectivity(Effectivity.from(CHANGE))
                .lines(Lists.immutable.of(line(10, "NEW-PART", "3").build())).build();
        MrpResult r = plan(weeks(7), fgDemands(fgData(v1, v2)));
        // Same split as with dated lines (see assertSplitAtTheChange).
        assertSplitAtTheChange(r);
    }

    @Test
    void versionAndLineChanges_combine_midWeekChangeSplitsByReleaseDay() {
        // v1 until Wed 2026-01-21; v2 from then: 3 NEW-PART always, plus a BATCH line of 1 OLD-PART until Monday
        // 02-02 (a change at a bucket start within the version).
        Bom v1 = Bom.builder().item(id("FG")).version("1")
                .effectivity(Effectivity.of(EFFECTIVE, LocalDate.of(2026, 1, 21)))
                .lines(Lists.immutable.of(line(10, "OLD-PART", "2").build())).build();
        Bom v2 = Bom.builder().item(id("FG")).version("2").effectivity(Effectivity.from(LocalDate.of(2026, 1, 21)))
                .lines(Lists.immutable.of(line(10, "NEW-PART", "3").build(),
                        line(20, "OLD-PART", "1").per(QuantityBasis.BATCH).effectivity(Effectivity.until(CHANGE))
                                .build())).build();
        MrpResult r = plan(weeks(7), fgDemands(fgData(v1, v2)));
        // Releases: 4 on 01-05, 10 on 01-12 (v1: OLD 8 and 20); 5 on 01-26 (v2 with the batch line: NEW 15,
        // OLD 1); 7 on 02-02 and 6 on 02-09 (v2 without it: NEW 21 and 18).
        gross(r, "OLD-PART", "8", "20", "0", "1", "0", "0", "0");
        gross(r, "NEW-PART", "0", "0", "0", "15", "21", "18", "0");
    }

    @Test
    void changesBeforeTheStartOrAfterTheHorizon_planAsTheStartsBom() {
        // Horizon: 7 weeks, 2026-01-05 to 2026-02-23 (exclusive). Line 10 ended before the start, line 20 has been
        // in force since before it, line 30 starts on the horizon end, line 40 starts exactly on the start, line 50
        // ends exactly on the start; the FG version in force ends on the horizon end, the next one (all BLADE)
        // starts there. The BOM in force on the start, used for every order under the old rule too: lines 20 and
        // 40, 3 NEW-PART + 1 SEAL per FG.
        LocalDate end = START.plusWeeks(7);
        Bom v1 = Bom.builder().item(id("FG")).version("1").effectivity(Effectivity.of(EFFECTIVE, end))
                .lines(Lists.immutable.of(
                        line(10, "OLD-PART", "2").effectivity(Effectivity.until(LocalDate.of(2025, 12, 1))).build(),
                        line(20, "NEW-PART", "3").effectivity(Effectivity.from(LocalDate.of(2025, 12, 1))).build(),
                        line(30, "BLADE", "1").effectivity(Effectivity.from(end)).build(),
                        line(40, "SEAL", "1").effectivity(Effectivity.from(START)).build(),
                        line(50, "OLD-PART", "5").effectivity(Effectivity.until(START)).build())).build();
        Bom v2 = Bom.builder().item(id("FG")).version("2").effectivity(Effectivity.from(end))
                .lines(Lists.immutable.of(line(10, "BLADE", "9").build())).build();
        MasterData data = data(List.of(make("FG", 7), buy("OLD-PART", 0), buy("NEW-PART", 0), buy("BLADE", 0),
                buy("SEAL", 0)), List.of(v1, v2));
        MrpResult r = plan(weeks(7), fgDemands(data));
        // Releases 4, 10, 0, 5, 7, 6, 0 → NEW-PART × 3, SEAL × 1; OLD-PART and BLADE never.
        gross(r, "NEW-PART", "12", "30", "0", "15", "21", "18", "0");
        gross(r, "SEAL", "4", "10", "0", "5", "7", "6", "0");
        gross(r, "OLD-PART", zeros(7));
        gross(r, "BLADE", zeros(7));
    }

    @Test
    void phantom_eachParentOrderPassesThroughTheLinesInForceOnItsNeedDay() {
        // P1 (lead 0) and P2 (lead 3) each need 1 PH; PH is a phantom: 2 LEAF-A until Wed 2026-02-04, 3 LEAF-B
        // from then, and a BATCH line of 1 KIT always. Demands due Monday 02-09 (bucket 5): P1 10 → released
        // 02-09 (bucket 5, after the change); P2 5 → released Fri 02-06 (bucket 4, after). Due Monday 02-02
        // (bucket 4): P1 4 → released 02-02 (bucket 4, before the change).
        LocalDate change = LocalDate.of(2026, 2, 4);
        Bom ph = phantom("PH", line(10, "LEAF-A", "2").effectivity(Effectivity.until(change)).build(),
                line(20, "LEAF-B", "3").effectivity(Effectivity.from(change)).build(),
                line(30, "KIT", "1").per(QuantityBasis.BATCH).build());
        MasterData data = data(List.of(make("P1", 0), make("P2", 3), make("PH", 0), buy("LEAF-A", 0),
                buy("LEAF-B", 0), buy("KIT", 0)), List.of(bom("P1", line(10, "PH", "1").build()),
                bom("P2", line(10, "PH", "1").build()), ph));
        MrpResult r = plan(weeks(6), snapshot(data, so("A", "P1", "4", week(4)), so("B", "P2", "5", week(5)),
                so("C", "P1", "10", week(5))));
        // PH passes 4 + 5 = 9 through in bucket 4 (P1's 4 on 02-02: LEAF-A 8; P2's 5 on 02-06: LEAF-B 15) and 10
        // in bucket 5 (P1's 10 on 02-09: LEAF-B 30). KIT: once per lot and BOM period: bucket 4 has two periods
        // (1 + 1), bucket 5 one.
        gross(r, "PH", "0", "0", "0", "0", "9", "10");
        gross(r, "LEAF-A", "0", "0", "0", "0", "8", "0");
        gross(r, "LEAF-B", "0", "0", "0", "0", "15", "30");
        gross(r, "KIT", "0", "0", "0", "0", "2", "1");
        // The LEAF-A need serves P1's order due 02-02, dated on its release.
        PlannedOrder p1 = orders(r, "P1").get(0);
        assertThat(r.materialRequirements().select(m -> m.item().value().equals("LEAF-A")))
                .extracting(ComponentRequirement::order, ComponentRequirement::needDate)
                .containsExactly(tuple(p1.id(), CHANGE));
    }

    @Test
    void phantom_isDecidedAtTheStart_laterPhantomVersionIsExplodedByOrders() {
        // SUB is a normal item with a BOM until 02-02 and a phantom BOM from then: it stays a normal item with
        // planned orders; its orders released from 02-02 explode the phantom version's lines.
        Bom v1 = Bom.builder().from(bom("SUB", line(10, "OLD-PART", "2").build()))
                .effectivity(Effectivity.of(EFFECTIVE, CHANGE)).build();
        Bom v2 = Bom.builder().from(phantom("SUB", line(10, "NEW-PART", "3").build())).version("2")
                .effectivity(Effectivity.from(CHANGE)).build();
        MasterData data = data(List.of(make("SUB", 7), buy("OLD-PART", 0), buy("NEW-PART", 0)), List.of(v1, v2));
        MrpResult r = plan(weeks(7), snapshot(data, so("S2", "SUB", "10", week(2)), so("S5", "SUB", "7", week(5))));
        // SUB orders: 10 released 01-12 (v1: OLD 20 in bucket 1), 7 released 02-02 (v2: NEW 21 in bucket 4).
        assertThat(orders(r, "SUB")).hasSize(2);
        gross(r, "OLD-PART", "0", "20", "0", "0", "0", "0", "0");
        gross(r, "NEW-PART", "0", "0", "0", "0", "21", "0", "0");
    }

    // ---------------------------------------------------------------- routing-timed requirements

    /**
     * {@link RoutingPlanningTest}'s widget (no lead time days, routing-scheduled) with BOX at OP-50 until Monday
     * 2026-01-12 and CASE at OP-50 from then; PLA (OP-10) and LABEL (no operation) unchanged.
     */
    private static MasterData widgetWithDatedBox() {
        MasterData base = RoutingPlanningTest.data(false);
        Bom old = base.boms().get(0);
        List<BomLine> lines = new ArrayList<>();
        for (BomLine l : old.lines()) {
            lines.add(l.component().value().equals("BOX")
                    ? BomLine.builder().from(l).effectivity(Effectivity.until(LocalDate.of(2026, 1, 12))).build()
                    : l);
        }
        lines.add(line(40, "CASE", "1").operation(50).effectivity(Effectivity.from(LocalDate.of(2026, 1, 12)))
                .build());
        List<Item> items = new ArrayList<>(base.items().castToList());
        items.add(buy("CASE", 0));
        return MasterData.builder().from(base).items(Lists.immutable.withAll(items))
                .boms(Lists.immutable.of(Bom.builder().from(old).lines(Lists.immutable.withAll(lines)).build()))
                .build();
    }

    @Test
    void routingTimed_versionByReleaseDate_componentsAtTheirOperationStart() {
        MrpResult r = plan(weeks(5), snapshot(widgetWithDatedBox(), so("W1", "FG-WIDGET-001", "10", week(2)),
                so("W2", "FG-WIDGET-001", "10", week(4))));
        // W1: due Mon 01-19, scheduled backward as in RoutingPlanningTest: released Wed 01-07 (before the change),
        // OP-50 starts Fri 01-16 (after it) → BOX, not CASE, 10 on 01-16 (bucket 1).
        // W2: due Mon 02-02, the same schedule two weeks later (no holidays): OP-50 Fri 01-30 (bucket 3), OP-10
        // from Wed 01-21 (bucket 2, the release, after the change) → CASE 10 in bucket 3; PLA 37 × 10 × 1.05 =
        // 388.5 and LABEL 10 at each order's release.
        releases(r, "FG-WIDGET-001", "10", "0", "10", "0", "0");
        gross(r, "BOX", "0", "10", "0", "0", "0");
        gross(r, "CASE", "0", "0", "0", "10", "0");
        gross(r, "PLA", "388.5", "0", "388.5", "0", "0");
        gross(r, "LABEL", "10", "0", "10", "0", "0");
        assertThat(r.materialRequirements().select(m -> m.item().value().equals("BOX")
                || m.item().value().equals("CASE"))).extracting(m -> m.item().value(),
                ComponentRequirement::needDate).containsExactlyInAnyOrder(tuple("BOX", LocalDate.of(2026, 1, 16)),
                tuple("CASE", LocalDate.of(2026, 1, 30)));
    }
}
