package dev.mfg.costing.actual;

import static dev.mfg.costing.actual.ActualCostingTest.assertRule;
import static dev.mfg.costing.actual.ActualCostingTest.tx;
import static dev.mfg.costing.actual.ActualCostingTest.widgetRun;
import static dev.mfg.costing.actual.ActualCostingTest.widgetStandard;
import static dev.mfg.costing.actual.ActualCostingTest.widgetTimes;
import static dev.mfg.costing.actual.ActualFixtures.PLA;
import static dev.mfg.costing.actual.ActualFixtures.T0;
import static dev.mfg.costing.actual.ActualFixtures.WIDGET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.production.ConsumptionPolicy;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import dev.mfg.costing.CostElement;
import dev.mfg.costing.variance.VarianceAnalysis;
import dev.mfg.costing.variance.VarianceReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reversal entries in the actual cost: hand-computed examples (a reversal cancels its original, wherever it stands)
 * and every guarded inconsistency of a reversal with its original.
 *
 * <p>Every example runs on the widget order PO-1 (CONSUME_ALL) with {@link ActualCostingTest#widgetTimes()}, whose
 * conversion is fixed: labor 87.15 + setup 0.40 = 87.55 EUR (see {@link ActualCostingTest}); only the entries
 * change. PLA is planned at OP-10 with a frozen standard of 25 EUR/KG = 0.025 EUR/G.
 */
class ActualCostingReversalTest {
    static final ActualFixtures.Run RUN = widgetRun(ConsumptionPolicy.CONSUME_ALL);

    /** Numbers the entries 1, 2, 3 ... in list order. */
    static List<LedgerEntry> entries(MaterialTransaction... txs) {
        return ActualCostingTest.entries(txs);
    }

    /** The reversal of {@code original} under {@code key}, one minute later. */
    static MaterialTransaction reversal(MaterialTransaction original, String key) {
        return MaterialTransaction.reversalOf(new LedgerEntry(1, original), key, T0.plusSeconds(60));
    }

    static ActualCostReport cost(List<LedgerEntry> es) {
        return ActualCosting.of(ActualFixtures.widget(), RUN.order(), es, widgetTimes(), "EUR");
    }

    static ActualMaterialLine pla(ActualCostReport r) {
        return r.operations().get(0).materials().detect(m -> m.component().equals(PLA));
    }

    static final MaterialTransaction ISSUE_500 = tx("I-1", TransactionType.ISSUE_TO_ORDER, "500", Uom.G)
            .unitCost(Money.of("0.02", "EUR")).build();
    static final MaterialTransaction ISSUE_500_BACK = reversal(ISSUE_500, "I-1/rev");
    static final MaterialTransaction REISSUE_400 = tx("I-2", TransactionType.ISSUE_TO_ORDER, "400", Uom.G)
            .unitCost(Money.of("0.02", "EUR")).build();
    static final MaterialTransaction CONSUME_300 = tx("C-1", TransactionType.CONSUMPTION, "300", Uom.G)
            .unitCost(Money.of("0.02", "EUR")).build();

    /**
     * Issue 500 g, reverse it, issue 400 g, consume 300 g at 0.02: issued 500 - 500 + 400 = 400 (the re-issue only);
     * wip 400 - 300 = 100; material 300 x 0.02 = 6.00 (issues carry no cost); total 6.00 + 87.55 = 93.55.
     */
    @Test
    void of_issueReversedAndReissued_countsOnlyTheReissue() {
        ActualCostReport r = cost(entries(ISSUE_500, ISSUE_500_BACK, REISSUE_400, CONSUME_300));
        ActualMaterialLine line = pla(r);
        assertThat(line.issued()).isEqualByComparingTo("400");
        assertThat(line.returned()).isEqualByComparingTo("0");
        assertThat(line.consumed()).isEqualByComparingTo("300");
        assertThat(line.wip()).isEqualByComparingTo("100");
        assertThat(line.cost().amount()).isEqualByComparingTo("6.00");
        assertThat(r.element(CostElement.MATERIAL).amount()).isEqualByComparingTo("6.00");
        assertThat(r.total().amount()).isEqualByComparingTo("93.55");
        assertThat(r.gaps()).isEmpty();
        assertThat(r).isEqualTo(cost(entries(REISSUE_400, CONSUME_300)));
    }

    /** The same four entries in reverse list order (the reversal before its original): the same numbers. */
    @Test
    void of_reversalListedBeforeItsOriginal_sameResult() {
        List<LedgerEntry> es = new ArrayList<>(entries(ISSUE_500, ISSUE_500_BACK, REISSUE_400, CONSUME_300));
        Collections.reverse(es);
        assertThat(es.get(2).transaction().isReversal()).as("the reversal now precedes the issue").isTrue();
        ActualCostReport r = cost(es);
        assertThat(pla(r).issued()).isEqualByComparingTo("400");
        assertThat(pla(r).wip()).isEqualByComparingTo("100");
        assertThat(r.total().amount()).isEqualByComparingTo("93.55");
        assertThat(r).isEqualTo(cost(entries(ISSUE_500, ISSUE_500_BACK, REISSUE_400, CONSUME_300)));
    }

    /**
     * Consume 300 g at 0.02 (6.00), reverse it, consume 250 g at 0.03: consumed 250, material 250 x 0.03 = 7.50,
     * total 7.50 + 87.55 = 95.05.
     */
    @Test
    void of_consumptionReversed_costsOnlyTheSecondConsumption() {
        MaterialTransaction again = tx("C-2", TransactionType.CONSUMPTION, "250", Uom.G)
                .unitCost(Money.of("0.03", "EUR")).build();
        ActualCostReport r = cost(entries(CONSUME_300, again, reversal(CONSUME_300, "C-1/rev")));
        assertThat(pla(r).consumed()).isEqualByComparingTo("250");
        assertThat(pla(r).cost().amount()).isEqualByComparingTo("7.50");
        assertThat(r.total().amount()).isEqualByComparingTo("95.05");
    }

    /**
     * Scrap 0.05 KG at 22 EUR/KG (1.10), reverse it, scrap 0.02 KG at 22 (0.44): scrapped 20 g, material 0.44, total
     * 0.44 + 87.55 = 87.99.
     */
    @Test
    void of_scrapReversed_leavesOnlyTheOtherScrap() {
        MaterialTransaction scrap = tx("S-1", TransactionType.SCRAP, "0.05", Uom.KG).reason("quality_defect")
                .unitCost(Money.of("22", "EUR")).build();
        MaterialTransaction scrap2 = tx("S-2", TransactionType.SCRAP, "0.02", Uom.KG).reason("quality_defect")
                .unitCost(Money.of("22", "EUR")).build();
        ActualCostReport r = cost(entries(scrap, reversal(scrap, "S-1/rev"), scrap2));
        assertThat(pla(r).scrapped()).isEqualByComparingTo("20");
        assertThat(pla(r).cost().amount()).isEqualByComparingTo("0.44");
        assertThat(r.total().amount()).isEqualByComparingTo("87.99");
    }

    /**
     * Issue 500 g, return 100 g, reverse the return, consume 300 g at 0.02: the return no longer credits the issue,
     * returned 0, wip 500 - 0 - 300 = 200, material 6.00.
     */
    @Test
    void of_returnReversed_noLongerCreditsTheIssue() {
        MaterialTransaction back = tx("R-1", TransactionType.RETURN_TO_STOCK, "100", Uom.G).build();
        ActualCostReport r = cost(entries(ISSUE_500, back, CONSUME_300, reversal(back, "R-1/rev")));
        assertThat(pla(r).issued()).isEqualByComparingTo("500");
        assertThat(pla(r).returned()).isEqualByComparingTo("0");
        assertThat(pla(r).wip()).isEqualByComparingTo("200");
        assertThat(pla(r).cost().amount()).isEqualByComparingTo("6.00");
    }

    /**
     * A receipt of 8 widgets from PO-1 and its reversal next to a consumption of 100 g at the frozen 0.025 (2.50):
     * material 2.50, good 8 and scrapped 2 (the order's counters), exactly as without the receipt pair.
     */
    @Test
    void of_receiptFromOrderReversed_changesNothing() {
        MaterialTransaction receipt = MaterialTransaction.builder().key("FG-1").type(TransactionType.RECEIPT_FROM_ORDER)
                .item(WIDGET).quantity(Quantity.of("8", Uom.EA)).location("MAIN").order("PO-1").timestamp(T0).build();
        MaterialTransaction consume = tx("C-9", TransactionType.CONSUMPTION, "100", Uom.G).build();
        ActualCostReport r = cost(entries(receipt, consume, reversal(receipt, "FG-1/rev")));
        assertThat(r.element(CostElement.MATERIAL).amount()).isEqualByComparingTo("2.50");
        assertThat(r.goodQuantity()).isEqualByComparingTo("8");
        assertThat(r.scrappedQuantity()).isEqualByComparingTo("2");
        assertThat(r).isEqualTo(cost(entries(consume)));
    }

    /**
     * A reversed pair is not checked further: an issue to an operation the order lacks (15) and a consumption priced in
     * USD are both rejected on their own, but once reversed they cost nothing and the report equals the one without
     * them (here: consumption of 300 g at 0.02 = 6.00 only).
     */
    @Test
    void of_mistakenEntryReversed_isNeutralNotRejected() {
        MaterialTransaction wrongOp = tx("X-1", TransactionType.ISSUE_TO_ORDER, "10", Uom.G).operation(15).build();
        MaterialTransaction usd = tx("X-2", TransactionType.CONSUMPTION, "10", Uom.G).unitCost(Money.of("1", "USD"))
                .build();
        ActualCostReport r = cost(entries(wrongOp, usd, CONSUME_300, reversal(usd, "X-2/rev"),
                reversal(wrongOp, "X-1/rev")));
        assertThat(r.element(CostElement.MATERIAL).amount()).isEqualByComparingTo("6.00");
        assertThat(r).isEqualTo(cost(entries(CONSUME_300)));
    }

    /**
     * The variance report of the order with an issue reversed and re-issued equals the one of the ledger holding only
     * the re-issue; its actual cost is 93.55 (see the first example).
     */
    @Test
    void analyze_orderWithReversedPair_equalsLedgerWithoutThePair() {
        VarianceReport with = VarianceAnalysis.analyze(ActualFixtures.widget(), widgetStandard(),
                cost(entries(ISSUE_500, REISSUE_400, ISSUE_500_BACK, CONSUME_300)).toActualProduction());
        VarianceReport without = VarianceAnalysis.analyze(ActualFixtures.widget(), widgetStandard(),
                cost(entries(REISSUE_400, CONSUME_300)).toActualProduction());
        assertThat(with).isEqualTo(without);
        assertThat(with.actualCost()).isEqualByComparingTo("93.55");
    }

    /**
     * Through the real ledger: after the run, 100 g more PLA are issued to PO-1 and the issue is reversed; the report
     * is the one of the plain run (PLA issued 388.5 g, total 106.7625, see {@link ActualCostingTest}).
     */
    @Test
    void of_issueAndReversalPostedInTheLedger_reportOfThePlainRun() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        ActualCostReport before = ActualCosting.of(ActualFixtures.widget(), run.order(), run.entries(), widgetTimes(),
                "EUR");
        LedgerEntry extra = run.ledger().post(MaterialTransaction.builder().key("PO-1/10/extra")
                .type(TransactionType.ISSUE_TO_ORDER).item(PLA).quantity(Quantity.of("100", Uom.G)).location("MAIN")
                .order("PO-1").operation(10).timestamp(T0.plusSeconds(3600)).build());
        run.ledger().post(MaterialTransaction.reversalOf(extra, "PO-1/10/extra/rev", T0.plusSeconds(3660)));
        assertThat(run.ledger().reversalOf("PO-1/10/extra")).as("both entries stay in the ledger").isPresent();
        ActualCostReport after = ActualCosting.of(ActualFixtures.widget(), run.order(), run.entries(), widgetTimes(),
                "EUR");
        assertThat(pla(after).issued()).isEqualByComparingTo("388.5");
        assertThat(after.total().amount()).isEqualByComparingTo("106.7625");
        assertThat(after).isEqualTo(before);
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void of_reversalWithoutItsOriginal_reversalTargetUnknown() {
        assertRule(() -> cost(entries(CONSUME_300, ISSUE_500_BACK)), "REVERSAL_TARGET_UNKNOWN", "entries[2].reverses");
    }

    @Test
    void of_reversalOfAnotherOrdersEntry_reversalTargetUnknown() {
        // The original is given but belongs to PO-2; a reversal of PO-1 must undo an entry of PO-1.
        MaterialTransaction other = tx("O-1", TransactionType.ISSUE_TO_ORDER, "500", Uom.G).order("PO-2").build();
        MaterialTransaction back = tx("O-1/rev", TransactionType.ISSUE_TO_ORDER, "500", Uom.G).reverses("O-1").build();
        assertRule(() -> cost(entries(other, back)), "REVERSAL_TARGET_UNKNOWN", "entries[2].reverses");
    }

    @Test
    void of_reversalOfAReversal_reversalOfReversal() {
        MaterialTransaction twice = MaterialTransaction.builder().from(ISSUE_500_BACK).key("I-1/rev/rev")
                .reverses("I-1/rev").build();
        assertRule(() -> cost(entries(ISSUE_500, ISSUE_500_BACK, twice)), "REVERSAL_OF_REVERSAL",
                "entries[3].reverses");
    }

    @Test
    void of_entryReversedTwice_reversalAlreadyReversed() {
        assertRule(() -> cost(entries(ISSUE_500, ISSUE_500_BACK, reversal(ISSUE_500, "I-1/rev2"))),
                "REVERSAL_ALREADY_REVERSED", "entries[3].reverses");
    }

    @Test
    void of_reversalOfAnotherQuantity_reversalMismatch() {
        MaterialTransaction less = MaterialTransaction.builder().from(ISSUE_500_BACK)
                .quantity(Quantity.of("400", Uom.G)).build();
        assertRule(() -> cost(entries(ISSUE_500, less)), "REVERSAL_MISMATCH", "entries[2].quantity");
    }

    @Test
    void of_reversalAtAnotherUnitCost_reversalMismatch() {
        MaterialTransaction cheaper = MaterialTransaction.builder().from(reversal(CONSUME_300, "C-1/rev"))
                .unitCost(Money.of("0.01", "EUR")).build();
        assertRule(() -> cost(entries(cheaper, CONSUME_300)), "REVERSAL_MISMATCH", "entries[1].unitCost");
    }

    @Test
    void of_reversalNamingAnotherOrder_reversalMismatch() {
        // The reversal names PO-2 but undoes an entry of PO-1: left alone it would count the issue in full.
        MaterialTransaction elsewhere = MaterialTransaction.builder().from(ISSUE_500_BACK).order("PO-2").build();
        assertRule(() -> cost(entries(ISSUE_500, elsewhere)), "REVERSAL_MISMATCH", "entries[2].order");
    }
}
