package dev.mfg.costing;

import dev.mfg.core.masterdata.MasterData;

/** Models shared with the variance tests (which live in another package). */
public final class VarianceFixtures {
    private VarianceFixtures() {}

    /** {@return the Colonial Pewter bookends model} */
    public static MasterData colonialPewter() {
        return CostRollupSeedTest.colonialPewter();
    }

    /** {@return the cup mold model (seed 004), cycle 60 s} */
    public static MasterData cup() {
        return CostRollupSeedTest.cup("60");
    }

    /** {@return a random valid acyclic model} */
    public static MasterData randomModel(long seed) {
        return ModelGen.generate(seed).build();
    }
}
