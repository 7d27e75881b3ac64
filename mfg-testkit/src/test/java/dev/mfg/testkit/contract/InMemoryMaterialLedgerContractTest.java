package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.spi.MaterialLedger;

/** The ledger kit's first customer: the embedded default ledger. */
class InMemoryMaterialLedgerContractTest implements MaterialLedgerContract {
    @Override
    public MaterialLedger newLedger() {
        return new InMemoryMaterialLedger();
    }
}
