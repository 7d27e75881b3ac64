package dev.mfg.costing;

import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UnitPrice;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One material line of a {@link CostReport}, per unit of the costed item: {@code quantityPerUnit × unitCost},
 * converted from the unit the component's cost is kept in to the line's unit.
 *
 * <p>{@link #quantityPerUnit()} includes scrap: UNIT lines {@code quantity / baseQuantity × (1 + scrap%)}, BATCH
 * and ORDER lines {@code quantity × (1 + scrap%) / L}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class MaterialCost {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the component} */
    public abstract ItemId component();

    /** {@return the line number of the defining line (BOM line or operation material)} */
    public abstract int lineNo();

    /** {@return the quantity per unit of the costed item, scrap included, in {@link #uom()}; exact} */
    public abstract BigDecimal quantityPerUnit();

    /** {@return the line's unit} */
    public abstract Uom uom();

    /** {@return the component's unit cost used (its standard cost, or its rolled-up cost), if known} */
    public abstract Optional<UnitPrice> unitCost();

    /** {@return the cost per unit of the costed item; zero only when the unit cost is a listed gap} */
    public abstract Money cost();

    /** {@return whether the line adds cost without consuming stock} */
    @Value.Default
    public boolean costOnly() {
        return false;
    }

    /** {@return whether the line is optional (then present only when optional lines are included)} */
    @Value.Default
    public boolean optional() {
        return false;
    }

    /** Builds {@link MaterialCost} values. */
    public static final class Builder extends ImmutableMaterialCost.Builder {
        Builder() {}
    }
}
