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
 * The default {@link MrpPlanner}: regenerative, level by level over dense arrays (see {@link PlanRun}). Stateless
 * and thread-safe: every call to {@link #plan} uses its own scratch memory.
 *
 * @since 0.1
 */
public final class DefaultMrpPlanner implements MrpPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultMrpPlanner.class);

    private final MrpOptions options;

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
        MrpResult result = new PlanRun(snapshot, options).run(started);
        if (LOG.isDebugEnabled()) {
            LOG.debug("MRP planned {} items over {} {} buckets: {} planned orders, {} messages in {} ms",
                    result.summary().items(), options.buckets(), options.bucketSize(),
                    result.summary().plannedOrders(), result.messages().size(), result.summary().elapsedMillis());
        }
        return result;
    }

    @Override
    public MrpResult replan(PlanningSnapshot previous, MrpResult previousPlan, PlanningSnapshot current) {
        return NetChange.replan(options, previous, previousPlan, current, null);
    }

    @Override
    public MrpResult replan(PlanningSnapshot previous, MrpResult previousPlan, PlanningSnapshot current,
            Set<ItemId> changed) {
        return NetChange.replan(options, previous, previousPlan, current, Objects.requireNonNull(changed,
                "changed"));
    }

    @Override
    public String toString() {
        return "DefaultMrpPlanner[" + options.horizon() + ", forecastConsumption="
                + options.forecastConsumption() + "]";
    }
}
