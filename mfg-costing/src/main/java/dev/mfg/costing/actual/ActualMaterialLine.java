package dev.mfg.costing.actual;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import dev.mfg.costing.internal.Amounts;
import dev.mfg.costing.internal.CostingStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The actual use of one component at one operation of an order, from its ledger entries, with quantities in the
 * order material's unit ({@link #uom()}; the transactions' own units are converted exactly through the base unit).
 *
 * <p>{@link #cost()} = Σ over the CONSUMPTION and SCRAP entries of quantity × the entry's unit cost (an entry
 * without one is priced at the order material's standard cost frozen at release, else it is a gap and adds 0).
 * Issues and returns do not add cost: a return credits the issued quantity, and what is issued but neither used nor
 * returned stays in {@link #wip()}. A cost-only line (never moves stock) is costed at its required quantity × its
 * frozen unit cost. An entry and its reversal contribute nothing to any quantity or to the cost (see
 * {@link ActualCosting}). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class ActualMaterialLine {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the operation number the material was used at} */
    public abstract int operation();

    /** {@return the component} */
    public abstract ItemId component();

    /** {@return the unit of every quantity of this line} */
    public abstract Uom uom();

    /** {@return issued to the order (ISSUE_TO_ORDER)} By default 0. */
    @Value.Default
    public BigDecimal issued() {
        return BigDecimal.ZERO;
    }

    /** {@return returned to stock (RETURN_TO_STOCK), credited against the issues} By default 0. */
    @Value.Default
    public BigDecimal returned() {
        return BigDecimal.ZERO;
    }

    /** {@return used in good output (CONSUMPTION)} By default 0. */
    @Value.Default
    public BigDecimal consumed() {
        return BigDecimal.ZERO;
    }

    /** {@return lost with scrapped pieces (SCRAP)} By default 0. */
    @Value.Default
    public BigDecimal scrapped() {
        return BigDecimal.ZERO;
    }

    /** {@return whether the line adds cost without moving stock (costed at required × frozen unit cost)} */
    @Value.Default
    public boolean costOnly() {
        return false;
    }

    /** {@return the actual cost of {@link #used()}} */
    public abstract Money cost();

    /** {@return consumed + scrapped: the quantity that carries cost} */
    public final BigDecimal used() {
        return consumed().add(scrapped());
    }

    /** {@return issued − returned − used: still held by the order (not costed)} */
    public final BigDecimal wip() {
        return issued().subtract(returned()).subtract(used());
    }

    /** {@return cost / used, the actual price per {@link #uom()}; empty when nothing was used} */
    public final Optional<BigDecimal> averageUnitCost() {
        return used().signum() == 0 ? Optional.empty() : Optional.of(Amounts.divide(cost().amount(), used()));
    }

    /** Builds {@link ActualMaterialLine} values. */
    public static final class Builder extends ImmutableActualMaterialLine.Builder {
        Builder() {}
    }
}
