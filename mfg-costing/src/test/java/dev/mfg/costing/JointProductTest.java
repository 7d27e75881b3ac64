package dev.mfg.costing;

import static dev.mfg.costing.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.CoProduct;
import dev.mfg.core.bom.OutputKind;
import dev.mfg.core.item.Item;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: one press cycle yields grades A (main), B and C (co-products) and regrind (by-product). Joint cost per
 * grade-A dish: 0.15 KG powder at 95/KG = 14.25; regrind 0.01 KG credited at 20/KG = 0.20; net 14.05.
 */
class JointProductTest {

    static CoProduct co(String item, String qty, Uom uom, String share) {
        CoProduct.Builder b = CoProduct.builder();
        b.item(id(item)).quantity(d(qty)).uom(uom).costSharePercent(Optional.ofNullable(share).map(BigDecimal::new));
        return b.build();
    }

    static MasterData grades(String shareB, Item regrind) {
        CoProduct b = co("DISH-B", "0.08", Uom.EA, shareB);
        CoProduct c = co("DISH-C", "0.02", Uom.EA, "1");
        CoProduct rg = CoProduct.builder().item(id("REGRIND")).quantity(d("0.01")).uom(Uom.KG)
                .kind(OutputKind.BY_PRODUCT).build();
        return MasterData.builder()
                .items(Lists.immutable.of(make("DISH-A", Uom.EA), make("DISH-B", Uom.EA), make("DISH-C", Uom.EA),
                        buy("POWDER", Uom.KG, "95", Uom.KG), regrind, make("SET", Uom.EA)))
                .boms(Lists.immutable.of(Bom.builder().item(id("DISH-A"))
                                .lines(Lists.immutable.of(line(10, "POWDER", "0.15", Uom.KG)))
                                .coProducts(Lists.immutable.of(b, c, rg)).build(),
                        Bom.builder().item(id("SET")).lines(Lists.immutable.of(line(10, "DISH-B", "2", Uom.EA))).build()))
                .build();
    }

    static MasterData grades() {
        return grades("5", buy("REGRIND", Uom.KG, "20", Uom.KG));
    }

    static BigDecimal q(String a, String b) {
        return d(a).divide(d(b), MathContext.DECIMAL128);
    }

    @Test
    void rollUp_declaredShares_mainGets94Percent() {
        CostReport r = CostRollup.create().rollUp(grades(), id("DISH-A"), opts().build());
        JointAllocation a = r.jointAllocation().orElseThrow();
        assertThat(a.method()).isEqualTo(AllocationMethod.COST_SHARES);
        assertThat(a.jointCost().amount()).isEqualByComparingTo("14.25");
        assertThat(a.byProductCredit().amount()).isEqualByComparingTo("0.20");
        assertThat(a.netJointCost().amount()).isEqualByComparingTo("14.05");
        // main: 14.05 x 94 % = 13.207; B: 14.05 x 5 % = 0.7025 per A, / 0.08 = 8.78125 per B;
        // C: 14.05 x 1 % = 0.1405 per A, / 0.02 = 7.025 per C.
        assertThat(a.main().sharePercent()).isEqualByComparingTo("94");
        assertThat(r.unitCost().amount()).isEqualByComparingTo("13.207");
        assertThat(a.outputs().get(1).unitCost().amount()).isEqualByComparingTo("8.78125");
        assertThat(a.outputs().get(1).cost().amount()).isEqualByComparingTo("0.7025");
        assertThat(a.outputs().get(2).unitCost().amount()).isEqualByComparingTo("7.025");
        assertThat(a.outputs().get(3).role()).isEqualTo(OutputRole.BY_PRODUCT);
        assertThat(a.outputs().get(3).cost().amount()).isEqualByComparingTo("0.20");
        assertThat(r.jointUnitCost().amount()).isEqualByComparingTo("14.25");
        assertThat(r.isComplete()).isTrue();
    }

    @Test
    void rollUp_allocationConservesTheJointCost() {
        JointAllocation a = CostRollup.create().rollUp(grades(), id("DISH-A"), opts().build()).jointAllocation()
                .orElseThrow();
        BigDecimal sum = a.outputs().injectInto(BigDecimal.ZERO, (s, o) -> s.add(o.cost().amount()));
        assertThat(sum).isEqualByComparingTo(a.jointCost().amount()); // 13.207 + 0.7025 + 0.1405 + 0.20 = 14.25
    }

    @Test
    void rollUp_salesValuesForAllOutputs_relativeSalesValue() {
        CostingOptions o = opts().salesValues(Maps.immutable.of(id("DISH-A"), d("30"), id("DISH-B"), d("20"),
                id("DISH-C"), d("10"))).build();
        JointAllocation a = CostRollup.create().rollUp(grades(), id("DISH-A"), o).jointAllocation().orElseThrow();
        // Weights A 1 x 30 = 30, B 0.08 x 20 = 1.6, C 0.02 x 10 = 0.2; total 31.8; net 14.05.
        assertThat(a.method()).isEqualTo(AllocationMethod.SALES_VALUE);
        assertThat(a.main().cost().amount()).isCloseTo(q("421.5", "31.8"), within(d("1e-18")));
        assertThat(a.outputs().get(1).unitCost().amount()).isCloseTo(q("22.48", "2.544"), within(d("1e-18")));
        assertThat(a.outputs().get(2).cost().amount()).isCloseTo(q("2.81", "31.8"), within(d("1e-18")));
        assertThat(a.main().sharePercent()).isCloseTo(q("3000", "31.8"), within(d("1e-18")));
    }

    @Test
    void rollUp_salesValueOfByProduct_creditedAtSalesValue() {
        CostingOptions o = opts().salesValues(Maps.immutable.of(id("REGRIND"), d("25"))).build();
        JointAllocation a = CostRollup.create().rollUp(grades(), id("DISH-A"), o).jointAllocation().orElseThrow();
        // 0.01 KG x 25 = 0.25 credit; still COST_SHARES as not every co-product has a sales value.
        assertThat(a.byProductCredit().amount()).isEqualByComparingTo("0.25");
        assertThat(a.method()).isEqualTo(AllocationMethod.COST_SHARES);
        assertThat(a.main().cost().amount()).isEqualByComparingTo("13.16"); // 14.00 x 0.94
    }

    @Test
    void rollUp_parentUsingACoProduct_usesItsAllocatedCost() {
        CostReport r = CostRollup.create().rollUp(grades(), id("SET"), opts().build());
        // 2 x 8.78125 = 17.5625.
        assertThat(r.unitCost().amount()).isEqualByComparingTo("17.5625");
        assertThat(r.componentCosts()).extracting(ComponentCost::item).contains(id("DISH-A"), id("DISH-B"));
    }

    @Test
    void rollUp_coProductWithoutShareOrSalesValue_isAGap() {
        CostReport r = CostRollup.create().rollUp(grades(null, buy("REGRIND", Uom.KG, "20", Uom.KG)), id("DISH-A"),
                opts().build());
        assertThat(r.gaps()).extracting(CostGap::item, CostGap::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id("DISH-B"), GapReason.MISSING_ALLOCATION_BASIS));
        // main keeps 100 - 1 = 99 %.
        assertThat(r.jointAllocation().orElseThrow().main().sharePercent()).isEqualByComparingTo("99");
    }

    @Test
    void rollUp_byProductWithoutAnyValue_isAGapAndNoCredit() {
        CostReport r = CostRollup.create().rollUp(grades("5", buyNoCost("REGRIND", Uom.KG)), id("DISH-A"), opts().build());
        assertThat(r.gaps()).extracting(CostGap::reason).containsExactly(GapReason.MISSING_ALLOCATION_BASIS);
        assertThat(r.jointAllocation().orElseThrow().byProductCredit().isZero()).isTrue();
    }

    @Test
    void rollUp_allSalesValuesZero_gapAndMainKeepsAll() {
        CostingOptions o = opts().salesValues(Maps.immutable.of(id("DISH-A"), d("0"), id("DISH-B"), d("0"),
                id("DISH-C"), d("0"))).build();
        CostReport r = CostRollup.create().rollUp(grades(), id("DISH-A"), o);
        assertThat(r.unitCost().amount()).isEqualByComparingTo("14.05");
        assertThat(r.isComplete()).isFalse();
    }

    @Test
    void rollUp_coProductAsTheTopItem_isItsAllocatedUnitCost() {
        // Costing DISH-B itself costs its producer DISH-A first: 8.78125 per grade-B dish.
        CostReport r = CostRollup.create().rollUp(grades(), id("DISH-B"), opts().build());
        assertThat(r.unitCost().amount()).isEqualByComparingTo("8.78125");
        assertThat(r.componentCosts()).extracting(ComponentCost::item).contains(id("DISH-A"));
    }
}
