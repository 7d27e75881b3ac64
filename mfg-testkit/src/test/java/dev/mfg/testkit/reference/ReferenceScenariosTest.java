package dev.mfg.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.Explosion;
import dev.mfg.core.bom.ExplosionOptions;
import dev.mfg.core.bom.Requirement;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.manufacturing.ManufacturingBom;
import dev.mfg.core.manufacturing.MaterialRequirement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.ToolStatus;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.OperationTimes;
import dev.mfg.core.routing.Routing;
import dev.mfg.testkit.scenario.PlanningBucket;
import dev.mfg.testkit.scenario.Scenario;
import dev.mfg.testkit.scenario.ScenarioReader;
import dev.mfg.testkit.scenario.ScenarioWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferenceScenariosTest {
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private static Explosion explode(MasterData data, String item, long quantity) {
        return BomExplosion.create().explode(data.bomCatalog(), ItemId.of(item), BigDecimal.valueOf(quantity), JAN_5,
                ExplosionOptions.builder().itemMaster(data.items()).unitConverter(data.unitConverter()).build());
    }

    private static Requirement requirement(Explosion e, String item) {
        return e.requirement(ItemId.of(item)).orElseThrow();
    }

    @Test
    void names_allBundledScenariosSorted() {
        assertThat(ReferenceScenarios.names()).containsExactly("factory", "melamine", "weekly-build", "widget");
    }

    @Test
    void melamine_tenSets_sameNumbersAsJavaBuiltSet() {
        Explosion e = explode(ReferenceScenarios.melamine().masterData(), "SET-50", 10);
        // Powder: 60 dishes x 0.15 KG x 1.03 + 60 cups x 50 G x 1.02 (= 0.051 KG) = 9.27 + 3.06 = 12.33 KG.
        assertThat(requirement(e, "POWDER").quantity()).isEqualByComparingTo("12.33");
        assertThat(requirement(e, "POWDER").uom().code()).isEqualTo("KG");
        // Decor sheet: 60 dishes x 1 cutout x 0.25 SHEET x 1.15 = 17.25 SHEET, at level 3.
        assertThat(requirement(e, "DECOR-SHEET").quantity()).isEqualByComparingTo("17.25");
        assertThat(requirement(e, "DECOR-SHEET").lowLevelCode()).isEqualTo(3);
        assertThat(requirement(e, "CARTON").quantity()).isEqualByComparingTo("10");
        assertThat(requirement(e, "DISH-L").quantity()).isEqualByComparingTo("60");
        assertThat(e.requirements()).isEqualTo(explode(MelamineSet.masterData(), "SET-50", 10).requirements());
    }

    @Test
    void melamine_pressGroups_capacityAndPieceRate() {
        MasterData data = ReferenceScenarios.masterData("melamine");
        WorkCenter press = data.workCenter(WorkCenterId.of("WC-PRESS")).orElseThrow();
        // 24 h x 2 presses x 85 % x 100 % = 40.8 hours a day per group.
        assertThat(press.effectiveCapacity()).isEqualByComparingTo("40.8");
        assertThat(press.bottleneck()).isTrue();
        assertThat(press.laborCalc().name()).isEqualTo("PIECE_RATE");
        assertThat(press.pieceRate()).isEqualByComparingTo("0.35");
        assertThat(data.calendar(press.calendar().orElseThrow()).orElseThrow().workingTimePerDay()).hasHours(24);
        // Two groups of two presses: 4 presses.
        assertThat(data.workCenters().select(w -> w.id().value().startsWith("WC-PRESS"))
                .sumOfInt(w -> w.multiplier().intValueExact())).isEqualTo(4);
    }

    @Test
    void melamine_molds_cupMoldFourCavities() {
        MasterData data = ReferenceScenarios.masterData("melamine");
        Tool cup = data.tool(ToolId.of("MOLD-CUP")).orElseThrow();
        assertThat(cup.cavities()).isEqualTo(4);
        assertThat(cup.purchaseCost()).isEqualByComparingTo("40000");
        assertThat(cup.lifeCycles()).isEqualTo(400_000);
        // 40000 EGP / (400000 cycles x 4 pieces) = 0.025 EGP per piece.
        assertThat(cup.depreciationPerPiece()).isEqualByComparingTo("0.025");
        assertThat(data.tools().count(t -> t.status() == ToolStatus.MOUNTED)).isEqualTo(4);
        // The cup press operation names the mold and no cavities: 60 s / 4 = 15 s = 0.25 min a piece.
        Routing cupRouting = data.routings().detect(r -> r.item().value().equals("CUP"));
        Operation press = cupRouting.operation(10).orElseThrow();
        OperationTimes times = OperationTimes.of(press, data.workCenter(press.workCenter()).orElseThrow(),
                press.tool().flatMap(data::tool));
        assertThat(times.runMinutesPerPiece()).isEqualByComparingTo("0.25");
    }

    @Test
    void melamine_dishRouting_pressCoolingDeflashSandingGrading() {
        Routing dish = ReferenceScenarios.masterData("melamine").routings()
                .detect(r -> r.item().value().equals("DISH-L"));
        assertThat(dish.operations().collect(Operation::no)).containsExactly(10, 15, 20, 30, 40);
        assertThat(dish.operations().collect(Operation::description))
                .containsExactly("Press", "Cooling", "Deflash", "Sanding", "Grading");
        assertThat(dish.operation(10).orElseThrow().cycleSeconds()).contains(BigDecimal.valueOf(70));
        assertThat(dish.operation(15).orElseThrow().queueMinutes()).isEqualByComparingTo("30");
    }

    @Test
    void melamine_powderPerKgAndAQuarterOfDemand() {
        Scenario s = ReferenceScenarios.melamine();
        var powder = s.masterData().item(ItemId.of("POWDER")).orElseThrow();
        assertThat(powder.standardCost().orElseThrow().per().code()).isEqualTo("KG");
        assertThat(powder.standardCost().orElseThrow().price().amount()).isEqualByComparingTo("95");
        assertThat(s.onHand(ItemId.of("POWDER"))).isEqualByComparingTo("120");
        assertThat(s.planning().start()).isEqualTo(JAN_5);
        assertThat(s.planning().buckets()).isEqualTo(12);
        assertThat(s.planning().bucket()).isEqualTo(PlanningBucket.WEEK);
        // 12 weekly forecasts of 25 + sales orders of 40, 30 and 60 = 430 sets.
        assertThat(s.demands().select(d -> d.item().value().equals("SET-50")).collect(Demand::quantity).injectInto(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("430");
        assertThat(s.demands().collect(Demand::due).max()).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void widget_manufacturingBom_canStartOp10BlockedAtOp50() {
        Scenario s = ReferenceScenarios.widget();
        ManufacturingBom mbom = ManufacturingBom.of(s.masterData(), ItemId.of("FG-WIDGET-001"),
                LocalDate.of(2024, 1, 15), BigDecimal.TEN).orElseThrow();
        assertThat(mbom.operationCount()).isEqualTo(5);
        // 325 + 5 + 3 + 2 + 2 = 337 minutes a piece; setup 7 minutes.
        assertThat(mbom.totalRunMinutesPerUnit()).isEqualByComparingTo("337");
        assertThat(mbom.totalSetupMinutes()).isEqualByComparingTo("7");
        MaterialRequirement pla = mbom.operation(10).orElseThrow().materials().getOnly();
        // 37 G x 10 x 1.05 = 388.5 G, against 1420 G on hand: OP-10 can start.
        assertThat(pla.quantity()).isEqualByComparingTo("388.5");
        assertThat(s.onHand(pla.component())).isGreaterThanOrEqualTo(pla.quantity());
        MaterialRequirement box = mbom.operation(50).orElseThrow().materials()
                .detect(m -> m.component().value().equals("PKG-BOX-6X6"));
        // 10 boxes needed, 3 on hand: short 7 at OP-50.
        assertThat(box.quantity()).isEqualByComparingTo("10");
        assertThat(box.quantity().subtract(s.onHand(box.component()))).isEqualByComparingTo("7");
        assertThat(mbom.operation(40).orElseThrow().materials().getOnly().component().value())
                .isEqualTo("PKG-LBL-001");
    }

    @Test
    void widget_printerPoolOfFour_namesKeptAsExtension() {
        Scenario s = ReferenceScenarios.widget();
        assertThat(s.masterData().workCenter(WorkCenterId.of("FDM-POOL")).orElseThrow().multiplier())
                .isEqualByComparingTo("4");
        assertThat(s.extensions().get("workCenters[FDM-POOL]"))
                .isEqualTo("{\"machines\":[\"Leonardo\",\"Donatello\",\"Raphael\",\"Michelangelo\"]}");
        assertThat(s.demands().getOnly().quantity()).isEqualByComparingTo("10");
    }

    @Test
    void bundled_writeReadWrite_stable() {
        for (String name : ReferenceScenarios.names()) {
            String once = ScenarioWriter.create().toJson(ReferenceScenarios.scenario(name));
            Scenario back = ScenarioReader.create().readString(once);
            assertThat(ScenarioWriter.create().toJson(back)).as(name).isEqualTo(once);
            assertThat(back.masterData().items().toSet()).isEqualTo(
                    ReferenceScenarios.scenario(name).masterData().items().toSet());
        }
    }

    @Test
    void scenario_unknownName_referenceUnknown() {
        assertThatThrownBy(() -> ReferenceScenarios.scenario("nosuch")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("REFERENCE_UNKNOWN"));
        assertThatThrownBy(() -> ReferenceScenarios.fileOrName("/no/such/file.json")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("scenario"));
    }
}
