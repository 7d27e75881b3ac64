package dev.mfg.core.inventory;

import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What an engine needs to know about stock to start an operation: lots in FIFO order with their availability.
 * Quantities are in the base unit of the item's category. A {@code MaterialLedger} is one; tests may pass a
 * fixed map.
 *
 * @since 0.1
 */
public interface StockView {

    /**
     * @param item an item
     * @param location a location
     * @return the lots with stock at the location, oldest first (by first receipt), including fully allocated
     *     ones
     */
    ImmutableList<LotStock> lots(ItemId item, String location);

    /**
     * @param item an item
     * @param location a location
     * @return Σ available over the lots (on-hand minus allocated, each lot at least zero)
     */
    default BigDecimal available(ItemId item, String location) {
        return lots(item, location).injectInto(BigDecimal.ZERO, (s, l) -> s.add(l.available()));
    }
}
