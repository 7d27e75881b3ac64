package dev.mfg.core.production;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A material an operation cannot start without (seed 003 §7.3): {@code short = required − available}, in the
 * material's unit. Seed 003 §5.4: 6x6x6 Box, required 10, available 3, short 7.
 *
 * @param component the material
 * @param required what the operation still needs (required minus issued minus allocated)
 * @param available what stock can give (on-hand minus other allocations; in the chosen lot if one was chosen)
 * @param uom the unit of the quantities
 * @since 0.1
 */
public record Shortage(ItemId component, BigDecimal required, BigDecimal available, Uom uom) {

    /** Validates non-null components. */
    public Shortage {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(uom, "uom");
    }

    /** {@return required minus available, positive} */
    public BigDecimal shortBy() {
        return dev.mfg.core.quantity.Decimals.strip(required.subtract(available));
    }
}
