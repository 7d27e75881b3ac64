package dev.mfg.core.production;

/**
 * Why an order is made (seed 001 {@code work_orders.order_type}).
 *
 * @since 0.1
 */
public enum OrderType {
    /** Made for a customer demand; the order names the demand's id. */
    MAKE_TO_ORDER,
    /** Made for stock; no demand. */
    MAKE_TO_STOCK
}
