package dev.mfg.core.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class MasterDataResourcesTest {

    private static Item item(String id) {
        return Item.builder().id(ItemId.of(id)).uom(Uom.EA).procurement(Procurement.MAKE).build();
    }

    private static WorkCenter wc(String id, String calendar) {
        WorkCenter.Builder b = WorkCenter.builder().id(WorkCenterId.of(id)).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(new BigDecimal("8"));
        if (calendar != null) {
            b.calendar(CalendarId.of(calendar));
        }
        return b.build();
    }

    private static Tool tool(String id, String product) {
        return Tool.builder().id(ToolId.of(id)).lifeCycles(1000).products(Lists.immutable.of(ItemId.of(product)))
                .build();
    }

    @Test
    void build_validResources_resolvable() {
        WorkCalendar cal = WorkCalendar.of(CalendarId.of("3-SHIFT"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                new BigDecimal("24"), java.util.Set.of());
        MasterData d = MasterData.builder().items(Lists.immutable.of(item("CUP")))
                .calendars(Lists.immutable.of(cal))
                .workCenters(Lists.immutable.of(wc("WC-PRESS", "3-SHIFT")))
                .tools(Lists.immutable.of(tool("MOLD-CUP", "CUP")))
                .routings(Lists.immutable.of(Routing.builder().item(ItemId.of("CUP")).operations(Lists.immutable.of(
                        Operation.builder().no(10).workCenter(WorkCenterId.of("WC-PRESS")).tool(ToolId.of("MOLD-CUP"))
                                .cycleSeconds(new BigDecimal("60")).build())).build()))
                .build();
        assertThat(d.workCenter(WorkCenterId.of("WC-PRESS"))).isPresent();
        assertThat(d.tool(ToolId.of("MOLD-CUP"))).isPresent();
        assertThat(d.calendar(CalendarId.of("3-SHIFT"))).isPresent();
        assertThat(d.routingCatalog().routingsOf(ItemId.of("CUP"))).hasSize(1);
        assertThat(d.scheduler()).isNotNull();
    }

    @Test
    void build_unknownResourceReferences_allReported() {
        Routing r = Routing.builder().item(ItemId.of("GHOST")).operations(Lists.immutable.of(
                Operation.builder().no(10).workCenter(WorkCenterId.of("NOWC")).tool(ToolId.of("NOTOOL")).build(),
                Operation.builder().no(20).workCenter(WorkCenterId.of("WC")).materials(Lists.immutable.of(
                        BomLine.builder().lineNo(1).component(ItemId.of("NOMAT")).quantity(BigDecimal.ONE).uom(Uom.EA)
                                .build())).build())).build();
        assertThatThrownBy(() -> MasterData.builder().items(Lists.immutable.of(item("A")))
                .workCenters(Lists.immutable.of(wc("WC", "NOCAL"), wc("WC", null)))
                .tools(Lists.immutable.of(tool("T", "NOPRODUCT")))
                .routings(Lists.immutable.of(r))
                .build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::rule, Problem::path)
                        .contains(
                                tuple("REFERENCE_UNKNOWN", "workCenter[WC].calendar"),
                                tuple("ID_DUPLICATE", "workCenters[1].id"),
                                tuple("REFERENCE_UNKNOWN", "tool[T].products[0]"),
                                tuple("REFERENCE_UNKNOWN", "routing[GHOST@1].item"),
                                tuple("REFERENCE_UNKNOWN", "routing[GHOST@1].operations[10].workCenter"),
                                tuple("REFERENCE_UNKNOWN", "routing[GHOST@1].operations[10].tool"),
                                tuple("REFERENCE_UNKNOWN", "routing[GHOST@1].operations[20].materials[1].component")));
    }

    @Test
    void build_bomLineNamingMissingOperation_rejected() {
        Routing r = Routing.builder().item(ItemId.of("A")).operations(Lists.immutable.of(
                Operation.builder().no(10).workCenter(WorkCenterId.of("WC")).build())).build();
        Bom b = Bom.builder().item(ItemId.of("A")).lines(Lists.immutable.of(BomLine.builder().lineNo(1)
                .component(ItemId.of("B")).quantity(BigDecimal.ONE).uom(Uom.EA).operation(90).build())).build();
        assertThatThrownBy(() -> MasterData.builder().items(Lists.immutable.of(item("A"), item("B")))
                .workCenters(Lists.immutable.of(wc("WC", null))).routings(Lists.immutable.of(r))
                .boms(Lists.immutable.of(b)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("OPERATION_UNKNOWN");
                    assertThat(e.path()).isEqualTo("bom[A@1].line[1].operation");
                });
    }

    @Test
    void build_duplicateToolAndCalendar_rejected() {
        WorkCalendar cal = WorkCalendar.standard(8);
        assertThatThrownBy(() -> MasterData.builder().items(Lists.immutable.of(item("P")))
                .calendars(Lists.immutable.of(cal, cal)).tools(Lists.immutable.of(tool("T", "P"), tool("T", "P")))
                .build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("calendars[1].id", "tools[1].id"));
    }
}
