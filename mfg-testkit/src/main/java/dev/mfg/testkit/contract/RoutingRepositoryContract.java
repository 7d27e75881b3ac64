package dev.mfg.testkit.contract;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingId;
import dev.mfg.core.spi.RoutingRepository;
import java.math.BigDecimal;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Conformance of a {@link RoutingRepository}: the {@link RepositoryContract} and {@code findByItem}
 * ({@link ItemScopedRepositoryContract}). Samples are {@link Samples#routing(int)}: several operations with
 * tools, cycle times, skills and effectivities, lot-size ranges, unicode and 64-character ids. The counter of
 * {@link #modified} is encoded in the queue minutes of the first operation.
 *
 * @since 0.1
 */
public interface RoutingRepositoryContract
        extends ItemScopedRepositoryContract<RoutingId, Routing, RoutingRepository> {

    @Override
    RoutingRepository newRepository();

    /** {@return {@link Samples#routing(int)}} */
    @Override
    default Routing sample(int i) {
        return Samples.routing(i);
    }

    /** {@return {@link Samples#routing(ItemId, String, int)}} */
    @Override
    default Routing sampleOf(ItemId item, String version, int i) {
        return Samples.routing(item, version, i);
    }

    /** {@return the routing whose first operation queues {@code n} minutes} */
    @Override
    default Routing modified(Routing value, int n) {
        ImmutableList<Operation> ops = value.operations();
        Operation first = Operation.builder().from(ops.get(0)).queueMinutes(BigDecimal.valueOf(n)).build();
        return Routing.builder().from(value).operations(ops.drop(1).newWith(first)).build();
    }

    /** {@return the queue minutes of the first operation} */
    @Override
    default int counterOf(Routing value) {
        return value.operations().get(0).queueMinutes().intValueExact();
    }

    @Override
    default ItemId itemOf(Routing value) {
        return value.item();
    }

    @Override
    default String versionOf(Routing value) {
        return value.version();
    }

    @Override
    default ImmutableList<Routing> findByItem(RoutingRepository repository, ItemId item) {
        return repository.findByItem(item);
    }
}
