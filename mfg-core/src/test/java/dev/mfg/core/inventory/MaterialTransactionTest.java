package dev.mfg.core.inventory;

import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaterialTransactionTest {

    static MaterialTransaction.Builder base(TransactionType type) {
        MaterialTransaction.Builder b = MaterialTransaction.builder();
        b.key("K-1").type(type).item(PLA).quantity(Quantity.of("1.5", Uom.KG)).location(MAIN).timestamp(T0);
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "0", "0000", "$sys"})
    void key_reserved_rejected(String key) {
        assertRule(() -> base(TransactionType.RECEIPT).key(key).build(), "ID_RESERVED", "transaction[");
    }

    @Test
    void key_tooLongOrControl_rejected() {
        assertRule(() -> base(TransactionType.RECEIPT).key("k".repeat(129)).build(), "ID_INVALID", "transaction[");
        assertRule(() -> base(TransactionType.RECEIPT).key("a\tb").build(), "ID_INVALID", "transaction[");
        assertRule(() -> base(TransactionType.RECEIPT).key(" a").build(), "ID_INVALID", "transaction[");
    }

    @Test
    void quantity_zeroOrNegative_rejected() {
        assertRule(() -> base(TransactionType.RECEIPT).quantity(Quantity.zero(Uom.G)).build(), "QTY_NOT_POSITIVE",
                "transaction[K-1].quantity");
        assertRule(() -> base(TransactionType.RECEIPT).quantity(Quantity.of(-1, Uom.G)).build(), "QTY_NOT_POSITIVE",
                "transaction[K-1].quantity");
    }

    @Test
    void orderTypes_withoutOrder_rejected() {
        for (TransactionType t : new TransactionType[] {TransactionType.ISSUE_TO_ORDER,
            TransactionType.RETURN_TO_STOCK, TransactionType.CONSUMPTION, TransactionType.RECEIPT_FROM_ORDER}) {
            assertRule(() -> base(t).build(), "TX_FIELD_INVALID", "transaction[K-1].order");
        }
    }

    @Test
    void transfer_needsDifferentToLocation() {
        assertRule(() -> base(TransactionType.TRANSFER).build(), "TX_FIELD_INVALID", "transaction[K-1].toLocation");
        assertRule(() -> base(TransactionType.TRANSFER).toLocation(MAIN).build(), "TX_FIELD_INVALID",
                "transaction[K-1].toLocation");
        assertRule(() -> base(TransactionType.RECEIPT).toLocation("B").build(), "TX_FIELD_INVALID",
                "transaction[K-1].toLocation");
    }

    @Test
    void adjustment_needsDirectionAndReason_othersNoDirection() {
        assertRule(() -> base(TransactionType.ADJUSTMENT).reason("count").build(), "TX_FIELD_INVALID",
                "transaction[K-1].direction");
        assertRule(() -> base(TransactionType.ADJUSTMENT).direction(Direction.IN).build(), "REASON_MISSING",
                "transaction[K-1].reason");
        assertRule(() -> base(TransactionType.RECEIPT).direction(Direction.IN).build(), "TX_FIELD_INVALID",
                "transaction[K-1].direction");
    }

    @Test
    void scrap_needsReason() {
        assertRule(() -> base(TransactionType.SCRAP).build(), "REASON_MISSING", "transaction[K-1].reason");
        assertRule(() -> base(TransactionType.SCRAP).reason(" ").build(), "REASON_MISSING", "transaction[K-1].reason");
    }

    @Test
    void negativeCost_badLocation_badOperation_rejected() {
        assertRule(() -> base(TransactionType.RECEIPT).unitCost(Money.of("-1", "EUR")).build(), "RATE_NEGATIVE",
                "transaction[K-1].unitCost");
        assertRule(() -> base(TransactionType.RECEIPT).location(" ").build(), "ID_INVALID",
                "transaction[K-1].location");
        assertRule(() -> base(TransactionType.RECEIPT).operation(0).build(), "OPERATION_NO_INVALID",
                "transaction[K-1].operation");
    }

    @Test
    void check_collectsAllProblems() {
        try {
            base(TransactionType.SCRAP).key("0").quantity(Quantity.zero(Uom.G)).build();
        } catch (dev.mfg.core.error.InvalidInputException e) {
            assertThat(e.problems()).extracting(dev.mfg.core.error.Problem::rule)
                    .contains("ID_RESERVED", "QTY_NOT_POSITIVE", "REASON_MISSING");
            return;
        }
        throw new AssertionError("expected rejection");
    }

    @Test
    void baseQuantity_kilogramsInGrams() {
        // 1.5 KG = 1500 G (mass base unit is the gram).
        assertThat(base(TransactionType.RECEIPT).build().baseQuantity()).isEqualByComparingTo("1500");
    }

    @Test
    void effects_signsPerType() {
        // Hand table from TransactionType's Javadoc, q = 1500 g.
        assertThat(base(TransactionType.RECEIPT).build().stockDelta()).isEqualByComparingTo("1500");
        assertThat(base(TransactionType.ADJUSTMENT).direction(Direction.OUT).reason("r").build().stockDelta())
                .isEqualByComparingTo("-1500");
        MaterialTransaction issue = base(TransactionType.ISSUE_TO_ORDER).order("PO-1").build();
        assertThat(issue.stockDelta()).isEqualByComparingTo("-1500");
        assertThat(issue.wipDelta()).isEqualByComparingTo("1500");
        MaterialTransaction ret = base(TransactionType.RETURN_TO_STOCK).order("PO-1").build();
        assertThat(ret.stockDelta()).isEqualByComparingTo("1500");
        assertThat(ret.wipDelta()).isEqualByComparingTo("-1500");
        MaterialTransaction consumption = base(TransactionType.CONSUMPTION).order("PO-1").build();
        assertThat(consumption.stockDelta()).isZero();
        assertThat(consumption.wipDelta()).isEqualByComparingTo("-1500");
        MaterialTransaction orderScrap = base(TransactionType.SCRAP).order("PO-1").reason("quality_defect").build();
        assertThat(orderScrap.stockDelta()).isZero();
        assertThat(orderScrap.wipDelta()).isEqualByComparingTo("-1500");
        MaterialTransaction stockScrap = base(TransactionType.SCRAP).reason("material_defect").build();
        assertThat(stockScrap.stockDelta()).isEqualByComparingTo("-1500");
        assertThat(stockScrap.wipDelta()).isZero();
        assertThat(base(TransactionType.TRANSFER).toLocation("B").build().stockDelta()).isEqualByComparingTo("-1500");
    }

    @Test
    void equality_ignoresScale_soReplaysMatch() {
        MaterialTransaction a = base(TransactionType.RECEIPT).quantity(Quantity.of("1.50", Uom.KG)).build();
        MaterialTransaction b = base(TransactionType.RECEIPT).quantity(Quantity.of("1.5", Uom.KG)).build();
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
}
