package dev.mfg.costing.actual;

import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.quantity.Money;
import dev.mfg.costing.internal.CostingStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * The actual cost of one operation of an order, by element, for the whole order (not per unit).
 *
 * <p>With reported run hours RH and setup hours SH ({@link ReportedTimes}) and the work center's rates: labor HOURLY
 * {@code RH × laborRatePerHour}, PIECE_RATE {@code good pieces of the operation × piece rate for the product};
 * machine {@code RH × machineRatePerHour}; overhead {@code RH × overheadRatePerHour}; setup
 * {@code SH × setupRatePerHour}; tooling {@code tool cycles counted × purchaseCost / lifeCycles}. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class ActualOperationCost {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the operation number} */
    public abstract int no();

    /** {@return the work center} */
    public abstract WorkCenterId workCenter();

    /** {@return the tool, if the operation used one} */
    public abstract Optional<ToolId> tool();

    /** {@return how labor was paid} */
    public abstract LaborCalc laborCalc();

    /** {@return good pieces reported} */
    public abstract BigDecimal good();

    /** {@return scrapped pieces reported} */
    public abstract BigDecimal scrap();

    /** {@return reported run hours} */
    public abstract BigDecimal runHours();

    /** {@return reported setup hours} */
    public abstract BigDecimal setupHours();

    /** {@return tool cycles counted by the order} */
    public abstract long toolCycles();

    /** {@return labor} */
    public abstract Money labor();

    /** {@return machine cost} */
    public abstract Money machine();

    /** {@return setup cost} */
    public abstract Money setup();

    /** {@return overhead} */
    public abstract Money overhead();

    /** {@return tool depreciation} */
    public abstract Money tooling();

    /** {@return the materials used at this operation} By default none. */
    @Value.Default
    public ImmutableList<ActualMaterialLine> materials() {
        return Lists.immutable.empty();
    }

    /** {@return Σ material costs of the operation} */
    public final Money material() {
        return materials().injectInto(Money.zero(labor().currency()), (s, m) -> s.plus(m.cost()));
    }

    /** {@return labor + machine + setup + overhead + tooling} */
    public final Money conversion() {
        return labor().plus(machine()).plus(setup()).plus(overhead()).plus(tooling());
    }

    /** {@return material + conversion} */
    public final Money total() {
        return material().plus(conversion());
    }

    /** Builds {@link ActualOperationCost} values. */
    public static final class Builder extends ImmutableActualOperationCost.Builder {
        Builder() {}
    }
}
