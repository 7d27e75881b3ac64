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
 * <p><b>Several reports per operation.</b> g and s are the operation's cumulative quantities, and each report
 * posts the difference of the cumulative consumed and scrapped quantities before and after it, so the reports
 * together post exactly what one report of the totals would. Proportional shares are rounded down to 6 digits
 * (R × g/Q and R × s/Q separately, so no report's share is ever negative). CONSUME_ALL consumes proportionally while
 * the operation is open and the rest of R with the report that closes it. Seed 003 in two shifts, 5 good + 1
 * scrapped then 3 + 1 under CONSUME_ALL: first 194.25 g consumed (5 × 38.85) and 38.85 g scrapped, then 116.55 g and
 * 38.85 g; 310.8 + 77.7 g in total, as with one report.
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
