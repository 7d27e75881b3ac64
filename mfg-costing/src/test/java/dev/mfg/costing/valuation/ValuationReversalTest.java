package dev.mfg.costing.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reversals valued as the exact inverse of their original (invariant 8), with hand-computed numbers. */
class ValuationReversalTest {
    static final Currency EGP = Money.currency("EGP");
    static final ItemId POWDER = ItemId.of("POWDER");
    static final Instant T0 = Instant.parse("2024-01-15T08:00:00Z");

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Money egp(String s) {
        return Money.of(s, "EGP");
    }

    static void assertRule(Throwable t, String rule, String path) {
        assertThat(t).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.path()).isEqualTo(path);
        });
    }

    // ------------------------------------------------------------------------------------------------ AVERAGE

    @Test
    void average_receiptReversed_previousValueAndAverageExactly() {
        // 3 KG for 10 (average 3.333...), then 7 KG at 4.1 = 28.7 → 10 KG worth 38.7; reversing the 7 KG takes
        // 28.7 off, not 7 × 3.87: back to 3 KG worth 10 and the same non-terminating average.
        AverageValuation start = (AverageValuation) InventoryValuation.average(POWDER, EGP)
                .receive(d("3"), egp("10").dividedBy(d("3"))).after();
        Receipt r = start.receive(d("7"), egp("4.1"));
        assertThat(r.after().value().amount()).isEqualByComparingTo(start.value().amount().add(d("28.7")));
        Reversal back = r.after().reverse(r);
        assertThat(back.after()).isEqualTo(start);
        assertThat(((AverageValuation) back.after()).averageUnitCost()).isEqualTo(start.averageUnitCost());
        assertThat(back.valueChange().amount()).isEqualByComparingTo("-28.7");
    }

    @Test
    void average_issueReversed_atItsOwnCost_notTheCurrentAverage() {
        // 100 at 90 + 100 at 100: average 95; issue 50 costs 4750. Then 50 more at 200 come in (150 + 50 = 200 KG,
        // 14250 + 10000 = 24250). Reversing the issue adds back 4750 (not 50 × 121.25): 250 KG worth 29000.
        InventoryValuation v = InventoryValuation.average(POWDER, EGP).receive(d("100"), egp("90")).after()
                .receive(d("100"), egp("100")).after();
        Issue i = v.issue(d("50"));
        InventoryValuation later = i.after().receive(d("50"), egp("200")).after();
        Reversal back = later.reverse(i);
        assertThat(back.valueChange().amount()).isEqualByComparingTo("4750");
        assertThat(back.after().quantity()).isEqualByComparingTo("250");
        assertThat(back.after().value().amount()).isEqualByComparingTo("29000");
        // Right after the issue, its reversal gives back the very state before it.
        assertThat(i.after().reverse(i).after()).isEqualTo(v);
    }

    @Test
    void average_receiptReversedAfterIssuesWouldLeaveValueWithoutQuantity_notExact() {
        // 10 at 10 (100) + 10 at 30 (300): 20 worth 400. Issue 10 at the average 20 = 200: 10 worth 200. Removing the
        // second receipt (10 worth 300) would leave 0 KG worth -100.
        InventoryValuation a = InventoryValuation.average(POWDER, EGP).receive(d("10"), egp("10")).after();
        Receipt second = a.receive(d("10"), egp("30"));
        InventoryValuation afterIssue = second.after().issue(d("10")).after();
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> afterIssue.reverse(second));
        assertRule(t, "REVERSAL_NOT_EXACT", "valuation[POWDER].reversal");
        assertThat(t.getMessage()).contains("reverse the issues");
        assertThat(afterIssue.value().amount()).isEqualByComparingTo("200");
    }

    @Test
    void average_receiptReversedWithLessOnHand_insufficientStock() {
        Receipt r = InventoryValuation.average(POWDER, EGP).receive(d("10"), egp("10"));
        InventoryValuation v = r.after().issue(d("4")).after();
        assertThatThrownBy(() -> v.reverse(r)).isInstanceOfSatisfying(InsufficientStockException.class,
                e -> assertThat(e.shortBy()).isEqualByComparingTo("4"));
    }

    // ------------------------------------------------------------------------------------------------ FIFO

    @Test
    void fifo_middleReceiptReversed_removesExactlyItsLayer() {
        // Layers #1 10 @ 5, #2 10 @ 5, #3 10 @ 6: equal-looking layers #1 and #2 are told apart by receipt number.
        InventoryValuation v = InventoryValuation.fifo(POWDER, EGP).receive(d("10"), egp("5")).after();
        Receipt second = v.receive(d("10"), egp("5"));
        InventoryValuation three = second.after().receive(d("10"), egp("6")).after();
        Reversal back = three.reverse(second);
        assertThat(((FifoValuation) back.after()).layers()).extracting(Layer::receipt, l -> l.quantity().intValue())
                .containsExactly(tuple(1L, 10), tuple(3L, 10));
        assertThat(back.valueChange().amount()).isEqualByComparingTo("-50");
        assertThat(back.after().value().amount()).isEqualByComparingTo("110"); // 50 + 60
    }

    @Test
    void fifo_receiptReversedAfterItsLayerWasPartlyIssued_notExact() {
        Receipt r = InventoryValuation.fifo(POWDER, EGP).receive(d("10"), egp("5"));
        InventoryValuation v = r.after().receive(d("10"), egp("7")).after().issue(d("4")).after();
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> v.reverse(r));
        assertRule(t, "REVERSAL_NOT_EXACT", "valuation[POWDER].reversal");
        assertThat(t.getMessage()).contains("has (6) left");
    }

    @Test
    void fifo_issueAcrossLayersReversed_restoresTheExactLayers() {
        // Layers #1 10 @ 5, #2 20 @ 6, #3 5 @ 7. Issue 25 takes #1 (10 @ 5) and 15 of #2 (15 @ 6) = 140; left #2 5 @ 6,
        // #3 5 @ 7. A receipt #4 of 1 @ 9 and an issue of 2 (2 @ 6 = 12) follow. Reversing the first issue puts 10 @ 5
        // back as #1 and 15 @ 6 into #2 (3 + 15 = 18): #1 10 @ 5, #2 18 @ 6, #3 5 @ 7, #4 1 @ 9; value 50 + 108 + 35 + 9.
        InventoryValuation v = InventoryValuation.fifo(POWDER, EGP).receive(d("10"), egp("5")).after()
                .receive(d("20"), egp("6")).after().receive(d("5"), egp("7")).after();
        Issue first = v.issue(d("25"));
        assertThat(first.consumed()).extracting(Layer::receipt, l -> l.quantity().intValue())
                .containsExactly(tuple(1L, 10), tuple(2L, 15));
        assertThat(first.after().reverse(first).after()).as("right after: the state before").isEqualTo(v);
        InventoryValuation later = first.after().receive(d("1"), egp("9")).after().issue(d("2")).after();
        Reversal back = later.reverse(first);
        assertThat(((FifoValuation) back.after()).layers())
                .extracting(Layer::receipt, l -> l.quantity().intValue(), l -> l.unitCost().amount().intValue())
                .containsExactly(tuple(1L, 10, 5), tuple(2L, 18, 6), tuple(3L, 5, 7), tuple(4L, 1, 9));
        assertThat(back.valueChange().amount()).isEqualByComparingTo("140");
        assertThat(back.after().value().amount()).isEqualByComparingTo("202");
        // The next receipt still gets a fresh number.
        assertThat(((FifoValuation) back.after().receive(d("1"), egp("1")).after()).layers().getLast().receipt())
                .isEqualTo(5L);
    }

    // ------------------------------------------------------------------------------------------------ STANDARD

    @Test
    void standard_receiptReversed_quantityAndVarianceBack() {
        // Standard 95; receive 10 at 97: +950, variance +20. Reversal: -950, variance -20, quantity 0.
        Receipt r = InventoryValuation.standard(POWDER, egp("95")).receive(d("10"), egp("97"));
        Reversal back = r.after().reverse(r);
        assertThat(back.after().quantity()).isEqualByComparingTo("0");
        assertThat(back.valueChange().amount()).isEqualByComparingTo("-950");
        assertThat(back.priceVariance().amount()).isEqualByComparingTo("-20");
        Issue i = r.after().issue(d("4"));
        Reversal issueBack = i.after().reverse(i);
        assertThat(issueBack.after()).isEqualTo(r.after());
        assertThat(issueBack.valueChange().amount()).isEqualByComparingTo("380");
    }

    @Test
    void standard_receiptReversedAfterStandardChanged_notExact() {
        Receipt r = InventoryValuation.standard(POWDER, egp("95")).receive(d("10"), egp("97"));
        InventoryValuation revalued = InventoryValuation.standard(POWDER, egp("96")).receive(d("10"), egp("96")).after();
        assertRule(org.assertj.core.api.Assertions.catchThrowable(() -> revalued.reverse(r)), "REVERSAL_NOT_EXACT",
                "valuation[POWDER].reversal");
    }

    @Test
    void reverse_resultOfAnotherItemOrMethod_reversalMismatch() {
        Receipt fifo = InventoryValuation.fifo(POWDER, EGP).receive(d("1"), egp("1"));
        InventoryValuation avg = InventoryValuation.average(POWDER, EGP).receive(d("1"), egp("1")).after();
        assertRule(org.assertj.core.api.Assertions.catchThrowable(() -> avg.reverse(fifo)), "REVERSAL_MISMATCH",
                "valuation[POWDER].reversal");
        Issue other = InventoryValuation.average(ItemId.of("OTHER"), EGP).receive(d("1"), egp("1")).after()
                .issue(d("1"));
        assertRule(org.assertj.core.api.Assertions.catchThrowable(() -> avg.reverse(other)), "REVERSAL_MISMATCH",
                "valuation[POWDER].reversal");
    }

    // ------------------------------------------------------------------------------------------------ ledger

    static MaterialTransaction receipt(String key, String qty, Uom uom, String unitCost, long minutes) {
        return MaterialTransaction.builder().key(key).type(TransactionType.RECEIPT).item(POWDER)
                .quantity(Quantity.of(qty, uom)).location("MAIN").unitCost(egp(unitCost))
                .timestamp(T0.plusSeconds(60 * minutes)).build();
    }

    static MaterialTransaction issue(String key, String qty, long minutes) {
        return MaterialTransaction.builder().key(key).type(TransactionType.ISSUE_TO_ORDER).item(POWDER)
                .quantity(Quantity.of(qty, Uom.G)).location("MAIN").order("PO-1")
                .timestamp(T0.plusSeconds(60 * minutes)).build();
    }

    @Test
    void ledgerValuation_receiptInKgReversed_valuedFromTheOriginalNotTheCurrentRate() {
        // 1 KG at 90/KG = 1000 G at 0.09 = 90; 1 KG at 100/KG = 100; average 0.095/G. Issue 500 G = 47.5.
        // Reversing the first receipt removes 1000 G worth 90 (not 1000 × 0.095 = 95): 500 G worth 190 - 47.5 - 90.
        InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
        LedgerValuation v = new LedgerValuation(InventoryValuation.average(POWDER, EGP));
        LedgerEntry r1 = ledger.post(receipt("R1", "1", Uom.KG, "90", 0));
        ledger.post(receipt("R2", "1", Uom.KG, "100", 1));
        ledger.post(issue("I1", "500", 2));
        ledger.post(MaterialTransaction.reversalOf(r1, "R1-REV", T0.plusSeconds(180)));
        assertThat(ledger.entries().collect(v::apply).collect(Money::amount))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("90"), d("100"), d("-47.5"), d("-90"));
        assertThat(v.valuation().quantity()).isEqualByComparingTo("500");
        assertThat(v.valuation().value().amount()).isEqualByComparingTo("52.5");
    }

    @Test
    void ledgerValuation_transferAndWipLegs_noValueChange_reversalsToo() {
        InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
        ledger.post(receipt("R1", "10", Uom.G, "2", 0));
        LedgerEntry t = ledger.post(MaterialTransaction.builder().key("T1").type(TransactionType.TRANSFER).item(POWDER)
                .quantity(Quantity.of(4, Uom.G)).location("MAIN").toLocation("SIDE").timestamp(T0.plusSeconds(60))
                .build());
        ledger.post(MaterialTransaction.reversalOf(t, "T1-REV", T0.plusSeconds(120)));
        LedgerValuation v = new LedgerValuation(InventoryValuation.fifo(POWDER, EGP));
        ledger.entries().forEach(v::apply);
        assertThat(v.valuation().value().amount()).isEqualByComparingTo("20");
    }

    @Test
    void ledgerValuation_rules_unknownTargetDoubleReversalMissingCost() {
        LedgerValuation v = new LedgerValuation(InventoryValuation.average(POWDER, EGP));
        MaterialTransaction r1 = receipt("R1", "10", Uom.G, "2", 0);
        MaterialTransaction rev = MaterialTransaction.builder().from(r1).key("REV").reverses("R1").build();
        assertRule(org.assertj.core.api.Assertions.catchThrowable(() -> v.apply(new LedgerEntry(2, rev))),
                "REVERSAL_TARGET_UNKNOWN", "transaction[REV].reverses");
        v.apply(new LedgerEntry(1, r1));
        v.apply(new LedgerEntry(2, rev));
        assertThat(v.valuation().quantity()).isEqualByComparingTo("0");
        MaterialTransaction rev2 = MaterialTransaction.builder().from(rev).key("REV2").build();
        assertRule(org.assertj.core.api.Assertions.catchThrowable(() -> v.apply(new LedgerEntry(3, rev2))),
                "REVERSAL_ALREADY_REVERSED", "transaction[REV2].reverses");
        MaterialTransaction free = MaterialTransaction.builder().from(r1).key("FREE").unitCost(Optional.empty()).build();
        assertRule(org.assertj.core.api.Assertions.catchThrowable(() -> v.apply(new LedgerEntry(4, free))),
                "VALUE_MISSING", "transaction[FREE].unitCost");
        assertThat(v.valuation().quantity()).isEqualByComparingTo("0");
    }
}
