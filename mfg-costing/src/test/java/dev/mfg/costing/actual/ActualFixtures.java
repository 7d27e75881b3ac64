package dev.mfg.costing.actual;

import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.production.CompletionReport;
import dev.mfg.core.production.ConsumptionPolicies;
import dev.mfg.core.production.OrderType;
import dev.mfg.core.production.ProductionOrder;
import dev.mfg.core.production.ProductionOrderId;
import dev.mfg.core.production.ProductionService;
import dev.mfg.core.production.ScrapReason;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/** Seed 003 (widget) and seed 004 (melamine cup) master data with rates, and a driver running an order. */
final class ActualFixtures {
    static final ItemId WIDGET = ItemId.of("FG-WIDGET-001");
    static final ItemId PLA = ItemId.of("MAT-PLA-BLK");
    static final ItemId LABEL = ItemId.of("PKG-LBL-001");
    static final ItemId BOX = ItemId.of("PKG-BOX-6X6");
    static final ItemId SHIP_LABEL = ItemId.of("PKG-LBL-SHIP");
    static final ItemId CUP = ItemId.of("CUP");
    static final ItemId POWDER = ItemId.of("POWDER");
    static final LocalDate DAY = LocalDate.of(2024, 1, 15);
    static final Instant T0 = Instant.parse("2024-01-15T08:00:00Z");

    private ActualFixtures() {}

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Item buy(ItemId id, Uom uom, String cost, Uom per) {
        return Item.builder().id(id).uom(uom).procurement(Procurement.BUY)
                .standardCost(UnitPrice.of(Money.of(cost, "EUR"), per)).build();
    }

    static WorkCenter.Builder wc(String id) {
        WorkCenter.Builder b = WorkCenter.builder();
        b.id(WorkCenterId.of(id)).category(WorkCenterCategory.MACHINE).dailyCapacity(d("24"));
        return b;
    }

    static BomLine mat(int no, ItemId c, String qty, Uom uom, String scrap) {
        return BomLine.builder().lineNo(no).component(c).quantity(d(qty)).uom(uom).scrapPercent(d(scrap))
                .issueType(IssueType.BACKFLUSH).issueLevel(IssueLevel.PER_OPERATION).build();
    }

    static Operation op(int no, String wc, String setup, String run, BomLine... materials) {
        return Operation.builder().no(no).workCenter(WorkCenterId.of(wc)).setupMinutes(d(setup))
                .runMinutesPerUnit(d(run)).materials(Lists.immutable.of(materials)).build();
    }

    /**
     * Seed 003 FG-WIDGET-001, every material backflushed per operation: PLA 37 g + 5 % scrap at OP-10 (25 EUR/KG),
     * part label at OP-40 (0.05), box and ship label at OP-50 (0.80, 0.10). Rates (seed 003 §6): FDM-POOL labor and
     * setup 1.60/h, ASSEMBLY and SHIP labor 13.00/h, POST-PRINT and QC none.
     */
    static MasterData widget() {
        Routing routing = Routing.builder().item(WIDGET).operations(Lists.immutable.of(
                op(10, "FDM-POOL", "7", "325", mat(1, PLA, "37", Uom.G, "5")),
                op(20, "POST-PRINT", "0", "5"),
                op(30, "QC", "0", "3"),
                op(40, "ASSEMBLY", "0", "2", mat(1, LABEL, "1", Uom.EA, "0")),
                op(50, "SHIP", "0", "2", mat(1, BOX, "1", Uom.EA, "0"), mat(2, SHIP_LABEL, "1", Uom.EA, "0"))))
                .build();
        return MasterData.builder()
                .items(Lists.immutable.of(
                        Item.builder().id(WIDGET).uom(Uom.EA).procurement(Procurement.MAKE)
                                .standardCost(UnitPrice.of(Money.of("12.50", "EUR"), Uom.EA)).build(),
                        buy(PLA, Uom.KG, "25", Uom.KG), buy(LABEL, Uom.EA, "0.05", Uom.EA),
                        buy(BOX, Uom.EA, "0.80", Uom.EA), buy(SHIP_LABEL, Uom.EA, "0.10", Uom.EA)))
                .workCenters(Lists.immutable.of(
                        wc("FDM-POOL").laborRatePerHour(d("1.60")).setupRatePerHour(d("1.60")).build(),
                        wc("POST-PRINT").build(), wc("QC").build(),
                        wc("ASSEMBLY").laborRatePerHour(d("13.00")).build(),
                        wc("SHIP").laborRatePerHour(d("13.00")).build()))
                .routings(Lists.immutable.of(routing))
                .build();
    }

    /**
     * Seed 004 melamine cup: one press operation on WC-PRESS (PIECE_RATE 0.05 per piece, machine 20/h, overhead
     * 10/h, setup 20/h) with the 4-cavity cup mold (40,000 EUR over 400,000 cycles = 0.10 per cycle, 0.025 per
     * piece), cycle 60 s, 12 g of powder per cup at 95 EUR/KG.
     */
    static MasterData melamine() {
        Tool mold = Tool.builder().id(ToolId.of("MOLD-CUP")).cavities(4).setupMinutes(d("90")).lifeCycles(400_000)
                .purchaseCost(d("40000")).build();
        Operation press = Operation.builder().no(10).description("Press").workCenter(WorkCenterId.of("WC-PRESS"))
                .tool(mold.id()).cycleSeconds(d("60")).materials(Lists.immutable.of(mat(1, POWDER, "12", Uom.G, "0")))
                .build();
        return MasterData.builder()
                .items(Lists.immutable.of(Item.builder().id(CUP).uom(Uom.EA).procurement(Procurement.MAKE).build(),
                        buy(POWDER, Uom.KG, "95", Uom.KG)))
                .workCenters(Lists.immutable.of(wc("WC-PRESS").laborCalc(LaborCalc.PIECE_RATE).pieceRate(d("0.05"))
                        .machineRatePerHour(d("20")).overheadRatePerHour(d("10")).setupRatePerHour(d("20")).build()))
                .tools(Lists.immutable.of(mold))
                .routings(Lists.immutable.of(Routing.builder().item(CUP).operations(Lists.immutable.of(press)).build()))
                .build();
    }

    /** A receipt of plenty of stock. */
    static MaterialTransaction receipt(String key, ItemId item, String qty, Uom uom) {
        return MaterialTransaction.builder().key(key).type(TransactionType.RECEIPT).item(item)
                .quantity(Quantity.of(qty, uom)).location("MAIN").timestamp(T0.minusSeconds(3600)).build();
    }

    /** The result of running an order through the service: the completed order and the ledger. */
    record Run(ProductionOrder order, InMemoryMaterialLedger ledger) {
        ImmutableList<LedgerEntry> entries() {
            return ledger.entries();
        }
    }

    /**
     * Releases and runs an order of {@code quantity} through every operation; {@code scrapAt} maps an operation to
     * the pieces scrapped there (the rest is good and goes on).
     */
    static Run run(MasterData data, ItemId item, long quantity, Map<Integer, Long> scrapAt, ConsumptionPolicies policies,
            MaterialTransaction... stock) {
        InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
        for (MaterialTransaction t : stock) {
            ledger.post(t);
        }
        ProductionService service = new ProductionService(new InMemoryProductionOrderRepository(), ledger, policies);
        ProductionOrderId id = ProductionOrderId.of("PO-1");
        service.create(ProductionOrder.builder().id(id).item(item).quantity(BigDecimal.valueOf(quantity))
                .type(OrderType.MAKE_TO_STOCK).plannedStart(DAY).plannedEnd(DAY.plusDays(3)).build());
        ProductionOrder order = service.release(id, data, DAY);
        long in = quantity;
        int minute = 0;
        for (int i = 0; i < order.operations().size(); i++) {
            int no = order.operations().get(i).no();
            if (!service.start(id, no, Map.of(), "PO-1/" + no + "/start", T0.plusSeconds(60L * minute++)).started()) {
                throw new AssertionError("operation " + no + " is short of stock");
            }
            long scrap = Math.min(in - 1, scrapAt.getOrDefault(no, 0L));
            long good = in - scrap;
            CompletionReport report = CompletionReport.of(BigDecimal.valueOf(good), BigDecimal.valueOf(scrap),
                    scrap > 0 ? Optional.of(ScrapReason.QUALITY_DEFECT) : Optional.empty());
            service.complete(id, no, report, "PO-1/" + no + "/complete", T0.plusSeconds(60L * minute++));
            in = good;
        }
        return new Run(service.get(id), ledger);
    }
}
