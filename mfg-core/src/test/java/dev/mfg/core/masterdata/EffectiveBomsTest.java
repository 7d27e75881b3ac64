package dev.mfg.core.masterdata;

import static dev.mfg.core.manufacturing.WidgetFixture.BOX;
import static dev.mfg.core.manufacturing.WidgetFixture.DAY;
import static dev.mfg.core.manufacturing.WidgetFixture.GLUE;
import static dev.mfg.core.manufacturing.WidgetFixture.LABEL;
import static dev.mfg.core.manufacturing.WidgetFixture.PLA;
import static dev.mfg.core.manufacturing.WidgetFixture.SHIP_LABEL;
import static dev.mfg.core.manufacturing.WidgetFixture.WIDGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.Explosion;
import dev.mfg.core.bom.ExplosionOptions;
import dev.mfg.core.bom.LowLevelCodes;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.manufacturing.WidgetFixture;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** The effective structure: operation materials are part of explosion, low-level codes and cycle checks. */
class EffectiveBomsTest {

    @Test
    void widget_withOnlyOperationMaterials_explodesThroughThem() {
        MasterData d = WidgetFixture.widget(Lists.immutable.empty());
        Bom derived = d.bomCatalog().find(WIDGET, DAY).orElseThrow();
        assertThat(derived.version()).isEqualTo("routing-1");
        assertThat(derived.lines()).extracting(BomLine::lineNo, BomLine::component)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10001, PLA),
                        org.assertj.core.groups.Tuple.tuple(40001, LABEL),
                        org.assertj.core.groups.Tuple.tuple(50001, BOX),
                        org.assertj.core.groups.Tuple.tuple(50002, SHIP_LABEL));
        assertThat(derived.lines().getFirst().operation()).hasValue(10);
        // Stored BOMs are untouched.
        assertThat(d.storedBomCatalog().find(WIDGET, DAY)).isEmpty();
        // 10 widgets: 37 g x 10 x 1.05 = 388.5 g of PLA, counted in KG: 0.3885 KG.
        Explosion e = BomExplosion.create().explode(d.bomCatalog(), WIDGET, BigDecimal.TEN, DAY,
                ExplosionOptions.builder().itemMaster(d.items()).unitConverter(d.unitConverter()).build());
        assertThat(e.requirement(PLA).orElseThrow().quantity()).isEqualByComparingTo("0.3885");
        assertThat(e.requirement(PLA).orElseThrow().uom()).isEqualTo(Uom.KG);
        assertThat(e.requirement(BOX).orElseThrow().quantity()).isEqualByComparingTo("10");
        assertThat(LowLevelCodes.of(d.bomCatalog()).of(PLA)).isEqualTo(1);
    }

    @Test
    void merge_operationMaterialSupersedesBomLine_otherLinesStay() {
        Bom plain = Bom.builder().item(WIDGET).lines(Lists.immutable.of(
                BomLine.builder().lineNo(10).component(PLA).quantity(new BigDecimal("40")).uom(Uom.G).build(),
                BomLine.builder().lineNo(20).component(GLUE).quantity(new BigDecimal("2")).uom(Uom.G).build()))
                .build();
        MasterData d = WidgetFixture.widget(Lists.immutable.of(plain));
        Bom effective = d.bomCatalog().find(WIDGET, DAY).orElseThrow();
        assertThat(effective.version()).isEqualTo("1");
        assertThat(effective.lines()).extracting(BomLine::component).containsExactly(GLUE, PLA, LABEL, BOX,
                SHIP_LABEL);
        BomLine pla = effective.lines().detect(l -> l.component().equals(PLA));
        assertThat(pla.quantity()).isEqualByComparingTo("37");
        assertThat(d.storedBomCatalog().find(WIDGET, DAY).orElseThrow().lines()).hasSize(2);
    }

    @Test
    void merge_unitOperationMaterialScaledByBaseQuantity() {
        // The BOM is defined per 10 units; an operation material of 2 EA per unit becomes 20 EA per 10.
        ItemId a = ItemId.of("A");
        ItemId b = ItemId.of("B");
        ItemId c = ItemId.of("C");
        Bom bom = Bom.builder().item(a).baseQuantity(BigDecimal.TEN).lines(Lists.immutable.of(
                BomLine.builder().lineNo(1).component(c).quantity(BigDecimal.ONE).uom(Uom.EA).build())).build();
        Routing r = Routing.builder().item(a).operations(Lists.immutable.of(Operation.builder().no(10)
                .workCenter(WorkCenterId.of("WC")).materials(Lists.immutable.of(BomLine.builder().lineNo(1)
                        .component(b).quantity(new BigDecimal("2")).uom(Uom.EA).build())).build())).build();
        MasterData d = MasterData.builder().items(Lists.immutable.of(item(a, Procurement.MAKE), item(b, Procurement.BUY),
                        item(c, Procurement.BUY)))
                .workCenters(Lists.immutable.of(WorkCenter.builder().id(WorkCenterId.of("WC"))
                        .category(WorkCenterCategory.LABOR).dailyCapacity(BigDecimal.ONE).build()))
                .boms(Lists.immutable.of(bom)).routings(Lists.immutable.of(r)).build();
        Explosion e = BomExplosion.create().explode(d.bomCatalog(), a, BigDecimal.TEN, DAY);
        assertThat(e.requirement(b).orElseThrow().quantity()).isEqualByComparingTo("20");
        assertThat(e.requirement(c).orElseThrow().quantity()).isEqualByComparingTo("1");
    }

    @Test
    void cycleThroughOperationMaterial_rejectedWithPath() {
        // A's routing consumes B at operation 10; B's BOM consumes A: a cycle no stored BOM shows alone.
        ItemId a = ItemId.of("A");
        ItemId b = ItemId.of("B");
        Routing r = Routing.builder().item(a).operations(Lists.immutable.of(Operation.builder().no(10)
                .workCenter(WorkCenterId.of("WC")).materials(Lists.immutable.of(BomLine.builder().lineNo(1)
                        .component(b).quantity(BigDecimal.ONE).uom(Uom.EA).build())).build())).build();
        Bom bBom = Bom.builder().item(b).lines(Lists.immutable.of(BomLine.builder().lineNo(1).component(a)
                .quantity(BigDecimal.ONE).uom(Uom.EA).build())).build();
        assertThatThrownBy(() -> MasterData.builder()
                .items(Lists.immutable.of(item(a, Procurement.MAKE), item(b, Procurement.MAKE)))
                .workCenters(Lists.immutable.of(WorkCenter.builder().id(WorkCenterId.of("WC"))
                        .category(WorkCenterCategory.LABOR).dailyCapacity(BigDecimal.ONE).build()))
                .boms(Lists.immutable.of(bBom)).routings(Lists.immutable.of(r)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("BOM_CYCLE");
                    assertThat(e.value()).matches("(A -> B -> A)|(B -> A -> B)");
                });
    }

    private static Item item(ItemId id, Procurement p) {
        return Item.builder().id(id).uom(Uom.EA).procurement(p).build();
    }
}
