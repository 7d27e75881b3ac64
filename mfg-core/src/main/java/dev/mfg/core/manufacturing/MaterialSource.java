package dev.mfg.core.manufacturing;

/**
 * Where a material of a manufacturing BOM comes from.
 *
 * @since 0.1
 */
public enum MaterialSource {
    /** Defined on the routing operation itself ({@code Operation.materials()}). */
    OPERATION,
    /** A line of the product's plain bill of material. */
    BOM_LINE
}
