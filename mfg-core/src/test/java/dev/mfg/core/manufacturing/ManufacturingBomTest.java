package dev.mfg.core.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/** Seed 003's FG-WIDGET-001: five operations, materials at OP-10, OP-40 and OP-50. */
class ManufacturingBomTest {
    private static final ItemId WIDGET = WidgetFixture.WIDGET;
    private static final ItemId PLA = WidgetFixture.PLA;
    private static final ItemId LABEL = WidgetFixture.LABEL;
    private static final ItemId BOX = WidgetFixture.BOX;
    private static final ItemId SHIP_LABEL = WidgetFixture.SHIP_LABEL;
    private static final ItemId GLUE = WidgetFixture.GLUE;
    private static final LocalDate DAY = WidgetFixture.DAY;

    @Test
    void of_widgetTenUnits_materialsPerOperation() {
        ManufacturingBom m = ManufacturingBom.of(WidgetFixture.widget(Lists.immutable.empty()), WIDGET, DAY, BigDecimal.TEN)
                .orElseThrow();
        // Seed 003 §4.5: 37 g x 10 x 1.05 = 388.5 g of PLA at OP-10.
        MaterialRequirement pla = m.operation(10).orElseThrow().materials().getOnly();
        assertThat(pla.component()).isEqualTo(PLA);
        assertThat(pla.quantity()).isEqualByComparingTo("388.5");
        assertThat(pla.uom()).isEqualTo(Uom.G);
        assertThat(pla.source()).isEqualTo(MaterialSource.OPERATION);
        assertThat(m.operation(20).orElseThrow().materials()).isEmpty();
        assertThat(m.operation(30).orElseThrow().materials()).isEmpty();
        assertThat(m.operation(40).orElseThrow().materials()).extracting(MaterialRequirement::component,
                r -> r.quantity().intValueExact()).containsExactly(org.assertj.core.groups.Tuple.tuple(LABEL, 10));
        assertThat(m.operation(50).orElseThrow().materials()).extracting(MaterialRequirement::component)
                .containsExactly(BOX, SHIP_LABEL);
        assertThat(m.materials()).hasSize(4);
    }

    @Test
    void summary_widget_matchesSeed003() {
        // Seed 003 §6.2: operation_count 5, total_setup_minutes 7, total_run_minutes_per_unit 337 (325+5+3+2+2).
        ManufacturingBom m = ManufacturingBom.of(WidgetFixture.widget(Lists.immutable.empty()), WIDGET, DAY, BigDecimal.ONE)
                .orElseThrow();
        assertThat(m.operationCount()).isEqualTo(5);
        assertThat(m.totalSetupMinutes()).isEqualByComparingTo("7");
        assertThat(m.totalRunMinutesPerUnit()).isEqualByComparingTo("337");
        assertThat(m.routing().id().toString()).isEqualTo("FG-WIDGET-001@1");
        assertThat(m.toString()).contains("5 operations");
    }

    @Test
    void precedence_operationMaterialSupersedesBomLineOfSameComponent() {
        // The plain BOM also lists PLA (40 g) at operation 10: the operation material (37 g) wins, no double count.
        Bom plain = Bom.builder().item(WIDGET).lines(Lists.immutable.of(
                BomLine.builder().lineNo(10).component(PLA).quantity(new BigDecimal("40")).uom(Uom.G).operation(10)
                        .build())).build();
        ManufacturingBom m = ManufacturingBom.of(WidgetFixture.widget(Lists.immutable.of(plain)), WIDGET, DAY, BigDecimal.TEN)
                .orElseThrow();
        assertThat(m.operation(10).orElseThrow().materials()).extracting(MaterialRequirement::source)
                .containsExactly(MaterialSource.OPERATION);
        assertThat(m.superseded()).extracting(BomLine::component).containsExactly(PLA);
        assertThat(m.materials().select(r -> r.component().equals(PLA))).hasSize(1);
    }

    @Test
    void precedence_bomLineWithOperation_goesThere_withoutOperation_goesToFirst() {
        Bom plain = Bom.builder().item(WIDGET).lines(Lists.immutable.of(
                BomLine.builder().lineNo(10).component(GLUE).quantity(new BigDecimal("2")).uom(Uom.G).operation(40)
                        .build(),
                BomLine.builder().lineNo(20).component(GLUE).quantity(new BigDecimal("1")).uom(Uom.G)
                        .per(QuantityBasis.BATCH).build())).build();
        ManufacturingBom m = ManufacturingBom.of(WidgetFixture.widget(Lists.immutable.of(plain)), WIDGET, DAY, BigDecimal.TEN)
                .orElseThrow();
        // Line 10: 2 g x 10 = 20 g at OP-40, after the operation's own label.
        assertThat(m.operation(40).orElseThrow().materials()).extracting(MaterialRequirement::component)
                .containsExactly(LABEL, GLUE);
        assertThat(m.operation(40).orElseThrow().materials().getLast().quantity()).isEqualByComparingTo("20");
        assertThat(m.operation(40).orElseThrow().materials().getLast().source()).isEqualTo(MaterialSource.BOM_LINE);
        // Line 20: no operation -> first operation; BATCH -> once per order: 1 g.
        MaterialRequirement batch = m.operation(10).orElseThrow().materials().getLast();
        assertThat(batch.component()).isEqualTo(GLUE);
        assertThat(batch.quantity()).isEqualByComparingTo("1");
    }

    @Test
    void of_noRouting_empty() {
        assertThat(ManufacturingBom.of(WidgetFixture.widget(Lists.immutable.empty()), PLA, DAY, BigDecimal.ONE)).isEmpty();
    }

    @Test
    void of_nonPositiveQuantity_rejected() {
        assertThatThrownBy(() -> ManufacturingBom.of(WidgetFixture.widget(Lists.immutable.empty()), WIDGET, DAY, BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("QTY_NOT_POSITIVE"));
    }

    @Test
    void operationMaterial_namingOtherOperation_rejected() {
        assertThatThrownBy(() -> Operation.builder().no(10).workCenter(WorkCenterId.of("QC"))
                .materials(Lists.immutable.of(BomLine.builder().lineNo(1).component(PLA).quantity(BigDecimal.ONE)
                        .uom(Uom.G).operation(20).build())).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("OPERATION_UNKNOWN"));
    }

    @Test
    void operationMaterial_duplicateLineNo_rejected() {
        assertThatThrownBy(() -> WidgetFixture.op(10, "QC", "0", "1", WidgetFixture.mat(1, PLA, "1", Uom.G, "0"), WidgetFixture.mat(1, BOX, "1", Uom.EA, "0")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("ID_DUPLICATE"));
    }
}
