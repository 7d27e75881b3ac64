package dev.mfg.core.memory;

import dev.mfg.core.production.ProductionOrder;
import dev.mfg.core.production.ProductionOrderId;
import dev.mfg.core.spi.ProductionOrderRepository;

/**
 * The in-memory production order store. Thread-safe: every write is a compare-and-set on the version.
 *
 * @since 0.1
 */
public final class InMemoryProductionOrderRepository extends InMemoryRepository<ProductionOrderId, ProductionOrder>
        implements ProductionOrderRepository {
    /** Creates an empty repository. */
    public InMemoryProductionOrderRepository() {
        super("productionOrder");
    }
}
