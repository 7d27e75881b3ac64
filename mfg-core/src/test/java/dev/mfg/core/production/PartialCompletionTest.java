package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.DAY;
import static dev.mfg.core.production.ExecFixtures.LABEL;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.SHIP_LABEL;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.assertRule;
import static dev.mfg.core.production.ExecFixtures.order;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.IllegalTransitionException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several completion reports per operation: per-report shares under each consumption policy (hand-computed), the
 * sum over the reports equal to one report of the totals, closing rules, overlapping operations, every guarded
 * rule, idempotent retries and atomicity of each report.
 *
 * <p>Widget figures: R(PLA) = 37 g × 10 × 1.05 = 388.5 g for 10 widgets, so 38.85 g per piece; labels, boxes and
 * ship labels R = 10, 1 per piece.
 */
class PartialCompletionTest extends ShopFloorFixture {
    static final ItemId PURGED = ItemId.of("FG-PURGED");

    /** Creates, releases and starts operation 10 of an order. */
    static void started(ProductionService s, String id, ItemId item, long quantity, MasterData data) {
        s.create(order(id, item, quantity));
        s.release(ProductionOrderId.of(id), data, DAY);
        assertThat(s.start(ProductionOrderId.of(id), 10, Map.of(), id + "/10/s", T0).started()).isTrue();
    }

    /** One product, one operation (FDM-POOL), 10 g of PLA per ORDER (not per piece): shares that do not divide. */
    static MasterData purged() {
        BomLine purge = BomLine.builder().lineNo(1).component(PLA).quantity(BigDecimal.TEN).uom(Uom.G)
                .per(QuantityBasis.ORDER).issueType(IssueType.BACKFLUSH).issueLevel(IssueLevel.PER_OPERATION).build();
        Operation print = Operation.builder().no(10).workCenter(WorkCenterId.of("FDM-POOL"))
                .runMinutesPerUnit(BigDecimal.ONE).materials(Lists.immutable.of(purge)).build();
        MasterData w = ExecFixtures.widget(IssueType.BACKFLUSH);
        return MasterData.builder()
                .items(w.items().newWith(Item.builder().id(PURGED).uom(Uom.EA).procurement(Procurement.MAKE).build()))
                .workCenters(w.workCenters())
                .routings(Lists.immutable.of(Routing.builder().item(PURGED).operations(Lists.immutable.of(print))
                        .build()))
                .build();
    }

    static CompletionReport part(long good, long scrap) {
        return CompletionReport.partial(BigDecimal.valueOf(good), BigDecimal.valueOf(scrap),
                scrap > 0 ? Optional.of(ScrapReason.QUALITY_DEFECT) : Optional.empty());
    }

    static CompletionReport last(long good, long scrap) {
        return part(good, scrap).withCloses(true);
    }

    static BigDecimal sum(Iterable<MaterialTransaction> txs, TransactionType type, ItemId item) {
        BigDecimal s = BigDecimal.ZERO;
        for (MaterialTransaction t : txs) {
            if (t.type() == type && t.item().equals(item)) {
                s = s.add(t.quantity().amount());
            }
        }
        return s;
    }

    BigDecimal ledgerSum(String order, TransactionType type, ItemId item) {
        return sum(ledger.entries().collect(LedgerEntry::transaction)
                .select(t -> t.order().map(order::equals).orElse(false)), type, item);
    }

    String state() {
        return ledger.entries() + "|" + ledger.balances() + "|" + ledger.allocations("PO-1") + "|"
                + orders.findVersioned(PO).orElseThrow();
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    // ---------------------------------------------------------------- shares per report, per policy

    /**
     * Reports {@code g/s} then {@code p} (partial) or {@code c} (closes) on operation 10. Expected shares by hand,
     * widget (38.85 g of PLA per piece, Q = 10): open shares ⌊38.85·G⌋ consumed, ⌊38.85·S⌋ scrapped (none under
     * GOOD_ONLY); CONSUME_ALL at close 388.5 in total, scrapped 388.5·S/(G+S): G=8,S=2 → 77.7; G=7,S=1 → 48.5625,
     * consumed 339.9375. Purged (R = 10 g per order, Q = 3): ⌊10·G/3⌋, so 3.333333, 6.666666, 10 cumulative;
     * CONSUME_ALL closed at G=2,S=1: scrapped 10/3 half-up 3.333333, consumed 6.666667.
     */
    @ParameterizedTest(name = "{0} {1} {3}")
    @CsvSource({
        "CONSUME_ALL,  WIDGET, 10, 4/1p 4/1c,      155.4 155.4,           38.85 38.85,      310.8,    77.7",
        "CONSUME_ALL,  WIDGET, 10, 4/0p 3/1c,      155.4 184.5375,        0 48.5625,        339.9375, 48.5625",
        "CONSUME_ALL,  WIDGET, 10, 2/0p 2/1p 3/0c, 77.7 77.7 184.5375,    0 38.85 9.7125,   339.9375, 48.5625",
        "PROPORTIONAL, WIDGET, 10, 4/1p 4/1c,      155.4 155.4,           38.85 38.85,      310.8,    77.7",
        "PROPORTIONAL, WIDGET, 10, 2/0p 2/1p 3/0c, 77.7 77.7 116.55,      0 38.85 0,        271.95,   38.85",
        "GOOD_ONLY,    WIDGET, 10, 4/1p 4/1c,      155.4 155.4,           0 0,              310.8,    0",
        "GOOD_ONLY,    WIDGET, 10, 3/1p 3/0p 2/1c, 116.55 116.55 77.7,    0 0 0,            310.8,    0",
        "PROPORTIONAL, PURGED,  3, 1/0p 1/0p 1/0c, 3.333333 3.333333 3.333334, 0 0 0,        10,       0",
        "CONSUME_ALL,  PURGED,  3, 1/0p 0/1p 1/0c, 3.333333 0 3.333334,   0 3.333333 0,     6.666667, 3.333333",
        "GOOD_ONLY,    PURGED,  3, 1/0p 0/1p 1/0c, 3.333333 0 3.333333,   0 0 0,            6.666666, 0"})
    void reports_postTheirShare_andSumToOneReportOfTheTotals(ConsumptionPolicy policy, String product, long quantity,
            String reports, String consumedEach, String scrappedEach, String consumedTotal, String scrappedTotal) {
        ProductionService s = service(policy);
        MasterData data = product.equals("WIDGET") ? ExecFixtures.widget(IssueType.BACKFLUSH) : purged();
        ItemId item = product.equals("WIDGET") ? WIDGET : PURGED;
        started(s, "PO-1", item, quantity, data);
        String[] rs = reports.split(" ");
        String[] cs = consumedEach.split(" ");
        String[] ss = scrappedEach.split(" ");
        long good = 0;
        long scrap = 0;
        for (int i = 0; i < rs.length; i++) {
            String[] gs = rs[i].substring(0, rs[i].length() - 1).split("/");
            long g = Long.parseLong(gs[0]);
            long sc = Long.parseLong(gs[1]);
            boolean closes = rs[i].endsWith("c");
            good += g;
            scrap += sc;
            Execution e = s.complete(PO, 10, closes ? last(g, sc) : part(g, sc), "PO-1/10/r" + i, at(i));
            assertThat(sum(e.transactions(), TransactionType.CONSUMPTION, PLA)).as("consumed by report " + i)
                    .isEqualByComparingTo(cs[i]);
            assertThat(sum(e.transactions(), TransactionType.SCRAP, PLA)).as("scrapped by report " + i)
                    .isEqualByComparingTo(ss[i]);
            // Backflush: each report issues exactly what it uses (nothing was in WIP before).
            assertThat(sum(e.transactions(), TransactionType.ISSUE_TO_ORDER, PLA))
                    .isEqualByComparingTo(new BigDecimal(cs[i]).add(new BigDecimal(ss[i])));
            OrderOperation op = e.order().operation(10).orElseThrow();
            assertThat(op.status()).isEqualTo(closes ? OperationStatus.COMPLETED : OperationStatus.IN_PROGRESS);
            assertThat(op.good()).isEqualByComparingTo(BigDecimal.valueOf(good));
            assertThat(op.scrap()).isEqualByComparingTo(BigDecimal.valueOf(scrap));
        }
        OrderOperation op = s.get(PO).operation(10).orElseThrow();
        assertThat(op.reportKeys()).hasSize(rs.length).first().isEqualTo("PO-1/10/r0");
        assertThat(op.completionKey()).contains("PO-1/10/r" + (rs.length - 1));
        OrderMaterial m = op.material(PLA).orElseThrow();
        assertThat(m.consumed()).isEqualByComparingTo(consumedTotal);
        assertThat(m.scrapped()).isEqualByComparingTo(scrappedTotal);
        assertThat(m.wip()).isZero();

        // The same totals reported at once on another order post the same quantities.
        started(s, "PO-2", item, quantity, data);
        Execution once = s.complete(ProductionOrderId.of("PO-2"), 10, CompletionReport.of(BigDecimal.valueOf(good),
                BigDecimal.valueOf(scrap), Optional.of(ScrapReason.QUALITY_DEFECT)), "PO-2/10/c", at(9));
        assertThat(sum(once.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo(consumedTotal);
        assertThat(sum(once.transactions(), TransactionType.SCRAP, PLA)).isEqualByComparingTo(scrappedTotal);
        for (TransactionType t : new TransactionType[] {TransactionType.ISSUE_TO_ORDER, TransactionType.CONSUMPTION,
            TransactionType.SCRAP}) {
            assertThat(ledgerSum("PO-1", t, PLA)).as(t.name()).isEqualByComparingTo(ledgerSum("PO-2", t, PLA));
        }
    }

    // ---------------------------------------------------------------- seed 003 in two shifts

    /**
     * Seed 003's order (Seed003ScenarioTest: 8 good + 2 scrapped at OP-10) reported in two shifts at OP-10 (S1: 5 + 1,
     * S2: 3 + 1) and at OP-50 (S1: 5, S2: 3), single reports elsewhere. The stock left is the seed test's, by hand:
     * CONSUME_ALL PLA 1420 − 388.5 = 1031.5, labels 500 − 10, boxes 10 − 10, ship labels 100 − 10; PROPORTIONAL and
     * GOOD_ONLY use 8 of each pack material; GOOD_ONLY uses 310.8 g of PLA (1109.2 left).
     */
    @ParameterizedTest
    @CsvSource({
        "CONSUME_ALL,  388.5, 310.8, 77.7, 1031.5, 490, 0, 90",
        "PROPORTIONAL, 388.5, 310.8, 77.7, 1031.5, 492, 2, 92",
        "GOOD_ONLY,    310.8, 310.8,    0, 1109.2, 492, 2, 92"})
    void seed003_twoShifts_sameLedgerTotalsAsOneReport(ConsumptionPolicy policy, String plaIssued,
            String plaConsumed, String plaScrapped, String plaLeft, String labelsLeft, String boxesLeft,
            String shipLabelsLeft) {
        InMemoryMaterialLedger l = new InMemoryMaterialLedger();
        l.post(receipt("R-PLA", PLA, "1.42", Uom.KG, "LOT-1", -60));
        l.post(receipt("R-LBL", LABEL, "500", Uom.EA, "", -60));
        l.post(receipt("R-BOX", BOX, "10", Uom.EA, "", -60));
        l.post(receipt("R-SHIP", SHIP_LABEL, "100", Uom.EA, "", -60));
        ProductionService s = new ProductionService(new InMemoryProductionOrderRepository(), l,
                ConsumptionPolicies.of(policy));
        ProductionOrderId po = ProductionOrderId.of("PO-2024-0042");
        s.create(ProductionOrder.builder().id(po).item(WIDGET).quantity(BigDecimal.TEN).type(OrderType.MAKE_TO_ORDER)
                .demand("SO-77").priority(2).plannedStart(DAY).plannedEnd(DAY.plusDays(2)).build());
        s.release(po, ExecFixtures.widget(IssueType.BACKFLUSH, IssueLevel.PER_SHIFT), DAY);
        s.start(po, 10, Map.of(), "PO42/10/start", at(0));
        Execution s1 = s.complete(po, 10, part(5, 1).withShift("S1"), "PO42/10/S1", at(480));
        assertThat(s1.transactions()).allSatisfy(t -> assertThat(t.shift()).contains("S1"));
        assertThat(s1.order().operation(20).orElseThrow().quantityIn()).isEqualByComparingTo("5");
        Execution s2 = s.complete(po, 10, last(3, 1).withShift("S2"), "PO42/10/S2", at(960));
        assertThat(s2.transactions()).allSatisfy(t -> assertThat(t.shift()).contains("S2"));
        assertThat(s2.order().operation(10).orElseThrow().shift()).contains("S2");
        assertThat(s2.order().operation(20).orElseThrow().quantityIn()).isEqualByComparingTo("8");
        for (int op : new int[] {20, 30, 40}) {
            s.start(po, op, Map.of(), "PO42/" + op + "/start", at(1000 + op));
            s.complete(po, op, CompletionReport.good(8), "PO42/" + op + "/done", at(1010 + op));
        }
        s.start(po, 50, Map.of(), "PO42/50/start", at(1100));
        Execution p1 = s.complete(po, 50, part(5, 0).withShift("S1"), "PO42/50/S1", at(1200));
        assertThat(p1.order().status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(p1.order().received()).isEqualByComparingTo("5");
        assertThat(p1.transactions().getLast().type()).isEqualTo(TransactionType.RECEIPT_FROM_ORDER);
        Execution p2 = s.complete(po, 50, last(3, 0).withShift("S2"), "PO42/50/S2", at(1300));
        assertThat(p2.order().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(p2.order().received()).isEqualByComparingTo("8");
        assertThat(p2.order().scrapped()).isEqualByComparingTo("2");

        OrderMaterial pla = p2.order().operation(10).orElseThrow().material(PLA).orElseThrow();
        assertThat(pla.issued()).isEqualByComparingTo(plaIssued);
        assertThat(pla.consumed()).isEqualByComparingTo(plaConsumed);
        assertThat(pla.scrapped()).isEqualByComparingTo(plaScrapped);
        assertThat(l.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo(plaLeft);
        assertThat(l.onHand(StockKey.of(LABEL, MAIN, ""))).isEqualByComparingTo(labelsLeft);
        assertThat(l.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo(boxesLeft);
        assertThat(l.onHand(StockKey.of(SHIP_LABEL, MAIN, ""))).isEqualByComparingTo(shipLabelsLeft);
        assertThat(l.onHand(StockKey.of(WIDGET, MAIN, "PO-2024-0042"))).isEqualByComparingTo("8");
        assertThat(l.entries().collect(LedgerEntry::transaction)
                .select(t -> t.type() == TransactionType.RECEIPT_FROM_ORDER)
                .collect(t -> t.quantity().amount().toPlainString())).containsExactly("5", "3");
        assertThat(l.allocations(po.value())).isEmpty();
        assertThat(l.balances().wip()).isEmpty();
    }

    // ---------------------------------------------------------------- closing and overlap

    @Test
    void firstOperation_partialReportsFillingTheOrder_closeByThemselves() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        assertThat(s.complete(PO, 10, part(6, 0), "r1", at(1)).order().operation(10).orElseThrow().status())
                .isEqualTo(OperationStatus.IN_PROGRESS);
        // 6 + 3 + 1 = 10 = the order quantity: nothing more can come, the operation closes.
        OrderOperation op = s.complete(PO, 10, part(3, 1), "r2", at(2)).order().operation(10).orElseThrow();
        assertThat(op.status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(op.completionKey()).contains("r2");
        assertThat(op.reportKeys()).containsExactly("r1", "r2");
        assertThat(op.scrapReason()).contains(ScrapReason.QUALITY_DEFECT);
    }

    @Test
    void nextOperation_startsOnWhatWasDelivered_andClosesOnlyAfterItsPredecessor() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 0), "r10-1", at(1));
        StartResult s20 = s.start(PO, 20, Map.of(), "s20", at(2));
        assertThat(s20.started()).isTrue();
        assertThat(s20.order().operation(20).orElseThrow().quantityIn()).isEqualByComparingTo("4");
        // Operation 20 processes all 4 delivered so far, but operation 10 is open: it stays open.
        Execution e = s.complete(PO, 20, part(4, 0), "r20-1", at(3));
        assertThat(e.order().operation(20).orElseThrow().status()).isEqualTo(OperationStatus.IN_PROGRESS);
        String before = state();
        assertThatThrownBy(() -> s.complete(PO, 20, CompletionReport.closing(), "r20-x", at(4)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, x -> {
                    assertThat(x.state()).contains("operation 10 is IN_PROGRESS");
                    assertThat(x.attempted()).isEqualTo("COMPLETED");
                });
        assertThat(state()).isEqualTo(before);
        // Operation 10 delivers 4 more, then closes short (2 pieces lost, reported as nothing).
        assertThat(s.complete(PO, 10, part(4, 0), "r10-2", at(5)).order().operation(20).orElseThrow().quantityIn())
                .isEqualByComparingTo("8");
        s.complete(PO, 10, CompletionReport.closing(), "r10-3", at(6));
        Execution c20 = s.complete(PO, 20, CompletionReport.good(4), "r20-2", at(7));
        assertThat(c20.order().operation(20).orElseThrow().status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(c20.order().operation(20).orElseThrow().good()).isEqualByComparingTo("8");
        assertThat(c20.order().operation(30).orElseThrow().quantityIn()).isEqualByComparingTo("8");
    }

    @Test
    void closingReport_underConsumeAll_postsWhatWasNotYetConsumed() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(6, 0), "r1", at(1));
        // Open: 6 × 38.85 = 233.1. Closing without more pieces: 388.5 − 233.1 = 155.4, all consumed (no scrap).
        Execution close = s.complete(PO, 10, CompletionReport.closing(), "r2", at(2));
        assertThat(sum(close.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("155.4");
        assertThat(sum(close.transactions(), TransactionType.SCRAP, PLA)).isZero();
        assertThat(close.order().operation(10).orElseThrow().material(PLA).orElseThrow().consumed())
                .isEqualByComparingTo("388.5");
        assertThat(close.order().operation(20).orElseThrow().quantityIn()).isEqualByComparingTo("6");
    }

    @Test
    void lastOperation_receivesPerReport_orderCompletesWhenItCloses() {
        ProductionOrder o = ProductionEngine.release(order("PO-1", WIDGET, 10),
                ExecFixtures.widget(IssueType.BACKFLUSH), DAY);
        ConsumptionPolicies all = ConsumptionPolicies.defaults();
        for (int op : new int[] {10, 20, 30, 40}) {
            o = ProductionEngine.start(o, op, ledger, Map.of(), "s" + op, T0).order();
            o = ProductionEngine.complete(o, op, CompletionReport.good(10), all, Optional.of(ledger), "c" + op, T0)
                    .order();
        }
        o = ProductionEngine.start(o, 50, ledger, Map.of(), "s50", T0).order();
        Execution p1 = ProductionEngine.complete(o, 50, part(6, 0), all, Optional.of(ledger), "c50-1", T0);
        assertThat(p1.order().status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(p1.order().received()).isEqualByComparingTo("6");
        assertThat(p1.transactions().getLast().type()).isEqualTo(TransactionType.RECEIPT_FROM_ORDER);
        assertThat(p1.transactions().getLast().quantity().amount()).isEqualByComparingTo("6");
        // Boxes: R = 10, open share 6 × 1 = 6.
        assertThat(sum(p1.transactions(), TransactionType.CONSUMPTION, BOX)).isEqualByComparingTo("6");
        Execution p2 = ProductionEngine.complete(p1.order(), 50, part(3, 1), all, Optional.of(ledger), "c50-2", T0);
        // 6 + 3 + 1 = 10 with every predecessor closed: the last operation and the order close.
        assertThat(p2.order().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(p2.order().received()).isEqualByComparingTo("9");
        assertThat(p2.transactions().getLast().quantity().amount()).isEqualByComparingTo("3");
        // CONSUME_ALL closed, G = 9, S = 1: boxes scrapped 10 × 1/10 = 1, consumed 9 in total (3 by this report).
        assertThat(sum(p2.transactions(), TransactionType.CONSUMPTION, BOX)).isEqualByComparingTo("3");
        assertThat(sum(p2.transactions(), TransactionType.SCRAP, BOX)).isEqualByComparingTo("1");
        assertThat(p2.order().operations()).allSatisfy(op -> assertThat(op.materials()).allSatisfy(
                m -> assertThat(m.allocations()).isEmpty()));
    }

    @Test
    void perOrderBackflush_waitsForTheReportThatClosesTheLastOperation() {
        ProductionOrder o = ProductionEngine.release(order("PO-1", WIDGET, 10),
                ExecFixtures.widget(IssueType.BACKFLUSH, IssueLevel.PER_ORDER), DAY);
        ConsumptionPolicies all = ConsumptionPolicies.defaults();
        o = ProductionEngine.start(o, 10, ledger, Map.of(), "s10", T0).order();
        Execution a = ProductionEngine.complete(o, 10, part(5, 1), all, Optional.of(ledger), "a", T0);
        assertThat(a.transactions()).isEmpty();
        ProductionOrder held = a.order();
        assertRule(() -> ProductionEngine.complete(held, 10, part(1, 0).withActualUse(PLA, BigDecimal.TEN), all,
                Optional.of(ledger), "x", T0), "ACTUAL_USE_DEFERRED", "order[PO-1].operations[10].actualUse[MAT-PLA-BLK]");
        o = ProductionEngine.complete(held, 10, last(3, 1), all, Optional.of(ledger), "b", T0).order();
        for (int op : new int[] {20, 30, 40, 50}) {
            o = ProductionEngine.start(o, op, ledger, Map.of(), "s" + op, T0).order();
            Execution e = ProductionEngine.complete(o, op, op == 50 ? part(4, 0) : CompletionReport.good(8), all,
                    Optional.of(ledger), "c" + op, T0);
            // Only the receipt of the first 4 widgets before the order closes.
            assertThat(e.transactions()).allSatisfy(t -> assertThat(t.type())
                    .isEqualTo(TransactionType.RECEIPT_FROM_ORDER));
            o = e.order();
        }
        Execution end = ProductionEngine.complete(o, 50, last(4, 0), all, Optional.of(ledger), "c50-2", T0);
        // PLA from OP-10's cumulative 8 + 2: 388.5 = 310.8 + 77.7, as with one report.
        assertThat(sum(end.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("310.8");
        assertThat(sum(end.transactions(), TransactionType.SCRAP, PLA)).isEqualByComparingTo("77.7");
        assertThat(sum(end.transactions(), TransactionType.CONSUMPTION, BOX)).isEqualByComparingTo("10");
        assertThat(end.order().status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void toolCycles_countTheCumulativePieces() {
        ProductionOrder o = ProductionEngine.release(order("PO-C", ExecFixtures.CUP, 12), ExecFixtures.melamine(), DAY);
        ledger.post(receipt("RP", ExecFixtures.POWDER, "1", Uom.KG, "", -10));
        o = ProductionEngine.start(o, 10, ledger, Map.of(), "s", T0).order();
        Execution a = ProductionEngine.complete(o, 10, part(6, 0), ConsumptionPolicies.defaults(), Optional.of(ledger),
                "a", T0);
        // ⌈6/4⌉ = 2, then ⌈12/4⌉ = 3 (one report of 12 counts 3).
        assertThat(a.order().operation(10).orElseThrow().toolCycles()).isEqualTo(2);
        Execution b = ProductionEngine.complete(a.order(), 10, part(6, 0), ConsumptionPolicies.defaults(),
                Optional.of(ledger), "b", T0);
        assertThat(b.order().operation(10).orElseThrow().toolCycles()).isEqualTo(3);
        assertThat(b.order().status()).isEqualTo(OrderStatus.COMPLETED);
    }

    // ---------------------------------------------------------------- rules

    @Test
    void overReport_rejectedWithCumulativeValues_nothingPosted() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(6, 0), "r1", at(1));
        String before = state();
        assertThatThrownBy(() -> s.complete(PO, 10, part(4, 1), "r2", at(2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_EXCEEDS_INPUT");
                    assertThat(e.problems().get(0).path()).isEqualTo("order[PO-1].operations[10].good");
                    assertThat(e.problems().get(0).value()).isEqualTo("11");
                    assertThat(e.getMessage()).contains("(11: 6 reported before + 5 now)", "quantity in (10)",
                            "order (PO-1)", "at most 4 more");
                });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void overReport_onOverlappingOperation_namesWhatThePredecessorDelivered() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 0), "r1", at(1));
        s.start(PO, 20, Map.of(), "s20", at(2));
        String before = state();
        assertThatThrownBy(() -> s.complete(PO, 20, part(5, 0), "r20", at(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_EXCEEDS_INPUT");
                    assertThat(e.problems().get(0).path()).isEqualTo("order[PO-1].operations[20].good");
                    assertThat(e.getMessage()).contains("what operation (10) has delivered so far");
                });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void start_beforePredecessorDeliveredGood_rejected() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(0, 2), "r1", at(1));
        String before = state();
        assertThatThrownBy(() -> s.start(PO, 20, Map.of(), "s20", at(2)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.state()).contains("operation 10 is IN_PROGRESS and has delivered nothing"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void emptyReports_rejectedUnlessTheyCloseAfterEarlierReports() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        assertRule(() -> s.complete(PO, 10, CompletionReport.closing(), "r0", at(1)), "QTY_NOT_POSITIVE",
                "order[PO-1].operations[10].good");
        s.complete(PO, 10, part(2, 0), "r1", at(1));
        assertThatThrownBy(() -> s.complete(PO, 10, part(0, 0), "r2", at(2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NOT_POSITIVE");
                    assertThat(e.getMessage()).contains("CompletionReport.closing()");
                });
        assertThat(s.complete(PO, 10, CompletionReport.closing(), "r3", at(3)).order().operation(10).orElseThrow()
                .status()).isEqualTo(OperationStatus.COMPLETED);
    }

    @Test
    void reportOnClosedOperation_rejected_nothingWritten() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, last(5, 0), "r1", at(1));
        String before = state();
        assertThatThrownBy(() -> s.complete(PO, 10, part(1, 0), "r2", at(2)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.state()).isEqualTo("COMPLETED"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void scrapWithoutReason_inAPartialReport_rejected() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        assertRule(() -> s.complete(PO, 10, CompletionReport.partial(BigDecimal.ONE, BigDecimal.ONE, Optional.empty()),
                "r1", at(1)), "REASON_MISSING", "order[PO-1].operations[10].scrapReason");
    }

    @Test
    void engine_keyAlreadyUsedOnTheOrder_idempotencyConflict() {
        ProductionOrder o = ProductionEngine.start(ProductionEngine.release(order("PO-1", WIDGET, 10),
                ExecFixtures.widget(IssueType.BACKFLUSH), DAY), 10, ledger, Map.of(), "s10", T0).order();
        ProductionOrder once = ProductionEngine.complete(o, 10, part(1, 0), ConsumptionPolicies.defaults(),
                Optional.of(ledger), "r1", T0).order();
        for (String key : new String[] {"r1", "s10"}) {
            assertThatThrownBy(() -> ProductionEngine.complete(once, 10, part(1, 0), ConsumptionPolicies.defaults(),
                    Optional.of(ledger), key, T0)).isInstanceOfSatisfying(IdempotencyConflictException.class,
                            e -> assertThat(e.key()).isEqualTo(key));
        }
    }

    @Test
    void operation_reportsNotAddingUp_rejected() {
        OperationReport r1 = new OperationReport("k1", part(2, 0), T0);
        OperationReport r2 = new OperationReport("k2", part(3, 1), T0);
        OrderOperation.Builder b = OrderOperation.builder().no(10).workCenter(WorkCenterId.of("WC"))
                .status(OperationStatus.IN_PROGRESS).quantityIn(BigDecimal.TEN);
        assertThat(b.good(BigDecimal.valueOf(5)).scrap(BigDecimal.ONE).reports(Lists.immutable.of(r1, r2)).build()
                .processed()).isEqualByComparingTo("6");
        assertRule(() -> OrderOperation.builder().no(10).workCenter(WorkCenterId.of("WC")).quantityIn(BigDecimal.TEN)
                .good(BigDecimal.valueOf(4)).scrap(BigDecimal.ONE).reports(Lists.immutable.of(r1, r2)).build(),
                "COMPLETION_REPORTS_MISMATCH", "operation[10].reports");
        OperationReport again = new OperationReport("k1", part(3, 1), T0);
        assertRule(() -> OrderOperation.builder().no(10).workCenter(WorkCenterId.of("WC")).quantityIn(BigDecimal.TEN)
                .good(BigDecimal.valueOf(5)).scrap(BigDecimal.ONE).reports(Lists.immutable.of(r1, again)).build(),
                "COMPLETION_REPORTS_MISMATCH", "operation[10].reports");
    }

    // ---------------------------------------------------------------- idempotency and atomicity

    @Test
    void eachReport_retriedWithSameKey_replays_otherPayloadConflicts() {
        ProductionService s = service(ConsumptionPolicy.PROPORTIONAL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        Execution first = s.complete(PO, 10, part(4, 1).withShift("S1"), "r1", at(1));
        Execution second = s.complete(PO, 10, last(4, 1).withShift("S2"), "r2", at(2));
        String after = state();
        // Retries of either report, in any order, even written with another scale: the recorded transactions.
        Execution again2 = s.complete(PO, 10, last(4, 1).withShift("S2"), "r2", at(2));
        Execution again1 = s.complete(PO, 10, CompletionReport.partial(new BigDecimal("4.0"), new BigDecimal("1.00"),
                Optional.of(ScrapReason.QUALITY_DEFECT)).withShift("S1"), "r1", at(1));
        assertThat(state()).isEqualTo(after);
        assertThat(again1.transactions()).isEqualTo(first.transactions());
        assertThat(again2.transactions()).isEqualTo(second.transactions());
        // 1000 − 388.5 = 611.5 g: each report backflushed once.
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("611.5");
        List<Runnable> conflicts = new ArrayList<>();
        conflicts.add(() -> s.complete(PO, 10, part(4, 0).withShift("S1"), "r1", at(1))); // other quantity
        conflicts.add(() -> s.complete(PO, 10, part(4, 1).withShift("S3"), "r1", at(1))); // other shift
        conflicts.add(() -> s.complete(PO, 10, last(4, 1).withShift("S1"), "r1", at(1))); // closes now
        conflicts.add(() -> s.complete(PO, 10, part(4, 1).withShift("S1"), "r1", at(5))); // other time
        conflicts.add(() -> s.complete(PO, 20, part(4, 1).withShift("S1"), "r1", at(1))); // other operation
        conflicts.add(() -> s.complete(PO, 10, part(4, 1).withShift("S1")
                .withActualUse(PLA, BigDecimal.ONE), "r1", at(1))); // other actual use
        for (Runnable c : conflicts) {
            assertThatThrownBy(c::run).isInstanceOfSatisfying(IdempotencyConflictException.class,
                    e -> assertThat(e.key()).isEqualTo("r1"));
            assertThat(state()).isEqualTo(after);
        }
    }

    @Test
    void reportWhoseBatchFails_postsNothing_orderUnchanged_keyStillUsable() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 0), "r1", at(1));
        // 1000 − 155.4 issued = 844.6 on hand; someone takes 800 g out, leaving 44.6 for the next 4 × 38.85 = 155.4.
        ledger.post(ExecFixtures.takeOut("OUT", PLA, "800", Uom.G, "LOT-1", 2));
        String before = state();
        assertThatThrownBy(() -> s.complete(PO, 10, part(4, 0), "r2", at(3)))
                .isInstanceOfSatisfying(LinkedBatchException.class,
                        e -> assertThat(e.rule()).isEqualTo("INSUFFICIENT_STOCK"));
        assertThat(state()).isEqualTo(before);
        assertThat(s.get(PO).operation(10).orElseThrow().reportKeys()).containsExactly("r1");
        ledger.post(receipt("BACK", PLA, "800", Uom.G, "LOT-1", 4));
        Execution ok = s.complete(PO, 10, part(4, 0), "r2", at(5));
        assertThat(sum(ok.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("155.4");
        assertThat(ok.order().operation(10).orElseThrow().good()).isEqualByComparingTo("8");
    }
}
