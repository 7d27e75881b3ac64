package dev.mfg.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.Explosion;
import dev.mfg.core.bom.ExplosionOptions;
import dev.mfg.core.bom.Requirement;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.ProductionType;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.DemandType;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Routing;
import dev.mfg.costing.CostElement;
import dev.mfg.costing.CostReport;
import dev.mfg.costing.CostRollup;
import dev.mfg.costing.CostingOptions;
import dev.mfg.testkit.scenario.PlanningBucket;
import dev.mfg.testkit.scenario.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The seed 001 {@code factory} and seed 000 {@code weekly-build} reference scenarios: their key numbers. */
class SeedScenariosTest {
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private static Requirement requirement(Scenario s, String item, long quantity, String component) {
        MasterData data = s.masterData();
        Explosion e = BomExplosion.create().explode(data.bomCatalog(), ItemId.of(item), BigDecimal.valueOf(quantity),
                JAN_5, ExplosionOptions.builder().itemMaster(data.items()).unitConverter(data.unitConverter()).build());
        return e.requirements().detect(r -> r.item().value().equals(component));
    }

    private static CostReport cost(Scenario s, String item) {
        return CostRollup.create().rollUp(s.masterData(), ItemId.of(item),
                CostingOptions.builder().currency("USD").date(JAN_5).build());
    }

    private static BigDecimal rounded(CostReport r, CostElement e) {
        return r.element(e).amount().setScale(6, RoundingMode.HALF_EVEN);
    }

    @Test
    void names_includeTheSeedScenarios() {
        assertThat(ReferenceScenarios.names()).containsExactly("factory", "melamine", "weekly-build", "widget");
        assertThat(ReferenceScenarios.fileOrName("factory")).isSameAs(ReferenceScenarios.factory());
        assertThat(ReferenceScenarios.fileOrName("weekly-build")).isSameAs(ReferenceScenarios.weeklyBuild());
    }

    @Test
    void factory_workCentersPerFactoryWithTheSeedsTypesAndRatings() {
        Scenario s = ReferenceScenarios.factory();
        assertThat(s.masterData().workCenters()).hasSize(8);
        assertThat(s.masterData().workCenters().count(w -> w.plantLocation().orElseThrow().equals("FAC-CHI")))
                .isEqualTo(4);
        assertThat(s.masterData().workCenters().count(w -> w.plantLocation().orElseThrow().equals("FAC-MUC")))
                .isEqualTo(4);
        Set<String> types = new TreeSet<>();
        for (WorkCenter w : s.masterData().workCenters()) {
            JsonNode ext = extension(s, "workCenters[" + w.id() + "]");
            types.add(ext.get("workCenterType").asText());
            // efficiencyPercent is the seed's efficiency_rating (0.xx) x 100.
            assertThat(w.efficiencyPercent()).isEqualByComparingTo(
                    ext.get("efficiencyRating").decimalValue().movePointRight(2));
        }
        assertThat(types).containsExactly("assembly", "fabrication", "machining", "packaging", "testing");
        WorkCenter asm = s.masterData().workCenters().detect(w -> w.id().value().equals("WC-ASM-01"));
        assertThat(asm.description()).isEqualTo("Assembly Line 1");
        assertThat(asm.efficiencyPercent()).isEqualByComparingTo("85");
        assertThat(asm.laborRatePerHour()).isEqualByComparingTo("42.00");
    }

    @Test
    void factory_routingsHaveThreeToFiveStepsNamedAfterTheSeed() {
        Scenario s = ReferenceScenarios.factory();
        Set<String> seedOperations = Set.of("Receive materials", "Stage components", "Pre-assembly inspection",
                "Solder components", "Mount PCB", "Wire harness assembly", "Mechanical assembly", "Calibration",
                "Functional test", "Burn-in test", "Final QC inspection", "Packaging", "Label and ship");
        assertThat(s.masterData().routings()).hasSize(4);
        for (Routing r : s.masterData().routings()) {
            assertThat(r.operations().size()).isBetween(3, 5);
            assertThat(r.operations().allSatisfy(o -> seedOperations.contains(o.description()))).isTrue();
        }
        Routing ctrl = s.masterData().routings().detect(r -> r.item().value().equals("PRD-CTRL-100"));
        assertThat(ctrl.operations().collect(o -> o.description()).makeString("|"))
                .isEqualTo("Solder components|Mount PCB|Mechanical assembly|Functional test|Packaging");
    }

    @Test
    void factory_makeToOrderSalesOrdersAndMakeToStockForecast() {
        Scenario s = ReferenceScenarios.factory();
        assertThat(s.planning().buckets()).isEqualTo(8);
        assertThat(s.planning().bucket()).isEqualTo(PlanningBucket.WEEK);
        // Make-to-order: 30 + 45 + 25 controllers and 8 + 12 gearboxes.
        assertThat(s.demands().select(d -> d.type() == DemandType.SALES_ORDER)).hasSize(5);
        assertThat(s.demands().select(d -> d.type() == DemandType.SALES_ORDER).sumOfInt(d -> d.quantity().intValue()))
                .isEqualTo(120);
        // Make-to-stock: sensor forecast 4 weeks x 60 + 4 weeks x 70 = 520.
        assertThat(s.demands().select(d -> d.type() == DemandType.FORECAST).allSatisfy(
                d -> d.item().value().equals("PRD-SENS-200"))).isTrue();
        assertThat(s.demands().select(d -> d.type() == DemandType.FORECAST).sumOfInt(d -> d.quantity().intValue()))
                .isEqualTo(520);
        assertThat(s.masterData().item(ItemId.of("PRD-CTRL-100")).orElseThrow().productionType())
                .isEqualTo(ProductionType.MTO);
        assertThat(s.masterData().item(ItemId.of("PRD-SENS-200")).orElseThrow().productionType())
                .isEqualTo(ProductionType.MTS);
        ScheduledReceipt wo = s.scheduledReceipts().detect(r -> r.id().equals("WO-2024-00001"));
        assertThat(wo.quantity()).isEqualByComparingTo("30");
    }

    @Test
    void factory_gearboxExplodesThroughTheShaft() {
        // 20 gearboxes x 2 shafts x 0.4 KG x 1.05 scrap = 16.8 KG of steel bar.
        Requirement steel = requirement(ReferenceScenarios.factory(), "PRD-GBX-300", 20, "STEEL-BAR");
        assertThat(steel.quantity()).isEqualByComparingTo("16.8");
        assertThat(steel.lowLevelCode()).isEqualTo(2);
    }

    @Test
    void factory_sensorCost_handComputed() {
        CostReport r = cost(ReferenceScenarios.factory(), "PRD-SENS-200");
        assertThat(r.lotSize()).isEqualByComparingTo("50"); // costingLotSize
        // Material: sensor 6.40 + harness 1.75 + box 0.60.
        assertThat(rounded(r, CostElement.MATERIAL)).isEqualByComparingTo("8.75");
        // Labor: harness 2 min / 0.90 / 60 x 38 = 1.407407; label 1 min / 0.80 / 60 x 28 = 0.583333.
        assertThat(rounded(r, CostElement.LABOR)).isEqualByComparingTo("1.990741");
        // Machine: calibration 3 min / 0.95 / 60 x 55 = 2.894737.
        assertThat(rounded(r, CostElement.MACHINE)).isEqualByComparingTo("2.894737");
        // Setup: 15 min / 60 x 55 / 50 = 0.275.
        assertThat(rounded(r, CostElement.SETUP)).isEqualByComparingTo("0.275");
        // 8.75 + 1.4074074 + 0.5833333 + 2.8947368 + 0.275 = 13.9104776
        assertThat(r.unitCost().amount().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("13.910478");
        assertThat(r.gaps()).isEmpty();
    }

    @Test
    void weeklyBuild_batchSalesAndWeeklyBuckets() {
        Scenario s = ReferenceScenarios.weeklyBuild();
        assertThat(s.planning().bucket()).isEqualTo(PlanningBucket.WEEK);
        assertThat(s.planning().start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        ScheduledReceipt batch = s.scheduledReceipts().getOnly();
        assertThat(batch.id()).isEqualTo("BATCH-0001");
        assertThat(batch.quantity()).isEqualByComparingTo("12");
        assertThat(batch.date()).isEqualTo(LocalDate.of(2026, 1, 9)); // this Friday
        // What is built this week ships this week: orders 3 + 2 + 5 + 2 = the batch's 12.
        assertThat(s.demands().select(d -> d.type() == DemandType.SALES_ORDER)
                .sumOfInt(d -> d.quantity().intValue())).isEqualTo(12);
        // Four sub-assemblies under the machine.
        assertThat(s.masterData().bomCatalog().boms().detect(b -> b.item().value().equals("PNP-LUMEN")).lines()
                .count(l -> l.component().value().startsWith("SA-"))).isEqualTo(4);
    }

    @Test
    void weeklyBuild_forecastIsTheSimpleAverageOfNinetyDaysOfSales() {
        Scenario s = ReferenceScenarios.weeklyBuild();
        JsonNode history = extension(s, "").get("salesHistory");
        assertThat(history.get("days").asInt()).isEqualTo(90);
        LocalDate from = LocalDate.parse(history.get("from").asText());
        LocalDate to = LocalDate.parse(history.get("to").asText());
        assertThat(from.plusDays(89)).isEqualTo(to);
        assertThat(to.plusDays(1)).isEqualTo(s.planning().start());
        int total = 0;
        for (JsonNode o : history.get("orders")) {
            LocalDate d = LocalDate.parse(o.get("date").asText());
            assertThat(d).isBetween(from, to);
            total += o.get("quantity").asInt();
        }
        assertThat(total).isEqualTo(180);
        // 180 machines / 90 days x 7 days = 14 a week, for each of the 3 weeks after this one.
        assertThat(s.demands().select(d -> d.type() == DemandType.FORECAST)).hasSize(3)
                .allSatisfy(d -> assertThat(d.quantity()).isEqualByComparingTo("14"));
        assertThat(s.demands().select(d -> d.type() == DemandType.FORECAST).collect(Demand::due).toSortedList())
                .containsExactly(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
    }

    @Test
    void weeklyBuild_batchExplodes() {
        Scenario s = ReferenceScenarios.weeklyBuild();
        assertThat(requirement(s, "PNP-LUMEN", 12, "STEPPER-NEMA17").quantity()).isEqualByComparingTo("36");
        assertThat(requirement(s, "PNP-LUMEN", 12, "EXT-2020-500").quantity()).isEqualByComparingTo("96");
        // Toolhead camera + bottom camera on the electronics: 2 per machine.
        assertThat(requirement(s, "PNP-LUMEN", 12, "CAMERA-USB").quantity()).isEqualByComparingTo("24");
        // 12 x 2.5 M x 1.05 scrap = 31.5 M of belt.
        Requirement belt = requirement(s, "PNP-LUMEN", 12, "BELT-GT2");
        assertThat(belt.quantity()).isEqualByComparingTo("31.5");
        assertThat(belt.uom().code()).isEqualTo("M");
    }

    @Test
    void weeklyBuild_machineCost_handComputed() {
        CostReport r = cost(ReferenceScenarios.weeklyBuild(), "PNP-LUMEN");
        assertThat(r.lotSize()).isEqualByComparingTo("12");
        // Frame 8 x 3.20 + 24.00 + 64 x 0.04 = 52.16; gantry 2 x 6.50 + 3 x 11.50 + 2.5 x 1.05 x 1.60 + 3 x 14.00
        // = 93.70; head 2 x 2.10 + 2 x 13.00 + 18.00 + 2 x 16.00 = 80.20; electronics 85 + 32 + 18 + 12 = 147;
        // crate 9.00: 382.06.
        assertThat(rounded(r, CostElement.MATERIAL)).isEqualByComparingTo("382.06");
        // Build 120 min x 30/h = 60, QC 60 min x 30/h = 30, packout 20 min x 25/h = 8.333333.
        assertThat(rounded(r, CostElement.LABOR)).isEqualByComparingTo("98.333333");
        assertThat(r.unitCost().amount().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("480.393333");
    }

    private static JsonNode extension(Scenario s, String owner) {
        try {
            return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature
                    .USE_BIG_DECIMAL_FOR_FLOATS).readTree(s.extensions().get(owner));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
