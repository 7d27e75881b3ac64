package dev.mfg.testkit.generate;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.item.Item;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Routing;
import dev.mfg.testkit.scenario.Planning;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;

/**
 * A {@link ModelSink} that collects everything and builds a validated {@link GeneratedModel} at the end (the
 * benchmarks' and tests' way). Lists keep the order they were sent in. Not thread-safe; use once.
 *
 * @since 0.1
 */
public final class InMemoryModelSink implements ModelSink {
    private final MutableList<Item> items = Lists.mutable.empty();
    private final MutableList<StockBalance> onHand = Lists.mutable.empty();
    private final MutableList<WorkCenter> workCenters = Lists.mutable.empty();
    private final MutableList<Tool> tools = Lists.mutable.empty();
    private final MutableList<Bom> boms = Lists.mutable.empty();
    private final MutableList<Routing> routings = Lists.mutable.empty();
    private final MutableList<ScheduledReceipt> receipts = Lists.mutable.empty();
    private final MutableList<Demand> demands = Lists.mutable.empty();
    private Planning planning;
    private GeneratedModel model;

    /** Creates an empty sink. */
    public InMemoryModelSink() {}

    @Override
    public void start(String name, Currency currency, Planning planning) {
        this.planning = Objects.requireNonNull(planning, "planning");
    }

    @Override
    public void item(Item item, BigDecimal quantityOnHand) {
        items.add(item);
        if (quantityOnHand.signum() != 0) {
            onHand.add(StockBalance.of(item.id(), quantityOnHand));
        }
    }

    @Override
    public void workCenter(WorkCenter workCenter) {
        workCenters.add(workCenter);
    }

    @Override
    public void tool(Tool tool) {
        tools.add(tool);
    }

    @Override
    public void bom(Bom bom) {
        boms.add(bom);
    }

    @Override
    public void routing(Routing routing) {
        routings.add(routing);
    }

    @Override
    public void scheduledReceipt(ScheduledReceipt receipt) {
        receipts.add(receipt);
    }

    @Override
    public void demand(Demand demand) {
        demands.add(demand);
    }

    @Override
    public void end() {
        MasterData data = MasterData.builder().items(items.toImmutable()).boms(boms.toImmutable())
                .routings(routings.toImmutable()).workCenters(workCenters.toImmutable()).tools(tools.toImmutable())
                .build();
        model = new GeneratedModel(data, onHand.toImmutable(), receipts.toImmutable(), demands.toImmutable(),
                planning.start(), planning.buckets(), planning.bucket().name());
    }

    /**
     * {@return the model}
     *
     * @throws IllegalStateException before {@link #end()}
     */
    public GeneratedModel model() {
        if (model == null) {
            throw new IllegalStateException("The model is complete only after end().");
        }
        return model;
    }
}
