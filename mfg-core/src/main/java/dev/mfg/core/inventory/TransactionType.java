package dev.mfg.core.inventory;

/**
 * The kind of a {@link MaterialTransaction}, and with it the sign of its effects. Quantities on transactions are
 * always positive; these signs say what they do.
 *
 * <table>
 *   <caption>Effects by type</caption>
 *   <tr><th>Type</th><th>Stock at {@code location}</th><th>Work in process of the order</th></tr>
 *   <tr><td>RECEIPT</td><td>+q</td><td></td></tr>
 *   <tr><td>ADJUSTMENT</td><td>±q by {@link MaterialTransaction#direction()}</td><td></td></tr>
 *   <tr><td>TRANSFER</td><td>−q at {@code location}, +q at {@code toLocation}</td><td></td></tr>
 *   <tr><td>ISSUE_TO_ORDER</td><td>−q</td><td>+q</td></tr>
 *   <tr><td>RETURN_TO_STOCK</td><td>+q</td><td>−q</td></tr>
 *   <tr><td>CONSUMPTION</td><td></td><td>−q (used in good output)</td></tr>
 *   <tr><td>SCRAP with an order</td><td></td><td>−q (issued material lost with scrapped pieces)</td></tr>
 *   <tr><td>SCRAP without an order</td><td>−q (written off from stock)</td><td></td></tr>
 *   <tr><td>RECEIPT_FROM_ORDER</td><td>+q of the order's product</td><td></td></tr>
 * </table>
 *
 * So for every (order, component): issued = consumed + scrapped + returned + work in process (invariant 1).
 *
 * @since 0.1
 */
public enum TransactionType {
    /** A receipt into stock from outside (purchase, opening balance). */
    RECEIPT,
    /** A correction of stock, in or out; requires a reason. */
    ADJUSTMENT,
    /** A move between two locations; changes the total by exactly zero. */
    TRANSFER,
    /** Material leaves stock for a production order (manual issue, auto-issue at start, or backflush). */
    ISSUE_TO_ORDER,
    /** Issued material comes back from a production order to stock. */
    RETURN_TO_STOCK,
    /** Issued material is used up in the good output of an operation. */
    CONSUMPTION,
    /** Material is scrapped: from an order's work in process (with an order) or from stock (without); needs a reason. */
    SCRAP,
    /** Finished goods received into stock from a production order. */
    RECEIPT_FROM_ORDER;

    /** {@return whether a transaction of this type must name a production order} */
    public boolean requiresOrder() {
        return this == ISSUE_TO_ORDER || this == RETURN_TO_STOCK || this == CONSUMPTION
                || this == RECEIPT_FROM_ORDER;
    }
}
