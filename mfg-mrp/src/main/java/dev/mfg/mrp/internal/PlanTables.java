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
 * The planned orders and material requirements of a finished run, kept in chunked columns and built into
 * {@link PlannedOrder} and {@link ComponentRequirement} values one at a time when read. Holds only what those
 * values need, so the rest of the run can be collected. Never changed after construction: thread-safe.
 *
 * <p>The order at output position {@code x} (from 0) is {@code PLN-(x + 1)}; columns are in creation order and
 * read through {@link OrderNumbers} and the requirement starts. A peg reference {@code ≥ 0} is a planned order's
 * creation index, named through {@code number}; a negative one {@code -(rank + 1)} is a string of {@code names}.
 */
final class PlanTables {
    private final ItemId[] itemIds;
    private final Procurement[] procurement;
    private final String[] names;
    private final long[] bucketDay;
    private final int orders;
    private final OrderNumbers numbers;
    // Orders, by creation index.
    private final IntColumn oItem;
    private final LongColumn oQty;
    private final IntColumn oRelDay;
    private final IntColumn oRecv;
    private final IntColumn oPegFrom;
    private final IntColumn oPegCount;
    private final IntColumn pegRef;
    private final LongColumn pegQty;
    // Requirements: order g's own rows are [reqFrom[g], reqFrom[g] + reqCount[g]), sorted; reqStart[x] is the output
    // position of the first requirement of the order numbered x + 1 (reqStart[orders] = all); passed holds the rows
    // phantoms passed through for an order, as number << 32 | row, sorted.
    private final IntColumn reqFrom;
    private final IntColumn reqCount;
    private final int[] reqStart;
    private final long[] passed;
    private final int[] idRank;
    // Requirements, by creation index; an own row's order is the one whose rows hold it, a passed row's is in passed.
    private final IntColumn rItem;
    private final LongColumn rQty;
    private final IntColumn rDay;
    private final IntColumn rOp;

    PlanTables(ItemId[] itemIds, Procurement[] procurement, String[] names, long[] bucketDay, int orders,
            OrderNumbers numbers, IntColumn oItem, LongColumn oQty, IntColumn oRelDay, IntColumn oRecv,
            IntColumn oPegFrom, IntColumn oPegCount, IntColumn pegRef, LongColumn pegQty, IntColumn reqFrom,
            IntColumn reqCount, int[] reqStart, long[] passed, int[] idRank, IntColumn rItem, LongColumn rQty,
            IntColumn rDay, IntColumn rOp) {
        this.itemIds = itemIds;
        this.procurement = procurement;
        this.names = names;
        this.bucketDay = bucketDay;
        this.orders = orders;
        this.numbers = numbers;
        this.oItem = oItem;
        this.oQty = oQty;
        this.oRelDay = oRelDay;
        this.oRecv = oRecv;
        this.oPegFrom = oPegFrom;
        this.oPegCount = oPegCount;
        this.pegRef = pegRef;
        this.pegQty = pegQty;
        this.reqFrom = reqFrom;
        this.reqCount = reqCount;
        this.reqStart = reqStart;
        this.passed = passed;
        this.idRank = idRank;
        this.rItem = rItem;
        this.rQty = rQty;
        this.rDay = rDay;
        this.rOp = rOp;
    }

    int orderCount() {
        return orders;
    }

    int requirementCount() {
        return reqStart[orders];
    }

    /** {@return the planned order at output position {@code x}} */
    PlannedOrder order(int x) {
        int g = numbers.creationIndex(x);
        int i = oItem.get(g);
        return PlannedOrder.builder().id(id(x + 1)).item(itemIds[i]).type(procurement[i])
                .quantity(MicroUnits.toDecimal(oQty.get(g))).releaseDate(LocalDate.ofEpochDay(oRelDay.get(g)))
                .dueDate(LocalDate.ofEpochDay(bucketDay[oRecv.get(g)])).pegging(pegging(g))
                .excess(MicroUnits.toDecimal(excess(g))).build();
    }

    /** {@return the material requirement at output position {@code x}} */
    ComponentRequirement requirement(int x) {
        int k = orderOfRequirement(x);
        int r = requirementRow(x, k);
        int op = rOp.get(r);
        return ComponentRequirement.builder().item(itemIds[rItem.get(r)]).quantity(MicroUnits.toDecimal(rQty.get(r)))
                .needDate(LocalDate.ofEpochDay(rDay.get(r))).order(id(k + 1))
                .operation(op == 0 ? OptionalInt.empty() : OptionalInt.of(op)).build();
    }

    /**
     * {@return the output position of the order of the requirement at output position {@code x}}: the last order
     * whose first requirement is at or before x.
     */
    private int orderOfRequirement(int x) {
        int lo = 0;
        int hi = orders - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (reqStart[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * {@return the row of the requirement at output position {@code x}, of the order at output position {@code lo}
     * ({@link #orderOfRequirement})} Without passed-through rows the order's own rows are in output order, else they
     * are merged with them by operation then component id, own rows first on a tie (the order the rows were written
     * in).
     */
    private int requirementRow(int x, int lo) {
        int g = numbers.creationIndex(lo);
        int j = x - reqStart[lo];
        int own = reqCount.get(g);
        if (j < own && reqStart[lo + 1] - reqStart[lo] == own) {
            return reqFrom.get(g) + j;
        }
        int[] rows = new int[reqStart[lo + 1] - reqStart[lo]];
        int c = 0;
        for (int k = 0; k < own; k++) {
            rows[c++] = reqFrom.get(g) + k;
        }
        long number = lo + 1L;
        int p = java.util.Arrays.binarySearch(passed, number << 32);
        for (p = p < 0 ? -p - 1 : p; c < rows.length; p++) {
            rows[c++] = (int) passed[p];
        }
        for (int a = 1; a < rows.length; a++) { // stable: own rows first, then passed rows by creation
            int v = rows[a];
            long key = rowKey(v);
            int b = a - 1;
            while (b >= 0 && rowKey(rows[b]) > key) {
                rows[b + 1] = rows[b];
                b--;
            }
            rows[b + 1] = v;
        }
        return rows[j];
    }

    private long rowKey(int row) {
        return rowKey(rOp.get(row), idRank[rItem.get(row)]);
    }

    /**
     * {@return the sort key of a requirement row within its order, the output order: operation (none, 0, first),
     * then the component's rank in id order} The planning run writes an order's rows sorted by it; reading merges
     * passed-through rows by it.
     *
     * @param op the operation number, ≥ 0
     * @param componentRank the component's position in id order, ≥ 0
     */
    static long rowKey(int op, int componentRank) {
        return (long) op << 32 | componentRank;
    }

    private int number(int g) {
        return numbers.number(g, oItem.get(g));
    }

    /** {@return the part of order g pegged to no demand: its quantity less its pegs (Σ pegs + excess = quantity)} */
    private long excess(int g) {
        long left = oQty.get(g);
        int from = oPegFrom.get(g);
        for (int p = from; p < from + oPegCount.get(g); p++) {
            left -= pegQty.get(p);
        }
        return left;
    }

    private static String id(int number) {
        return "PLN-" + number;
    }

    /** The pegs of order g; one demand may appear twice (a parent needing it at two operations): merged. */
    private ImmutableList<PeggedDemand> pegging(int g) {
        int from = oPegFrom.get(g);
        int count = oPegCount.get(g);
        if (count == 0) {
            return Lists.immutable.empty();
        }
        if (count == 1) {
            return Lists.immutable.with(new PeggedDemand(name(pegRef.get(from)),
                    MicroUnits.toDecimal(pegQty.get(from))));
        }
        long[] ref = new long[count];
        long[] qty = new long[count];
        int m = 0;
        Map<Long, Integer> seen = count > 8 ? new HashMap<>(count * 2) : null;
        for (int p = from; p < from + count; p++) {
            int found = -1;
            if (seen != null) {
                Integer q = seen.putIfAbsent((long) pegRef.get(p), m);
                found = q == null ? -1 : q;
            } else {
                for (int q = 0; q < m; q++) {
                    if (ref[q] == pegRef.get(p)) {
                        found = q;
                        break;
                    }
                }
            }
            if (found >= 0) {
                qty[found] = Math.addExact(qty[found], pegQty.get(p));
            } else {
                ref[m] = pegRef.get(p);
                qty[m++] = pegQty.get(p);
            }
        }
        PeggedDemand[] out = new PeggedDemand[m];
        for (int q = 0; q < m; q++) {
            out[q] = new PeggedDemand(name(ref[q]), MicroUnits.toDecimal(qty[q]));
        }
        return Lists.immutable.with(out);
    }

    private String name(long ref) {
        return ref >= 0 ? id(number((int) ref)) : names[(int) (-ref - 1)];
    }
}
