package dev.mfg.core.bom;

/**
 * The granularity at which a component is issued.
 *
 * @since 0.1
 */
public enum IssueLevel {
    /** Once for the whole production order. */
    PER_ORDER,
    /** Once per shift worked on the order. */
    PER_SHIFT,
    /** With each reported operation. */
    PER_OPERATION
}
