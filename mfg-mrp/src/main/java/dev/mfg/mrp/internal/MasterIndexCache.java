package dev.mfg.mrp.internal;

import dev.mfg.core.masterdata.MasterData;
import dev.mfg.mrp.horizon.PlanningHorizon;
import java.lang.ref.SoftReference;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers the {@link MasterIndex} of the last master data a planner planned, so that planning the same
 * {@link MasterData} instance again (what-if runs, a net-change replan after demand or stock changes, a benchmark
 * loop) skips indexing items, BOM edges and routings. One entry per planner; master data is matched by identity
 * (it is immutable), never by equality, which would cost as much as indexing. The entry is softly held: the
 * collector may drop it under memory pressure, and then the next plan indexes again. Thread-safe: an index is
 * never written after it is built but for its {@link RoutingSteps}' slots, each published once through an
 * {@code AtomicReferenceArray}, and the index is published through an {@link AtomicReference}.
 */
final class MasterIndexCache {
    private final AtomicReference<SoftReference<MasterIndex>> last = new AtomicReference<>(new SoftReference<>(null));

    /**
     * {@return the index of the master data for the horizon: the remembered one when it was built for this very
     * instance and the same horizon dates, else a new one, which is then remembered}
     *
     * @param data the master data
     * @param horizon the planning horizon
     */
    MasterIndex indexOf(MasterData data, PlanningHorizon horizon) {
        MasterIndex known = last.get().get();
        if (known != null && known.serves(data, horizon)) {
            return known;
        }
        MasterIndex built = MasterIndex.of(data, horizon);
        last.set(new SoftReference<>(built));
        return built;
    }
}
