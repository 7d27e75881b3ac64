package dev.mfg.mrp.internal;

import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.MrpPlanner;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.core.item.ItemId;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link MrpPlanner}: regenerative, level by level over dense arrays (see {@link PlanRun}). Thread-safe:
 * every call to {@link #plan} uses its own scratch memory. Its only state is a cache that does not change results:
 * the index of the last {@link dev.mfg.core.masterdata.MasterData} instance it planned (items in low-level-code
 * order, BOM edges, candidate routings and their operations resolved per bucket; see {@link MasterIndexCache}),
 * softly held, so planning the same master data again, as what-if runs and net-change replans do, skips indexing
 * it and resolving its routings.
 *
 * @since 0.1
 */
public final class DefaultMrpPlanner implements MrpPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultMrpPlanner.class);

    private final MrpOptions options;
    private final MasterIndexCache indexes = new MasterIndexCache();

    /**
     * Creates a planner.
     *
     * @param options the horizon and switches
     */
    public DefaultMrpPlanner(MrpOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public MrpOptions options() {
        return options;
    }

    @Override
    public MrpResult plan(PlanningSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        long started = System.nanoTime();
        MrpResult result = new PlanRun(snapshot, options, indexes.indexOf(snapshot.masterData(), options.horizon()))
                .run(started);
        if (LOG.isDebugEnabled()) {
            LOG.debug("MRP planned {} items over {} {} buckets: {} planned orders, {} messages in {} ms",
                    result.summary().items(), options.buckets(), options.bucketSize(),
                    result.summary().plannedOrders(), result.messages().size(), result.summary().elapsedMillis());
        }
        return result;
    }

    @Override
    public MrpResult replan(PlanningSnapshot previous, MrpResult previousPlan, PlanningSnapshot current) {
        return NetChange.replan(options, previous, previousPlan, current, null, indexes);
    }

    @Override
    public MrpResult replan(PlanningSnapshot previous, MrpResult previousPlan, PlanningSnapshot current,
            Set<ItemId> changed) {
        return NetChange.replan(options, previous, previousPlan, current, Objects.requireNonNull(changed,
                "changed"), indexes);
    }

    @Override
    public String toString() {
        return "DefaultMrpPlanner[" + options.horizon() + ", forecastConsumption="
                + options.forecastConsumption() + "]";
    }
}
