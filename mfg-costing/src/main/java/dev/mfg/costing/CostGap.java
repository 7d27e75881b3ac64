package dev.mfg.costing;

import dev.mfg.core.item.ItemId;
import java.util.Objects;

/**
 * A cost the rollup could not determine: the item concerned, the reason, and an explanation naming the values.
 *
 * @param item the item whose cost is missing or unusable
 * @param reason why
 * @param message what was found, with the values in parentheses
 * @since 0.1
 */
public record CostGap(ItemId item, GapReason reason, String message) {
    /** Validates non-null components. */
    public CostGap {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
