package dev.mfg.core.production;

/**
 * The status of one operation of a production order (seed 001 {@code work_order_steps.status}).
 *
 * @since 0.1
 */
public enum OperationStatus {
    /** Not started. */
    PENDING,
    /** Started: its materials are allocated (and auto-issued); takes partial completion reports. */
    IN_PROGRESS,
    /** Closed: a report closed it or filled it; its cumulative good quantity went to the next operation. */
    COMPLETED,
    /** The order was cancelled before the operation completed. */
    CANCELLED
}
