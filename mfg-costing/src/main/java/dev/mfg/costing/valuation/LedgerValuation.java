package dev.mfg.costing.valuation;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The valuation of one item driven by material-ledger entries, reversal entries included: the bridge between
 * {@link dev.mfg.core.spi.MaterialLedger} and {@link InventoryValuation}.
 *
 * <pre>{@code
 * LedgerValuation v = new LedgerValuation(InventoryValuation.fifo(POWDER, Money.currency("EGP")));
 * ledger.entries().forEach(v::apply);      // posting order
 * v.valuation().value();
 * }</pre>
 *
 * <p>Per entry of the item, the net change of the item's stock over all locations ({@code stockDelta +
 * toLocationDelta}, base unit) decides: positive → a receipt at the entry's unit cost converted to the base unit
 * ({@code unitCost / factorToBase}, 20 fractional digits when it does not terminate); negative → an issue at the
 * method's cost; zero (a transfer, a work-in-process-only leg) → nothing. A <b>reversal</b> entry is not valued at
 * the current rate: it is the exact inverse ({@link InventoryValuation#reverse(Receipt)},
 * {@link InventoryValuation#reverse(Issue)}) of what its original did here, so applying an entry and then its
 * reversal restores quantity and value exactly (RELIABILITY invariant 8).
 *
 * <p>Rules: an inbound entry without a unit cost → {@code VALUE_MISSING} at {@code transaction[KEY].unitCost}; a
 * reversal of a key not applied before → {@code REVERSAL_TARGET_UNKNOWN} at {@code transaction[KEY].reverses}; a
 * second reversal of one key → {@code REVERSAL_ALREADY_REVERSED}; a reversal without an exact inverse →
 * {@code REVERSAL_NOT_EXACT} (see the methods). A rejected entry changes nothing. Entries of other items are
 * ignored; applying a key again is a no-op (the ledger's idempotency). Apply entries in posting order
 * ({@link dev.mfg.core.spi.MaterialLedger#entries()}). Mutable and not thread-safe.
 *
 * @since 0.1
 */
public final class LedgerValuation {
    private InventoryValuation valuation;
    /** Key → the Receipt or Issue it produced, or {@link #NONE} when it did not move the item's total. */
    private final Map<String, Object> results = new HashMap<>();
    private final Set<String> reversed = new HashSet<>();
    private static final Object NONE = new Object();

    /**
     * @param start the state before the first entry (usually empty: {@link InventoryValuation#of})
     */
    public LedgerValuation(InventoryValuation start) {
        this.valuation = Objects.requireNonNull(start, "start");
    }

    /** {@return the current state} */
    public InventoryValuation valuation() {
        return valuation;
    }

    /**
     * Applies one entry.
     *
     * @param entry a ledger entry
     * @return the signed change of the stock value (zero for other items, replays and entries that do not change
     *     the item's total)
     * @throws InvalidInputException see the class comment
     * @throws dev.mfg.core.error.InsufficientStockException if an issue or a reversal exceeds the quantity on hand
     */
    public Money apply(LedgerEntry entry) {
        Objects.requireNonNull(entry, "entry");
        MaterialTransaction tx = entry.transaction();
        Money zero = Money.zero(valuation.currency());
        if (!tx.item().equals(valuation.item()) || results.containsKey(tx.key())) {
            return zero;
        }
        String path = "transaction[" + tx.key() + "]";
        if (tx.isReversal()) {
            String target = tx.reverses().orElseThrow();
            Object original = results.get(target);
            if (original == null) {
                throw InvalidInputException.of(RuleCode.REVERSAL_TARGET_UNKNOWN, path + ".reverses", target,
                        "The reversal (" + tx.key() + ") names an entry (" + target + ") this valuation has not seen."
                                + "\nMaybe apply the entries in posting order.");
            }
            if (reversed.contains(target)) {
                throw InvalidInputException.of(RuleCode.REVERSAL_ALREADY_REVERSED, path + ".reverses", target,
                        "The entry (" + target + ") was already reversed.");
            }
            Money change = zero;
            if (original instanceof Receipt) {
                Reversal r = valuation.reverse((Receipt) original);
                valuation = r.after();
                change = r.valueChange();
            } else if (original instanceof Issue) {
                Reversal r = valuation.reverse((Issue) original);
                valuation = r.after();
                change = r.valueChange();
            }
            reversed.add(target);
            results.put(tx.key(), NONE);
            return change;
        }
        BigDecimal net = tx.stockDelta().add(tx.toLocationDelta());
        if (net.signum() > 0) {
            Money unitCost = tx.unitCost().orElseThrow(() -> InvalidInputException.of(RuleCode.VALUE_MISSING,
                    path + ".unitCost", "none", "The " + tx.type() + " (" + tx.key() + ") of (" + tx.item()
                            + ") adds stock but has no unit cost to value it at."));
            Receipt r = valuation.receive(net, unitCost.dividedBy(tx.quantity().uom().factorToBase()));
            valuation = r.after();
            results.put(tx.key(), r);
            return r.valueAdded();
        }
        if (net.signum() < 0) {
            Issue i = valuation.issue(net.negate());
            valuation = i.after();
            results.put(tx.key(), i);
            return i.cost().negated();
        }
        results.put(tx.key(), NONE);
        return zero;
    }
}
