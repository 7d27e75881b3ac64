package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.DAY;
import static dev.mfg.core.production.ExecFixtures.LABEL;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.SHIP_LABEL;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.bom.IssueType;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.LotUse;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 end to end: 10 widgets, 8 good and 2 scrapped (quality defect) at OP-10, every material backflushed,
 * under each consumption policy. Opening stock (seed 003 §5.4): PLA 1,420 g in lot LOT-1, 500 part labels,
 * 3 boxes, 100 ship labels. OP-10 starts though boxes are short; OP-50 is blocked until 7 more boxes arrive.
 */
class Seed003ScenarioTest {
    static final ProductionOrderId PO = ProductionOrderId.of("PO-2024-0042");

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /**
     * Expected figures by hand, R(PLA) = 37 g × 10 × 1.05 = 388.5 g; labels, boxes, ship labels R = 10.
     * CONSUME_ALL: PLA use 388.5 = 310.8 consumed + 77.7 scrapped (388.5 × 2/10); the later operations see 8 pieces
     * but still use the full 10 of each material. PROPORTIONAL: PLA 388.5 × 10/10 = 388.5 (same split); later
     * 10 × 8/10 = 8. GOOD_ONLY: PLA 388.5 × 8/10 = 310.8, nothing scrapped; later 8.
     */
    @ParameterizedTest
    @CsvSource({
        "CONSUME_ALL,  388.5, 310.8, 77.7, 10, 1031.5, 490, 0, 90",
        "PROPORTIONAL, 388.5, 310.8, 77.7,  8, 1031.5, 492, 2, 92",
        "GOOD_ONLY,    310.8, 310.8,    0,  8, 1109.2, 492, 2, 92"})
    void widget_endToEnd(ConsumptionPolicy policy, String plaIssued, String plaConsumed, String plaScrapped,
            String packUse, String plaLeft, String labelsLeft, String boxesLeft, String shipLabelsLeft) {
        MasterData data = ExecFixtures.widget(IssueType.BACKFLUSH);
        InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
        InMemoryProductionOrderRepository orders = new InMemoryProductionOrderRepository();
        ProductionService service = new ProductionService(orders, ledger, ConsumptionPolicies.of(policy));
        ledger.post(receipt("R-PLA", PLA, "1.42", Uom.KG, "LOT-1", -60));
        ledger.post(receipt("R-LBL", LABEL, "500", Uom.EA, "", -60));
        ledger.post(receipt("R-BOX", BOX, "3", Uom.EA, "", -60));
        ledger.post(receipt("R-SHIP", SHIP_LABEL, "100", Uom.EA, "", -60));

        service.create(ProductionOrder.builder().id(PO).item(WIDGET).quantity(BigDecimal.TEN)
                .type(OrderType.MAKE_TO_ORDER).demand("SO-77").priority(2).plannedStart(DAY).plannedEnd(DAY.plusDays(2))
                .build());
        ProductionOrder released = service.release(PO, data, DAY);
        assertThat(released.status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(released.operations()).extracting(OrderOperation::no).containsExactly(10, 20, 30, 40, 50);
        assertThat(released.operation(10).orElseThrow().material(PLA).orElseThrow().required())
                .isEqualByComparingTo("388.5");
        // Frozen standard costs: PLA 25 EUR/KG = 0.025 EUR/G; widget 12.50 EUR.
        assertThat(released.operation(10).orElseThrow().material(PLA).orElseThrow().unitCost())
                .contains(Money.of("0.025", "EUR"));
        assertThat(released.unitCost()).contains(Money.of("12.50", "EUR"));

        // Shortage is per operation: OP-50 would be short 7 boxes, OP-10 can start.
        ImmutableList<Shortage> op50 = ProductionEngine.shortages(released, 50, ledger, Map.of());
        assertThat(op50).singleElement().satisfies(s -> {
            assertThat(s.component()).isEqualTo(BOX);
            assertThat(s.required()).isEqualByComparingTo("10");
            assertThat(s.available()).isEqualByComparingTo("3");
            assertThat(s.shortBy()).isEqualByComparingTo("7");
        });
        StartResult s10 = service.start(PO, 10, Map.of(), "PO42/10/start", at(0));
        assertThat(s10.started()).isTrue();
        assertThat(ledger.allocated(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("388.5");

        Execution c10 = service.complete(PO, 10, CompletionReport.of(BigDecimal.valueOf(8), BigDecimal.valueOf(2),
                Optional.of(ScrapReason.QUALITY_DEFECT)), "PO42/10/done", at(325));
        OrderMaterial pla = c10.order().operation(10).orElseThrow().material(PLA).orElseThrow();
        assertThat(pla.issued()).isEqualByComparingTo(plaIssued);
        assertThat(pla.consumed()).isEqualByComparingTo(plaConsumed);
        assertThat(pla.scrapped()).isEqualByComparingTo(plaScrapped);
        assertThat(pla.wip()).isZero();
        assertThat(c10.transactions()).extracting(MaterialTransaction::type).startsWith(TransactionType.ISSUE_TO_ORDER,
                TransactionType.CONSUMPTION);
        if (new BigDecimal(plaScrapped).signum() > 0) {
            MaterialTransaction scrap = c10.transactions().detect(t -> t.type() == TransactionType.SCRAP);
            assertThat(scrap.reason()).contains("quality_defect");
            assertThat(scrap.quantity().amount()).isEqualByComparingTo(plaScrapped);
        }
        assertThat(c10.order().operation(20).orElseThrow().quantityIn()).isEqualByComparingTo("8");
        assertThat(c10.order().operation(10).orElseThrow().scrapReason()).contains(ScrapReason.QUALITY_DEFECT);

        for (int op : new int[] {20, 30, 40}) {
            assertThat(service.start(PO, op, Map.of(), "PO42/" + op + "/start", at(400 + op)).started()).isTrue();
            service.complete(PO, op, CompletionReport.good(8), "PO42/" + op + "/done", at(410 + op));
        }
        StartResult blocked = service.start(PO, 50, Map.of(), "PO42/50/start", at(500));
        assertThat(blocked.started()).isFalse();
        assertThat(blocked.shortages()).extracting(Shortage::component).containsExactly(BOX);
        assertThat(service.get(PO).operation(50).orElseThrow().status()).isEqualTo(OperationStatus.PENDING);
        ledger.post(receipt("R-BOX2", BOX, "7", Uom.EA, "", 501));
        assertThat(service.start(PO, 50, Map.of(), "PO42/50/start", at(502)).started()).isTrue();
        Execution last = service.complete(PO, 50, CompletionReport.good(8), "PO42/50/done", at(510));

        assertThat(last.order().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(last.order().received()).isEqualByComparingTo("8");
        assertThat(last.order().scrapped()).isEqualByComparingTo("2");
        MaterialTransaction fg = last.transactions().getLast();
        assertThat(fg.type()).isEqualTo(TransactionType.RECEIPT_FROM_ORDER);
        assertThat(fg.quantity().amount()).isEqualByComparingTo("8");
        assertThat(fg.unitCost()).contains(Money.of("12.50", "EUR"));
        assertThat(last.order().operation(40).orElseThrow().material(LABEL).orElseThrow().consumed())
                .isEqualByComparingTo(packUse);

        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo(plaLeft);
        assertThat(ledger.onHand(StockKey.of(LABEL, MAIN, ""))).isEqualByComparingTo(labelsLeft);
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo(boxesLeft);
        assertThat(ledger.onHand(StockKey.of(SHIP_LABEL, MAIN, ""))).isEqualByComparingTo(shipLabelsLeft);
        assertThat(ledger.onHand(StockKey.of(WIDGET, MAIN, "PO-2024-0042"))).isEqualByComparingTo("8");
        assertThat(ledger.allocations(PO.value())).isEmpty();
        assertThat(ledger.balances().wip()).isEmpty();
        assertThat(ledger.balances()).isEqualTo(LedgerFold.fold(ledger.entries()));
        // Seed 003 problem 3: which filament lot went to which operation on which machine.
        assertThat(ledger.usesOfLot(PLA, "LOT-1")).singleElement().satisfies(u -> {
            assertThat(u.order()).isEqualTo("PO-2024-0042");
            assertThat(u.operation().getAsInt()).isEqualTo(10);
            assertThat(u.workCenter()).contains(WorkCenterId.of("FDM-POOL"));
            assertThat(u.quantity()).isEqualByComparingTo(plaIssued);
        });
        assertThat(ledger.lotsUsedBy("PO-2024-0042")).extracting(LotUse::item).contains(PLA, LABEL, BOX, SHIP_LABEL);
    }
}
