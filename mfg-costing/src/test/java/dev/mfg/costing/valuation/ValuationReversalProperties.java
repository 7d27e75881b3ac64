package dev.mfg.costing.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.error.ManufacturingException;
import dev.mfg.core.inventory.Direction;
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
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY invariant 8 for values: on a random ledger of one item, posting a random entry and then its reversal
 * gives back exactly the quantity and value (and the FIFO layers, the average) under STANDARD, AVERAGE and FIFO.
 */
class ValuationReversalProperties {
    static final int EXAMPLES = Math.max(20, Integer.getInteger("QT_EXAMPLES", 1000) / 4);
    static final ItemId POWDER = ItemId.of("POWDER");
    static final Currency EGP = Money.currency("EGP");
    static final Instant T0 = Instant.parse("2024-01-15T08:00:00Z");
    static final List<Supplier<InventoryValuation>> METHODS = List.of(
            () -> InventoryValuation.standard(POWDER, Money.of("0.07", "EGP")),
            () -> InventoryValuation.average(POWDER, EGP), () -> InventoryValuation.fifo(POWDER, EGP));

    /** A random movement of POWDER in G or KG with a unit cost, at {@code T0 + minutes}. */
    static MaterialTransaction any(Random rnd, String key, long minutes) {
        TransactionType[] types = {TransactionType.RECEIPT, TransactionType.RECEIPT, TransactionType.ADJUSTMENT,
            TransactionType.TRANSFER, TransactionType.ISSUE_TO_ORDER, TransactionType.RETURN_TO_STOCK,
            TransactionType.CONSUMPTION, TransactionType.SCRAP};
        TransactionType type = types[rnd.nextInt(types.length)];
        boolean kg = rnd.nextInt(4) == 0;
        String qty = kg ? "0." + (1 + rnd.nextInt(9)) : String.valueOf(1 + rnd.nextInt(700));
        String[] locations = {"MAIN", "SIDE"};
        String location = locations[rnd.nextInt(2)];
        MaterialTransaction.Builder b = MaterialTransaction.builder().key(key).type(type).item(POWDER)
                .quantity(Quantity.of(qty, kg ? Uom.KG : Uom.G)).location(location)
                .unitCost(Money.of(BigDecimal.valueOf(1 + rnd.nextInt(300), kg ? 0 : 3), "EGP"))
                .timestamp(T0.plusSeconds(60 * minutes));
        switch (type) {
            case ADJUSTMENT:
                b.direction(rnd.nextBoolean() ? Direction.IN : Direction.OUT).reason("count");
                break;
            case TRANSFER:
                b.toLocation(location.equals("MAIN") ? "SIDE" : "MAIN");
                break;
            case SCRAP:
                b.reason("quality_defect");
                break;
            case ISSUE_TO_ORDER:
            case RETURN_TO_STOCK:
            case CONSUMPTION:
                b.order("PO-1");
                break;
            default:
                break;
        }
        return b.build();
    }

    static LedgerValuation fold(Supplier<InventoryValuation> method, Iterable<LedgerEntry> entries) {
        LedgerValuation v = new LedgerValuation(method.get());
        entries.forEach(v::apply);
        return v;
    }

    static void assertSameValuation(InventoryValuation actual, InventoryValuation expected, long seed) {
        assertThat(actual.quantity()).as("quantity, seed %s", seed).isEqualByComparingTo(expected.quantity());
        assertThat(actual.value()).as("value, seed %s", seed).isEqualTo(expected.value());
        if (expected instanceof AverageValuation) {
            assertThat(((AverageValuation) actual).averageUnitCost())
                    .isEqualTo(((AverageValuation) expected).averageUnitCost());
        }
        if (expected instanceof FifoValuation) {
            assertThat(((FifoValuation) actual).layers()).hasSameSizeAs(((FifoValuation) expected).layers());
            for (int i = 0; i < ((FifoValuation) expected).layers().size(); i++) {
                Layer a = ((FifoValuation) actual).layers().get(i);
                Layer e = ((FifoValuation) expected).layers().get(i);
                assertThat(a.receipt()).isEqualTo(e.receipt());
                assertThat(a.quantity()).isEqualByComparingTo(e.quantity());
                assertThat(a.unitCost()).isEqualTo(e.unitCost());
            }
        }
    }

    @Test
    void postThenReverse_restoresQuantityAndValueExactly_underEveryMethod() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 30)).checkAssert((seed, n) -> {
            Random rnd = new Random(seed);
            InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
            for (int i = 0; i < n; i++) {
                try {
                    ledger.post(any(rnd, "K" + i, i));
                } catch (ManufacturingException rejected) {
                    // short of stock or WIP: skipped
                }
            }
            List<LedgerEntry> before = ledger.entries().castToList();
            LedgerEntry posted = null;
            for (int attempt = 0; posted == null && attempt < 20; attempt++) {
                try {
                    posted = ledger.post(any(rnd, "T" + attempt, n));
                } catch (ManufacturingException rejected) {
                    // try another
                }
            }
            if (posted == null) {
                return;
            }
            LedgerEntry reversal = ledger.post(MaterialTransaction.reversalOf(posted, "REV", T0.plusSeconds(60L * n)));
            for (Supplier<InventoryValuation> method : METHODS) {
                LedgerValuation expected = fold(method, before);
                // Incrementally on the running valuation, and folded from scratch: both give back the state.
                LedgerValuation running = fold(method, before);
                Money in = running.apply(posted);
                Money out = running.apply(reversal);
                assertThat(in.plus(out).isZero()).as("value change cancels, seed %s", seed).isTrue();
                assertSameValuation(running.valuation(), expected.valuation(), seed);
                assertSameValuation(fold(method, ledger.entries()).valuation(), expected.valuation(), seed);
                // Idempotent by key: the reversal applied again changes nothing.
                assertThat(running.apply(reversal).isZero()).isTrue();
                assertSameValuation(running.valuation(), expected.valuation(), seed);
            }
        });
    }
}
