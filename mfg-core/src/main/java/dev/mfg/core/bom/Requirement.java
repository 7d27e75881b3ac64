package dev.mfg.core.bom;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of an aggregated {@link Explosion}: the total requirement of a component over all levels.
 *
 * <p>A record although it has four components: it is a plain result row with no defaults or optional parts.
 *
 * @param item the component
 * @param quantity the total requirement, exact (see {@link BomExplosion} for the only rounding)
 * @param uom the unit of {@code quantity}: the item's base unit with an item master, else its first line's unit
 * @param lowLevelCode the longest number of levels from the exploded item to this one (direct components: 1)
 * @since 0.1
 */
public record Requirement(ItemId item, BigDecimal quantity, Uom uom, int lowLevelCode) {
    /** Validates non-null. */
    public Requirement {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(uom, "uom");
    }
}
