package dev.mfg.core.inventory;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One answer of lot traceability: a lot of a component went to an operation of an order on a work center, net of
 * returns (seed 003 problem 3: "which filament lot was used on this part, at which operation, on which machine").
 *
 * @param order the production order (or build reference)
 * @param operation the operation, if the issue named one
 * @param workCenter the work center, if the issue named one
 * @param item the component
 * @param lot the lot, or {@link StockKey#NO_LOT}
 * @param quantity issued minus returned, positive, base unit
 * @since 0.1
 */
public record LotUse(String order, OptionalInt operation, Optional<WorkCenterId> workCenter, ItemId item,
        String lot, BigDecimal quantity) {

    /** Validates non-null components. */
    public LotUse {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(workCenter, "workCenter");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(quantity, "quantity");
    }
}
