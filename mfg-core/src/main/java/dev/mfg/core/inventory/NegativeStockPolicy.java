package dev.mfg.core.inventory;

/**
 * Whether stock may go below zero.
 *
 * @since 0.1
 */
public enum NegativeStockPolicy {
    /** No prefix of the ledger, in posting order, may leave a negative balance (backdated entries included). */
    DISALLOW,
    /** Negative balances are accepted (stock counted later corrects them). */
    ALLOW
}
