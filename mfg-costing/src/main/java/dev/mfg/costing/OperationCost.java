package dev.mfg.costing;

import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * The cost of one routing operation per unit of the costed item, by element, with the materials it consumes.
 *
 * <p>Formulas (scenario format, "Costing semantics"), with run minutes {@code r = runMinutesPerUnit / efficiency}:
 * labor HOURLY {@code r / 60 × laborRatePerHour}, PIECE_RATE the work center's piece rate for the item; machine
 * {@code r / 60 × machineRatePerHour}; overhead {@code r / 60 × overheadRatePerHour}; setup
 * {@code setupMinutes / 60 × setupRatePerHour / L}; tooling {@code purchaseCost / lifeCycles / cavities}.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class OperationCost {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the operation number} */
    public abstract int no();

    /** {@return the work center} */
    public abstract WorkCenterId workCenter();

    /** {@return the tool, if the operation names one} */
    public abstract Optional<ToolId> tool();

    /** {@return how labor is computed on the work center} */
    public abstract LaborCalc laborCalc();

    /** {@return setup minutes per lot (operation's, else its tool's, else 0)} */
    public abstract BigDecimal setupMinutes();

    /** {@return nominal run minutes per unit, before efficiency (seed 003 {@code run_time_minutes})} */
    public abstract BigDecimal runMinutesPerUnit();

    /** {@return run minutes per unit divided by the work center's efficiency: the minutes that are costed} */
    public abstract BigDecimal effectiveRunMinutesPerUnit();

    /** {@return the pieces per cycle used for tooling} */
    public abstract int cavities();

    /** {@return labor per unit} */
    public abstract Money labor();

    /** {@return machine cost per unit} */
    public abstract Money machine();

    /** {@return setup per unit (amortized over the lot)} */
    public abstract Money setup();

    /** {@return overhead per unit} */
    public abstract Money overhead();

    /** {@return tool depreciation per unit} */
    public abstract Money tooling();

    /** {@return the materials consumed at this operation, per unit} By default none. */
    @Value.Default
    public ImmutableList<MaterialCost> materials() {
        return Lists.immutable.empty();
    }

    /** {@return Σ material costs of this operation (seed 003 {@code material_cost})} */
    @Value.Derived
    public Money material() {
        return materials().injectInto(Money.zero(labor().currency()), (s, m) -> s.plus(m.cost()));
    }

    /** {@return the conversion cost: labor + machine + setup + overhead + tooling} */
    public final Money conversion() {
        return labor().plus(machine()).plus(setup()).plus(overhead()).plus(tooling());
    }

    /** {@return material + conversion} */
    public final Money total() {
        return material().plus(conversion());
    }

    /** Builds {@link OperationCost} values. */
    public static final class Builder extends ImmutableOperationCost.Builder {
        Builder() {}
    }
}
