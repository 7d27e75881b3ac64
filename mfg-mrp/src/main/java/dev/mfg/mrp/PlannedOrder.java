package dev.mfg.mrp;

import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * A planned order: make or buy a quantity of an item, released on one date and due (received) at the start of
 * its receipt bucket, with the demands it serves.
 *
 * <p>Ids are {@code PLN-1, PLN-2, ...} in output order: by item id, then due date, then the order's sequence in
 * its item's netting (bucket by bucket, lot by lot, each lot's split orders in turn). {@code Σ pegging +
 * excess = quantity}.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class PlannedOrder {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the id, {@code PLN-n}} */
    public abstract String id();

    /** {@return the item} */
    public abstract ItemId item();

    /** {@return MAKE (production order) or BUY (purchase order), from the item} */
    public abstract Procurement type();

    /** {@return the quantity, in the item's base unit, positive} */
    public abstract BigDecimal quantity();

    /**
     * {@return the release date: the due date minus the lead time} A release that would fall before the planning
     * start is released on the start instead (bucket 0) and raises an {@code EXPEDITE} message.
     */
    public abstract LocalDate releaseDate();

    /** {@return the due date: the start of the receipt bucket} */
    public abstract LocalDate dueDate();

    /** {@return the demands served, FIFO by date} By default none. */
    @Value.Default
    public ImmutableList<PeggedDemand> pegging() {
        return Lists.immutable.empty();
    }

    /**
     * {@return the part pegged to no demand: lot-sizing excess and stock held as safety stock} By default zero.
     */
    @Value.Default
    public BigDecimal excess() {
        return BigDecimal.ZERO;
    }

    /** Builds {@link PlannedOrder} values. */
    public static final class Builder extends ImmutablePlannedOrder.Builder {
        Builder() {}
    }
}
