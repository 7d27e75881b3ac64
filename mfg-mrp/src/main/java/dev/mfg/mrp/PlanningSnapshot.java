package dev.mfg.mrp;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * Everything one planning run reads: validated master data, stock on hand, open supply (scheduled receipts) and
 * independent demand (sales orders and forecasts). The engine indexes it once and never reads anything else.
 *
 * <pre>{@code
 * PlanningSnapshot snapshot = PlanningSnapshot.builder().masterData(data)
 *         .onHand(Lists.immutable.of(StockBalance.of(POWDER, new BigDecimal("120"))))
 *         .scheduledReceipts(Lists.immutable.of(ScheduledReceipt.of("PO-881", POWDER, new BigDecimal("500"), jan19)))
 *         .demands(Lists.immutable.of(Demand.salesOrder("SO-1001", SET, new BigDecimal("40"), feb2)))
 *         .build();                                   // throws with every problem at once
 * }</pre>
 *
 * <p>Validation (all problems at once, before any planning): every stock balance, receipt and demand names an
 * item of the master data ({@code REFERENCE_UNKNOWN}); demand ids, receipt ids and the items of stock balances
 * are unique ({@code ID_DUPLICATE}). Quantities are in the item's base unit; their limits are checked by the core
 * records. The order of the lists does not matter: the plan is the same for any order.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class PlanningSnapshot {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the master data: items, BOMs, routings, work centers, tools, calendars} */
    public abstract MasterData masterData();

    /**
     * {@return the stock on hand per item, in the item's base unit} By default none (every item starts at zero).
     * A negative balance is a backlog the plan must cover.
     */
    @Value.Default
    public ImmutableList<StockBalance> onHand() {
        return Lists.immutable.empty();
    }

    /** {@return the open purchase and production orders} By default none. */
    @Value.Default
    public ImmutableList<ScheduledReceipt> scheduledReceipts() {
        return Lists.immutable.empty();
    }

    /** {@return the independent demands: sales orders and forecasts} By default none. */
    @Value.Default
    public ImmutableList<Demand> demands() {
        return Lists.immutable.empty();
    }

    @Value.Check
    final void validate() {
        Problems p = new Problems();
        MasterData data = masterData();
        Set<ItemId> stocked = new HashSet<>();
        for (int i = 0; i < onHand().size(); i++) {
            StockBalance b = onHand().get(i);
            String path = "onHand[" + i + "].item";
            if (data.item(b.item()).isEmpty()) {
                p.add(RuleCode.REFERENCE_UNKNOWN, path, b.item(), "The stock balance names an unknown item ("
                        + b.item() + ").\nMaybe add the item to the master data.");
            } else if (!stocked.add(b.item())) {
                p.add(RuleCode.ID_DUPLICATE, path, b.item(), "The item (" + b.item()
                        + ") has two stock balances.\nMaybe add them up into one.");
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < scheduledReceipts().size(); i++) {
            ScheduledReceipt r = scheduledReceipts().get(i);
            if (data.item(r.item()).isEmpty()) {
                p.add(RuleCode.REFERENCE_UNKNOWN, "scheduledReceipts[" + i + "].item", r.item(),
                        "The scheduled receipt (" + r.id() + ") names an unknown item (" + r.item() + ").");
            }
            if (!ids.add(r.id())) {
                p.add(RuleCode.ID_DUPLICATE, "scheduledReceipts[" + i + "].id", r.id(),
                        "The scheduled receipt id (" + r.id() + ") is used twice.");
            }
        }
        ids.clear();
        for (int i = 0; i < demands().size(); i++) {
            Demand d = demands().get(i);
            if (data.item(d.item()).isEmpty()) {
                p.add(RuleCode.REFERENCE_UNKNOWN, "demands[" + i + "].item", d.item(),
                        "The demand (" + d.id() + ") names an unknown item (" + d.item() + ").");
            }
            if (!ids.add(d.id())) {
                p.add(RuleCode.ID_DUPLICATE, "demands[" + i + "].id", d.id(),
                        "The demand id (" + d.id() + ") is used twice.");
            }
        }
        p.throwIfAny();
    }

    /** Builds {@link PlanningSnapshot} values. */
    public static final class Builder extends ImmutablePlanningSnapshot.Builder {
        Builder() {}
    }
}
