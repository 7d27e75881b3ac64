package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.CUP;
import static dev.mfg.core.production.ExecFixtures.DAY;
import static dev.mfg.core.production.ExecFixtures.LABEL;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.POWDER;
import static dev.mfg.core.production.ExecFixtures.SHIP_LABEL;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.assertRule;
import static dev.mfg.core.production.ExecFixtures.order;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.IllegalTransitionException;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductionEngineTest {
    static final ConsumptionPolicies ALL = ConsumptionPolicies.defaults();
    InMemoryMaterialLedger ledger;

    @BeforeEach
    void stock() {
        ledger = new InMemoryMaterialLedger();
        ledger.post(receipt("R1", PLA, "500", Uom.G, "LOT-OLD", 0));
        ledger.post(receipt("R2", PLA, "1000", Uom.G, "LOT-NEW", 1));
        ledger.post(receipt("R3", LABEL, "500", Uom.EA, "", 0));
        ledger.post(receipt("R4", BOX, "100", Uom.EA, "", 0));
        ledger.post(receipt("R5", SHIP_LABEL, "100", Uom.EA, "", 0));
    }

    static ProductionOrder released(IssueType type) {
        return ProductionEngine.release(order("PO-1", WIDGET, 10), ExecFixtures.widget(type), DAY);
    }

    static StartResult start(ProductionOrder o, int op, InMemoryMaterialLedger stock) {
        return ProductionEngine.start(o, op, stock, Map.of(), "PO-1/" + op + "/s", T0);
    }

    static Execution complete(ProductionOrder o, int op, long good, long scrap) {
        return ProductionEngine.complete(o, op, BigDecimal.valueOf(good), BigDecimal.valueOf(scrap),
                scrap > 0 ? Optional.of(ScrapReason.MACHINE_ERROR) : Optional.empty(), ALL, "PO-1/" + op + "/c", T0);
    }

    /** Completes operations 20..50 with {@code good} each (starting them first). */
    static Execution finish(ProductionOrder o, long good, InMemoryMaterialLedger stock) {
        Execution e = null;
        for (int op : new int[] {20, 30, 40, 50}) {
            e = complete(start(o, op, stock).order(), op, good, 0);
            o = e.order();
        }
        return e;
    }

    // ---------------------------------------------------------------- release

    @Test
    void release_freezesOperationsMaterialsAndQuantityIn() {
        ProductionOrder o = released(IssueType.BACKFLUSH);
        assertThat(o.status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(o.releasedOn()).contains(DAY);
        assertThat(o.routing()).isPresent();
        assertThat(o.operations().getFirst().quantityIn()).isEqualByComparingTo("10");
        assertThat(o.operations().get(1).quantityIn()).isZero();
        // OP-50: box and ship label, 1 EA × 10 each.
        assertThat(o.operation(50).orElseThrow().materials()).extracting(OrderMaterial::component,
                m -> m.required().intValueExact()).containsExactly(org.assertj.core.groups.Tuple.tuple(BOX, 10),
                        org.assertj.core.groups.Tuple.tuple(SHIP_LABEL, 10));
        assertThat(o.operation(10).orElseThrow().workCenter()).isEqualTo(WorkCenterId.of("FDM-POOL"));
    }

    @Test
    void release_notPlanned_illegalTransition() {
        ProductionOrder o = released(IssueType.BACKFLUSH);
        assertThatThrownBy(() -> ProductionEngine.release(o, ExecFixtures.widget(IssueType.BACKFLUSH), DAY))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo("RELEASED");
                    assertThat(e.attempted()).isEqualTo("RELEASED");
                });
    }

    @Test
    void release_unknownItemOrNoRouting_rejected() {
        MasterData data = ExecFixtures.widget(IssueType.BACKFLUSH);
        assertRule(() -> ProductionEngine.release(order("PO-1", ItemId.of("NOPE"), 1), data, DAY),
                "REFERENCE_UNKNOWN", "order[PO-1].item");
        assertRule(() -> ProductionEngine.release(order("PO-1", PLA, 1), data, DAY), "VALUE_MISSING",
                "order[PO-1].routing");
    }

    // ---------------------------------------------------------------- start

    @Test
    void start_allocatesFifo_acrossLots() {
        StartResult r = start(released(IssueType.BACKFLUSH), 10, ledger);
        assertThat(r.started()).isTrue();
        // 388.5 g: all from the older lot (500 g).
        assertThat(r.order().operation(10).orElseThrow().material(PLA).orElseThrow().allocations())
                .containsExactly(new LotQuantity("LOT-OLD", new BigDecimal("388.5")));
        assertThat(r.order().status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(r.order().operation(10).orElseThrow().status()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(r.transactions()).isEmpty();
    }

    @Test
    void start_fifoSpillsIntoNextLot() {
        ledger.post(ExecFixtures.takeOut("O1", PLA, "300", Uom.G, "LOT-OLD", 2));
        StartResult r = start(released(IssueType.BACKFLUSH), 10, ledger);
        // 200 g left in LOT-OLD, 188.5 g from LOT-NEW.
        assertThat(r.order().operation(10).orElseThrow().material(PLA).orElseThrow().allocations()).containsExactly(
                new LotQuantity("LOT-OLD", new BigDecimal("200")), new LotQuantity("LOT-NEW", new BigDecimal("188.5")));
        assertThat(r.allocations()).hasSize(2);
    }

    @Test
    void start_explicitLot_overridesFifo_andItsShortageCounts() {
        ProductionOrder o = released(IssueType.BACKFLUSH);
        StartResult r = ProductionEngine.start(o, 10, ledger, Map.of(PLA, "LOT-NEW"), "k", T0);
        assertThat(r.order().operation(10).orElseThrow().material(PLA).orElseThrow().allocations())
                .containsExactly(new LotQuantity("LOT-NEW", new BigDecimal("388.5")));
        StartResult none = ProductionEngine.start(o, 10, ledger, Map.of(PLA, "LOT-X"), "k", T0);
        assertThat(none.started()).isFalse();
        assertThat(none.shortages().getOnly().available()).isZero();
        assertThat(none.order()).isSameAs(o);
    }

    @Test
    void start_shortage_returnsShortagesAndLeavesOrderUnchanged() {
        InMemoryMaterialLedger thin = new InMemoryMaterialLedger();
        thin.post(receipt("R", PLA, "100", Uom.G, "", 0));
        ProductionOrder o = released(IssueType.BACKFLUSH);
        StartResult r = start(o, 10, thin);
        assertThat(r.started()).isFalse();
        assertThat(r.order()).isSameAs(o);
        // 388.5 required, 100 available: short 288.5.
        assertThat(r.shortages().getOnly().shortBy()).isEqualByComparingTo("288.5");
        assertThat(r.shortages().getOnly().uom()).isEqualTo(Uom.G);
    }

    @Test
    void start_otherOrdersAllocationsReduceAvailability() {
        ledger.allocate("PO-9", 10, java.util.List.of(new dev.mfg.core.inventory.Allocation("PO-9", 10,
                dev.mfg.core.inventory.StockKey.of(PLA, MAIN, "LOT-NEW"), new BigDecimal("1000")),
                new dev.mfg.core.inventory.Allocation("PO-9", 10,
                        dev.mfg.core.inventory.StockKey.of(PLA, MAIN, "LOT-OLD"), new BigDecimal("200"))));
        StartResult r = start(released(IssueType.BACKFLUSH), 10, ledger);
        // 1500 on hand - 1200 allocated elsewhere = 300 available < 388.5.
        assertThat(r.shortages().getOnly().available()).isEqualByComparingTo("300");
    }

    @Test
    void start_autoIssue_issuesAtStart() {
        StartResult r = start(released(IssueType.AUTO_ISSUE), 10, ledger);
        assertThat(r.transactions()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TransactionType.ISSUE_TO_ORDER);
            assertThat(t.quantity().amount()).isEqualByComparingTo("388.5");
            assertThat(t.lot()).isEqualTo("LOT-OLD");
            assertThat(t.key()).isEqualTo("PO-1/10/s/1");
            assertThat(t.operation().getAsInt()).isEqualTo(10);
        });
        OrderMaterial m = r.order().operation(10).orElseThrow().material(PLA).orElseThrow();
        assertThat(m.issued()).isEqualByComparingTo("388.5");
        assertThat(m.allocations()).isEmpty();
    }

    @Test
    void start_outOfSequence_orWrongState_rejected() {
        ProductionOrder o = released(IssueType.BACKFLUSH);
        assertThatThrownBy(() -> start(o, 20, ledger)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.state()).contains("operation 10 is PENDING"));
        ProductionOrder started = start(o, 10, ledger).order();
        assertThatThrownBy(() -> start(started, 10, ledger)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.state()).isEqualTo("IN_PROGRESS"));
        assertThatThrownBy(() -> start(order("PO-1", WIDGET, 10), 10, ledger))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.state()).isEqualTo("PLANNED"));
        assertThatThrownBy(() -> start(ProductionEngine.hold(started), 20, ledger))
                .isInstanceOf(IllegalTransitionException.class);
        assertRule(() -> start(o, 99, ledger), "OPERATION_UNKNOWN", "order[PO-1].operations[99]");
    }

    @Test
    void start_badKey_rejected() {
        ProductionOrder o = released(IssueType.BACKFLUSH);
        assertRule(() -> ProductionEngine.start(o, 10, ledger, Map.of(), "0", T0), "ID_RESERVED", "command.key");
        assertRule(() -> ProductionEngine.start(o, 10, ledger, Map.of(), "k".repeat(97), T0), "ID_INVALID",
                "command.key");
    }

    // ---------------------------------------------------------------- complete

    @Test
    void complete_backflush_issuesConsumesAndScraps_keysInOrder() {
        ProductionOrder o = start(released(IssueType.BACKFLUSH), 10, ledger).order();
        Execution e = complete(o, 10, 8, 2);
        assertThat(e.transactions()).extracting(MaterialTransaction::type, t -> t.quantity().amount().toPlainString(),
                MaterialTransaction::key).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TransactionType.ISSUE_TO_ORDER, "388.5", "PO-1/10/c/1"),
                        org.assertj.core.groups.Tuple.tuple(TransactionType.CONSUMPTION, "310.8", "PO-1/10/c/2"),
                        org.assertj.core.groups.Tuple.tuple(TransactionType.SCRAP, "77.7", "PO-1/10/c/3"));
        assertThat(e.transactions().getLast().reason()).contains("machine_error");
        assertThat(e.order().operation(10).orElseThrow().material(PLA).orElseThrow().allocations()).isEmpty();
    }

    @Test
    void complete_manual_consumesFromWip_returnLeftover() {
        ProductionOrder o = released(IssueType.MANUAL);
        o = ProductionEngine.issue(o, 10, PLA, new BigDecimal("400"), "LOT-OLD", "iss", T0).order();
        o = start(o, 10, ledger).order();
        // Already issued 400 >= 388.5: nothing more to allocate.
        assertThat(o.operation(10).orElseThrow().material(PLA).orElseThrow().allocations()).isEmpty();
        Execution e = ProductionEngine.complete(o, 10, BigDecimal.TEN, BigDecimal.ZERO, Optional.empty(),
                ConsumptionPolicies.of(ConsumptionPolicy.CONSUME_ALL), "c", T0);
        OrderMaterial m = e.order().operation(10).orElseThrow().material(PLA).orElseThrow();
        // 400 issued = 388.5 consumed + 11.5 WIP.
        assertThat(m.consumed()).isEqualByComparingTo("388.5");
        assertThat(m.wip()).isEqualByComparingTo("11.5");
        assertThat(e.transactions()).extracting(MaterialTransaction::type).containsExactly(TransactionType.CONSUMPTION);
        Execution r = ProductionEngine.returnToStock(e.order(), 10, PLA, new BigDecimal("11.5"), "LOT-OLD", "ret", T0);
        assertThat(r.order().operation(10).orElseThrow().material(PLA).orElseThrow().wip()).isZero();
        assertThat(r.transactions().getOnly().type()).isEqualTo(TransactionType.RETURN_TO_STOCK);
        assertRule(() -> ProductionEngine.returnToStock(r.order(), 10, PLA, new BigDecimal("0.000001"), "", "r2", T0),
                "RETURN_EXCEEDS_ISSUED", "order[PO-1].operations[10].materials[MAT-PLA-BLK].return");
    }

    @Test
    void complete_manualUnderIssued_issuesTheShortfall() {
        ProductionOrder o = released(IssueType.MANUAL);
        o = ProductionEngine.issue(o, 10, PLA, new BigDecimal("300"), "LOT-OLD", "iss", T0).order();
        o = start(o, 10, ledger).order();
        Execution e = complete(o, 10, 10, 0);
        // 388.5 - 300 = 88.5 additional issue, from the 88.5 g allocated at start.
        assertThat(e.transactions().getFirst().type()).isEqualTo(TransactionType.ISSUE_TO_ORDER);
        assertThat(e.transactions().getFirst().quantity().amount()).isEqualByComparingTo("88.5");
        assertThat(e.transactions().getFirst().reason()).contains("additional_issue");
    }

    @Test
    void complete_actualUse_overConsumptionRecorded() {
        ProductionOrder o = start(released(IssueType.BACKFLUSH), 10, ledger).order();
        CompletionReport report = CompletionReport.of(BigDecimal.TEN, BigDecimal.ZERO, Optional.empty())
                .withActualUse(PLA, new BigDecimal("400"));
        Execution e = ProductionEngine.complete(o, 10, report, ALL, Optional.of(ledger), "c", T0);
        OrderMaterial m = e.order().operation(10).orElseThrow().material(PLA).orElseThrow();
        // 400 used vs 388.5 required: 11.5 over; 388.5 from the allocation + 11.5 more FIFO (LOT-OLD again).
        assertThat(m.overConsumption()).isEqualByComparingTo("11.5");
        assertThat(e.transactions().select(t -> t.type() == TransactionType.ISSUE_TO_ORDER))
                .extracting(t -> t.quantity().amount().toPlainString()).containsExactly("388.5", "11.5");
    }

    @Test
    void complete_badInputs_rejectedAllAtOnce() {
        ProductionOrder o = start(released(IssueType.BACKFLUSH), 10, ledger).order();
        assertRule(() -> complete(o, 10, 11, 0), "QTY_EXCEEDS_INPUT", "order[PO-1].operations[10].good");
        assertRule(() -> complete(o, 10, 0, 0), "QTY_NOT_POSITIVE", "order[PO-1].operations[10].good");
        assertRule(() -> ProductionEngine.complete(o, 10, BigDecimal.ONE, BigDecimal.ONE, Optional.empty(), ALL, "c",
                T0), "REASON_MISSING", "order[PO-1].operations[10].scrapReason");
        assertRule(() -> ProductionEngine.complete(o, 10, new BigDecimal("-1"), BigDecimal.ONE,
                Optional.of(ScrapReason.OPERATOR_ERROR), ALL, "c", T0), "QTY_NEGATIVE", "order[PO-1].operations[10].good");
        assertRule(() -> ProductionEngine.complete(o, 10, CompletionReport.good(1).withActualUse(BOX, BigDecimal.ONE),
                ALL, Optional.empty(), "c", T0), "REFERENCE_UNKNOWN", "order[PO-1].operations[10].actualUse");
        assertRule(() -> ProductionEngine.complete(o, 10, new BigDecimal("1e-9"), BigDecimal.ZERO, Optional.empty(),
                ALL, "c", T0), "SCALE_EXCEEDED", "order[PO-1].operations[10].good");
    }

    @Test
    void complete_wrongStates_illegalTransition() {
        ProductionOrder released = released(IssueType.BACKFLUSH);
        ProductionOrder o = start(released, 10, ledger).order();
        ProductionOrder held = ProductionEngine.hold(o);
        assertThatThrownBy(() -> complete(held, 10, 10, 0)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> {
                    assertThat(e.state()).isEqualTo("QUALITY_HOLD");
                    assertThat(e.attempted()).isEqualTo("complete operation 10");
                });
        ProductionOrder done = complete(o, 10, 10, 0).order();
        assertThatThrownBy(() -> complete(done, 10, 10, 0)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.state()).isEqualTo("COMPLETED"));
        assertThatThrownBy(() -> complete(done, 20, 10, 0)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.state()).isEqualTo("PENDING"));
        assertThatThrownBy(() -> complete(released, 10, 1, 0)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void complete_lastOperation_receivesAtCost_andCompletesOrder() {
        ProductionOrder o = complete(start(released(IssueType.BACKFLUSH), 10, ledger).order(), 10, 9, 1).order();
        Execution last = finish(o, 9, ledger);
        assertThat(last.order().status()).isEqualTo(OrderStatus.COMPLETED);
        MaterialTransaction fg = last.transactions().getLast();
        assertThat(fg.type()).isEqualTo(TransactionType.RECEIPT_FROM_ORDER);
        assertThat(fg.item()).isEqualTo(WIDGET);
        assertThat(fg.lot()).isEqualTo("PO-1");
        assertThat(fg.quantity().amount()).isEqualByComparingTo("9");
        assertThat(fg.unitCost().orElseThrow().amount()).isEqualByComparingTo("12.50");
        assertThat(last.order().operations()).allSatisfy(op -> assertThat(op.status())
                .isEqualTo(OperationStatus.COMPLETED));
    }

    @Test
    void perOrderBackflush_deferredToLastOperation() {
        ProductionOrder o = ProductionEngine.release(order("PO-1", WIDGET, 10),
                ExecFixtures.widget(IssueType.BACKFLUSH, IssueLevel.PER_ORDER), DAY);
        Execution c10 = complete(start(o, 10, ledger).order(), 10, 8, 2);
        assertThat(c10.transactions()).isEmpty();
        Execution last = finish(c10.order(), 8, ledger);
        // Every material is PER_ORDER, so the intermediate completions post nothing (OP-40's label waits too). At the
        // end: PLA (388.5 = 310.8 + 77.7 scrap, from OP-10's own report) and packaging, then the receipt.
        MaterialTransaction plaScrap = last.transactions().detect(t -> t.item().equals(PLA)
                && t.type() == TransactionType.SCRAP);
        assertThat(plaScrap.quantity().amount()).isEqualByComparingTo("77.7");
        assertThat(plaScrap.operation().getAsInt()).isEqualTo(10);
        assertThat(last.transactions().select(t -> t.type() == TransactionType.ISSUE_TO_ORDER)
                .collect(MaterialTransaction::item)).containsExactly(BOX, SHIP_LABEL, PLA, LABEL);
        // Order of legs: the last operation's own materials, then deferred ones of earlier operations (10, 40).
    }

    @Test
    void perShift_transactionsCarryShift() {
        ProductionOrder o = ProductionEngine.release(order("PO-1", WIDGET, 10),
                ExecFixtures.widget(IssueType.BACKFLUSH, IssueLevel.PER_SHIFT), DAY);
        Execution e = ProductionEngine.complete(start(o, 10, ledger).order(), 10, CompletionReport.good(10)
                .withShift("S2"), ALL, Optional.empty(), "c", T0);
        assertThat(e.transactions()).allSatisfy(t -> assertThat(t.shift()).contains("S2"));
        assertThat(e.order().operation(10).orElseThrow().shift()).contains("S2");
    }

    @Test
    void workCenterDefault_andMaterialOverride() {
        ConsumptionPolicies p = ConsumptionPolicies.defaults()
                .withWorkCenter(WorkCenterId.of("FDM-POOL"), ConsumptionPolicy.GOOD_ONLY)
                .withMaterial(BOX, ConsumptionPolicy.PROPORTIONAL);
        assertThat(p.policyFor(WorkCenterId.of("FDM-POOL"), PLA)).isEqualTo(ConsumptionPolicy.GOOD_ONLY);
        assertThat(p.policyFor(WorkCenterId.of("FDM-POOL"), BOX)).isEqualTo(ConsumptionPolicy.PROPORTIONAL);
        assertThat(p.policyFor(WorkCenterId.of("SHIP"), LABEL)).isEqualTo(ConsumptionPolicy.CONSUME_ALL);
        ProductionOrder o = start(released(IssueType.BACKFLUSH), 10, ledger).order();
        Execution e = ProductionEngine.complete(o, 10, BigDecimal.valueOf(8), BigDecimal.valueOf(2),
                Optional.of(ScrapReason.MATERIAL_DEFECT), p, "c", T0);
        assertThat(e.order().operation(10).orElseThrow().material(PLA).orElseThrow().consumed())
                .isEqualByComparingTo("310.8");
    }

    // ---------------------------------------------------------------- issue, return, hold, cancel

    @Test
    void issue_badInputsAndStates_rejected() {
        ProductionOrder o = released(IssueType.MANUAL);
        assertRule(() -> ProductionEngine.issue(o, 10, PLA, BigDecimal.ZERO, "", "k", T0), "QTY_NOT_POSITIVE",
                "order[PO-1].operations[10].materials[MAT-PLA-BLK].issue");
        assertRule(() -> ProductionEngine.issue(o, 10, BOX, BigDecimal.ONE, "", "k", T0), "REFERENCE_UNKNOWN",
                "order[PO-1].operations[10].materials[PKG-BOX-6X6]");
        assertRule(() -> ProductionEngine.issue(o, 15, PLA, BigDecimal.ONE, "", "k", T0), "OPERATION_UNKNOWN",
                "order[PO-1].operations[15]");
        assertThatThrownBy(() -> ProductionEngine.issue(ProductionEngine.cancel(o), 10, PLA, BigDecimal.ONE, "", "k",
                T0)).isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.attempted()).isEqualTo("issue"));
        assertThatThrownBy(() -> ProductionEngine.returnToStock(order("PO-1", WIDGET, 1), 10, PLA, BigDecimal.ONE, "",
                "k", T0)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void holdResume_onlyFromTheRightStates() {
        ProductionOrder released = released(IssueType.BACKFLUSH);
        assertThatThrownBy(() -> ProductionEngine.hold(released)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ProductionEngine.resume(released)).isInstanceOf(IllegalTransitionException.class);
        ProductionOrder held = ProductionEngine.hold(start(released, 10, ledger).order());
        assertThat(held.status()).isEqualTo(OrderStatus.QUALITY_HOLD);
        assertThat(ProductionEngine.resume(held).status()).isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void cancel_fromOpenStates_cancelsUnfinishedOperations_clearsAllocations() {
        ProductionOrder started = start(released(IssueType.BACKFLUSH), 10, ledger).order();
        ProductionOrder c = ProductionEngine.cancel(started);
        assertThat(c.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(c.operations()).allSatisfy(op -> assertThat(op.status()).isEqualTo(OperationStatus.CANCELLED));
        assertThat(c.operation(10).orElseThrow().material(PLA).orElseThrow().allocations()).isEmpty();
        assertThatThrownBy(() -> ProductionEngine.cancel(c)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.state()).isEqualTo("CANCELLED"));
        assertThat(ProductionEngine.cancel(order("PO-2", WIDGET, 1)).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    // ---------------------------------------------------------------- melamine press

    @Test
    void melamine_thousandCups_250MoldCycles_pieceCounts() {
        InMemoryMaterialLedger stock = new InMemoryMaterialLedger();
        stock.post(receipt("P", POWDER, "15", Uom.KG, "LOT-P1", 0));
        ProductionOrder o = ProductionEngine.release(order("PO-CUP", CUP, 1000), ExecFixtures.melamine(), DAY);
        assertThat(o.operation(10).orElseThrow().cavities()).isEqualTo(4);
        // Powder: 12 g × 1000 = 12,000 g.
        assertThat(o.operation(10).orElseThrow().material(POWDER).orElseThrow().required())
                .isEqualByComparingTo("12000");
        o = ProductionEngine.start(o, 10, stock, Map.of(), "cup/s", T0).order();
        Execution e = ProductionEngine.complete(o, 10, BigDecimal.valueOf(990), BigDecimal.TEN,
                Optional.of(ScrapReason.MACHINE_ERROR), ALL, "cup/c", T0);
        // ceil(1000 / 4) = 250 presses; 990 good received; 12,000 g used = 11,880 consumed + 120 scrapped.
        assertThat(e.order().operation(10).orElseThrow().toolCycles()).isEqualTo(250);
        assertThat(e.order().received()).isEqualByComparingTo("990");
        OrderMaterial powder = e.order().operation(10).orElseThrow().material(POWDER).orElseThrow();
        assertThat(powder.consumed()).isEqualByComparingTo("11880");
        assertThat(powder.scrapped()).isEqualByComparingTo("120");
        assertThat(e.transactions().getLast().quantity().amount()).isEqualByComparingTo("990");
    }

    @Test
    void melamine_partialCycle_roundsUp() {
        InMemoryMaterialLedger stock = new InMemoryMaterialLedger();
        stock.post(receipt("P", POWDER, "15", Uom.KG, "", 0));
        ProductionOrder o = ProductionEngine.release(order("PO-CUP", CUP, 1002), ExecFixtures.melamine(), DAY);
        o = ProductionEngine.start(o, 10, stock, Map.of(), "s", T0).order();
        // ceil(1001 / 4) = 251: a started press counts.
        Execution e = ProductionEngine.complete(o, 10, BigDecimal.valueOf(1001), BigDecimal.ZERO, Optional.empty(), ALL,
                "c", T0);
        assertThat(e.order().operation(10).orElseThrow().toolCycles()).isEqualTo(251);
    }

    @Test
    void operationsWithoutTool_countNoCycles() {
        ProductionOrder o = complete(start(released(IssueType.BACKFLUSH), 10, ledger).order(), 10, 10, 0).order();
        assertThat(o.operation(10).orElseThrow().toolCycles()).isZero();
    }

    // ---------------------------------------------------------------- shipped goods

    @Test
    void backflushShipped_removesComponents_noReceipt() {
        var txs = ProductionEngine.backflushShipped(ExecFixtures.widget(IssueType.BACKFLUSH), WIDGET,
                BigDecimal.valueOf(4), DAY, "BATCH-0001", MAIN, Optional.of(ledger), "wk3", T0);
        assertThat(txs).noneMatch(t -> t.type() == TransactionType.RECEIPT_FROM_ORDER);
        // PLA 37 × 4 × 1.05 = 155.4 g, then one each of label, box, ship label per widget: 4.
        assertThat(txs.select(t -> t.type() == TransactionType.ISSUE_TO_ORDER))
                .extracting(MaterialTransaction::item, t -> t.quantity().amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PLA, "155.4"),
                        org.assertj.core.groups.Tuple.tuple(LABEL, "4"), org.assertj.core.groups.Tuple.tuple(BOX, "4"),
                        org.assertj.core.groups.Tuple.tuple(SHIP_LABEL, "4"));
        ledger.postBatch(txs.castToList());
        int size = ledger.size();
        ledger.postBatch(ProductionEngine.backflushShipped(ExecFixtures.widget(IssueType.BACKFLUSH), WIDGET,
                BigDecimal.valueOf(4), DAY, "BATCH-0001", MAIN, Optional.of(ledger), "wk3", T0).castToList());
        assertThat(ledger.size()).as("no double backflush").isEqualTo(size);
        assertThat(ledger.wip("BATCH-0001", PLA)).isZero();
        // 500 - 155.4 = 344.6 g left in the oldest lot.
        assertThat(ledger.onHand(dev.mfg.core.inventory.StockKey.of(PLA, MAIN, "LOT-OLD")))
                .isEqualByComparingTo("344.6");
    }
}
