package dev.mfg.core.resource;

/**
 * The state of a {@link Tool} (seed 004 §1.5).
 *
 * @since 0.1
 */
public enum ToolStatus {
    /** In stock, ready to mount. */
    AVAILABLE,
    /** Mounted on a machine. */
    MOUNTED,
    /** Under maintenance, not usable. */
    MAINTENANCE,
    /** Retired, never used again. */
    RETIRED
}
