package dev.mfg.core.memory;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingId;
import dev.mfg.core.spi.RoutingRepository;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The in-memory routings. Thread-safe. {@link #findByItem} is a range scan of the sorted map over the item's
 * keys ({@link RoutingId} orders by item first): O(log n + the item's routings).
 *
 * @since 0.1
 */
public final class InMemoryRoutingRepository extends InMemoryRepository<RoutingId, Routing>
        implements RoutingRepository {
    /** Creates an empty repository. */
    public InMemoryRoutingRepository() {
        super("routing");
    }

    @Override
    public ImmutableList<Routing> findByItem(ItemId item) {
        Objects.requireNonNull(item, "item");
        return findRun(RoutingId.of(item, SMALLEST_ID_TEXT), id -> id.item().equals(item));
    }
}
