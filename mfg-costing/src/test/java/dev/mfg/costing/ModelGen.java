package dev.mfg.costing;

import static dev.mfg.costing.Fx.d;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.collections.api.factory.Lists;

/**
 * Random valid acyclic models as plain mutable specs (so a property can change one number and rebuild), built from
 * a seed: item i only uses items with a larger index, so the graph is acyclic by construction. Every line is a
 * UNIT line of the plain BOM (no operation materials), so the BOM explosion sees every edge the rollup costs.
 */
final class ModelGen {
    static final class WcSpec {
        BigDecimal efficiency;
        BigDecimal labor;
        BigDecimal machine;
        BigDecimal setupRate;
        BigDecimal overhead;
        BigDecimal pieceRate;
        boolean pieceCalc;
    }

    static final class ToolSpec {
        int cavities;
        BigDecimal purchase;
        long life;
    }

    static final class LineSpec {
        int component;
        BigDecimal quantity;
        Uom uom;
        BigDecimal scrap;
    }

    static final class OpSpec {
        int wc;
        BigDecimal setup;
        BigDecimal run; // minutes per unit, or cycle seconds when tool >= 0
        int tool = -1;
    }

    static final class ItemSpec {
        boolean make;
        Uom uom;
        BigDecimal price;
        Uom per;
        BigDecimal base = BigDecimal.ONE;
        final List<LineSpec> lines = new ArrayList<>();
        final List<OpSpec> ops = new ArrayList<>();
    }

    static final class Spec {
        final List<ItemSpec> items = new ArrayList<>();
        final List<WcSpec> wcs = new ArrayList<>();
        final List<ToolSpec> tools = new ArrayList<>();

        static ItemId id(int i) {
            return ItemId.of("I" + i);
        }

        MasterData build() {
            List<Item> is = new ArrayList<>();
            List<Bom> boms = new ArrayList<>();
            List<Routing> routings = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ItemSpec s = items.get(i);
                Item.Builder b = Item.builder();
                b.id(id(i)).uom(s.uom).procurement(s.make ? Procurement.MAKE : Procurement.BUY);
                if (!s.make) {
                    b.standardCost(UnitPrice.of(Money.of(s.price, "EGP"), s.per));
                }
                is.add(b.build());
                if (s.make) {
                    List<BomLine> lines = new ArrayList<>();
                    for (int k = 0; k < s.lines.size(); k++) {
                        LineSpec l = s.lines.get(k);
                        lines.add(BomLine.builder().lineNo(k + 1).component(id(l.component)).quantity(l.quantity)
                                .uom(l.uom).scrapPercent(l.scrap).build());
                    }
                    boms.add(Bom.builder().item(id(i)).baseQuantity(s.base).lines(Lists.immutable.withAll(lines)).build());
                    if (!s.ops.isEmpty()) {
                        List<Operation> ops = new ArrayList<>();
                        for (int k = 0; k < s.ops.size(); k++) {
                            OpSpec o = s.ops.get(k);
                            Operation.Builder ob = Operation.builder();
                            ob.no(10 * (k + 1)).workCenter(WorkCenterId.of("W" + o.wc)).setupMinutes(o.setup);
                            if (o.tool >= 0) {
                                ob.tool(ToolId.of("T" + o.tool)).cycleSeconds(o.run);
                            } else {
                                ob.runMinutesPerUnit(o.run);
                            }
                            ops.add(ob.build());
                        }
                        routings.add(Routing.builder().item(id(i)).operations(Lists.immutable.withAll(ops)).build());
                    }
                }
            }
            List<WorkCenter> w = new ArrayList<>();
            for (int k = 0; k < wcs.size(); k++) {
                WcSpec s = wcs.get(k);
                w.add(WorkCenter.builder().id(WorkCenterId.of("W" + k)).category(WorkCenterCategory.MACHINE)
                        .dailyCapacity(d("16")).efficiencyPercent(s.efficiency).laborRatePerHour(s.labor)
                        .machineRatePerHour(s.machine).setupRatePerHour(s.setupRate).overheadRatePerHour(s.overhead)
                        .pieceRate(s.pieceRate).laborCalc(s.pieceCalc ? LaborCalc.PIECE_RATE : LaborCalc.HOURLY).build());
            }
            List<Tool> t = new ArrayList<>();
            for (int k = 0; k < tools.size(); k++) {
                ToolSpec s = tools.get(k);
                t.add(Tool.builder().id(ToolId.of("T" + k)).cavities(s.cavities).purchaseCost(s.purchase)
                        .lifeCycles(s.life).build());
            }
            return MasterData.builder().items(Lists.immutable.withAll(is)).boms(Lists.immutable.withAll(boms))
                    .routings(Lists.immutable.withAll(routings)).workCenters(Lists.immutable.withAll(w))
                    .tools(Lists.immutable.withAll(t)).build();
        }
    }

    private ModelGen() {}

    static BigDecimal money(Random r, int maxCents) {
        return BigDecimal.valueOf(r.nextInt(maxCents + 1), 2);
    }

    static Spec generate(long seed) {
        Random r = new Random(seed);
        Spec s = new Spec();
        int nWc = 1 + r.nextInt(3);
        for (int k = 0; k < nWc; k++) {
            WcSpec w = new WcSpec();
            w.efficiency = BigDecimal.valueOf(50 + r.nextInt(71)); // 50..120 %
            w.labor = money(r, 5000);
            w.machine = money(r, 8000);
            w.setupRate = money(r, 6000);
            w.overhead = money(r, 3000);
            w.pieceRate = money(r, 100);
            w.pieceCalc = r.nextInt(3) == 0;
            s.wcs.add(w);
        }
        int nTools = r.nextInt(3);
        for (int k = 0; k < nTools; k++) {
            ToolSpec t = new ToolSpec();
            t.cavities = 1 + r.nextInt(6);
            t.purchase = BigDecimal.valueOf(1000 + r.nextInt(50000));
            t.life = 1000 + r.nextInt(500000);
            s.tools.add(t);
        }
        int n = 2 + r.nextInt(9);
        for (int i = 0; i < n; i++) {
            ItemSpec it = new ItemSpec();
            boolean mass = r.nextBoolean();
            it.uom = mass ? Uom.G : Uom.EA;
            it.make = i == 0 || (i < n - 1 && r.nextInt(3) > 0);
            if (it.make) {
                it.base = BigDecimal.valueOf(new int[] {1, 1, 2, 4, 3}[r.nextInt(5)]);
                int nLines = 1 + r.nextInt(3);
                for (int k = 0; k < nLines; k++) {
                    int c = i + 1 + r.nextInt(n - i - 1);
                    if (it.lines.stream().anyMatch(l -> l.component == c)) {
                        continue;
                    }
                    LineSpec l = new LineSpec();
                    l.component = c;
                    l.quantity = BigDecimal.valueOf(1 + r.nextInt(400), 2); // 0.01..4.00: ten levels stay below the money limit
                    l.scrap = BigDecimal.valueOf(r.nextInt(30));
                    l.uom = null; // resolved below, once the component's unit is known
                    it.lines.add(l);
                }
                int nOps = r.nextInt(4);
                for (int k = 0; k < nOps; k++) {
                    OpSpec o = new OpSpec();
                    o.wc = r.nextInt(nWc);
                    o.setup = BigDecimal.valueOf(r.nextInt(120));
                    if (nTools > 0 && r.nextBoolean()) {
                        o.tool = r.nextInt(nTools);
                        o.run = BigDecimal.valueOf(5 + r.nextInt(120)); // cycle seconds
                    } else {
                        o.run = BigDecimal.valueOf(1 + r.nextInt(600), 1); // minutes per unit
                    }
                    it.ops.add(o);
                }
            } else {
                it.price = money(r, 20000);
                it.per = mass ? (r.nextBoolean() ? Uom.KG : Uom.G) : Uom.EA;
            }
            s.items.add(it);
        }
        for (ItemSpec it : s.items) {
            for (LineSpec l : it.lines) {
                Uom cu = s.items.get(l.component).uom;
                l.uom = cu == Uom.G && r.nextBoolean() ? Uom.KG : cu;
                if (l.uom == Uom.KG) {
                    l.quantity = l.quantity.movePointLeft(3);
                }
            }
        }
        return s;
    }
}
