package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.DAY;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.order;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.spi.UnitOfWork;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Under {@link UnitOfWork#none()} a command whose order save fails after its ledger writes leaves postings the order
 * does not reflect; a retry with the same key must reconcile them: the order reflects every posting once, nothing is
 * posted twice, and a different command under the key is a conflict that writes nothing.
 */
class ProductionServiceRetryTest {
    static final ProductionOrderId PO = ProductionOrderId.of("PO-1");
    static final StockKey BOX_STOCK = StockKey.of(BOX, MAIN, "");
    static final StockKey PLA_STOCK = StockKey.of(PLA, MAIN, "LOT-1");
    InMemoryMaterialLedger ledger;
    InMemoryProductionOrderRepository orders;
    ProductionServiceUnitOfWorkTest.Faulty faulty;

    /** Three-argument constructor (UnitOfWork.none()); {@code pla} grams of PLA in LOT-1, 20 boxes. */
    ProductionService service(IssueType issueType, String pla) {
        ledger = new InMemoryMaterialLedger();
        orders = new InMemoryProductionOrderRepository();
        faulty = new ProductionServiceUnitOfWorkTest.Faulty(orders);
        ProductionService s = new ProductionService(faulty, ledger, ConsumptionPolicies.defaults());
        ledger.post(receipt("R1", PLA, pla, Uom.G, "LOT-1", -10));
        ledger.post(receipt("R2", BOX, "20", Uom.EA, "", -10));
        s.create(order("PO-1", WIDGET, 10));
        s.release(PO, ExecFixtures.widget(issueType), DAY);
        return s;
    }

    String state() {
        return ledger.entries() + "|" + ledger.balances() + "|" + ledger.allocations("PO-1") + "|"
                + orders.findVersioned(PO).orElseThrow();
    }

    OrderMaterial material(int op, ItemId component) {
        return orders.findById(PO).orElseThrow().operation(op).orElseThrow().material(component).orElseThrow();
    }

    long version() {
        return orders.findVersioned(PO).orElseThrow().version();
    }

    /**
     * The pair check: per component, the order's issued and returned equal the ledger's fold of the order's
     * ISSUE_TO_ORDER and RETURN_TO_STOCK entries (summed here from the raw entries, not by the code under test), and
     * issued = consumed + scrapped + returned + wip with the order's wip equal to the ledger's.
     */
    void assertConsistent(ItemId component, int op) {
        BigDecimal issued = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        for (LedgerEntry e : ledger.entries()) {
            MaterialTransaction t = e.transaction();
            if (!t.order().map("PO-1"::equals).orElse(false) || !t.item().equals(component)) {
                continue;
            }
            BigDecimal q = t.isReversal() ? t.quantity().amount().negate() : t.quantity().amount();
            if (t.type() == TransactionType.ISSUE_TO_ORDER) {
                issued = issued.add(q);
            } else if (t.type() == TransactionType.RETURN_TO_STOCK) {
                returned = returned.add(q);
            }
        }
        OrderMaterial m = material(op, component);
        assertThat(m.issued()).isEqualByComparingTo(issued);
        assertThat(m.returned()).isEqualByComparingTo(returned);
        assertThat(m.issued()).isEqualByComparingTo(m.consumed().add(m.scrapped()).add(m.returned()).add(m.wip()));
        assertThat(m.wip()).isEqualByComparingTo(ledger.wip("PO-1", component));
    }

    // ------------------------------------------------------------------------------------------------ issue

    @Test
    void issue_saveFailsThenRetrySameKey_orderReflectsPostingOnce() {
        ProductionService s = service(IssueType.MANUAL, "1000");
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        int size = ledger.size();
        Execution e = s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0);
        assertThat(ledger.size()).isEqualTo(size); // nothing posted twice
        assertThat(e.transactions().getOnly().key()).isEqualTo("iss-1/1");
        assertThat(material(50, BOX).issued()).isEqualByComparingTo("12");
        assertThat(material(50, BOX).commandKeys()).containsExactly("iss-1");
        assertThat(ledger.onHand(BOX_STOCK)).isEqualByComparingTo("8"); // 20 - 12, once
        assertConsistent(BOX, 50);
        // A further retry finds both reflecting it: returns the recorded result, saves nothing.
        long version = version();
        s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0);
        assertThat(version()).isEqualTo(version);
        assertThat(material(50, BOX).issued()).isEqualByComparingTo("12");
    }

    @Test
    void issue_saveFailsThenRetryOtherQuantity_conflictNothingWritten() {
        ProductionService s = service(IssueType.MANUAL, "1000");
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        String before = state();
        assertThatThrownBy(() -> s.issue(PO, 50, BOX, BigDecimal.valueOf(11), "", "iss-1", T0))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void issue_retryAfterAnotherIssueChangedTheOrder_bothReflected() {
        ProductionService s = service(IssueType.MANUAL, "1000");
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        s.issue(PO, 50, BOX, BigDecimal.valueOf(3), "", "iss-2", T0.plusSeconds(60));
        assertThat(material(50, BOX).issued()).isEqualByComparingTo("3"); // iss-1 still missing
        s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0);
        // 12 + 3 = 15 issued; 20 - 15 = 5 on hand.
        assertThat(material(50, BOX).issued()).isEqualByComparingTo("15");
        assertThat(material(50, BOX).commandKeys()).containsExactly("iss-2", "iss-1");
        assertThat(ledger.onHand(BOX_STOCK)).isEqualByComparingTo("5");
        assertConsistent(BOX, 50);
    }

    // ------------------------------------------------------------------------------------------------ return

    @Test
    void return_saveFailsThenRetrySameKey_orderReflectsPostingOnce() {
        ProductionService s = service(IssueType.MANUAL, "1000");
        s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0);
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(5), "", "ret-1",
                T0.plusSeconds(60))).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(material(50, BOX).returned()).isEqualByComparingTo("0"); // the gap
        int size = ledger.size();
        s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(5), "", "ret-1", T0.plusSeconds(60));
        assertThat(ledger.size()).isEqualTo(size);
        // 12 issued, 5 returned once: wip 7, on hand 20 - 12 + 5 = 13.
        assertThat(material(50, BOX).returned()).isEqualByComparingTo("5");
        assertThat(material(50, BOX).wip()).isEqualByComparingTo("7");
        assertThat(ledger.onHand(BOX_STOCK)).isEqualByComparingTo("13");
        assertConsistent(BOX, 50);
        long version = version();
        s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(5), "", "ret-1", T0.plusSeconds(60));
        assertThat(version()).isEqualTo(version);
        assertThat(material(50, BOX).returned()).isEqualByComparingTo("5");
    }

    @Test
    void return_saveFailsThenRetryOtherLot_conflictNothingWritten() {
        ProductionService s = service(IssueType.MANUAL, "1000");
        s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0);
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(5), "", "ret-1",
                T0.plusSeconds(60))).isInstanceOf(ConcurrencyConflictException.class);
        String before = state();
        assertThatThrownBy(() -> s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(5), "LOT-X", "ret-1",
                T0.plusSeconds(60))).isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(5), "", "ret-1",
                T0.plusSeconds(61))).isInstanceOf(IdempotencyConflictException.class);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void return_retryAfterAnotherReturnChangedTheOrder_bothReflected() {
        ProductionService s = service(IssueType.MANUAL, "1000");
        s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0);
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(5), "", "ret-1",
                T0.plusSeconds(60))).isInstanceOf(ConcurrencyConflictException.class);
        s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(2), "", "ret-2", T0.plusSeconds(120));
        s.issue(PO, 50, BOX, BigDecimal.valueOf(1), "", "iss-2", T0.plusSeconds(130));
        s.returnToStock(PO, 50, BOX, BigDecimal.valueOf(5), "", "ret-1", T0.plusSeconds(60));
        // issued 12 + 1 = 13, returned 5 + 2 = 7, wip 6; on hand 20 - 13 + 7 = 14.
        assertThat(material(50, BOX).issued()).isEqualByComparingTo("13");
        assertThat(material(50, BOX).returned()).isEqualByComparingTo("7");
        assertThat(material(50, BOX).wip()).isEqualByComparingTo("6");
        assertThat(ledger.onHand(BOX_STOCK)).isEqualByComparingTo("14");
        assertConsistent(BOX, 50);
    }

    // ------------------------------------------------------------------------------------------------ start

    @Test
    void start_autoIssue_saveFailsThenRetrySameKey_orderReflectsAutoIssueOnce() {
        // 400 g on hand: after the failed start only 11.5 g are left, so recomputing the start from stock would
        // report a shortage; the retry must reflect the posted auto-issue instead.
        ProductionService s = service(IssueType.AUTO_ISSUE, "400");
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.start(PO, 10, Map.of(), "s10", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(ledger.find("s10/1")).isPresent();
        int size = ledger.size();
        StartResult r = s.start(PO, 10, Map.of(), "s10", T0);
        assertThat(r.started()).isTrue();
        assertThat(ledger.size()).isEqualTo(size);
        OrderOperation op = orders.findById(PO).orElseThrow().operation(10).orElseThrow();
        assertThat(op.status()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(op.startKey()).contains("s10");
        assertThat(orders.findById(PO).orElseThrow().status()).isEqualTo(OrderStatus.IN_PROGRESS);
        // 10 × 37 g × 1.05 = 388.5 g issued once; 400 - 388.5 = 11.5 g on hand; the issue drew the allocation down.
        assertThat(material(10, PLA).issued()).isEqualByComparingTo("388.5");
        assertThat(material(10, PLA).allocations()).isEmpty();
        assertThat(ledger.onHand(PLA_STOCK)).isEqualByComparingTo("11.5");
        assertThat(ledger.allocated(PLA_STOCK)).isEqualByComparingTo("0");
        assertConsistent(PLA, 10);
        long version = version();
        s.start(PO, 10, Map.of(), "s10", T0);
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void start_autoIssue_saveFailsThenRetryOtherOperationOrTime_conflictNothingWritten() {
        ProductionService s = service(IssueType.AUTO_ISSUE, "400");
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.start(PO, 10, Map.of(), "s10", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        String before = state();
        assertThatThrownBy(() -> s.start(PO, 10, Map.of(), "s10", T0.plusSeconds(1)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void start_autoIssue_retryAfterAnIssueChangedTheOrder_bothReflected() {
        ProductionService s = service(IssueType.AUTO_ISSUE, "1000");
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.start(PO, 10, Map.of(), "s10", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        // Another command on the order in between: an extra 20 g issued to operation 10 (still PENDING).
        s.issue(PO, 10, PLA, BigDecimal.valueOf(20), "LOT-1", "iss-1", T0.plusSeconds(30));
        s.start(PO, 10, Map.of(), "s10", T0);
        // 388.5 auto-issued + 20 manual = 408.5 issued; 1000 - 408.5 = 591.5 g on hand.
        assertThat(material(10, PLA).issued()).isEqualByComparingTo("408.5");
        assertThat(material(10, PLA).commandKeys()).containsExactly("iss-1");
        assertThat(ledger.onHand(PLA_STOCK)).isEqualByComparingTo("591.5");
        assertThat(orders.findById(PO).orElseThrow().operation(10).orElseThrow().startKey()).contains("s10");
        assertConsistent(PLA, 10);
    }

    @Test
    void start_allocationOnly_saveFailsThenRetrySameKey_ownAllocationDoesNotCauseShortage() {
        // Backflush: the start only allocates. 400 g on hand, 388.5 g allocated by the failed start; the retry must
        // not count that allocation against itself (it would report a 377 g shortage: 400 - 388.5 = 11.5 free).
        ProductionService s = service(IssueType.BACKFLUSH, "400");
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.start(PO, 10, Map.of(), "s10", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(ledger.allocated(PLA_STOCK)).isEqualByComparingTo("388.5");
        StartResult r = s.start(PO, 10, Map.of(), "s10", T0);
        assertThat(r.shortages()).isEmpty();
        assertThat(r.started()).isTrue();
        assertThat(ledger.allocated(PLA_STOCK)).isEqualByComparingTo("388.5"); // once, not 777
        assertThat(material(10, PLA).allocated()).isEqualByComparingTo("388.5");
        assertThat(orders.findById(PO).orElseThrow().operation(10).orElseThrow().startKey()).contains("s10");
    }

    // ------------------------------------------------------------------------------------------------ complete

    @Test
    void complete_retryAfterAnIssueChangedTheOrder_consistent() {
        ProductionService s = service(IssueType.BACKFLUSH, "1000");
        s.start(PO, 10, Map.of(), "s10", T0);
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.complete(PO, 10, CompletionReport.good(10), "c10", T0.plusSeconds(60)))
                .isInstanceOf(ConcurrencyConflictException.class);
        s.issue(PO, 10, PLA, BigDecimal.valueOf(20), "LOT-1", "iss-1", T0.plusSeconds(90));
        int size = ledger.size();
        s.complete(PO, 10, CompletionReport.good(10), "c10", T0.plusSeconds(60));
        assertThat(ledger.size()).isEqualTo(size);
        // 388.5 g backflushed + 20 g issued: 408.5 issued, 388.5 consumed, 20 in process; 1000 - 408.5 on hand.
        assertThat(material(10, PLA).issued()).isEqualByComparingTo("408.5");
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("388.5");
        assertThat(ledger.onHand(PLA_STOCK)).isEqualByComparingTo("591.5");
        // The posted backflush issue drew the 388.5 g allocation down in the ledger; the order follows it.
        assertThat(ledger.allocated(PLA_STOCK)).isEqualByComparingTo("0");
        assertThat(material(10, PLA).allocated()).isEqualByComparingTo("0");
        assertConsistent(PLA, 10);
    }

    @Test
    void complete_saveFailsThenRetryOtherReport_conflictNothingWritten() {
        ProductionService s = service(IssueType.BACKFLUSH, "1000");
        s.start(PO, 10, Map.of(), "s10", T0);
        faulty.failNextSave = true;
        CompletionReport four = CompletionReport.partial(BigDecimal.valueOf(4), BigDecimal.ZERO,
                java.util.Optional.empty());
        assertThatThrownBy(() -> s.complete(PO, 10, four, "c10", T0.plusSeconds(60)))
                .isInstanceOf(ConcurrencyConflictException.class);
        String before = state();
        // 6 good would consume 6 × 38.85 = 233.1 g, the posted report consumed 4 × 38.85 = 155.4 g.
        assertThatThrownBy(() -> s.complete(PO, 10, CompletionReport.partial(BigDecimal.valueOf(6), BigDecimal.ZERO,
                java.util.Optional.empty()), "c10", T0.plusSeconds(60)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> s.complete(PO, 10, four, "c10", T0.plusSeconds(61)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(state()).isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------------ reverse

    @Test
    void reverseReport_saveFailsThenRetrySameKey_consistent() {
        ProductionService s = service(IssueType.BACKFLUSH, "1000");
        s.start(PO, 10, Map.of(), "s10", T0);
        s.complete(PO, 10, CompletionReport.partial(BigDecimal.valueOf(4), BigDecimal.ZERO, java.util.Optional.empty()),
                "r1", T0.plusSeconds(60));
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r1", "r1/rev", T0.plusSeconds(120)))
                .isInstanceOf(ConcurrencyConflictException.class);
        int size = ledger.size();
        s.reverseReport(PO, 10, "r1", "r1/rev", T0.plusSeconds(120));
        assertThat(ledger.size()).isEqualTo(size);
        OrderOperation op = orders.findById(PO).orElseThrow().operation(10).orElseThrow();
        assertThat(op.isReversed("r1")).isTrue();
        assertThat(op.good()).isEqualByComparingTo("0");
        // Everything the report consumed is back in process: consumed 0.
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("0");
        assertConsistent(PLA, 10);
    }

    @Test
    void reverseReport_retryAfterAnIssueChangedTheOrder_consistent() {
        ProductionService s = service(IssueType.BACKFLUSH, "1000");
        s.start(PO, 10, Map.of(), "s10", T0);
        s.complete(PO, 10, CompletionReport.partial(BigDecimal.valueOf(4), BigDecimal.ZERO, java.util.Optional.empty()),
                "r1", T0.plusSeconds(60));
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r1", "r1/rev", T0.plusSeconds(120)))
                .isInstanceOf(ConcurrencyConflictException.class);
        s.issue(PO, 10, PLA, BigDecimal.valueOf(20), "LOT-1", "iss-1", T0.plusSeconds(150));
        int size = ledger.size();
        s.reverseReport(PO, 10, "r1", "r1/rev", T0.plusSeconds(120));
        assertThat(ledger.size()).isEqualTo(size);
        // The report's backflush issue (4 × 38.85 = 155.4 g) and consumption are reversed; the 20 g issue stays:
        // issued 20, consumed 0, 20 in process; on hand 1000 - 20 = 980.
        assertThat(material(10, PLA).issued()).isEqualByComparingTo("20");
        assertThat(material(10, PLA).consumed()).isEqualByComparingTo("0");
        assertThat(ledger.onHand(PLA_STOCK)).isEqualByComparingTo("980");
        assertConsistent(PLA, 10);
    }

    @Test
    void reverseReport_saveFailsThenRetryForAnotherReport_conflictNothingWritten() {
        ProductionService s = service(IssueType.BACKFLUSH, "1000");
        s.start(PO, 10, Map.of(), "s10", T0);
        CompletionReport four = CompletionReport.partial(BigDecimal.valueOf(4), BigDecimal.ZERO,
                java.util.Optional.empty());
        s.complete(PO, 10, four, "r1", T0.plusSeconds(60));
        s.complete(PO, 10, CompletionReport.partial(BigDecimal.valueOf(2), BigDecimal.ZERO,
                java.util.Optional.empty()), "r2", T0.plusSeconds(70));
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r1", "rev", T0.plusSeconds(120)))
                .isInstanceOf(ConcurrencyConflictException.class);
        String before = state();
        // Reversing r2 (2 pieces, 77.7 g) under the key that reversed r1 (4 pieces, 155.4 g).
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r2", "rev", T0.plusSeconds(120)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(state()).isEqualTo(before);
    }
}
