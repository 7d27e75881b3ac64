package dev.mfg.costing;

import dev.mfg.core.bom.BomLine;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;

/** Small builders shared by the costing tests. */
final class Fx {
    static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    private Fx() {}

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static ItemId id(String s) {
        return ItemId.of(s);
    }

    static Item make(String id, Uom uom) {
        return Item.builder().id(ItemId.of(id)).uom(uom).procurement(Procurement.MAKE).build();
    }

    static Item buy(String id, Uom uom, String cost, String currency, Uom per) {
        return Item.builder().id(ItemId.of(id)).uom(uom).procurement(Procurement.BUY)
                .standardCost(UnitPrice.of(Money.of(cost, currency), per)).build();
    }

    static Item buy(String id, Uom uom, String cost, Uom per) {
        return buy(id, uom, cost, "EGP", per);
    }

    static Item buyNoCost(String id, Uom uom) {
        return Item.builder().id(ItemId.of(id)).uom(uom).procurement(Procurement.BUY).build();
    }

    static BomLine line(int no, String component, String qty, Uom uom) {
        return BomLine.builder().lineNo(no).component(ItemId.of(component)).quantity(d(qty)).uom(uom).build();
    }

    static BomLine line(int no, String component, String qty, Uom uom, String scrap) {
        return BomLine.builder().lineNo(no).component(ItemId.of(component)).quantity(d(qty)).uom(uom)
                .scrapPercent(d(scrap)).build();
    }

    static WorkCenter.Builder wc(String id) {
        WorkCenter.Builder b = WorkCenter.builder();
        b.id(WorkCenterId.of(id)).category(WorkCenterCategory.MACHINE).dailyCapacity(d("24"));
        return b;
    }

    static Operation.Builder op(int no, String wc) {
        Operation.Builder b = Operation.builder();
        b.no(no).workCenter(WorkCenterId.of(wc));
        return b;
    }

    static Operation runOp(int no, String wc, String setup, String run, BomLine... materials) {
        return op(no, wc).setupMinutes(d(setup)).runMinutesPerUnit(d(run)).materials(Lists.immutable.of(materials))
                .build();
    }

    static CostingOptions.Builder opts() {
        CostingOptions.Builder b = CostingOptions.builder();
        b.currency("EGP").date(DAY);
        return b;
    }

    static CostingOptions opts(String lot) {
        return opts().lotSize(d(lot)).build();
    }
}
