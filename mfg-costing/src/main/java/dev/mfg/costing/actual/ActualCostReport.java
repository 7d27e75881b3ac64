package dev.mfg.costing.actual;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.production.ProductionOrderId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import dev.mfg.costing.CostElement;
import dev.mfg.costing.internal.Amounts;
import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.costing.variance.ActualMaterial;
import dev.mfg.costing.variance.ActualOperation;
import dev.mfg.costing.variance.ActualProduction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * The actual cost of one production order (see {@link ActualCosting}): per operation and element, with the
 * materials by component and operation, the total, the cost per good unit, and the gaps. Amounts are for the whole
 * order. Immutable and thread-safe.
 *
 * <pre>{@code
 * ActualCostReport actual = ActualCosting.of(data, order, ledger.entries(), times, "EUR");
 * VarianceReport v = VarianceAnalysis.analyze(data, standard, actual.toActualProduction());
 * // v.total() == v.actualCost() - v.standardCost(); v.actualCost() == actual.total().amount()
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class ActualCostReport {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the order} */
    public abstract ProductionOrderId order();

    /** {@return the product} */
    public abstract ItemId item();

    /** {@return the currency of every amount} */
    public abstract Currency currency();

    /** {@return good pieces out of the last operation} */
    public abstract BigDecimal goodQuantity();

    /** {@return Σ scrapped pieces over the operations} */
    public abstract BigDecimal scrappedQuantity();

    /** {@return the operations, in routing order} By default none. */
    @Value.Default
    public ImmutableList<ActualOperationCost> operations() {
        return Lists.immutable.empty();
    }

    /** {@return what could not be priced; not in the totals} By default none. */
    @Value.Default
    public ImmutableList<ActualCostGap> gaps() {
        return Lists.immutable.empty();
    }

    /**
     * @param element a cost element
     * @return its Σ over the operations
     */
    public final Money element(CostElement element) {
        Function<ActualOperationCost, Money> f;
        switch (element) {
            case MATERIAL:
                f = ActualOperationCost::material;
                break;
            case LABOR:
                f = ActualOperationCost::labor;
                break;
            case MACHINE:
                f = ActualOperationCost::machine;
                break;
            case SETUP:
                f = ActualOperationCost::setup;
                break;
            case OVERHEAD:
                f = ActualOperationCost::overhead;
                break;
            default:
                f = ActualOperationCost::tooling;
                break;
        }
        return operations().injectInto(Money.zero(currency()), (s, o) -> s.plus(f.apply(o)));
    }

    /** {@return Σ over the operations of material + conversion} */
    public final Money total() {
        return operations().injectInto(Money.zero(currency()), (s, o) -> s.plus(o.total()));
    }

    /** {@return total / good quantity (20 fractional digits half-even beyond); empty when nothing good came out} */
    public final Optional<Money> unitCost() {
        return goodQuantity().signum() == 0 ? Optional.empty() : Optional.of(total().dividedBy(goodQuantity()));
    }

    /** {@return every material line, operation by operation} */
    public final ImmutableList<ActualMaterialLine> materials() {
        return operations().flatCollect(ActualOperationCost::materials);
    }

    /** {@return whether every transaction, tool and operation could be priced} */
    public final boolean isComplete() {
        return gaps().isEmpty();
    }

    /**
     * The variance module's view of this order: good and scrapped pieces; per component the used quantity summed
     * over its operations (in the unit of its first line) at price = cost / quantity; per operation the run and
     * setup hours, the pieces paid under piece rate (the operation's good pieces) and the tool wear. Run through
     * {@link dev.mfg.costing.variance.VarianceAnalysis#analyze} its actual cost equals {@link #total()} exactly
     * when every average price terminates (else to 34 significant digits).
     *
     * @return the actual production
     * @throws dev.mfg.core.error.InvalidInputException with {@code QTY_NOT_POSITIVE} if nothing was produced
     */
    public final ActualProduction toActualProduction() {
        Map<ItemId, BigDecimal[]> perComponent = new LinkedHashMap<>(); // quantity, cost
        Map<ItemId, Uom> units = new LinkedHashMap<>();
        for (ActualMaterialLine m : materials()) {
            Uom uom = units.computeIfAbsent(m.component(), k -> m.uom());
            BigDecimal q = m.uom().equals(uom) ? m.used()
                    : Decimals.divide(m.used().multiply(m.uom().factorToBase()), uom.factorToBase());
            BigDecimal[] acc = perComponent.computeIfAbsent(m.component(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            acc[0] = acc[0].add(q);
            acc[1] = acc[1].add(m.cost().amount());
        }
        List<ActualMaterial> materials = new ArrayList<>();
        perComponent.forEach((c, acc) -> materials.add(new ActualMaterial(c, acc[0],
                acc[0].signum() == 0 ? BigDecimal.ZERO : Amounts.divide(acc[1], acc[0]))));
        List<ActualOperation> ops = new ArrayList<>();
        for (ActualOperationCost o : operations()) {
            ops.add(ActualOperation.builder().no(o.no()).runHours(o.runHours()).setupHours(o.setupHours())
                    .pieces(o.good()).toolingCost(o.tooling().amount()).build());
        }
        return ActualProduction.builder().goodQuantity(goodQuantity()).scrappedQuantity(scrappedQuantity())
                .materials(Lists.immutable.withAll(materials)).operations(Lists.immutable.withAll(ops)).build();
    }

    /** Builds {@link ActualCostReport} values. */
    public static final class Builder extends ImmutableActualCostReport.Builder {
        Builder() {}
    }
}
