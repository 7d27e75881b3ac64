package dev.mfg.costing;

import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import org.eclipse.collections.api.map.sorted.ImmutableSortedMap;
import org.immutables.value.Value;

/**
 * The summary of seed 003 §6.2 ("Unified Manufacturing BOM Response"): operation count, total setup minutes,
 * run minutes per unit, material / labor / total cost per unit and each operation's material cost. Built by
 * {@link CostReport#summary()}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class ManufacturingBomSummary {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return {@code operation_count}} */
    public abstract int operationCount();

    /** {@return {@code total_setup_minutes}: Σ setup minutes per lot} */
    public abstract BigDecimal totalSetupMinutes();

    /** {@return {@code total_run_minutes_per_unit}: Σ nominal run minutes per unit (before efficiency)} */
    public abstract BigDecimal totalRunMinutesPerUnit();

    /** {@return {@code total_material_cost_per_unit}} */
    public abstract Money materialCostPerUnit();

    /** {@return {@code total_labor_cost_per_unit}: the LABOR element only} */
    public abstract Money laborCostPerUnit();

    /** {@return {@code total_cost_per_unit}: all elements (the joint cost for joint products)} */
    public abstract Money totalCostPerUnit();

    /** {@return each operation's {@code material_cost} per unit, by operation number} */
    public abstract ImmutableSortedMap<Integer, Money> materialCostByOperation();

    /** Builds {@link ManufacturingBomSummary} values. */
    public static final class Builder extends ImmutableManufacturingBomSummary.Builder {
        Builder() {}
    }
}
