package dev.mfg.costing.actual;

import static dev.mfg.costing.actual.ActualFixtures.BOX;
import static dev.mfg.costing.actual.ActualFixtures.LABEL;
import static dev.mfg.costing.actual.ActualFixtures.PLA;
import static dev.mfg.costing.actual.ActualFixtures.POWDER;
import static dev.mfg.costing.actual.ActualFixtures.SHIP_LABEL;
import static dev.mfg.costing.actual.ActualFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.inventory.Direction;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import dev.mfg.costing.variance.VarianceAnalysis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reversals cancel in the actual cost: on generated orders run through the production service
 * ({@link ActualCostingProperties#generate(long)}), adding an entry and its reversal anywhere, or reversing an entry
 * of the run, gives the same report (every line, element, gap and total) and the same variances as the ledger
 * without the pair.
 */
class ActualCostingReversalProperties {
    static final int EXAMPLES = ActualCostingProperties.EXAMPLES;
    static final TransactionType[] TYPES = TransactionType.values();

    static ActualCostReport cost(ActualCostingProperties.Case c, List<LedgerEntry> entries) {
        return ActualCosting.of(c.data(), c.run().order(), entries, c.times(), "EUR");
    }

    /**
     * A random transaction of the order (or, one time in eight, of another): any type, a planned or unplanned
     * component, an operation of the order, none, or one it lacks, a unit cost in EUR, in USD or none. Alone it may
     * be rejected (unknown operation, other currency) or priced as a gap; reversed it must change nothing.
     */
    static MaterialTransaction randomEntry(Random rnd, String key, List<Integer> ops) {
        TransactionType type = TYPES[rnd.nextInt(TYPES.length)];
        ItemId[] items = {PLA, LABEL, BOX, SHIP_LABEL, POWDER, ItemId.of("UNPLANNED")};
        boolean ea = rnd.nextBoolean();
        MaterialTransaction.Builder b = MaterialTransaction.builder().key(key).type(type)
                .item(items[rnd.nextInt(items.length)])
                .quantity(Quantity.of(BigDecimal.valueOf(1 + rnd.nextInt(100_000), rnd.nextInt(4)), ea ? Uom.EA
                        : rnd.nextBoolean() ? Uom.G : Uom.KG))
                .location("MAIN").order(rnd.nextInt(8) == 0 ? "PO-2" : "PO-1")
                .timestamp(T0.plusSeconds(rnd.nextInt(100_000)));
        switch (rnd.nextInt(4)) {
            case 0:
                b.operation(ops.get(rnd.nextInt(ops.size())));
                break;
            case 1:
                b.operation(15);
                break;
            default:
                break;
        }
        switch (rnd.nextInt(3)) {
            case 0:
                b.unitCost(Money.of(BigDecimal.valueOf(rnd.nextInt(10_000), 3), "EUR"));
                break;
            case 1:
                b.unitCost(Money.of("0.7", "USD"));
                break;
            default:
                break;
        }
        if (type == TransactionType.TRANSFER) {
            b.toLocation("FLOOR");
        }
        if (type == TransactionType.ADJUSTMENT) {
            b.direction(rnd.nextBoolean() ? Direction.IN : Direction.OUT);
        }
        if (type == TransactionType.SCRAP || type == TransactionType.ADJUSTMENT) {
            b.reason("quality_defect");
        }
        return b.build();
    }

    static List<Integer> ops(ActualCostingProperties.Case c) {
        List<Integer> ops = new ArrayList<>();
        c.run().order().operations().forEach(o -> ops.add(o.no()));
        return ops;
    }

    /** {@code entries} with {@code a} inserted at a random place and {@code b} at another (before or after it). */
    static List<LedgerEntry> withPair(Random rnd, List<LedgerEntry> entries, LedgerEntry a, LedgerEntry b) {
        List<LedgerEntry> out = new ArrayList<>(entries);
        out.add(rnd.nextInt(out.size() + 1), a);
        out.add(rnd.nextInt(out.size() + 1), b);
        return out;
    }

    @Test
    void of_anyEntryPlusItsReversalAnywhere_sameReportAsWithoutThem() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            ActualCostingProperties.Case c = ActualCostingProperties.generate(seed);
            Random rnd = new Random(seed ^ 0x5DEECE66DL);
            List<LedgerEntry> base = c.run().entries().castToList();
            ActualCostReport expected = cost(c, base);
            MaterialTransaction added = rnd.nextBoolean()
                    // a copy of an entry of the run under a new key (a real issue, consumption, scrap, receipt ...)
                    ? MaterialTransaction.builder().from(base.get(rnd.nextInt(base.size())).transaction())
                            .key("ADDED").build()
                    : randomEntry(rnd, "ADDED", ops(c));
            LedgerEntry original = new LedgerEntry(base.size() + 1, added);
            LedgerEntry reversal = new LedgerEntry(base.size() + 2,
                    MaterialTransaction.reversalOf(original, "ADDED/rev", added.timestamp().plusSeconds(1)));
            List<LedgerEntry> with = withPair(rnd, base, original, reversal);

            ActualCostReport actual = cost(c, with);
            assertThat(actual).as("entry %s", added).isEqualTo(expected);
            assertThat(actual.total().amount()).isEqualByComparingTo(expected.total().amount());
            assertThat(VarianceAnalysis.analyze(c.data(), c.standard(), actual.toActualProduction()))
                    .isEqualTo(VarianceAnalysis.analyze(c.data(), c.standard(), expected.toActualProduction()));
        });
    }

    /** Reversing an entry the run posted gives the report of the ledger without that entry. */
    @Test
    void of_runEntryReversed_sameReportAsLedgerWithoutIt() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            ActualCostingProperties.Case c = ActualCostingProperties.generate(seed);
            Random rnd = new Random(seed ^ 0xB5L);
            List<LedgerEntry> base = c.run().entries().castToList();
            int i = rnd.nextInt(base.size());
            LedgerEntry victim = base.get(i);
            List<LedgerEntry> without = new ArrayList<>(base);
            without.remove(i);
            List<LedgerEntry> with = new ArrayList<>(base);
            with.add(rnd.nextInt(with.size() + 1), new LedgerEntry(base.size() + 1, MaterialTransaction.reversalOf(
                    victim, victim.transaction().key() + "/rev", victim.transaction().timestamp().plusSeconds(1))));
            assertThat(cost(c, with)).as("reversing %s", victim).isEqualTo(cost(c, without));
        });
    }
}
