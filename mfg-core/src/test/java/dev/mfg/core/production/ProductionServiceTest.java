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
import dev.mfg.core.error.IllegalTransitionException;
import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductionServiceTest {
    static final ProductionOrderId PO = ProductionOrderId.of("PO-1");
    InMemoryMaterialLedger ledger;
    InMemoryProductionOrderRepository orders;
    ProductionService service;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryMaterialLedger();
        orders = new InMemoryProductionOrderRepository();
        service = new ProductionService(orders, ledger, ConsumptionPolicies.defaults());
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "LOT-1", -10));
        ledger.post(receipt("R2", BOX, "20", Uom.EA, "", -10));
        service.create(order("PO-1", WIDGET, 10));
        service.release(PO, ExecFixtures.widget(IssueType.BACKFLUSH), DAY);
    }

    String state() {
        return ledger.entries() + "|" + ledger.allocations("PO-1") + "|" + orders.findVersioned(PO).orElseThrow();
    }

    @Test
    void complete_retriedWithSameKey_noDoubleBackflush() {
        service.start(PO, 10, Map.of(), "s10", T0);
        Execution first = service.complete(PO, 10, CompletionReport.good(10), "c10", T0);
        String after = state();
        Execution again = service.complete(PO, 10, CompletionReport.good(10), "c10", T0);
        assertThat(state()).isEqualTo(after);
        assertThat(again.transactions()).isEqualTo(first.transactions());
        // 1000 - 388.5 = 611.5 g: backflushed once.
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("611.5");
    }

    @Test
    void complete_otherKeyAfterCompletion_rejected_nothingWritten() {
        service.start(PO, 10, Map.of(), "s10", T0);
        service.complete(PO, 10, CompletionReport.good(10), "c10", T0);
        String after = state();
        assertThatThrownBy(() -> service.complete(PO, 10, CompletionReport.good(10), "c10-bis", T0))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(state()).isEqualTo(after);
    }

    @Test
    void start_retried_replays_andShortageWritesNothing() {
        StartResult s = service.start(PO, 10, Map.of(), "s10", T0);
        String after = state();
        StartResult again = service.start(PO, 10, Map.of(), "s10", T0);
        assertThat(state()).isEqualTo(after);
        assertThat(again.allocations()).isEqualTo(s.allocations());
        InMemoryMaterialLedger empty = new InMemoryMaterialLedger();
        ProductionService poor = new ProductionService(orders, empty, ConsumptionPolicies.defaults());
        service.create(order("PO-2", WIDGET, 10));
        service.release(ProductionOrderId.of("PO-2"), ExecFixtures.widget(IssueType.BACKFLUSH), DAY);
        String before = state() + orders.findVersioned(ProductionOrderId.of("PO-2"));
        assertThat(poor.start(ProductionOrderId.of("PO-2"), 10, Map.of(), "x", T0).started()).isFalse();
        assertThat(state() + orders.findVersioned(ProductionOrderId.of("PO-2"))).isEqualTo(before);
    }

    @Test
    void complete_stockVanished_batchRefused_orderUnchanged() {
        service.start(PO, 10, Map.of(), "s10", T0);
        // Someone scraps the allocated filament from stock (allocations do not block physical movements).
        ledger.post(ExecFixtures.takeOut("O1", PLA, "900", Uom.G, "LOT-1", 1));
        String before = state();
        assertThatThrownBy(() -> service.complete(PO, 10, CompletionReport.good(10), "c10", T0.plusSeconds(120)))
                .isInstanceOfSatisfying(LinkedBatchException.class, e -> {
                    assertThat(e.rule()).isEqualTo("INSUFFICIENT_STOCK");
                    assertThat(e.getCause()).isInstanceOf(InsufficientStockException.class);
                });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void issueAndReturn_retries_replay_conflictsDetected() {
        ProductionOrderId id = ProductionOrderId.of("PO-M");
        service.create(order("PO-M", WIDGET, 10));
        service.release(id, ExecFixtures.widget(IssueType.MANUAL), DAY);
        service.issue(id, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0);
        String after = state() + orders.findVersioned(id);
        service.issue(id, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0);
        assertThat(state() + orders.findVersioned(id)).isEqualTo(after);
        assertThatThrownBy(() -> service.issue(id, 50, BOX, BigDecimal.valueOf(13), "", "iss-1", T0))
                .isInstanceOf(IdempotencyConflictException.class);
        service.returnToStock(id, 50, BOX, BigDecimal.valueOf(2), "", "ret-1", T0);
        service.returnToStock(id, 50, BOX, BigDecimal.valueOf(2), "", "ret-1", T0);
        assertThat(service.get(id).operation(50).orElseThrow().material(BOX).orElseThrow().returned())
                .isEqualByComparingTo("2");
        // 20 - 12 + 2 = 10 boxes; WIP 10.
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("10");
        assertThat(ledger.wip("PO-M", BOX)).isEqualByComparingTo("10");
        String before = state() + orders.findVersioned(id);
        assertThatThrownBy(() -> service.returnToStock(id, 50, BOX, BigDecimal.valueOf(11), "", "ret-2", T0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("RETURN_EXCEEDS_ISSUED"));
        assertThat(state() + orders.findVersioned(id)).isEqualTo(before);
    }

    @Test
    void cancel_releasesAllocations_leftoversReturnable() {
        ProductionOrderId id = ProductionOrderId.of("PO-M");
        service.create(order("PO-M", WIDGET, 10));
        service.release(id, ExecFixtures.widget(IssueType.MANUAL), DAY);
        service.issue(id, 10, PLA, BigDecimal.valueOf(100), "LOT-1", "iss", T0);
        service.start(id, 10, Map.of(), "s", T0);
        // 388.5 - 100 already issued = 288.5 allocated.
        assertThat(ledger.allocated(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("288.5");
        assertThat(service.cancel(id).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(ledger.allocations("PO-M")).isEmpty();
        service.returnToStock(id, 10, PLA, BigDecimal.valueOf(100), "LOT-1", "ret", T0);
        assertThat(ledger.wip("PO-M", PLA)).isZero();
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> service.hold(id)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void holdResume_blockCompletionWhileHeld() {
        service.start(PO, 10, Map.of(), "s10", T0);
        service.hold(PO);
        assertThatThrownBy(() -> service.complete(PO, 10, CompletionReport.good(10), "c10", T0))
                .isInstanceOf(IllegalTransitionException.class);
        service.resume(PO);
        assertThat(service.complete(PO, 10, CompletionReport.good(10), "c10", T0).order().operation(10).orElseThrow()
                .status()).isEqualTo(OperationStatus.COMPLETED);
    }

    @Test
    void unknownOrder_andDuplicateCreate_rejected() {
        assertThatThrownBy(() -> service.get(ProductionOrderId.of("NOPE"))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("REFERENCE_UNKNOWN"));
        assertThatThrownBy(() -> service.create(order("PO-1", WIDGET, 1)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> service.create(order("PO-9", WIDGET, 1).withStatusChecked(OrderStatus.CANCELLED)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void repository_versionsIncrementByOne_staleWriteRejected() {
        var v = orders.findVersioned(PO).orElseThrow();
        assertThat(v.version()).isEqualTo(2); // create (1), release (2)
        ProductionOrder held = v.value();
        assertThatThrownBy(() -> orders.save(held, 1)).isInstanceOfSatisfying(ConcurrencyConflictException.class,
                e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(orders.save(held, 2)).isEqualTo(3);
        assertThat(orders.findAll()).extracting(ProductionOrder::id).containsExactly(PO);
        assertThat(orders.count()).isEqualTo(1);
    }

    @Test
    void backflushShipped_twice_postsOnce() {
        ledger.post(receipt("R3", ExecFixtures.LABEL, "5", Uom.EA, "", -10));
        ledger.post(receipt("R4", ExecFixtures.SHIP_LABEL, "5", Uom.EA, "", -10));
        var first = service.backflushShipped(ExecFixtures.widget(IssueType.BACKFLUSH), WIDGET, BigDecimal.ONE, DAY,
                "BATCH-0001", MAIN, "wk1", T0);
        int size = ledger.size();
        var second = service.backflushShipped(ExecFixtures.widget(IssueType.BACKFLUSH), WIDGET, BigDecimal.ONE, DAY,
                "BATCH-0001", MAIN, "wk1", T0);
        assertThat(second).isEqualTo(first);
        assertThat(ledger.size()).isEqualTo(size);
        // 37 × 1.05 = 38.85 g of PLA removed: 1000 - 38.85 = 961.15.
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("961.15");
    }

    @Test
    void complete_policyOptionalStock_defaultsStillWork() {
        ProductionOrder o = service.start(PO, 10, Map.of(), "s10", T0).order();
        Execution e = ProductionEngine.complete(o, 10, BigDecimal.TEN, BigDecimal.ZERO, Optional.empty(),
                ConsumptionPolicies.of(ConsumptionPolicy.GOOD_ONLY), "c", T0);
        assertThat(e.order().operation(10).orElseThrow().material(PLA).orElseThrow().consumed())
                .isEqualByComparingTo("388.5");
    }
}
