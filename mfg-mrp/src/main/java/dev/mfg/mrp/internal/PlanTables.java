package dev.mfg.mrp.internal;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.mrp.ComponentRequirement;
import dev.mfg.mrp.PeggedDemand;
import dev.mfg.mrp.PlannedOrder;
import dev.mfg.mrp.lotsizing.MicroUnits;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The planned orders and material requirements of a finished run, kept as arrays in output order and built into
 * {@link PlannedOrder} and {@link ComponentRequirement} values one at a time when read. Holds only what those
 * values need, so the rest of the run can be collected. Never changed after construction: thread-safe.
 *
 * <p>Order {@code x} (0-based output position) is {@code PLN-(x + 1)}. A peg reference {@code ≥ 0} is a planned
 * order's creation index, named through {@code number}; a negative one {@code -(rank + 1)} is a string of
 * {@code names}.
 */
final class PlanTables {
    private final ItemId[] itemIds;
    private final Procurement[] procurement;
    private final String[] names;
    private final long[] bucketDay;
    // Orders, in output order.
    private final int[] oItem;
    private final long[] oQty;
    private final long[] oRelDay;
    private final int[] oRecv;
    private final long[] oExcess;
    private final int[] oPegFrom;
    private final int[] oPegCount;
    private final long[] pegRef;
    private final long[] pegQty;
    /** Output number (1-based) of each order by creation index. */
    private final int[] number;
    // Requirements, in output order; rOrder is the parent's output number.
    private final int[] rItem;
    private final long[] rQty;
    private final long[] rDay;
    private final int[] rOrder;
    private final int[] rOp;

    PlanTables(ItemId[] itemIds, Procurement[] procurement, String[] names, long[] bucketDay, int[] oItem,
            long[] oQty, long[] oRelDay, int[] oRecv, long[] oExcess, int[] oPegFrom, int[] oPegCount,
            long[] pegRef, long[] pegQty, int[] number, int[] rItem, long[] rQty, long[] rDay, int[] rOrder,
            int[] rOp) {
        this.itemIds = itemIds;
        this.procurement = procurement;
        this.names = names;
        this.bucketDay = bucketDay;
        this.oItem = oItem;
        this.oQty = oQty;
        this.oRelDay = oRelDay;
        this.oRecv = oRecv;
        this.oExcess = oExcess;
        this.oPegFrom = oPegFrom;
        this.oPegCount = oPegCount;
        this.pegRef = pegRef;
        this.pegQty = pegQty;
        this.number = number;
        this.rItem = rItem;
        this.rQty = rQty;
        this.rDay = rDay;
        this.rOrder = rOrder;
        this.rOp = rOp;
    }

    int orderCount() {
        return oItem.length;
    }

    int requirementCount() {
        return rItem.length;
    }

    /** {@return the planned order at output position {@code x}} */
    PlannedOrder order(int x) {
        int i = oItem[x];
        return PlannedOrder.builder().id(id(x + 1)).item(itemIds[i]).type(procurement[i])
                .quantity(MicroUnits.toDecimal(oQty[x])).releaseDate(LocalDate.ofEpochDay(oRelDay[x]))
                .dueDate(LocalDate.ofEpochDay(bucketDay[oRecv[x]])).pegging(pegging(x))
                .excess(MicroUnits.toDecimal(oExcess[x])).build();
    }

    /** {@return the material requirement at output position {@code x}} */
    ComponentRequirement requirement(int x) {
        return ComponentRequirement.builder().item(itemIds[rItem[x]]).quantity(MicroUnits.toDecimal(rQty[x]))
                .needDate(LocalDate.ofEpochDay(rDay[x])).order(id(rOrder[x]))
                .operation(rOp[x] == 0 ? OptionalInt.empty() : OptionalInt.of(rOp[x])).build();
    }

    private static String id(int number) {
        return "PLN-" + number;
    }

    /** The pegs of an order; one demand may appear twice (a parent needing it at two operations): merged. */
    private ImmutableList<PeggedDemand> pegging(int x) {
        int from = oPegFrom[x];
        int count = oPegCount[x];
        if (count == 0) {
            return Lists.immutable.empty();
        }
        if (count == 1) {
            return Lists.immutable.with(new PeggedDemand(name(pegRef[from]), MicroUnits.toDecimal(pegQty[from])));
        }
        long[] ref = new long[count];
        long[] qty = new long[count];
        int m = 0;
        Map<Long, Integer> seen = count > 8 ? new HashMap<>(count * 2) : null;
        for (int p = from; p < from + count; p++) {
            int found = -1;
            if (seen != null) {
                Integer q = seen.putIfAbsent(pegRef[p], m);
                found = q == null ? -1 : q;
            } else {
                for (int q = 0; q < m; q++) {
                    if (ref[q] == pegRef[p]) {
                        found = q;
                        break;
                    }
                }
            }
            if (found >= 0) {
                qty[found] = Math.addExact(qty[found], pegQty[p]);
            } else {
                ref[m] = pegRef[p];
                qty[m++] = pegQty[p];
            }
        }
        PeggedDemand[] out = new PeggedDemand[m];
        for (int q = 0; q < m; q++) {
            out[q] = new PeggedDemand(name(ref[q]), MicroUnits.toDecimal(qty[q]));
        }
        return Lists.immutable.with(out);
    }

    private String name(long ref) {
        return ref >= 0 ? id(number[(int) ref]) : names[(int) (-ref - 1)];
    }
}
