package dev.mfg.core.bom;

/**
 * The purpose of a {@link Bom} (seed 004 §1.2).
 *
 * @since 0.1
 */
public enum BomType {
    /** The recipe production and MRP use. */
    PRODUCTION,
    /** A design-side structure; never used by planning or explosion. */
    ENGINEERING,
    /** A transient assembly that is never stocked: its requirements pass straight to its components. */
    PHANTOM
}
