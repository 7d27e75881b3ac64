package dev.mfg.core.error;

/**
 * Rule codes of the core model's validation, stable across releases. Other modules define further codes as
 * plain strings in {@link Problem#rule()}; these are the master-data ones (RELIABILITY.md table (b)).
 *
 * @since 0.1
 */
public enum RuleCode {
    /** An id or code is blank, longer than 64 characters or contains control characters. */
    ID_INVALID,
    /** Two objects of one kind share an id. */
    ID_DUPLICATE,
    /** A reference names an object that does not exist. */
    REFERENCE_UNKNOWN,
    /** A required value is missing. */
    VALUE_MISSING,
    /** A number has more fractional digits than allowed. */
    SCALE_EXCEEDED,
    /** A number's magnitude is beyond the limit (absurd magnitude). */
    MAGNITUDE_EXCEEDED,
    /** A quantity that must be positive is zero or negative. */
    QTY_NOT_POSITIVE,
    /** A quantity is negative. */
    QTY_NEGATIVE,
    /** A component line has quantity zero but is not flagged optional. */
    LINE_QTY_ZERO,
    /** A BOM's base (output) quantity is not positive. */
    BOM_QTY_NOT_POSITIVE,
    /** A quantity rounds to zero in the target unit. */
    QTY_ROUNDS_TO_ZERO,
    /** A fractional quantity in a whole-number unit. */
    FRACTION_IN_WHOLE_UOM,
    /** Scrap is below 0 % or at least 100 %. */
    SCRAP_OUT_OF_RANGE,
    /** A yield or a co-product share is out of range, or shares do not sum to 100 %. */
    YIELD_OUT_OF_RANGE,
    /** Co-product cost shares do not sum to 100 %. */
    ALLOCATION_SUM,
    /** Efficiency at or below 0 % or above 1000 %. */
    EFFICIENCY_OUT_OF_RANGE,
    /** Utilization at or below 0 % or above 100 %. */
    UTILIZATION_OUT_OF_RANGE,
    /** A capacity or multiplier is not positive. */
    CAPACITY_NOT_POSITIVE,
    /** A batch or lot size is not positive, or a lot-size range is inverted. */
    BATCH_SIZE_NOT_POSITIVE,
    /** Cavities are not a positive whole number. */
    CAVITIES_INVALID,
    /** A time (setup, run, cycle, queue, move, lead time) is negative. */
    TIME_NEGATIVE,
    /** A lead time or other value is beyond a configured limit. */
    LIMIT,
    /** A rate or cost is negative. */
    RATE_NEGATIVE,
    /** A lot-sizing policy lacks a parameter it needs, or a modifier is invalid. */
    LOT_SIZING_INVALID,
    /** Effectivity window is empty ({@code from >= to}). */
    EFFECTIVITY_EMPTY,
    /** Two effectivity windows overlap for the same parent. */
    EFFECTIVITY_OVERLAP,
    /** Units of different categories with no conversion between them. */
    UOM_INCOMPATIBLE,
    /** A conversion factor is not positive or not exact. */
    FACTOR_INVALID,
    /** A BOM contains a cycle. */
    BOM_CYCLE,
    /** A phantom BOM has no lines. */
    EMPTY_PHANTOM,
    /** The same item is both a component and a co- or by-product of one BOM. */
    COMPONENT_IS_BYPRODUCT,
    /** Operation numbers repeat within a routing. */
    OPERATION_DUPLICATE,
    /** A line names an operation that its routing does not have. */
    OPERATION_UNKNOWN,
    /** A calendar has no working time at all. */
    CALENDAR_EMPTY,
    /** Money amounts in different currencies were combined. */
    CURRENCY_MISMATCH,
    /** A priority (of a substitute, for example) is below 1. */
    PRIORITY_INVALID,
    /** A shift's length is not in (0, 24 h], or two shifts of one day overlap. */
    SHIFT_INVALID,
    /** An operation gives both a run time per unit and a cycle time, so its run time is ambiguous. */
    OPERATION_TIME_AMBIGUOUS,
    /** An operation number is zero or negative. */
    OPERATION_NO_INVALID,
    /** An idempotency key or transaction id is blank, all zeros, or uses a reserved prefix ({@code $}). */
    ID_RESERVED,
    /** A return to stock (or a consumption or scrap of issued material) exceeds what the order holds in WIP. */
    RETURN_EXCEEDS_ISSUED,
    /** A leg of an atomic batch was not applied because another leg failed. */
    LINKED_FAILED,
    /** A reason code is required (scrap, adjustment) but missing. */
    REASON_MISSING,
    /** Reported good plus scrapped quantity exceeds the quantity that entered the operation. */
    QTY_EXCEEDS_INPUT,
    /** A field is set that the transaction's type does not allow, or one it requires is missing. */
    TX_FIELD_INVALID,
    /** Planned dates are inverted (end before start). */
    DATES_INVERTED,
    /**
     * A previous plan handed to net-change replanning does not belong to the planner's options or to the previous
     * snapshot (other buckets, other items).
     */
    PLAN_MISMATCH,
    /** A reversal names an idempotency key that is not in the ledger (nor in an earlier leg of its batch). */
    REVERSAL_TARGET_UNKNOWN,
    /** The entry a reversal names has already been reversed (by another key); an entry is reversed at most once. */
    REVERSAL_ALREADY_REVERSED,
    /** A reversal names an entry that is itself a reversal; post the original again under a new key instead. */
    REVERSAL_OF_REVERSAL,
    /**
     * A reversal differs from the entry it reverses in a field that determines its effect (type, item, quantity,
     * location, lot, order, ...), or was valued under another item or costing method.
     */
    REVERSAL_MISMATCH,
    /** A reversal is dated before the entry it reverses. */
    REVERSAL_BEFORE_ORIGINAL,
    /**
     * A reversal cannot be valued as the exact inverse of its original (a FIFO receipt whose layer was partly
     * issued, a moving-average receipt whose removal would leave value without quantity or negative value).
     */
    REVERSAL_NOT_EXACT,
    /**
     * The completion reports recorded on an operation do not add up to its cumulative good and scrapped quantities,
     * or two of them share a key.
     */
    COMPLETION_REPORTS_MISMATCH,
    /**
     * A completion report gives the actual use of a material whose consumption it does not post: a PER_ORDER
     * backflush material, posted once when the order's last operation closes.
     */
    ACTUAL_USE_DEFERRED,
    /** A report reversal names a report key that the operation does not record. */
    REPORT_UNKNOWN,
    /** A report reversal names a report that was already reversed (under another key); a report is reversed once. */
    REPORT_ALREADY_REVERSED,
    /**
     * A report reversal would take back pieces a later operation has already processed (its good plus scrap would
     * exceed the pieces that entered it), or would re-open an operation whose successor has closed.
     */
    REPORT_CONSUMED_DOWNSTREAM
}
