package dev.mfg.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.ManufacturingException;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.item.ItemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY invariant 8 on random ledgers: an entry followed by its reversal leaves every balance and every lot
 * trace as before; reversing an older entry equals folding the ledger without it; a reversal is idempotent by key.
 */
class ReversalProperties {
    static final int EXAMPLES = Math.max(20, Integer.getInteger("QT_EXAMPLES", 1000) / 4);

    /** Posts {@code n} random transactions; the rejected ones are skipped. Minutes 0 .. n-1. */
    static InMemoryMaterialLedger randomLedger(Random rnd, int n) {
        InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
        for (int i = 0; i < n; i++) {
            try {
                ledger.post(LedgerGen.any(rnd, "K" + i, i));
            } catch (ManufacturingException rejected) {
                // Short of stock or WIP: nothing written, skip.
            }
        }
        return ledger;
    }

    static String observable(InMemoryMaterialLedger ledger) {
        StringBuilder s = new StringBuilder(ledger.balances().toString());
        for (ItemId item : LedgerGen.ITEMS) {
            for (String lot : LedgerGen.LOTS) {
                s.append(ledger.usesOfLot(item, lot));
            }
        }
        for (String order : LedgerGen.ORDERS) {
            s.append(ledger.lotsUsedBy(order));
        }
        return s.toString();
    }

    @Test
    void postThenReverse_restoresEveryBalanceAndTraceExactly() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            Random rnd = new Random(seed);
            InMemoryMaterialLedger ledger = randomLedger(rnd, n);
            String before = observable(ledger);
            int size = ledger.size();
            LedgerEntry posted = null;
            for (int attempt = 0; posted == null && attempt < 20; attempt++) {
                try {
                    posted = ledger.post(LedgerGen.any(rnd, "T" + attempt, n));
                } catch (ManufacturingException rejected) {
                    assertThat(observable(ledger)).isEqualTo(before);
                }
            }
            if (posted == null) {
                return;
            }
            LedgerEntry reversal = ledger.post(MaterialTransaction.reversalOf(posted, "REV", LedgerGen.T0
                    .plusSeconds(60L * (n + rnd.nextInt(3)))));
            assertThat(observable(ledger)).as("seed %s", seed).isEqualTo(before);
            assertThat(ledger.size()).isEqualTo(size + 2);
            assertThat(ledger.entries().drop(size)).containsExactly(posted, reversal);
            assertThat(ledger.balances()).isEqualTo(LedgerFold.fold(ledger.entries()));
        });
    }

    @Test
    void reverseOlderEntry_acceptedEqualsFoldWithoutIt_rejectedOnlyForShortageAndWritesNothing() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, n) -> {
            Random rnd = new Random(seed);
            InMemoryMaterialLedger ledger = randomLedger(rnd, n);
            if (ledger.size() == 0) {
                return;
            }
            LedgerEntry target = ledger.entries().get(rnd.nextInt(ledger.size()));
            String before = observable(ledger) + ledger.entries();
            MaterialTransaction rev = MaterialTransaction.reversalOf(target, "REV", LedgerGen.T0.plusSeconds(60L * n));
            try {
                ledger.post(rev);
            } catch (InsufficientStockException | InvalidInputException rejected) {
                if (rejected instanceof InvalidInputException) {
                    assertThat(((InvalidInputException) rejected).rule()).isEqualTo("RETURN_EXCEEDS_ISSUED");
                }
                assertThat(observable(ledger) + ledger.entries()).isEqualTo(before);
                return;
            }
            List<LedgerEntry> without = new ArrayList<>(ledger.entries().castToList());
            without.removeIf(e -> e.transaction().key().equals(target.transaction().key())
                    || e.transaction().key().equals("REV"));
            assertThat(ledger.balances()).as("seed %s", seed).isEqualTo(LedgerFold.fold(without));
            // Idempotent by key: the same reversal again returns the existing entry and changes nothing.
            String after = observable(ledger) + ledger.entries();
            assertThat(ledger.post(rev)).isEqualTo(ledger.find("REV").orElseThrow());
            assertThat(observable(ledger) + ledger.entries()).isEqualTo(after);
        });
    }
}
