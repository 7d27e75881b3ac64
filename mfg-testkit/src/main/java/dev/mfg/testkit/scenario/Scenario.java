package dev.mfg.testkit.scenario;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.SortedMaps;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.sorted.ImmutableSortedMap;
import org.immutables.value.Value;

/**
 * Everything a planning run needs, as one value: validated master data, the planning horizon, stock on hand, open
 * supply and demand (the model of an {@code mfg-scenario/1} file, see {@link ScenarioReader}).
 *
 * <pre>{@code
 * Scenario s = ScenarioReader.create().read(Path.of("melamine.json"));
 * s.masterData().bomCatalog();  s.demands();  s.onHand(ItemId.of("POWDER"));
 * }</pre>
 *
 * <p>Units: on-hand, receipt and demand quantities are in the item's base unit; money (standard costs, rates) is
 * in {@link #currency()}. {@link #extensions()} keeps the {@code "extensions"} objects of the file, by owner (see
 * {@link #extensions()}), so that a read and a write preserve them.
 *
 * <p>Validated on construction, all problems at once: a balance, receipt or demand of an item that is not in the
 * master data → {@code REFERENCE_UNKNOWN}; two balances of one item, or a repeated receipt or demand id →
 * {@code ID_DUPLICATE}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@ScenarioStyle
public abstract class Scenario {

    /** The format identifier of scenario files. */
    public static final String FORMAT = "mfg-scenario/1";

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the scenario's name, if any} */
    public abstract Optional<String> name();

    /** {@return the currency of every amount of money, if the scenario has money} */
    public abstract Optional<Currency> currency();

    /** {@return the planning horizon} */
    public abstract Planning planning();

    /** {@return the validated master data} */
    public abstract MasterData masterData();

    /** {@return stock on hand by item (items without a balance have none), in the item's base unit} */
    @Value.Default
    public ImmutableList<StockBalance> onHandBalances() {
        return Lists.immutable.empty();
    }

    /** {@return open purchase and production orders} By default none. */
    @Value.Default
    public ImmutableList<ScheduledReceipt> scheduledReceipts() {
        return Lists.immutable.empty();
    }

    /** {@return independent demand: sales orders and forecasts} By default none. */
    @Value.Default
    public ImmutableList<Demand> demands() {
        return Lists.immutable.empty();
    }

    /**
     * {@return the preserved {@code "extensions"} objects, as compact JSON text, keyed by their owner} The key of
     * the scenario's own extensions is {@code ""}; others are {@code planning}, {@code items[ID]},
     * {@code items[ID].lotSizing}, {@code items[ID].standardCost}, {@code items[ID].conversions[FROM>TO]},
     * {@code uomConversions[FROM>TO]}, {@code calendars[ID]}, {@code workCenters[ID]}, {@code tools[ID]},
     * {@code boms[ITEM@version]}, {@code boms[ITEM@version].lines[lineNo]},
     * {@code boms[ITEM@version].lines[lineNo].substitutes[COMPONENT]}, {@code boms[ITEM@version].coProducts[ITEM]},
     * {@code routings[ITEM@version]}, {@code routings[ITEM@version].operations[no]},
     * {@code routings[ITEM@version].operations[no].materials[lineNo]} (and its substitutes),
     * {@code scheduledReceipts[ID]}, {@code demands[ID]}. By default none.
     */
    @Value.Default
    public ImmutableSortedMap<String, String> extensions() {
        return SortedMaps.immutable.empty();
    }

    /**
     * @param item an item
     * @return its stock on hand, zero if it has no balance
     */
    public final BigDecimal onHand(ItemId item) {
        StockBalance b = onHandBalances().detect(s -> s.item().equals(item));
        return b == null ? BigDecimal.ZERO : b.quantity();
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        Set<ItemId> items = masterData().itemsById().keysView().toSet();
        Set<ItemId> balanced = new HashSet<>();
        for (StockBalance b : onHandBalances()) {
            if (!items.contains(b.item())) {
                p.add(RuleCode.REFERENCE_UNKNOWN, "onHand[" + b.item() + "]", b.item(),
                        "The stock balance's item (" + b.item() + ") is not in the item master.");
            }
            if (!balanced.add(b.item())) {
                p.add(RuleCode.ID_DUPLICATE, "onHand[" + b.item() + "]", b.item(),
                        "The item (" + b.item() + ") has more than one stock balance.");
            }
        }
        Set<String> ids = new HashSet<>();
        for (ScheduledReceipt r : scheduledReceipts()) {
            if (!items.contains(r.item())) {
                p.add(RuleCode.REFERENCE_UNKNOWN, "scheduledReceipt[" + r.id() + "].item", r.item(),
                        "The receipt's item (" + r.item() + ") is not in the item master.");
            }
            if (!ids.add(r.id())) {
                p.add(RuleCode.ID_DUPLICATE, "scheduledReceipt[" + r.id() + "].id", r.id(),
                        "The receipt id (" + r.id() + ") is used twice.");
            }
        }
        ids.clear();
        for (Demand d : demands()) {
            if (!items.contains(d.item())) {
                p.add(RuleCode.REFERENCE_UNKNOWN, "demand[" + d.id() + "].item", d.item(),
                        "The demand's item (" + d.item() + ") is not in the item master.");
            }
            if (!ids.add(d.id())) {
                p.add(RuleCode.ID_DUPLICATE, "demand[" + d.id() + "].id", d.id(),
                        "The demand id (" + d.id() + ") is used twice.");
            }
        }
        p.throwIfAny();
    }

    /** Builds {@link Scenario} values. */
    public static final class Builder extends ImmutableScenario.Builder {
        Builder() {}
    }
}
