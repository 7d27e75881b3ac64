/**
 * The material ledger: append-only {@link dev.mfg.core.inventory.MaterialTransaction}s with client-chosen
 * idempotency keys, stock balances per item, location and lot as a fold of the ledger
 * ({@link dev.mfg.core.inventory.LedgerFold}), work in process per order, allocations kept apart from on-hand,
 * FIFO lot selection and lot traceability.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Transaction quantities are positive; the {@link dev.mfg.core.inventory.TransactionType type} gives the
 *       sign of each effect (stock, work in process).</li>
 *   <li>Balances are exact {@link java.math.BigDecimal}s in the <em>base unit of the quantity's category</em>
 *       (G for mass, EA for count, M for length, ...): a receipt of 1.5 KG and an issue of 388.5 G meet in one
 *       balance of grams. One item must always be posted in one unit category.</li>
 *   <li>"No lot" is the empty string {@link dev.mfg.core.inventory.StockKey#NO_LOT}.</li>
 *   <li>Posting order is (timestamp, sequence); a backdated entry is checked against every later prefix.</li>
 * </ul>
 */
@NullMarked
package dev.mfg.core.inventory;

import org.jspecify.annotations.NullMarked;
