package dev.mfg.mrp;

import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A material requirement of a planned order ({@code materialRequirements} of the plan format): a quantity of a
 * component, in the component's base unit (scrap included), needed on a date for an order, at an operation when
 * the BOM line names one. The need date is the order's release date. A component reached through a phantom is
 * listed for the planned order that needs the phantom.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class ComponentRequirement {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the component} */
    public abstract ItemId item();

    /** {@return the quantity, in the component's base unit} */
    public abstract BigDecimal quantity();

    /** {@return when it is needed} */
    public abstract LocalDate needDate();

    /** {@return the planned order ({@code PLN-n}) that needs it} */
    public abstract String order();

    /** {@return the routing operation that consumes it, if the BOM line names one} */
    public abstract OptionalInt operation();

    /** Builds {@link ComponentRequirement} values. */
    public static final class Builder extends ImmutableComponentRequirement.Builder {
        Builder() {}
    }
}
