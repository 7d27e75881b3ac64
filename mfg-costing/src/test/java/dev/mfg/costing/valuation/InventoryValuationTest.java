package dev.mfg.costing.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** STANDARD, moving AVERAGE and FIFO valuation, each with hand-computed numbers, and mixed methods (melamine). */
class InventoryValuationTest {
    static final Currency EGP = Money.currency("EGP");
    static final ItemId POWDER = ItemId.of("POWDER");

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Money egp(String s) {
        return Money.of(s, "EGP");
    }

    @Test
    void average_twoReceiptsThenIssue_atTheMovingAverage() {
        // 100 KG at 90 + 100 KG at 100 = 19000 for 200 KG: average 95; issue 50 → 4750, left 150 KG worth 14250.
        InventoryValuation v = InventoryValuation.average(POWDER, EGP).receive(d("100"), egp("90")).after()
                .receive(d("100"), egp("100")).after();
        Issue i = v.issue(d("50"));
        assertThat(i.cost().amount()).isEqualByComparingTo("4750");
        assertThat(i.after().quantity()).isEqualByComparingTo("150");
        assertThat(i.after().value().amount()).isEqualByComparingTo("14250");
        assertThat(((AverageValuation) i.after()).averageUnitCost().amount()).isEqualByComparingTo("95");
        assertThat(v.quantity()).isEqualByComparingTo("200"); // the old state is unchanged
    }

    @Test
    void average_nonTerminatingAverage_lastIssueTakesTheRestNoResidue() {
        // 3 units for 10: issue 1 → 10/3 = 3.333..., issue the last 2 → 10 - 3.333... exactly; value ends at 0.
        Issue a = InventoryValuation.average(POWDER, EGP).receive(d("3"), egp("10").dividedBy(d("3"))).after()
                .issue(d("1"));
        Issue b = a.after().issue(d("2"));
        assertThat(a.cost().amount().add(b.cost().amount()))
                .isEqualByComparingTo(egp("10").dividedBy(d("3")).multipliedBy(d("3")).amount());
        assertThat(b.after().value().isZero()).isTrue();
    }

    @Test
    void fifo_issueSpansLayers_oldestFirst() {
        // Layers 10 @ 5, 20 @ 6, 5 @ 7. Issue 25: 10 x 5 + 15 x 6 = 50 + 90 = 140; left 5 @ 6 and 5 @ 7.
        InventoryValuation v = InventoryValuation.fifo(POWDER, EGP).receive(d("10"), egp("5")).after()
                .receive(d("20"), egp("6")).after().receive(d("5"), egp("7")).after();
        Issue i = v.issue(d("25"));
        assertThat(i.cost().amount()).isEqualByComparingTo("140");
        FifoValuation left = (FifoValuation) i.after();
        assertThat(left.layers()).extracting(l -> l.quantity().intValueExact(), l -> l.unitCost().amount().intValueExact())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 6), org.assertj.core.groups.Tuple.tuple(5, 7));
        assertThat(left.value().amount()).isEqualByComparingTo("65");
    }

    @Test
    void fifo_issueExactlyOneLayer_removesIt() {
        InventoryValuation v = InventoryValuation.fifo(POWDER, EGP).receive(d("10"), egp("5")).after()
                .receive(d("1"), egp("9")).after();
        Issue i = v.issue(d("10"));
        assertThat(i.cost().amount()).isEqualByComparingTo("50");
        assertThat(((FifoValuation) i.after()).layers()).hasSize(1);
    }

    @Test
    void standard_receiptAtOtherPrice_priceVarianceAndIssueAtStandard() {
        // Standard 95; receive 10 at 97: stock +950, variance 20 (unfavourable); issue 4 at 380.
        Receipt r = InventoryValuation.standard(POWDER, egp("95")).receive(d("10"), egp("97"));
        assertThat(r.valueAdded().amount()).isEqualByComparingTo("950");
        assertThat(r.priceVariance().amount()).isEqualByComparingTo("20");
        Issue i = r.after().issue(d("4"));
        assertThat(i.cost().amount()).isEqualByComparingTo("380");
        assertThat(i.after().value().amount()).isEqualByComparingTo("570");
    }

    @Test
    void of_itemMethods_mixedInOneProductMelamine() {
        // Melamine: powder at moving AVERAGE, dishes at STANDARD (seed 004). A lot of 100 dishes uses 15 KG of
        // powder bought 10 KG at 90 and 10 KG at 100 (average 95): material issued 15 x 95 = 1425; the dishes go
        // into stock at their standard 14.50 each = 1450, so the production variance is 1425 - 1450 = -25.
        Item powder = Item.builder().id(POWDER).uom(Uom.KG).procurement(Procurement.BUY)
                .costingMethod(CostingMethod.AVERAGE).build();
        Item dish = Item.builder().id(ItemId.of("DISH-L")).uom(Uom.EA).procurement(Procurement.MAKE)
                .standardCost(UnitPrice.of(egp("14.50"), Uom.EA)).build();
        InventoryValuation p = InventoryValuation.of(powder, "EGP");
        InventoryValuation dishes = InventoryValuation.of(dish, "EGP");
        assertThat(p.method()).isEqualTo(CostingMethod.AVERAGE);
        assertThat(dishes.method()).isEqualTo(CostingMethod.STANDARD);
        Issue used = p.receive(d("10"), egp("90")).after().receive(d("10"), egp("100")).after().issue(d("15"));
        Receipt made = dishes.receive(d("100"), used.cost().dividedBy(d("100")));
        assertThat(used.cost().amount()).isEqualByComparingTo("1425");
        assertThat(made.valueAdded().amount()).isEqualByComparingTo("1450");
        assertThat(made.priceVariance().amount()).isEqualByComparingTo("-25");
    }

    @Test
    void of_standardPerKgStockInGrams_convertsToBaseUnit() {
        Item resin = Item.builder().id(ItemId.of("RESIN")).uom(Uom.G).procurement(Procurement.BUY)
                .standardCost(UnitPrice.of(egp("14.99"), Uom.KG)).build();
        // 3856 G at 14.99 per KG = 57.80144.
        Issue i = InventoryValuation.of(resin, "EGP").receive(d("3856"), egp("0.01499")).after().issue(d("3856"));
        assertThat(i.cost().amount()).isEqualByComparingTo("57.80144");
    }

    @Test
    void of_standardWithoutCost_valueMissing() {
        Item x = Item.builder().id(ItemId.of("X")).uom(Uom.EA).procurement(Procurement.BUY).build();
        assertThatThrownBy(() -> InventoryValuation.of(x, "EGP")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo("VALUE_MISSING");
            assertThat(e.path()).isEqualTo("item[X].standardCost");
        });
    }

    @Test
    void of_standardInOtherCurrency_currencyMismatch() {
        Item x = Item.builder().id(ItemId.of("X")).uom(Uom.EA).procurement(Procurement.BUY)
                .standardCost(UnitPrice.of(Money.of("1", "USD"), Uom.EA)).build();
        assertThatThrownBy(() -> InventoryValuation.of(x, "EGP")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo("CURRENCY_MISMATCH"));
    }

    @Test
    void issue_beyondStock_insufficientStockWithShortfall() {
        for (InventoryValuation v : List.of(InventoryValuation.average(POWDER, EGP), InventoryValuation.fifo(POWDER, EGP),
                InventoryValuation.standard(POWDER, egp("95")))) {
            InventoryValuation stocked = v.receive(d("10"), egp("95")).after();
            assertThatThrownBy(() -> stocked.issue(d("12.5"))).isInstanceOfSatisfying(InsufficientStockException.class,
                    e -> {
                        assertThat(e.shortBy()).isEqualByComparingTo("2.5");
                        assertThat(e.item()).isEqualTo("POWDER");
                    });
            assertThat(stocked.quantity()).isEqualByComparingTo("10");
        }
    }

    @Test
    void receive_zeroOrNegativeQuantity_qtyNotPositive() {
        assertThatThrownBy(() -> InventoryValuation.average(POWDER, EGP).receive(d("0"), egp("1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NOT_POSITIVE");
                    assertThat(e.path()).isEqualTo("valuation[POWDER].quantity");
                });
        assertThatThrownBy(() -> InventoryValuation.fifo(POWDER, EGP).issue(d("-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("QTY_NOT_POSITIVE"));
    }

    @Test
    void receive_negativeCost_rateNegative() {
        assertThatThrownBy(() -> InventoryValuation.fifo(POWDER, EGP).receive(d("1"), egp("-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("RATE_NEGATIVE"));
    }

    @Test
    void receive_otherCurrency_currencyMismatch() {
        assertThatThrownBy(() -> InventoryValuation.average(POWDER, EGP).receive(d("1"), Money.of("1", "USD")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("CURRENCY_MISMATCH"));
    }

    @Test
    void properties_valueIsConservedReceiptsMinusIssuesUnderEveryMethod() {
        // Receipts (positive) and issues (negative) in whole units at integer costs: final value = Σ receipts' value
        // - Σ issue costs, exactly for FIFO and STANDARD, within 1e-15 for AVERAGE; quantity exact.
        qt().withExamples(300).forAll(lists().of(integers().between(-20, 20)).ofSizeBetween(1, 30),
                integers().between(1, 50)).checkAssert((moves, price) -> {
            for (InventoryValuation start : List.of(InventoryValuation.average(POWDER, EGP),
                    InventoryValuation.fifo(POWDER, EGP), InventoryValuation.standard(POWDER, egp("7")))) {
                InventoryValuation v = start;
                BigDecimal in = BigDecimal.ZERO;
                BigDecimal out = BigDecimal.ZERO;
                int k = 0;
                for (int m : moves) {
                    k++;
                    if (m > 0) {
                        Receipt r = v.receive(BigDecimal.valueOf(m), egp(String.valueOf(price + k % 5)));
                        in = in.add(r.valueAdded().amount());
                        v = r.after();
                    } else if (m < 0 && v.quantity().compareTo(BigDecimal.valueOf(-m)) >= 0) {
                        Issue i = v.issue(BigDecimal.valueOf(-m));
                        out = out.add(i.cost().amount());
                        v = i.after();
                    }
                }
                assertThat(v.value().amount()).isCloseTo(in.subtract(out), within(d("1e-15")));
                assertThat(v.value().amount().signum()).isGreaterThanOrEqualTo(0);
            }
        });
    }
}
