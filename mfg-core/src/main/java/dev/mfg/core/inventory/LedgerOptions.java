package dev.mfg.core.inventory;

import dev.mfg.core.item.ItemId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.set.ImmutableSet;

/**
 * Settings of a material ledger.
 *
 * @param negativeStock the default policy; by default {@link NegativeStockPolicy#DISALLOW}
 * @param negativeAllowed items that may go negative whatever the default policy
 * @param backdatingWindow how far before the latest posted timestamp an entry may be dated; empty: unlimited
 * @since 0.1
 */
public record LedgerOptions(NegativeStockPolicy negativeStock, ImmutableSet<ItemId> negativeAllowed,
        Optional<Duration> backdatingWindow) {

    /** Validates the components. */
    public LedgerOptions {
        Objects.requireNonNull(negativeStock, "negativeStock");
        Objects.requireNonNull(negativeAllowed, "negativeAllowed");
        Objects.requireNonNull(backdatingWindow, "backdatingWindow");
        backdatingWindow.ifPresent(w -> {
            if (w.isNegative()) {
                throw new IllegalArgumentException("The backdating window (" + w + ") must not be negative.");
            }
        });
    }

    /** {@return DISALLOW negative stock, no exceptions, unlimited backdating} */
    public static LedgerOptions defaults() {
        return new LedgerOptions(NegativeStockPolicy.DISALLOW, Sets.immutable.empty(), Optional.empty());
    }

    /**
     * @param item an item
     * @return whether the item's stock may go negative
     */
    public boolean allowsNegative(ItemId item) {
        return negativeStock == NegativeStockPolicy.ALLOW || negativeAllowed.contains(item);
    }
}
