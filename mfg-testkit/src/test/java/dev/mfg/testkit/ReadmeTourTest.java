package dev.mfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.Explosion;
import dev.mfg.core.bom.ExplosionOptions;
import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.manufacturing.ManufacturingBom;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.memory.InMemoryRepositories;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.spi.RepositorySet;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.costing.CostReport;
import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.MrpPlanner;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PeggedDemand;
import dev.mfg.mrp.PlannedOrder;
import dev.mfg.mrp.PlanningSnapshot;
import org.eclipse.collections.api.factory.Lists;
import dev.mfg.costing.CostRollup;
import dev.mfg.costing.CostingOptions;
import dev.mfg.testkit.reference.ReferenceScenarios;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's five-minute tour, compiled and asserted, so the README cannot drift from the API. */
class ReadmeTourTest {

    @Test
    void tour() {
        // --- README: Items and exact units ---
        Item powder = Item.builder().id(ItemId.of("POWDER")).name("Melamine powder").uom(Uom.KG)
                .procurement(Procurement.BUY).leadTimeDays(14).safetyStock(new BigDecimal("50"))
                .standardCost(UnitPrice.of(Money.of("95.00", "EGP"), Uom.KG))
                .build();
        Money cost = UnitPrice.of(Money.of("14.99", "EGP"), Uom.KG).costOf(Quantity.of(3856, Uom.G));
        assertThat(cost.amount()).isEqualByComparingTo("57.80144");
        assertThat(cost.rounded().amount()).isEqualByComparingTo("57.80");

        // --- README: a BOM line and its quantity for an order ---
        BomLine pla = BomLine.builder().lineNo(10).component(ItemId.of("MAT-PLA-BLK"))
                .quantity(new BigDecimal("37")).uom(Uom.G).scrapPercent(new BigDecimal("5")).operation(10).build();
        assertThat(pla.quantityFor(BigDecimal.TEN, BigDecimal.ONE)).isEqualByComparingTo("388.5");

        // --- README: validated master data, explosion, manufacturing BOM, cost ---
        MasterData melamine = ReferenceScenarios.melamine().masterData();
        Explosion tenSets = BomExplosion.create().explode(melamine.bomCatalog(), ItemId.of("SET-50"),
                BigDecimal.TEN, LocalDate.of(2026, 1, 5),
                ExplosionOptions.builder().itemMaster(melamine.items()).build());
        assertThat(tenSets.requirement(ItemId.of("POWDER")).orElseThrow().quantity()).isEqualByComparingTo("12.33");

        MasterData widget = ReferenceScenarios.widget().masterData();
        ManufacturingBom mbom = ManufacturingBom.of(widget, ItemId.of("FG-WIDGET-001"), LocalDate.of(2024, 1, 15),
                BigDecimal.TEN).orElseThrow();
        assertThat(mbom.operation(10).orElseThrow().materials().getFirst().quantity()).isEqualByComparingTo("388.5");
        assertThat(mbom.operation(50).orElseThrow().materials()).hasSize(2);

        CostReport report = CostRollup.create().rollUp(widget, ItemId.of("FG-WIDGET-001"),
                CostingOptions.builder().currency("USD").date(LocalDate.of(2024, 1, 15)).build());
        assertThat(report.unitCost().amount().signum()).isPositive();
        assertThat(report.operations()).hasSize(5);

        // --- README: MRP ---
        PlanningSnapshot snapshot = PlanningSnapshot.builder().masterData(melamine)
                .onHand(Lists.immutable.of(StockBalance.of(ItemId.of("POWDER"), new BigDecimal("120"))))
                .demands(Lists.immutable.of(Demand.salesOrder("SO-1001", ItemId.of("SET-50"), new BigDecimal("40"),
                        LocalDate.of(2026, 2, 2))))
                .build();
        MrpPlanner planner = MrpPlanner.create(MrpOptions.builder().start(LocalDate.of(2026, 1, 5)).buckets(12)
                .build());
        MrpResult plan = planner.plan(snapshot);
        PlannedOrder sets = plan.plannedOrders().detect(o -> o.item().equals(ItemId.of("SET-50")));
        assertThat(sets.quantity()).isEqualByComparingTo("40");
        assertThat(sets.pegging()).extracting(PeggedDemand::demand).containsExactly("SO-1001");

        // --- README: net change ---
        PlanningSnapshot more = PlanningSnapshot.builder().from(snapshot)
                .demands(Lists.immutable.of(Demand.salesOrder("SO-1001", ItemId.of("SET-50"), new BigDecimal("60"),
                        LocalDate.of(2026, 2, 2))))
                .build();
        MrpResult again = planner.replan(snapshot, plan, more);
        MrpResult full = planner.plan(more); // equal but for the elapsed time in the summary
        assertThat(again.plannedOrders()).isEqualTo(full.plannedOrders());
        assertThat(again.items()).isEqualTo(full.items());
        assertThat(again.messages()).isEqualTo(full.messages());
        assertThat(again.plannedOrders().detect(o -> o.item().equals(ItemId.of("SET-50"))).quantity())
                .isEqualByComparingTo("60");

        // --- README: work centers ---
        WorkCenter press = WorkCenter.builder().id(WorkCenterId.of("WC-PRESS")).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(new BigDecimal("24")).multiplier(new BigDecimal("2"))
                .efficiencyPercent(new BigDecimal("85")).build();
        assertThat(press.effectiveCapacity()).isEqualByComparingTo("40.8");

        // --- README: storage ---
        RepositorySet store = InMemoryRepositories.create();
        long v = store.items().save(powder, 0);
        assertThat(v).isEqualTo(1);
        assertThatThrownBy(() -> store.items().save(powder, 0)).isInstanceOf(ConcurrencyConflictException.class);

        // --- README: bad input ---
        assertThatThrownBy(() -> BomLine.builder().lineNo(10).component(ItemId.of("X")).quantity(BigDecimal.ONE)
                .uom(Uom.EA).scrapPercent(new BigDecimal("100")).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("SCRAP_OUT_OF_RANGE"));
    }
}
