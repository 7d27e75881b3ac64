package dev.mfg.core.bom;

/**
 * The kind of a secondary output of a {@link Bom} ({@link CoProduct}).
 *
 * @since 0.1
 */
public enum OutputKind {
    /** A wanted joint product that carries a share of the joint cost (grade B of a press cycle). */
    CO_PRODUCT,
    /** An incidental output that carries no cost share; its value is credited to the main product. */
    BY_PRODUCT
}
