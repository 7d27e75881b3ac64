package dev.mfg.core.inventory;

import java.util.Objects;

/**
 * A posted transaction with the sequence number the ledger gave it (1, 2, 3 ... in arrival order). Posting order
 * for balances is (timestamp, sequence).
 *
 * @param sequence the ledger's sequence number, ≥ 1
 * @param transaction the transaction
 * @since 0.1
 */
public record LedgerEntry(long sequence, MaterialTransaction transaction) {

    /** Validates the components. */
    public LedgerEntry {
        Objects.requireNonNull(transaction, "transaction");
        if (sequence < 1) {
            throw new IllegalArgumentException("A ledger sequence starts at 1, was (" + sequence + ").");
        }
    }
}
