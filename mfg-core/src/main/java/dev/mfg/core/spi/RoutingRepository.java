package dev.mfg.core.spi;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingId;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Storage of routings ({@link Routing}), every version of every item's routing, keyed by {@link RoutingId}
 * (item, version): {@code idOf(routing) == routing.id()}. Keys order by item first, then by version compared
 * as text, so {@link #findAll()} lists the routings item by item.
 *
 * <p>Keeps the contract of {@link Repository} (see the package documentation); the conformance kit's
 * {@code RoutingRepositoryContract} checks an implementation.
 *
 * @since 0.1
 */
public interface RoutingRepository extends Repository<RoutingId, Routing> {

    /**
     * {@inheritDoc}
     *
     * @return {@code value.id()}: its item and version
     */
    @Override
    default RoutingId idOf(Routing value) {
        return value.id();
    }

    /**
     * Every stored routing of one item, whatever its type, status, lot-size range or effectivity; choosing the
     * routing that applies is the caller's job ({@code RoutingCatalog}). Only routings whose
     * {@link Routing#item()} equals {@code item} exactly: {@code A} does not match {@code AB}. Implementations
     * should answer from an index on the item (a range scan of keys ordered by item first), not by scanning every
     * routing.
     *
     * @param item the item made
     * @return its routings in {@link RoutingId} order (by version, compared as text); empty if the item has none
     */
    ImmutableList<Routing> findByItem(ItemId item);
}
