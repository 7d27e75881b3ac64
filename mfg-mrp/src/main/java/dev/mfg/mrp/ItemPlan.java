package dev.mfg.mrp;

import dev.mfg.core.item.ItemId;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The time-phased record of one item: its low-level code and one row per bucket, in bucket order.
 *
 * <p>The engine keeps the rows compactly (micro-unit longs) and builds the {@link PlanRecord}s each time
 * {@link #records()} is called; callers that read the rows often should keep the list. Two plans are equal when
 * their items, codes and rows are equal, however they are stored. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ItemPlan {
    private final ItemId item;
    private final int lowLevelCode;
    private final Supplier<ImmutableList<PlanRecord>> records;

    /**
     * Creates a record from its rows.
     *
     * @param item the item
     * @param lowLevelCode its low-level code (0 for an item in no BOM)
     * @param records one row per bucket
     */
    public ItemPlan(ItemId item, int lowLevelCode, ImmutableList<PlanRecord> records) {
        this(item, lowLevelCode, constant(Objects.requireNonNull(records, "records")));
    }

    private ItemPlan(ItemId item, int lowLevelCode, Supplier<ImmutableList<PlanRecord>> records) {
        this.item = Objects.requireNonNull(item, "item");
        this.lowLevelCode = lowLevelCode;
        this.records = records;
    }

    private static Supplier<ImmutableList<PlanRecord>> constant(ImmutableList<PlanRecord> records) {
        return () -> records;
    }

    /**
     * {@return a record whose rows are built on each access} For engines that keep rows compactly.
     *
     * @param item the item
     * @param lowLevelCode its low-level code
     * @param records builds the rows; must return equal rows on every call and be thread-safe
     */
    public static ItemPlan lazy(ItemId item, int lowLevelCode, Supplier<ImmutableList<PlanRecord>> records) {
        return new ItemPlan(item, lowLevelCode, Objects.requireNonNull(records, "records"));
    }

    /** {@return the item} */
    public ItemId item() {
        return item;
    }

    /** {@return its low-level code (0 for an item in no BOM)} */
    public int lowLevelCode() {
        return lowLevelCode;
    }

    /** {@return one row per bucket, in bucket order} */
    public ImmutableList<PlanRecord> records() {
        return records.get();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ItemPlan && ((ItemPlan) o).item.equals(item)
                && ((ItemPlan) o).lowLevelCode == lowLevelCode && ((ItemPlan) o).records().equals(records());
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, lowLevelCode, records());
    }

    @Override
    public String toString() {
        return "ItemPlan[item=" + item + ", lowLevelCode=" + lowLevelCode + ", records=" + records() + "]";
    }
}
