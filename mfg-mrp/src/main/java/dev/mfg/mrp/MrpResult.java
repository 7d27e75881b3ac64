package dev.mfg.mrp;

import dev.mfg.core.item.ItemId;
import dev.mfg.mrp.message.ActionMessage;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * A plan: the {@code mfg-plan/1} document as immutable data. Lists are in the documented deterministic orders:
 * buckets by index; items in low-level-code order, then by id; planned orders by id number (item, due date,
 * sequence); material requirements by order number, then operation, then item; messages by item, type,
 * reference; capacity by work center, then bucket; tool loads by tool, then bucket. Equal inputs give equal
 * results.
 *
 * <h2>Large plans</h2>
 * A plan of a million items holds tens of millions of planned orders and material requirements. The engine keeps
 * them compactly (arrays of longs) and builds each {@link PlannedOrder} and {@link ComponentRequirement} when it is
 * read: {@link #plannedOrder(int)} and {@link #materialRequirement(int)} build one element (a new, equal object on
 * each call) without holding it, so a writer can stream the whole plan in constant extra memory;
 * {@link #plannedOrders()} and {@link #materialRequirements()} build the whole list on their first call and keep
 * it. Two plans are equal when their lists are equal element by element, however they are stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MrpResult {
    private final ImmutableList<PlanBucket> buckets;
    private final ImmutableList<ItemPlan> items;
    private final Elements<PlannedOrder> plannedOrders;
    private final Elements<ComponentRequirement> materialRequirements;
    private final Elements<ActionMessage> messages;
    private final ImmutableList<CapacityLoad> capacity;
    private final ImmutableList<ToolLoad> toolLoads;
    private final PlanSummary summary;

    private MrpResult(Builder b) {
        this.buckets = Objects.requireNonNull(b.buckets, "buckets");
        this.items = b.items;
        this.plannedOrders = b.plannedOrders;
        this.materialRequirements = b.materialRequirements;
        this.messages = b.messages;
        this.capacity = b.capacity;
        this.toolLoads = b.toolLoads;
        this.summary = Objects.requireNonNull(b.summary, "summary");
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the buckets of the horizon} */
    public ImmutableList<PlanBucket> buckets() {
        return buckets;
    }

    /** {@return the time-phased record of every item} */
    public ImmutableList<ItemPlan> items() {
        return items;
    }

    /** {@return the planned orders, built on the first call and kept} */
    public ImmutableList<PlannedOrder> plannedOrders() {
        return plannedOrders.all();
    }

    /** {@return the number of planned orders, without building them} @since 0.2 */
    public int plannedOrderCount() {
        return plannedOrders.size;
    }

    /**
     * {@return the planned order at a position of {@link #plannedOrders()}} Built on each call unless the whole
     * list was built.
     *
     * @param index the position, from 0
     * @throws IndexOutOfBoundsException if there is no such position
     * @since 0.2
     */
    public PlannedOrder plannedOrder(int index) {
        return plannedOrders.get(index);
    }

    /** {@return the component requirements of the planned orders, built on the first call and kept} */
    public ImmutableList<ComponentRequirement> materialRequirements() {
        return materialRequirements.all();
    }

    /** {@return the number of material requirements, without building them} @since 0.2 */
    public int materialRequirementCount() {
        return materialRequirements.size;
    }

    /**
     * {@return the material requirement at a position of {@link #materialRequirements()}} Built on each call unless
     * the whole list was built.
     *
     * @param index the position, from 0
     * @throws IndexOutOfBoundsException if there is no such position
     * @since 0.2
     */
    public ComponentRequirement materialRequirement(int index) {
        return materialRequirements.get(index);
    }

    /** {@return the action messages} Built on the first call when the engine keeps them compactly, then kept. */
    public ImmutableList<ActionMessage> messages() {
        return messages.all();
    }

    /**
     * {@return the load of every work center that has load in some bucket, for every bucket, by work center id
     * then bucket}
     */
    public ImmutableList<CapacityLoad> capacity() {
        return capacity;
    }

    /**
     * {@return the load of every tool that has load in some bucket, for every bucket, by tool id then bucket}
     * Empty when no loaded operation names a tool.
     *
     * @since 0.2
     */
    public ImmutableList<ToolLoad> toolLoads() {
        return toolLoads;
    }

    /** {@return the counts and elapsed time} */
    public PlanSummary summary() {
        return summary;
    }

    /**
     * {@return the record of an item, if it was planned}
     *
     * @param item the item
     */
    public Optional<ItemPlan> item(ItemId item) {
        return items().detectOptional(p -> p.item().equals(item));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MrpResult)) {
            return false;
        }
        MrpResult r = (MrpResult) o;
        return buckets.equals(r.buckets) && items.equals(r.items) && messages.sameAs(r.messages)
                && capacity.equals(r.capacity) && toolLoads.equals(r.toolLoads) && summary.equals(r.summary)
                && plannedOrders.sameAs(r.plannedOrders) && materialRequirements.sameAs(r.materialRequirements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(buckets, items, messages.hash(), capacity, toolLoads, summary, plannedOrders.hash(),
                materialRequirements.hash());
    }

    /** {@return the counts, not the lists (a plan may hold millions of rows)} */
    @Override
    public String toString() {
        return "MrpResult[buckets=" + buckets.size() + ", items=" + items.size() + ", plannedOrders="
                + plannedOrders.size + ", materialRequirements=" + materialRequirements.size + ", messages="
                + messages.size + ", capacity=" + capacity.size() + ", toolLoads=" + toolLoads.size()
                + ", summary=" + summary + "]";
    }

    /** A list kept as a count and a function that builds each element; the built list is kept once asked for. */
    private static final class Elements<T> {
        final int size;
        private final IntFunction<T> element;
        private volatile ImmutableList<T> built;

        Elements(ImmutableList<T> list) {
            this.size = list.size();
            this.element = list::get;
            this.built = list;
        }

        Elements(int size, IntFunction<T> element) {
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative (" + size + ")");
            }
            this.size = size;
            this.element = Objects.requireNonNull(element, "element");
        }

        T get(int index) {
            Objects.checkIndex(index, size);
            ImmutableList<T> list = built;
            return list != null ? list.get(index) : Objects.requireNonNull(element.apply(index), "element");
        }

        ImmutableList<T> all() {
            ImmutableList<T> list = built;
            if (list == null) {
                @SuppressWarnings("unchecked")
                T[] array = (T[]) new Object[size];
                for (int k = 0; k < size; k++) {
                    array[k] = Objects.requireNonNull(element.apply(k), "element");
                }
                list = Lists.immutable.with(array);
                built = list; // a race builds equal lists twice at worst
            }
            return list;
        }

        boolean sameAs(Elements<?> other) {
            if (size != other.size) {
                return false;
            }
            for (int k = 0; k < size; k++) {
                if (!get(k).equals(other.get(k))) {
                    return false;
                }
            }
            return true;
        }

        int hash() {
            int h = 1;
            for (int k = 0; k < size; k++) {
                h = 31 * h + get(k).hashCode();
            }
            return h;
        }
    }

    /**
     * Builds {@link MrpResult} values. Lists default to empty; {@code buckets} and {@code summary} are required.
     */
    public static final class Builder {
        private ImmutableList<PlanBucket> buckets;
        private ImmutableList<ItemPlan> items = Lists.immutable.empty();
        private Elements<PlannedOrder> plannedOrders = new Elements<>(Lists.immutable.empty());
        private Elements<ComponentRequirement> materialRequirements = new Elements<>(Lists.immutable.empty());
        private Elements<ActionMessage> messages = new Elements<>(Lists.immutable.empty());
        private ImmutableList<CapacityLoad> capacity = Lists.immutable.empty();
        private ImmutableList<ToolLoad> toolLoads = Lists.immutable.empty();
        private PlanSummary summary;

        Builder() {}

        /**
         * Copies every part of a plan (compact lists stay compact).
         *
         * @param plan the plan to copy
         * @return this builder
         */
        public Builder from(MrpResult plan) {
            this.buckets = plan.buckets;
            this.items = plan.items;
            this.plannedOrders = plan.plannedOrders;
            this.materialRequirements = plan.materialRequirements;
            this.messages = plan.messages;
            this.capacity = plan.capacity;
            this.toolLoads = plan.toolLoads;
            this.summary = plan.summary;
            return this;
        }

        /** {@return this builder} @param buckets the buckets of the horizon */
        public Builder buckets(Iterable<PlanBucket> buckets) {
            this.buckets = Lists.immutable.withAll(buckets);
            return this;
        }

        /** {@return this builder} @param items the item records */
        public Builder items(Iterable<ItemPlan> items) {
            this.items = Lists.immutable.withAll(items);
            return this;
        }

        /** {@return this builder} @param orders the planned orders */
        public Builder plannedOrders(Iterable<PlannedOrder> orders) {
            this.plannedOrders = new Elements<>(Lists.immutable.withAll(orders));
            return this;
        }

        /**
         * Planned orders built when read, for engines that keep them compactly.
         *
         * @param count the number of planned orders
         * @param order builds the order at a position; must return equal orders on every call and be thread-safe
         * @return this builder
         * @since 0.2
         */
        public Builder plannedOrders(int count, IntFunction<PlannedOrder> order) {
            this.plannedOrders = new Elements<>(count, order);
            return this;
        }

        /** {@return this builder} @param requirements the material requirements */
        public Builder materialRequirements(Iterable<ComponentRequirement> requirements) {
            this.materialRequirements = new Elements<>(Lists.immutable.withAll(requirements));
            return this;
        }

        /**
         * Material requirements built when read, for engines that keep them compactly.
         *
         * @param count the number of requirements
         * @param requirement builds the requirement at a position; must return equal values on every call and be
         *     thread-safe
         * @return this builder
         * @since 0.2
         */
        public Builder materialRequirements(int count, IntFunction<ComponentRequirement> requirement) {
            this.materialRequirements = new Elements<>(count, requirement);
            return this;
        }

        /** {@return this builder} @param messages the action messages */
        public Builder messages(Iterable<ActionMessage> messages) {
            this.messages = new Elements<>(Lists.immutable.withAll(messages));
            return this;
        }

        /**
         * Action messages built when read, for engines that keep them compactly (a plan may hold hundreds of
         * thousands, whose texts are rarely all read).
         *
         * @param count the number of messages
         * @param message builds the message at a position; must return equal values on every call and be
         *     thread-safe
         * @return this builder
         * @since 0.2
         */
        public Builder messages(int count, IntFunction<ActionMessage> message) {
            this.messages = new Elements<>(count, message);
            return this;
        }

        /** {@return this builder} @param capacity the work-center loads */
        public Builder capacity(Iterable<CapacityLoad> capacity) {
            this.capacity = Lists.immutable.withAll(capacity);
            return this;
        }

        /** {@return this builder} @param toolLoads the tool loads */
        public Builder toolLoads(Iterable<ToolLoad> toolLoads) {
            this.toolLoads = Lists.immutable.withAll(toolLoads);
            return this;
        }

        /** {@return this builder} @param summary the counts and elapsed time */
        public Builder summary(PlanSummary summary) {
            this.summary = summary;
            return this;
        }

        /**
         * {@return the plan}
         *
         * @throws NullPointerException if the buckets or the summary are missing
         */
        public MrpResult build() {
            return new MrpResult(this);
        }
    }
}
