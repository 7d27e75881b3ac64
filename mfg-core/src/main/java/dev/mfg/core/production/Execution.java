package dev.mfg.core.production;

import dev.mfg.core.inventory.MaterialTransaction;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What a command produced: the next state of the order and the transactions to post, atomically, in order.
 *
 * @param order the order after the command
 * @param transactions the ledger transactions, keyed {@code commandKey/1}, {@code /2}, ...
 * @since 0.1
 */
public record Execution(ProductionOrder order, ImmutableList<MaterialTransaction> transactions) {

    /** Validates non-null components. */
    public Execution {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(transactions, "transactions");
    }
}
