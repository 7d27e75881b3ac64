package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.CUP;
import static dev.mfg.core.production.ExecFixtures.DAY;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.POWDER;
import static dev.mfg.core.production.ExecFixtures.SHIP_LABEL;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.assertRule;
import static dev.mfg.core.production.ExecFixtures.order;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static dev.mfg.core.production.PartialCompletionTest.PURGED;
import static dev.mfg.core.production.PartialCompletionTest.last;
import static dev.mfg.core.production.PartialCompletionTest.part;
import static dev.mfg.core.production.PartialCompletionTest.purged;
import static dev.mfg.core.production.PartialCompletionTest.started;
import static dev.mfg.core.production.PartialCompletionTest.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.IllegalTransitionException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reversing a completion report through {@link ProductionService#reverseReport}: hand-computed examples per
 * consumption policy (the rounding and close top-up re-share), re-opening the operation and the order, every rule,
 * idempotent retries and atomicity.
 *
 * <p>Figures as in {@link PartialCompletionTest}: widget PLA R = 388.5 g for Q = 10, 38.85 g per piece; purged
 * product R = 10 g per order, so with Q = 6 the cumulative share is f(x) = ⌊10·x/6⌋ to 6 digits: f(1) = 1.666666,
 * f(2) = 3.333333, f(3) = 5, f(4) = 6.666666.
 */
class ReportReversalTest extends ShopFloorFixture {
    @BeforeEach
    void powder() { // after the fixture's stock: the purged product's powder too
        ledger.post(receipt("R5", POWDER, "5", Uom.KG, "", -10));
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    String state() {
        return ledger.entries() + "|" + ledger.balances() + "|" + ledger.allocations("PO-1") + "|"
                + orders.findVersioned(PO).orElseThrow();
    }

    OrderMaterial material(int op, ItemId item) {
        return orders.findById(PO).orElseThrow().operation(op).orElseThrow().material(item).orElseThrow();
    }

    static BigDecimal reversed(Execution e, TransactionType type, ItemId item) {
        return sum(e.transactions().select(MaterialTransaction::isReversal), type, item);
    }

    static BigDecimal posted(Execution e, TransactionType type, ItemId item) {
        return sum(e.transactions().reject(MaterialTransaction::isReversal), type, item);
    }

    // ---------------------------------------------------------------- examples

    /**
     * The only report (4 good + 1 scrap, PROPORTIONAL): 155.4 g consumed, 38.85 g scrapped, 194.25 g backflushed
     * from the 388.5 g allocated at start. Its reversal takes all three back (scrap, consumption, issue: last first)
     * and posts nothing else; the allocation drawn down stays drawn down (194.25 g left), as for a reversed issue.
     */
    @Test
    void reverseReport_onlyReport_everythingBackToZero() {
        ProductionService s = service(ConsumptionPolicy.PROPORTIONAL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 1), "r0", at(1));
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("805.75"); // 1000 - 194.25

        Execution e = s.reverseReport(PO, 10, "r0", "r0-rev", at(2));

        assertThat(e.transactions()).extracting(MaterialTransaction::type).containsExactly(TransactionType.SCRAP,
                TransactionType.CONSUMPTION, TransactionType.ISSUE_TO_ORDER);
        assertThat(e.transactions()).extracting(t -> t.reverses().orElseThrow()).containsExactly("r0/3", "r0/2",
                "r0/1");
        assertThat(e.transactions()).extracting(MaterialTransaction::key).containsExactly("r0-rev/1", "r0-rev/2",
                "r0-rev/3");
        OrderOperation op = e.order().operation(10).orElseThrow();
        assertThat(op.good()).isZero();
        assertThat(op.scrap()).isZero();
        assertThat(op.scrapReason()).isEmpty();
        assertThat(op.status()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(op.reportKeys()).containsExactly("r0");
        assertThat(op.liveReports()).isEmpty();
        assertThat(op.reversals()).containsExactly(new ReportReversal("r0-rev", "r0", at(2)));
        assertThat(op.isReversed("r0")).isTrue();
        assertThat(e.order().operation(20).orElseThrow().quantityIn()).isZero();
        OrderMaterial pla = material(10, PLA);
        assertThat(pla.issued()).isZero();
        assertThat(pla.consumed()).isZero();
        assertThat(pla.scrapped()).isZero();
        assertThat(pla.allocated()).isEqualByComparingTo("194.25");
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("1000");
        assertThat(ledger.wip("PO-1", PLA)).isZero();
        assertThat(s.get(PO)).isEqualTo(e.order());
    }

    /**
     * PROPORTIONAL, purged product, Q = 6: r0 1 → f(1) = 1.666666; r1 2 → f(3) − f(1) = 3.333334; r2 1 → f(4) − f(3)
     * = 1.666666 (6.666666 in all). Reversing r1 takes back 3.333334, leaving 3.333332, but one report of the live 2
     * pieces posts f(2) = 3.333333: the re-share issues and consumes the missing 0.000001. A new report of 2 then
     * posts f(4) − f(2) = 3.333333, so the total is again f(4) = 6.666666, what one report of the 4 pieces posts.
     */
    @Test
    void reverseReport_middleOfThree_reSharesRoundingThenReportsAgain() {
        ProductionService s = service(ConsumptionPolicy.PROPORTIONAL);
        started(s, "PO-1", PURGED, 6, purged());
        s.complete(PO, 10, part(1, 0), "r0", at(1));
        s.complete(PO, 10, part(2, 0), "r1", at(2));
        s.complete(PO, 10, part(1, 0), "r2", at(3));
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("6.666666");

        Execution e = s.reverseReport(PO, 10, "r1", "r1-rev", at(4));

        assertThat(reversed(e, TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("3.333334");
        assertThat(reversed(e, TransactionType.ISSUE_TO_ORDER, PLA)).isEqualByComparingTo("3.333334");
        assertThat(posted(e, TransactionType.ISSUE_TO_ORDER, PLA)).isEqualByComparingTo("0.000001");
        assertThat(posted(e, TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("0.000001");
        // The purged product has one operation, so each report also received its pieces: 2 go back.
        assertThat(reversed(e, TransactionType.RECEIPT_FROM_ORDER, PURGED)).isEqualByComparingTo("2");
        assertThat(e.transactions()).hasSize(5);
        assertThat(e.order().received()).isEqualByComparingTo("2");
        OrderOperation op = e.order().operation(10).orElseThrow();
        assertThat(op.good()).isEqualByComparingTo("2");
        assertThat(op.liveReports()).extracting(OperationReport::key).containsExactly("r0", "r2");
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("3.333333");
        assertThat(material(10, PLA).wip()).isZero();

        Execution again = s.complete(PO, 10, part(2, 0), "r3", at(5));
        assertThat(sum(again.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("3.333333");
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("6.666666");
        assertThat(material(10, PLA).issued()).isEqualByComparingTo("6.666666");
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("993.333334");
    }

    /**
     * PROPORTIONAL, purged, Q = 6: r0, r1, r2 of 1 each post 1.666666, 1.666667, 1.666667 (f(3) = 5). Reversing r0
     * takes back 1.666666, leaving 3.333334 for the live 2 pieces, one unit more than f(2) = 3.333333: the re-share
     * reverses the latest live consumption (r2's 1.666667) and posts 1.666666 again. The unit stays in work in
     * process (issued 3.333334), and the next report of 1 (f(3) − f(2) = 1.666667) uses it.
     */
    @Test
    void reverseReport_firstOfThree_takesBackTheRoundingUnit() {
        ProductionService s = service(ConsumptionPolicy.PROPORTIONAL);
        started(s, "PO-1", PURGED, 6, purged());
        s.complete(PO, 10, part(1, 0), "r0", at(1));
        s.complete(PO, 10, part(1, 0), "r1", at(2));
        s.complete(PO, 10, part(1, 0), "r2", at(3));

        Execution e = s.reverseReport(PO, 10, "r0", "r0-rev", at(4));

        assertThat(e.transactions()).extracting(t -> t.reverses().orElse("-")).containsExactly("r0/3", "r0/2",
                "r0/1", "r2/2", "-"); // receipt, consumption, issue of r0; r2's consumption
        assertThat(posted(e, TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("1.666666");
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("3.333333");
        assertThat(material(10, PLA).issued()).isEqualByComparingTo("3.333334");
        assertThat(material(10, PLA).wip()).isEqualByComparingTo("0.000001");
        assertThat(ledger.wip("PO-1", PLA)).isEqualByComparingTo("0.000001");

        Execution next = s.complete(PO, 10, part(1, 0), "r3", at(5));
        assertThat(sum(next.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("1.666667");
        assertThat(sum(next.transactions(), TransactionType.ISSUE_TO_ORDER, PLA)).isEqualByComparingTo("1.666666");
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("5");
        assertThat(material(10, PLA).wip()).isZero();
    }

    /**
     * CONSUME_ALL, widget: r0 1 good → 38.85 consumed; r1 1 scrap → 38.85 scrapped; r2 1 good closes: 388.5 in all,
     * scrapped 388.5·1/3 = 129.5, consumed 259, so r2 posts 220.15 and 90.65. Reversing r1 (the operation stays
     * closed) takes back its 38.85 scrap; one closing report of the live 2 good, 0 scrap posts 388.5 consumed and
     * nothing scrapped, so the re-share reverses r2's 90.65 scrap and consumes 129.5 more, of which 90.65 is the
     * work in process freed and 38.85 a new backflush (the allocation is used up): issued 388.5, consumed 388.5.
     */
    @Test
    void reverseReport_consumeAllClosed_reSharesTheCloseTopUp() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(1, 0), "r0", at(1));
        s.complete(PO, 10, part(0, 1), "r1", at(2));
        Execution closing = s.complete(PO, 10, last(1, 0), "r2", at(3));
        assertThat(sum(closing.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("220.15");
        assertThat(sum(closing.transactions(), TransactionType.SCRAP, PLA)).isEqualByComparingTo("90.65");

        Execution e = s.reverseReport(PO, 10, "r1", "r1-rev", at(4));

        assertThat(e.transactions()).extracting(t -> t.reverses().orElse(t.type().name())).containsExactly("r1/2",
                "r1/1", "r2/3", "ISSUE_TO_ORDER", "CONSUMPTION");
        assertThat(reversed(e, TransactionType.SCRAP, PLA)).isEqualByComparingTo("129.5"); // 38.85 + 90.65
        assertThat(posted(e, TransactionType.ISSUE_TO_ORDER, PLA)).isEqualByComparingTo("38.85");
        assertThat(posted(e, TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("129.5");
        OrderOperation op = e.order().operation(10).orElseThrow();
        assertThat(op.status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(op.good()).isEqualByComparingTo("2");
        assertThat(op.scrap()).isZero();
        assertThat(op.scrapReason()).isEmpty();
        OrderMaterial pla = material(10, PLA);
        assertThat(pla.issued()).isEqualByComparingTo("388.5");
        assertThat(pla.consumed()).isEqualByComparingTo("388.5");
        assertThat(pla.scrapped()).isZero();
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("611.5");
    }

    /**
     * GOOD_ONLY, widget: r0 3 good + 1 scrap → 116.55; r1 2 good → 77.7. Reversing r0 takes back 116.55 and leaves
     * 77.7 = 38.85·2, what one report of the live totals posts: no re-share. Scrap and its reason go with r0.
     */
    @Test
    void reverseReport_goodOnly_noReShareNeeded() {
        ProductionService s = service(ConsumptionPolicy.GOOD_ONLY);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(3, 1), "r0", at(1));
        s.complete(PO, 10, part(2, 0), "r1", at(2));

        Execution e = s.reverseReport(PO, 10, "r0", "r0-rev", at(3));

        assertThat(e.transactions()).allSatisfy(t -> assertThat(t.isReversal()).isTrue());
        assertThat(reversed(e, TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("116.55");
        OrderOperation op = e.order().operation(10).orElseThrow();
        assertThat(op.good()).isEqualByComparingTo("2");
        assertThat(op.scrap()).isZero();
        assertThat(op.scrapReason()).isEmpty();
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("77.7");
        assertThat(e.order().operation(20).orElseThrow().quantityIn()).isEqualByComparingTo("2");
    }

    /**
     * CONSUME_ALL, widget: r0 4 good + 1 scrap (open: 155.4 / 38.85); r1 3 + 1 closes (G 7, S 2: scrapped
     * 388.5·2/9 = 86.333333 half-up, consumed 302.166667, so r1 posts 146.766667 / 47.483333). Reversing r1
     * re-opens operation 10 (what is left, 155.4 / 38.85, is the open share of 4 + 1: no re-share) and operation
     * 20 takes 4 in. Re-closing with 4 + 1 posts the close of 8 + 2: 310.8 / 77.7 in all.
     */
    @Test
    void reverseReport_closingReport_reopensThenRecloses() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 1), "r0", at(1));
        Execution closing = s.complete(PO, 10, last(3, 1), "r1", at(2));
        assertThat(sum(closing.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("146.766667");
        assertThat(sum(closing.transactions(), TransactionType.SCRAP, PLA)).isEqualByComparingTo("47.483333");

        Execution e = s.reverseReport(PO, 10, "r1", "r1-rev", at(3));

        assertThat(e.transactions()).hasSize(3).allSatisfy(t -> assertThat(t.isReversal()).isTrue());
        OrderOperation op = e.order().operation(10).orElseThrow();
        assertThat(op.status()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(op.completionKey()).isEmpty();
        assertThat(op.good()).isEqualByComparingTo("4");
        assertThat(op.scrap()).isEqualByComparingTo("1");
        assertThat(op.scrapReason()).contains(ScrapReason.QUALITY_DEFECT);
        assertThat(e.order().operation(20).orElseThrow().quantityIn()).isEqualByComparingTo("4");
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("155.4");
        assertThat(material(10, PLA).scrapped()).isEqualByComparingTo("38.85");

        Execution reclose = s.complete(PO, 10, last(4, 1), "r2", at(4));
        assertThat(sum(reclose.transactions(), TransactionType.CONSUMPTION, PLA)).isEqualByComparingTo("155.4");
        assertThat(sum(reclose.transactions(), TransactionType.SCRAP, PLA)).isEqualByComparingTo("38.85");
        assertThat(reclose.order().operation(10).orElseThrow().status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(reclose.order().operation(10).orElseThrow().completionKey()).contains("r2");
        assertThat(reclose.order().operation(20).orElseThrow().quantityIn()).isEqualByComparingTo("8");
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("310.8");
        assertThat(material(10, PLA).scrapped()).isEqualByComparingTo("77.7");
    }

    /** Runs the mixed widget (ship labels backflushed PER_ORDER at OP-20) to completion: OP-50 in 6 then 4. */
    ProductionService completedMixed() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        MasterData data = ExecFixtures.widgetMixed();
        s.create(order("PO-1", WIDGET, 10));
        s.release(PO, data, DAY);
        for (int op : new int[] {10, 20, 30, 40}) {
            s.start(PO, op, Map.of(), "s" + op, at(op));
            s.complete(PO, op, CompletionReport.good(10), "c" + op, at(op + 1));
        }
        s.start(PO, 50, Map.of(), "s50", at(50));
        s.complete(PO, 50, part(6, 0), "c50a", at(51));
        Execution done = s.complete(PO, 50, last(4, 0), "c50b", at(52));
        assertThat(done.order().status()).isEqualTo(OrderStatus.COMPLETED);
        return s;
    }

    /**
     * The report that completed the order (OP-50's 4 good) posted: 4 boxes issued and consumed (CONSUME_ALL closed:
     * 10 in all, 6 before), the deferred ship labels (10 issued and consumed, CONSUME_ALL of OP-20's 10 good) and
     * the receipt of 4 widgets. Its reversal takes all five back: the order is IN_PROGRESS with 6 received, OP-50
     * re-opens, ship labels back to 100 in stock. Closing again with 4 completes the order as before.
     */
    @Test
    void reverseReport_reportThatCompletedTheOrder_reopensTheOrder() {
        ProductionService s = completedMixed();
        assertThat(material(20, SHIP_LABEL).consumed()).isEqualByComparingTo("10");

        Execution e = s.reverseReport(PO, 50, "c50b", "c50b-rev", at(53));

        assertThat(e.transactions()).hasSize(5).allSatisfy(t -> assertThat(t.isReversal()).isTrue());
        assertThat(e.transactions().getFirst().type()).isEqualTo(TransactionType.RECEIPT_FROM_ORDER);
        ProductionOrder o = e.order();
        assertThat(o.status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(o.received()).isEqualByComparingTo("6");
        assertThat(o.operation(50).orElseThrow().status()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(o.operation(50).orElseThrow().good()).isEqualByComparingTo("6");
        assertThat(material(20, SHIP_LABEL).issued()).isZero();
        assertThat(material(20, SHIP_LABEL).consumed()).isZero();
        assertThat(material(50, BOX).consumed()).isEqualByComparingTo("6");
        assertThat(material(50, BOX).issued()).isEqualByComparingTo("6");
        assertThat(ledger.onHand(StockKey.of(SHIP_LABEL, MAIN, ""))).isEqualByComparingTo("100");
        assertThat(ledger.onHand(StockKey.of(WIDGET, MAIN, "PO-1"))).isEqualByComparingTo("6");
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("94");

        Execution again = s.complete(PO, 50, last(4, 0), "c50c", at(54));
        assertThat(again.order().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(again.order().received()).isEqualByComparingTo("10");
        assertThat(material(20, SHIP_LABEL).consumed()).isEqualByComparingTo("10");
        assertThat(material(50, BOX).consumed()).isEqualByComparingTo("10");
        assertThat(ledger.onHand(StockKey.of(SHIP_LABEL, MAIN, ""))).isEqualByComparingTo("90");
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("90");
        assertThat(ledger.onHand(StockKey.of(WIDGET, MAIN, "PO-1"))).isEqualByComparingTo("10");
    }

    /** A report of OP-50 that did not complete the order: received 10 → 4, the order stays COMPLETED. */
    @Test
    void reverseReport_earlierReportOfCompletedOrder_orderStaysCompleted() {
        ProductionService s = completedMixed();

        Execution e = s.reverseReport(PO, 50, "c50a", "c50a-rev", at(53));

        assertThat(e.order().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(e.order().received()).isEqualByComparingTo("4");
        assertThat(e.order().operation(50).orElseThrow().status()).isEqualTo(OperationStatus.COMPLETED);
        // CONSUME_ALL closed keeps 10 boxes in all: the re-share consumes again the 6 the reversal took back.
        assertThat(material(50, BOX).consumed()).isEqualByComparingTo("10");
        assertThat(ledger.onHand(StockKey.of(WIDGET, MAIN, "PO-1"))).isEqualByComparingTo("4");
    }

    /** Melamine cups, 4 cavities: 10 + 6 pieces take ⌈16/4⌉ = 4 cycles; without the 10, ⌈6/4⌉ = 2. */
    @Test
    void reverseReport_toolCycles_recomputedOnTheLiveReports() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", CUP, 100, ExecFixtures.melamine());
        s.complete(PO, 10, part(10, 0), "r0", at(1));
        assertThat(s.complete(PO, 10, part(5, 1).withShift("S2"), "r1", at(2)).order().operation(10).orElseThrow()
                .toolCycles()).isEqualTo(4);

        Execution e = s.reverseReport(PO, 10, "r0", "r0-rev", at(3));

        assertThat(e.order().operation(10).orElseThrow().toolCycles()).isEqualTo(2);
        assertThat(e.order().operation(10).orElseThrow().shift()).contains("S2");
        assertThat(material(10, POWDER).consumed()).isEqualByComparingTo("60"); // 12 g x 5 good
    }

    // ---------------------------------------------------------------- rules

    @Test
    void reverseReport_unknownKeyOrWrongOperation_reportUnknown() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 0), "r0", at(1));
        s.start(PO, 20, Map.of(), "s20", at(2));
        String before = state();
        assertRule(() -> s.reverseReport(PO, 10, "nope", "rev", at(3)), "REPORT_UNKNOWN",
                "order[PO-1].operations[10].reports[nope]");
        assertThatThrownBy(() -> s.reverseReport(PO, 20, "r0", "rev", at(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REPORT_UNKNOWN");
                    assertThat(e.problems().get(0).path()).isEqualTo("order[PO-1].operations[20].reports[r0]");
                    assertThat(e.getMessage()).contains("operation 10");
                });
        assertRule(() -> s.reverseReport(PO, 60, "r0", "rev", at(3)), "OPERATION_UNKNOWN",
                "order[PO-1].operations[60]");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void reverseReport_twice_alreadyReversed() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 0), "r0", at(1));
        s.reverseReport(PO, 10, "r0", "rev-1", at(2));
        String before = state();
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r0", "rev-2", at(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REPORT_ALREADY_REVERSED");
                    assertThat(e.problems().get(0).path()).isEqualTo("order[PO-1].operations[10].reports[r0]");
                    assertThat(e.getMessage()).contains("rev-1");
                });
        assertThat(state()).isEqualTo(before);
    }

    /**
     * OP-10 reports 5 then 3; OP-20 (started on the 5) processes 6 of the 8. Reversing OP-10's 3 would leave 5
     * entering OP-20, which processed 6: refused, naming both operations. Reversing the 5 too (3 left).
     */
    @Test
    void reverseReport_laterOperationProcessedThePieces_consumedDownstream() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(5, 0), "r0", at(1));
        s.start(PO, 20, Map.of(), "s20", at(2));
        s.complete(PO, 10, part(3, 0), "r1", at(3));
        s.complete(PO, 20, part(6, 0), "q0", at(4));
        String before = state();
        for (String report : new String[] {"r1", "r0"}) {
            assertThatThrownBy(() -> s.reverseReport(PO, 10, report, "rev", at(5)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.rule()).isEqualTo("REPORT_CONSUMED_DOWNSTREAM");
                        assertThat(e.problems().get(0).path())
                                .isEqualTo("order[PO-1].operations[10].reports[" + report + "]");
                        assertThat(e.getMessage()).contains("operation (10)").contains("operation (20)");
                    });
        }
        assertThat(state()).isEqualTo(before);
        // Once OP-20's report is reversed, OP-10's can be.
        s.reverseReport(PO, 20, "q0", "q0-rev", at(5));
        assertThat(s.reverseReport(PO, 10, "r1", "r1-rev", at(6)).order().operation(20).orElseThrow().quantityIn())
                .isEqualByComparingTo("5");
    }

    /**
     * OP-10 reports 8 and is closed short by a closing report; OP-20 closes on 5 of the 8. Reversing OP-10's
     * closing report would re-open OP-10 under a closed OP-20: refused.
     */
    @Test
    void reverseReport_reopenUnderClosedSuccessor_consumedDownstream() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(8, 0), "r0", at(1));
        s.complete(PO, 10, CompletionReport.closing(), "r1", at(2));
        s.start(PO, 20, Map.of(), "s20", at(3));
        s.complete(PO, 20, last(5, 0), "q0", at(4));
        String before = state();
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r1", "rev", at(5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REPORT_CONSUMED_DOWNSTREAM");
                    assertThat(e.problems().get(0).path()).isEqualTo("order[PO-1].operations[10].reports[r1]");
                    assertThat(e.getMessage()).contains("operation (10)").contains("operation (20)");
                });
        assertThat(state()).isEqualTo(before);
    }

    /**
     * 7 of the 10 widgets received are shipped (an outbound adjustment): reversing the report that received 4 would
     * drive the lot negative. The ledger's own exception, and nothing changes in the order or the ledger.
     */
    @Test
    void reverseReport_finishedGoodsShipped_ledgerRefusesAndNothingChanges() {
        ProductionService s = completedMixed();
        ledger.post(ExecFixtures.takeOut("SHIP-1", WIDGET, "7", Uom.EA, "PO-1", 60));
        String before = state();
        assertThatThrownBy(() -> s.reverseReport(PO, 50, "c50b", "rev", at(61)))
                .isInstanceOfSatisfying(LinkedBatchException.class,
                        e -> assertThat(e.rule()).isEqualTo("INSUFFICIENT_STOCK"));
        assertThat(state()).isEqualTo(before);
        assertThat(s.get(PO).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void reverseReport_datedBeforeTheReport_ledgerRefusesAndNothingChanges() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 0), "r0", at(5));
        String before = state();
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r0", "rev", at(4)))
                .isInstanceOfSatisfying(LinkedBatchException.class,
                        e -> assertThat(e.rule()).isEqualTo("REVERSAL_BEFORE_ORIGINAL"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void reverseReport_orderOnHold_illegalTransition() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(4, 0), "r0", at(1));
        s.hold(PO);
        String before = state();
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r0", "rev", at(2)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(state()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- idempotency

    @Test
    void reverseReport_retrySameKeyAndTarget_returnsTheRecordedResult() {
        ProductionService s = service(ConsumptionPolicy.PROPORTIONAL);
        started(s, "PO-1", PURGED, 6, purged());
        s.complete(PO, 10, part(1, 0), "r0", at(1));
        s.complete(PO, 10, part(2, 0), "r1", at(2));
        s.complete(PO, 10, part(1, 0), "r2", at(3));
        Execution first = s.reverseReport(PO, 10, "r1", "rev", at(4));
        String after = state();

        Execution retry = s.reverseReport(PO, 10, "r1", "rev", at(4));

        assertThat(retry.transactions()).isEqualTo(first.transactions());
        assertThat(retry.order()).isEqualTo(first.order());
        assertThat(state()).isEqualTo(after);
    }

    @Test
    void reverseReport_sameKeyOtherTargetOrUsedKey_conflictAndNothingChanges() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        s.complete(PO, 10, part(2, 0), "r0", at(1));
        s.complete(PO, 10, part(3, 0), "r1", at(2));
        s.start(PO, 20, Map.of(), "s20", at(3));
        s.complete(PO, 20, part(1, 0), "q0", at(4));
        s.reverseReport(PO, 10, "r0", "rev", at(5));
        String before = state();
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r1", "rev", at(5)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> s.reverseReport(PO, 20, "q0", "rev", at(5)))
                .isInstanceOf(IdempotencyConflictException.class);
        // A reversal under a report's or start's key, and a report under a reversal's key.
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r1", "r0", at(5)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r1", "s20", at(5)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> s.complete(PO, 10, part(1, 0), "rev", at(5)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(state()).isEqualTo(before);
    }

    /** A retry of a report that was reversed since is recognised: it returns its own transactions, posts nothing. */
    @Test
    void complete_retryOfReversedReport_doesNotPostAgain() {
        ProductionService s = service(ConsumptionPolicy.CONSUME_ALL);
        started(s, "PO-1", WIDGET, 10, ExecFixtures.widget(IssueType.BACKFLUSH));
        Execution first = s.complete(PO, 10, part(2, 0), "r0", at(1));
        s.reverseReport(PO, 10, "r0", "rev", at(2));
        String before = state();

        Execution retry = s.complete(PO, 10, part(2, 0), "r0", at(1));

        assertThat(retry.transactions()).isEqualTo(first.transactions());
        assertThat(retry.order().operation(10).orElseThrow().good()).isZero();
        assertThat(state()).isEqualTo(before);
        assertThat(ledger.entries().collect(LedgerEntry::transaction).select(MaterialTransaction::isReversal))
                .hasSize(2);
    }
}
