package dev.mfg.core.production;

import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.MaterialTransaction;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The outcome of starting an operation: either shortages (and the order unchanged), or the started order with
 * the allocations to record and the auto-issue transactions to post.
 *
 * @param order the order after the attempt (unchanged when short)
 * @param shortages the operation's shortages; empty when it started
 * @param allocations the allocations to set for the operation (base units)
 * @param transactions the AUTO_ISSUE transactions to post
 * @since 0.1
 */
public record StartResult(ProductionOrder order, ImmutableList<Shortage> shortages,
        ImmutableList<Allocation> allocations, ImmutableList<MaterialTransaction> transactions) {

    /** Validates non-null components. */
    public StartResult {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(shortages, "shortages");
        Objects.requireNonNull(allocations, "allocations");
        Objects.requireNonNull(transactions, "transactions");
    }

    /** {@return whether the operation started (no shortage)} */
    public boolean started() {
        return shortages.isEmpty();
    }
}
