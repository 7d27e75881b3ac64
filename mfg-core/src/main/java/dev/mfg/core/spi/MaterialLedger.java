package dev.mfg.core.spi;

import dev.mfg.core.error.BackdatedPostingException;
import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.Balances;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.LotUse;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.StockView;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The material ledger: append-only storage of {@link MaterialTransaction}s with idempotent, atomic posting,
 * balances that are a fold of the entries, allocations kept apart, and lot traceability.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Append-only.</b> There is no update or delete; a correction is a new transaction.</li>
 *   <li><b>Idempotent.</b> Posting a key again with an equal transaction returns the original entry and
 *       changes nothing; with a different transaction it throws {@link IdempotencyConflictException} and changes
 *       nothing.</li>
 *   <li><b>Atomic batches.</b> {@link #postBatch} applies every leg or none. A rejected batch throws
 *       {@link LinkedBatchException}: the failing leg carries its rule, the others {@code LINKED_FAILED}.</li>
 *   <li><b>No negative stock</b> unless the options allow it for the item: after every prefix of the ledger in
 *       posting order (timestamp, then sequence) each (item, location, lot) balance is ≥ 0; a backdated entry is
 *       checked against every later prefix. Work in process per (order, item) may never go negative
 *       ({@code RETURN_EXCEEDS_ISSUED}).</li>
 *   <li><b>Balance = fold.</b> {@link #balances()} equals {@code LedgerFold.fold(entries())} at all times.</li>
 *   <li><b>Linearizable.</b> Every write appears to take effect at one instant; concurrent writers never lose
 *       or duplicate a transaction.</li>
 *   <li>Quantities read back are in the base unit of the item's unit category.</li>
 *   <li><b>Reversals</b> (invariant 8). A transaction with {@link MaterialTransaction#reverses()} undoes the entry
 *       posted under that key: its effects are the negation of the original's, so posting an entry and then its
 *       reversal restores every balance exactly; both stay in {@link #entries()}, the reversal after. Rules, each an
 *       {@link InvalidInputException} with its rule code at {@code transaction[KEY].FIELD}:
 *       the reversed key must be posted (earlier, or in an earlier leg of the same batch;
 *       {@code REVERSAL_TARGET_UNKNOWN} at {@code .reverses}); it must not itself be a reversal
 *       ({@code REVERSAL_OF_REVERSAL}: post the original again instead); it is reversed at most once
 *       ({@code REVERSAL_ALREADY_REVERSED}); type, item, quantity (amount and unit), location, toLocation,
 *       direction, lot, order, operation, work center and unit cost must equal the original's
 *       ({@code REVERSAL_MISMATCH} at the first differing field; key, timestamp, reason and shift may differ);
 *       it must not be dated before the original ({@code REVERSAL_BEFORE_ORIGINAL} at {@code .timestamp}). Its
 *       negated effects go through the negative-stock and work-in-process checks like any posting
 *       ({@link InsufficientStockException}, {@code RETURN_EXCEEDS_ISSUED}), e.g. reversing a receipt whose stock
 *       was issued since. Re-posting the same reversal key with an equal transaction returns the existing entry.
 *       Lot traceability nets a reversal against its original. A reversed issue does not restore allocations.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface MaterialLedger extends StockView {

    /**
     * Posts one transaction.
     *
     * @param transaction the transaction
     * @return the new entry, or the original one when the key was already posted with an equal transaction
     * @throws IdempotencyConflictException if the key was posted with a different transaction
     * @throws InsufficientStockException if a prefix would go negative where the policy forbids it
     * @throws InvalidInputException with {@code RETURN_EXCEEDS_ISSUED} if work in process would go negative, or
     *     {@code UOM_INCOMPATIBLE} if the item was posted in another unit category before
     * @throws BackdatedPostingException if dated before the backdating window
     */
    LedgerEntry post(MaterialTransaction transaction);

    /**
     * Posts transactions atomically, in list order.
     *
     * @param transactions the legs, at least one; replays of already posted keys are allowed and return the
     *     original entries
     * @return one entry per leg, in order
     * @throws LinkedBatchException if any leg fails; nothing is applied
     */
    ImmutableList<LedgerEntry> postBatch(List<MaterialTransaction> transactions);

    /**
     * @param key an idempotency key
     * @return the entry posted under it, if any
     */
    Optional<LedgerEntry> find(String key);

    /**
     * The entry that reversed the entry posted under {@code key}, if any. The default scans {@link #entries()};
     * adapters may answer from an index.
     *
     * @param key the idempotency key of an original entry
     * @return its reversal, or empty when it is not reversed (or not posted)
     */
    default Optional<LedgerEntry> reversalOf(String key) {
        java.util.Objects.requireNonNull(key, "key");
        return entries().detectOptional(e -> e.transaction().reverses().map(key::equals).orElse(false));
    }

    /** {@return every entry in posting order: timestamp, then sequence} */
    ImmutableList<LedgerEntry> entries();

    /** {@return the number of entries} */
    int size();

    /** {@return the maintained balance view; always equal to the fold of {@link #entries()}} */
    Balances balances();

    /**
     * @param key item, location and lot
     * @return the on-hand balance, base unit
     */
    BigDecimal onHand(StockKey key);

    /**
     * @param order a production order id
     * @param item a component
     * @return its work in process, base unit
     */
    BigDecimal wip(String order, ItemId item);

    /**
     * Sets the allocations of one operation of an order to exactly {@code allocations} (replacing earlier ones of
     * that operation, so a retry does not double them). Atomic: either all are set or none.
     *
     * @param order the order id
     * @param operation the operation number
     * @param allocations the allocations, each for that order and operation
     * @throws InsufficientStockException if a lot has less available (on-hand minus other allocations)
     * @throws IllegalArgumentException if an allocation names another order or operation
     */
    void allocate(String order, int operation, List<Allocation> allocations);

    /**
     * Releases every allocation of an order (cancellation, completion). Idempotent.
     *
     * @param order the order id
     */
    void releaseAllocations(String order);

    /**
     * @param order an order id
     * @return its allocations, by operation and stock key
     */
    ImmutableList<Allocation> allocations(String order);

    /**
     * @param key item, location and lot
     * @return Σ of allocations on it
     */
    BigDecimal allocated(StockKey key);

    /**
     * Forward traceability: where did this lot go?
     *
     * @param item a component
     * @param lot a lot
     * @return every (order, operation, work center) that holds or used some of it, net of returns and of
     *     reversals (a reversed issue no longer counts; a reversed return counts again)
     */
    ImmutableList<LotUse> usesOfLot(ItemId item, String lot);

    /**
     * Backward traceability: which lots did this order use?
     *
     * @param order an order id
     * @return every (operation, work center, component, lot) issued to it, net of returns and of reversals
     */
    ImmutableList<LotUse> lotsUsedBy(String order);
}
