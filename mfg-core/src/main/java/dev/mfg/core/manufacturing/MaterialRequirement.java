package dev.mfg.core.manufacturing;

import dev.mfg.core.bom.BomLine;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One material an operation consumes, with its quantity for the order size: for a UNIT line
 * {@code quantity × orderQuantity / baseQuantity × (1 + scrap%)}, for BATCH and ORDER lines
 * {@code quantity × (1 + scrap%)} once. Seed 003: 37 g × 10 × 1.05 = 388.5 g. The quantity is exact and in the
 * line's unit.
 *
 * @param line the defining line (its flags: cost-only, optional, issue type and level, substitutes)
 * @param source where the line comes from
 * @param quantity the required quantity for the order, exact, in {@link #uom()}
 * @since 0.1
 */
public record MaterialRequirement(BomLine line, MaterialSource source, BigDecimal quantity) {

    /** Validates non-null components. */
    public MaterialRequirement {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** {@return the component consumed} */
    public ItemId component() {
        return line.component();
    }

    /** {@return the unit of the quantity (the line's unit)} */
    public Uom uom() {
        return line.uom();
    }

    /** {@return whether the line adds cost without consuming stock} */
    public boolean isCostOnly() {
        return line.costOnly();
    }

    /** {@return whether the line is optional} */
    public boolean isOptional() {
        return line.optional();
    }
}
