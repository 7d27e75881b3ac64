package dev.mfg.core.bom;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.UnitConverter;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;
import org.immutables.value.Value;

/**
 * Options of a {@link BomExplosion}: which lines count, the limits, and the item master used to express each
 * component's requirement in its base unit.
 *
 * <pre>{@code
 * ExplosionOptions options = ExplosionOptions.builder().includeOptional(true)
 *         .itemMaster(items).unitConverter(UnitConverter.of(conversions)).build();
 * }</pre>
 *
 * <p>Units: when {@link #items()} holds a component, each line's quantity is converted from the line's unit to
 * the item's base unit ({@link Item#uom()}), through {@link #unitConverter()} and the item's own conversions, so
 * the component's row is in its base unit (150 G of powder kept in KG gives 0.15 KG). A component not in
 * {@link #items()} keeps the unit of its first line (the one with the smallest parent id, then line number);
 * its other lines are converted to that unit. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class ExplosionOptions {
    private static final ExplosionOptions DEFAULTS = builder().build();

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the defaults: no cost-only, no optional lines, 1,000,000 lines, depth 1,000, no item master} */
    public static ExplosionOptions defaults() {
        return DEFAULTS;
    }

    /** {@return whether cost-only lines are exploded} By default false (they consume nothing). */
    @Value.Default
    public boolean includeCostOnly() {
        return false;
    }

    /** {@return whether optional lines are exploded} By default false. */
    @Value.Default
    public boolean includeOptional() {
        return false;
    }

    /**
     * {@return the most rows an explosion may produce} Distinct items for the aggregated explosion, rows for the
     * tree; exceeding it throws {@code LimitExceededException("maxExplodedLines")} before the rows are built.
     * By default 1,000,000.
     */
    @Value.Default
    public int maxLines() {
        return 1_000_000;
    }

    /**
     * {@return the deepest level an explosion may reach below the exploded item} Exceeding it throws
     * {@code LimitExceededException("maxBomDepth")}. By default 1,000.
     */
    @Value.Default
    public int maxDepth() {
        return 1_000;
    }

    /** {@return the item master used to convert requirements to base units} By default empty (no conversion). */
    @Value.Default
    public ImmutableMap<ItemId, Item> items() {
        return Maps.immutable.empty();
    }

    /** {@return the converter used with {@link #items()} and between lines of different units} By default standard. */
    @Value.Default
    public UnitConverter unitConverter() {
        return UnitConverter.standard();
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        if (maxLines() < 1) {
            p.add(RuleCode.LIMIT, "explosionOptions.maxLines", maxLines(), "The line limit must be positive.");
        }
        if (maxDepth() < 1) {
            p.add(RuleCode.LIMIT, "explosionOptions.maxDepth", maxDepth(), "The depth limit must be positive.");
        }
        p.throwIfAny();
    }

    /** Builds {@link ExplosionOptions} values. */
    public static final class Builder extends ImmutableExplosionOptions.Builder {
        Builder() {}

        /**
         * Sets {@link #items()} from a collection of items.
         *
         * @param items the item master
         * @return this builder
         */
        public Builder itemMaster(Iterable<Item> items) {
            MutableMap<ItemId, Item> map = Maps.mutable.empty();
            for (Item i : items) {
                map.put(i.id(), i);
            }
            items(map.toImmutable());
            return this;
        }
    }
}
