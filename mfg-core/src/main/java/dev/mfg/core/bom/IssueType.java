package dev.mfg.core.bom;

/**
 * How a component is issued to production.
 *
 * @since 0.1
 */
public enum IssueType {
    /** Issued by a manual transaction. */
    MANUAL,
    /** Consumed automatically when the consuming operation (or the order) reports completion. */
    BACKFLUSH,
    /** Issued automatically when the order or operation starts. */
    AUTO_ISSUE
}
