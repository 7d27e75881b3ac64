package dev.mfg.costing.variance;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A component actually consumed by an order: the quantity in the unit of the standard's line for that component
 * ({@code MaterialCost.uom()}) and the actual price per that unit.
 *
 * @param component the component
 * @param quantity consumed, not negative ({@code QTY_NEGATIVE} at {@code actual.materials[ID].quantity})
 * @param unitPrice the actual price per unit, not negative ({@code RATE_NEGATIVE})
 * @since 0.1
 */
public record ActualMaterial(ItemId component, BigDecimal quantity, BigDecimal unitPrice) {
    /** Validates the components. */
    public ActualMaterial {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity.signum() < 0) {
            throw InvalidInputException.of(RuleCode.QTY_NEGATIVE, "actual.materials[" + component + "].quantity",
                    quantity.toPlainString(), "The consumed quantity of (" + component + ") must not be negative.");
        }
        if (unitPrice.signum() < 0) {
            throw InvalidInputException.of(RuleCode.RATE_NEGATIVE, "actual.materials[" + component + "].unitPrice",
                    unitPrice.toPlainString(), "The price of (" + component + ") must not be negative.");
        }
    }
}
