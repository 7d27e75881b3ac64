package dev.mfg.costing;

import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.SortedMaps;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.sorted.ImmutableSortedMap;
import org.immutables.value.Value;

/**
 * The standard cost of one unit of an item at a costing lot size, by element and by operation, with the component
 * costs used and the {@link #gaps() gaps} found.
 *
 * <p>Exactness: every amount is exact, except that each non-terminating quotient (÷ efficiency, ÷ 60, ÷ lot size,
 * ÷ cavities, ÷ base quantity, unit conversions) is taken to 34 significant digits ({@code Decimals.MONEY_CONTEXT})
 * and each leaf amount is kept to at most 20 fractional digits (the limit of {@link Money}), half-even. Sums are
 * exact sums of those leaves, so {@code Σ elements == jointUnitCost} and {@code Σ operations + unassigned
 * materials == jointUnitCost} hold exactly. Rounding for display is {@link CostPresentation#forDisplay}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class CostReport {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the costed item} */
    public abstract ItemId item();

    /** {@return the costing lot size L used, in the item's unit} */
    public abstract BigDecimal lotSize();

    /** {@return the costing currency} */
    public abstract Currency currency();

    /** {@return the date the data in force were taken on} */
    public abstract LocalDate date();

    /** {@return the BOM version costed, if the item has a BOM} */
    public abstract Optional<String> bomVersion();

    /** {@return the routing version costed, if the item has a routing in force for the lot size} */
    public abstract Optional<String> routingVersion();

    /** {@return the cost per unit of each element; all six present (zero where none)} */
    public abstract ImmutableSortedMap<CostElement, Money> elements();

    /**
     * {@return the unit cost of the item} Σ elements, except for a BOM with co- or by-products: then the main
     * product's allocated unit cost ({@link #jointAllocation()}).
     */
    public abstract Money unitCost();

    /** {@return the operations in routing order; empty without a routing} */
    @Value.Default
    public ImmutableList<OperationCost> operations() {
        return Lists.immutable.empty();
    }

    /** {@return materials not tied to an operation: the plain BOM of an item without routing, or a bought item} */
    @Value.Default
    public ImmutableList<MaterialCost> unassignedMaterials() {
        return Lists.immutable.empty();
    }

    /** {@return the unit cost used for every component over all levels, by item} */
    @Value.Default
    public ImmutableList<ComponentCost> componentCosts() {
        return Lists.immutable.empty();
    }

    /** {@return the gaps of this item and of every component below it; empty when the cost is complete} */
    @Value.Default
    public ImmutableList<CostGap> gaps() {
        return Lists.immutable.empty();
    }

    /** {@return the joint-cost split, for a BOM with co- or by-products} */
    public abstract Optional<JointAllocation> jointAllocation();

    /** {@return one element's cost per unit} */
    public final Money element(CostElement element) {
        Money m = elements().get(element);
        return m != null ? m : Money.zero(currency());
    }

    /** {@return Σ elements: the (joint) cost per unit before any joint-cost allocation} */
    public final Money jointUnitCost() {
        return elements().valuesView().injectInto(Money.zero(currency()), Money::plus);
    }

    /** {@return whether no gap was found: every cost came from data} */
    public final boolean isComplete() {
        return gaps().isEmpty();
    }

    /** {@return the seed 003 §6.2 manufacturing-BOM summary of this report} */
    public final ManufacturingBomSummary summary() {
        TreeMap<Integer, Money> byOp = new TreeMap<>();
        BigDecimal setup = BigDecimal.ZERO;
        BigDecimal run = BigDecimal.ZERO;
        for (OperationCost o : operations()) {
            byOp.put(o.no(), o.material());
            setup = setup.add(o.setupMinutes());
            run = run.add(o.runMinutesPerUnit());
        }
        return ManufacturingBomSummary.builder().operationCount(operations().size())
                .totalSetupMinutes(setup).totalRunMinutesPerUnit(run)
                .materialCostPerUnit(element(CostElement.MATERIAL)).laborCostPerUnit(element(CostElement.LABOR))
                .totalCostPerUnit(jointUnitCost()).materialCostByOperation(SortedMaps.immutable.withSortedMap(byOp))
                .build();
    }

    /** Builds {@link CostReport} values. */
    public static final class Builder extends ImmutableCostReport.Builder {
        Builder() {}
    }
}
