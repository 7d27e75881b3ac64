package dev.mfg.mrp.message;

import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.core.item.ItemId;
import org.immutables.value.Value;

/**
 * An action message of a plan, as data: its type, the item, the reference it is about (a planned order id
 * {@code PLN-n}, a scheduled receipt id, a demand id, or the item id for {@code BELOW_SAFETY_STOCK}) and a
 * human-readable text that names the dates and quantities involved.
 *
 * <pre>{@code
 * ActionMessage m = ActionMessage.of(MessageType.PAST_DUE, ItemId.of("SET-50"), "SO-1", "...");
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class ActionMessage {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a message}
     *
     * @param type the type
     * @param item the item
     * @param reference the order, receipt or demand id
     * @param text the text
     */
    public static ActionMessage of(MessageType type, ItemId item, String reference, String text) {
        return builder().type(type).item(item).reference(reference).text(text).build();
    }

    /** {@return the kind of action} */
    public abstract MessageType type();

    /** {@return the item concerned} */
    public abstract ItemId item();

    /** {@return the id of the planned order, scheduled receipt or demand concerned (the item id if none)} */
    public abstract String reference();

    /** {@return a human-readable explanation with the dates and quantities involved} */
    public abstract String text();

    /** Builds {@link ActionMessage} values. */
    public static final class Builder extends ImmutableActionMessage.Builder {
        Builder() {}
    }
}
