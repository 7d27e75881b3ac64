package dev.mfg.mrp.message;

/**
 * The kind of an {@link ActionMessage}. The rules that raise each one are stated in
 * {@link dev.mfg.mrp.MrpPlanner}.
 *
 * @since 0.1
 */
public enum MessageType {
    /** Act earlier: a planned order whose release falls before the start, or a scheduled receipt that is late. */
    EXPEDITE,
    /** Act later: a scheduled receipt that arrives before it is needed. */
    DEFER,
    /** A scheduled receipt that is not needed within the horizon. */
    CANCEL,
    /** An independent demand due before the planning start, planned in the first bucket. */
    PAST_DUE,
    /** The stock of an item is below its safety stock at the start of the horizon. */
    BELOW_SAFETY_STOCK,
    /** A demand or scheduled receipt dated at or after the end of the horizon, ignored by netting. */
    BEYOND_HORIZON,
    /**
     * A work center loaded beyond its capacity in a bucket; the reference is the work center, the item the one
     * with the largest load there (ties by id). Also a tool whose load in a bucket exceeds its copies × the
     * bucket's working hours ({@link dev.mfg.mrp.ToolLoad}); the reference is then the tool id, the item the one
     * with the largest load on the tool there (ties by id).
     */
    OVERLOAD
}
