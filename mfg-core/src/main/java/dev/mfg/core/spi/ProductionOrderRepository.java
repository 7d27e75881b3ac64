package dev.mfg.core.spi;

import dev.mfg.core.production.ProductionOrder;
import dev.mfg.core.production.ProductionOrderId;

/**
 * Storage of production orders, with optimistic versions (see {@link Repository}): every state change of an order
 * is a save with the version last read, so two writers racing on one order cannot both win.
 *
 * @since 0.1
 */
public interface ProductionOrderRepository extends Repository<ProductionOrderId, ProductionOrder> {
    @Override
    default ProductionOrderId idOf(ProductionOrder value) {
        return value.id();
    }
}
