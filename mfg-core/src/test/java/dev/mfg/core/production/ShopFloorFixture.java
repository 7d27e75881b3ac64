package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.LABEL;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.SHIP_LABEL;
import static dev.mfg.core.production.ExecFixtures.receipt;

import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.quantity.Uom;
import org.junit.jupiter.api.BeforeEach;

/**
 * The shop floor the completion tests start from: empty in-memory order store, and a ledger holding 1,000 g of PLA
 * (lot LOT-1) and 100 each of labels, boxes and ship labels, received ten days before the fixtures' start.
 */
abstract class ShopFloorFixture {
    static final ProductionOrderId PO = ProductionOrderId.of("PO-1");
    InMemoryMaterialLedger ledger;
    InMemoryProductionOrderRepository orders;

    @BeforeEach
    void stock() {
        ledger = new InMemoryMaterialLedger();
        orders = new InMemoryProductionOrderRepository();
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "LOT-1", -10));
        ledger.post(receipt("R2", LABEL, "100", Uom.EA, "", -10));
        ledger.post(receipt("R3", BOX, "100", Uom.EA, "", -10));
        ledger.post(receipt("R4", SHIP_LABEL, "100", Uom.EA, "", -10));
    }

    /** {@return a service over this fixture's stores with one consumption policy everywhere} */
    ProductionService service(ConsumptionPolicy policy) {
        return new ProductionService(orders, ledger, ConsumptionPolicies.of(policy));
    }
}
