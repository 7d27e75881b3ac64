package dev.mfg.core.production;

/**
 * How much of an operation's planned material a completion consumes (seed 003 §7.2). With R the material's
 * required quantity for the order, Q the order quantity, g good and s scrapped pieces:
 * <ul>
 *   <li>{@link #CONSUME_ALL}: R, whatever the yield; the scrapped share R × s/(g+s) is recorded as scrap;</li>
 *   <li>{@link #PROPORTIONAL}: R × (g+s)/Q, split the same way;</li>
 *   <li>{@link #GOOD_ONLY}: R × g/Q, nothing scrapped (material is recoverable from bad pieces).</li>
 * </ul>
 * Seed 003, 10 widgets, 8 good and 2 scrapped at OP-10, R = 388.5 g: 388.5, 388.5 and 310.8 g.
 *
 * @since 0.1
 */
public enum ConsumptionPolicy {
    /** Consume the full planned amount (filament, chemicals). The default. */
    CONSUME_ALL,
    /** Consume in proportion to the pieces processed. */
    PROPORTIONAL,
    /** Consume in proportion to the good pieces only. */
    GOOD_ONLY
}
