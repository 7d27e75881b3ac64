package dev.mfg.mrp;

import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.mrp.message.ActionMessage;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * A plan: the {@code mfg-plan/1} document as immutable data. Lists are in the documented deterministic orders:
 * buckets by index; items in low-level-code order, then by id; planned orders by id number (item, due date,
 * sequence); material requirements by order number, then operation, then item; messages by item, type,
 * reference; capacity by work center, then bucket; tool loads by tool, then bucket. Equal inputs give equal
 * results.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class MrpResult {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the buckets of the horizon} */
    public abstract ImmutableList<PlanBucket> buckets();

    /** {@return the time-phased record of every item} */
    @Value.Default
    public ImmutableList<ItemPlan> items() {
        return Lists.immutable.empty();
    }

    /** {@return the planned orders} */
    @Value.Default
    public ImmutableList<PlannedOrder> plannedOrders() {
        return Lists.immutable.empty();
    }

    /** {@return the component requirements of the planned orders} */
    @Value.Default
    public ImmutableList<ComponentRequirement> materialRequirements() {
        return Lists.immutable.empty();
    }

    /** {@return the action messages} */
    @Value.Default
    public ImmutableList<ActionMessage> messages() {
        return Lists.immutable.empty();
    }

    /**
     * {@return the load of every work center that has load in some bucket, for every bucket, by work center id
     * then bucket}
     */
    @Value.Default
    public ImmutableList<CapacityLoad> capacity() {
        return Lists.immutable.empty();
    }

    /**
     * {@return the load of every tool that has load in some bucket, for every bucket, by tool id then bucket}
     * Empty when no loaded operation names a tool.
     *
     * @since 0.2
     */
    @Value.Default
    public ImmutableList<ToolLoad> toolLoads() {
        return Lists.immutable.empty();
    }

    /** {@return the counts and elapsed time} */
    public abstract PlanSummary summary();

    /**
     * {@return the record of an item, if it was planned}
     *
     * @param item the item
     */
    public Optional<ItemPlan> item(dev.mfg.core.item.ItemId item) {
        return items().detectOptional(p -> p.item().equals(item));
    }

    /** Builds {@link MrpResult} values. */
    public static final class Builder extends ImmutableMrpResult.Builder {
        Builder() {}
    }
}
