package dev.mfg.costing;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.UnitPrice;
import java.util.Objects;

/**
 * The unit cost a rollup used for one component: a bought item's standard cost, or a made item's rolled-up cost
 * (after joint-cost allocation for joint products) per its unit.
 *
 * @param item the component
 * @param unitCost its cost per unit
 * @since 0.1
 */
public record ComponentCost(ItemId item, UnitPrice unitCost) {
    /** Validates non-null components. */
    public ComponentCost {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unitCost, "unitCost");
    }
}
