package dev.mfg.core.bom;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An alternative component for a {@link BomLine}, used when the primary one is unavailable. Substitutes are not
 * exploded and are not edges of the BOM graph; they are information for production and planners.
 *
 * @param component the substitute item
 * @param quantity its quantity per {@link Bom#baseQuantity()} of the parent, in the line's unit; positive
 * @param priority the preference, 1 = most preferred
 * @since 0.1
 */
public record Substitute(ItemId component, BigDecimal quantity, int priority) {

    /**
     * Validates the values.
     *
     * @throws dev.mfg.core.error.InvalidInputException with {@code QTY_NOT_POSITIVE} or {@code PRIORITY_INVALID}
     */
    public Substitute {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(quantity, "quantity");
        Problems p = new Problems();
        String path = "substitute[" + component + "]";
        BigDecimal given = quantity;
        BigDecimal[] normal = {given};
        p.collect(() -> normal[0] = Decimals.checkQuantity(given, path + ".quantity"));
        if (given.signum() <= 0) {
            p.add(RuleCode.QTY_NOT_POSITIVE, path + ".quantity", given.toPlainString(),
                    "The quantity of substitute (" + component + ") must be positive.");
        }
        if (priority < 1) {
            p.add(RuleCode.PRIORITY_INVALID, path + ".priority", priority,
                    "The priority of substitute (" + component + ") must be at least 1 (1 = preferred).");
        }
        p.throwIfAny();
        quantity = normal[0];
    }

    /**
     * @param component the substitute item
     * @param quantity its quantity per base quantity of the parent
     * @param priority 1 = most preferred
     * @return the substitute
     */
    public static Substitute of(ItemId component, BigDecimal quantity, int priority) {
        return new Substitute(component, quantity, priority);
    }
}
