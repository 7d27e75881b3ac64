package dev.mfg.core.manufacturing;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
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

/** Seed 003's FG-WIDGET-001 as test master data: five operations, materials at OP-10, OP-40 and OP-50. */
public final class WidgetFixture {
    private WidgetFixture() {}

    public static final ItemId WIDGET = ItemId.of("FG-WIDGET-001");
    public static final ItemId PLA = ItemId.of("MAT-PLA-BLK");
    public static final ItemId LABEL = ItemId.of("PKG-LBL-001");
    public static final ItemId BOX = ItemId.of("PKG-BOX-6X6");
    public static final ItemId SHIP_LABEL = ItemId.of("PKG-LBL-SHIP");
    public static final ItemId GLUE = ItemId.of("GLUE");
    public static final LocalDate DAY = LocalDate.of(2024, 1, 15);

    public static Item buy(ItemId id, Uom uom) {
        return Item.builder().id(id).uom(uom).procurement(Procurement.BUY).build();
    }

    public static WorkCenter wc(String id) {
        return WorkCenter.builder().id(WorkCenterId.of(id)).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(new BigDecimal("20")).build();
    }

    public static BomLine mat(int no, ItemId c, String qty, Uom uom, String scrap) {
        return BomLine.builder().lineNo(no).component(c).quantity(new BigDecimal(qty)).uom(uom)
                .scrapPercent(new BigDecimal(scrap)).build();
    }

    public static Operation op(int no, String wc, String setup, String run, BomLine... materials) {
        return Operation.builder().no(no).workCenter(WorkCenterId.of(wc)).setupMinutes(new BigDecimal(setup))
                .runMinutesPerUnit(new BigDecimal(run)).materials(Lists.immutable.of(materials)).build();
    }

    public static Routing widgetRouting() {
        return Routing.builder().item(WIDGET).operations(Lists.immutable.of(
                op(10, "FDM-POOL", "7", "325", mat(1, PLA, "37", Uom.G, "5")),
                op(20, "POST-PRINT", "0", "5"),
                op(30, "QC", "0", "3"),
                op(40, "ASSEMBLY", "0", "2", mat(1, LABEL, "1", Uom.EA, "0")),
                op(50, "SHIP", "0", "2", mat(1, BOX, "1", Uom.EA, "0"), mat(2, SHIP_LABEL, "1", Uom.EA, "0"))))
                .build();
    }

    public static MasterData widget(ImmutableList<Bom> boms) {
        return MasterData.builder()
                .items(Lists.immutable.of(Item.builder().id(WIDGET).uom(Uom.EA).procurement(Procurement.MAKE).build(),
                        buy(PLA, Uom.KG), buy(LABEL, Uom.EA), buy(BOX, Uom.EA), buy(SHIP_LABEL, Uom.EA),
                        buy(GLUE, Uom.G)))
                .workCenters(Lists.immutable.of(wc("FDM-POOL"), wc("POST-PRINT"), wc("QC"), wc("ASSEMBLY"), wc("SHIP")))
                .routings(Lists.immutable.of(widgetRouting()))
                .boms(boms)
                .build();
    }

}
