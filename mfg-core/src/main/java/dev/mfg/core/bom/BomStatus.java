package dev.mfg.core.bom;

/**
 * The life-cycle status of a {@link Bom}. Only {@link #ACTIVE} BOMs are used by planning.
 *
 * @since 0.1
 */
public enum BomStatus {
    /** Being prepared; not used. */
    DRAFT,
    /** Released and in use (within its effectivity). */
    ACTIVE,
    /** Temporarily not in use. */
    INACTIVE,
    /** Kept for history only. */
    OBSOLETE
}
