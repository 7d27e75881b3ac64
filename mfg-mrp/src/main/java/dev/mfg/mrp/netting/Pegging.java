package dev.mfg.mrp.netting;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * FIFO pegging of one item's supplies to its demands: each demand, in demand order, is served by the earliest
 * supply with quantity left; safety stock is a pseudo-demand pegged after every real demand, and what no demand
 * takes is the supply's excess (lot-sizing excess stays visible).
 *
 * <p><b>Orders</b> (deterministic, independent of input order except for planned orders of one bucket):
 * <ul>
 *   <li>demands by bucket, then {@link DemandKind} ({@code SALES_ORDER}, {@code DEPENDENT}, {@code FORECAST}),
 *       then id;</li>
 *   <li>supplies by date: on hand first (bucket {@code -1}), then by bucket, and within a bucket scheduled
 *       receipts (by id) before planned orders (in the order given: their sequence in
 *       {@link ItemRecord#plannedOrders()}).</li>
 * </ul>
 * A demand may be pegged to a supply received after it (a late scheduled receipt); with a plan from
 * {@link ItemNetting} every demand is covered on time. Sum of pegs per demand = its quantity whenever the supplies
 * in total cover the demands; a supply never pegs more than its quantity. O((D + S) log(D + S)).
 *
 * <pre>{@code
 * Pegging pegging = Pegging.allocate(demands, supplies, record.safetyStock());
 * for (SupplyPegging s : pegging.supplies()) { ... s.pegs() ... s.excess() ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Pegging {
    private static final Comparator<PeggingDemand> DEMAND_ORDER = Comparator.comparingInt(PeggingDemand::bucket)
            .thenComparing(PeggingDemand::kind).thenComparing(PeggingDemand::id);
    private static final Comparator<PeggingSupply> SUPPLY_ORDER = (a, b) -> {
        int c = Integer.compare(a.bucket(), b.bucket());
        if (c != 0) {
            return c;
        }
        c = a.kind().compareTo(b.kind());
        if (c != 0 || a.kind() != SupplyKind.SCHEDULED_RECEIPT) {
            return c; // on hand and planned orders keep their given order (stable sort)
        }
        return a.id().compareTo(b.id());
    };

    private final ImmutableList<SupplyPegging> supplies;
    private final ImmutableList<DemandPegging> demands;
    private final long safetyStock;
    private final long safetyStockShortfall;

    private Pegging(ImmutableList<SupplyPegging> supplies, ImmutableList<DemandPegging> demands, long safetyStock,
            long safetyStockShortfall) {
        this.supplies = supplies;
        this.demands = demands;
        this.safetyStock = safetyStock;
        this.safetyStockShortfall = safetyStockShortfall;
    }

    /**
     * Pegs supplies to demands, FIFO by date.
     *
     * @param demands the item's demands, in any order
     * @param supplies the item's supplies, in any order (planned orders of one bucket in their sequence)
     * @param safetyStock the item's safety stock in micro-units, ≥ 0, pegged after the demands
     * @return the pegging
     * @throws InvalidInputException if the safety stock is negative (rule {@code QTY_NEGATIVE})
     */
    public static Pegging allocate(Iterable<PeggingDemand> demands, Iterable<PeggingSupply> supplies,
            long safetyStock) {
        Objects.requireNonNull(demands, "demands");
        Objects.requireNonNull(supplies, "supplies");
        if (safetyStock < 0) {
            throw InvalidInputException.of(RuleCode.QTY_NEGATIVE, "safetyStock", safetyStock,
                    "The safety stock (" + safetyStock + " micro-units) must not be negative.");
        }
        List<PeggingDemand> d = new ArrayList<>();
        demands.forEach(x -> d.add(Objects.requireNonNull(x, "demand")));
        List<PeggingSupply> s = new ArrayList<>();
        supplies.forEach(x -> s.add(Objects.requireNonNull(x, "supply")));
        d.sort(DEMAND_ORDER);
        s.sort(SUPPLY_ORDER);

        int n = s.size();
        long[] left = new long[n];
        long[] held = new long[n];
        List<List<Peg>> pegs = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            left[j] = s.get(j).quantity();
            pegs.add(new ArrayList<>(2));
        }
        int j = 0;
        DemandPegging[] out = new DemandPegging[d.size()];
        for (int i = 0; i < out.length; i++) {
            PeggingDemand demand = d.get(i);
            long need = demand.quantity();
            while (need > 0) {
                while (j < n && left[j] == 0) {
                    j++;
                }
                if (j == n) {
                    break;
                }
                long take = Math.min(need, left[j]);
                pegs.get(j).add(new Peg(demand.id(), take));
                left[j] -= take;
                need -= take;
            }
            out[i] = new DemandPegging(demand, demand.quantity() - need, need);
        }
        long need = safetyStock;
        while (need > 0) {
            while (j < n && left[j] == 0) {
                j++;
            }
            if (j == n) {
                break;
            }
            long take = Math.min(need, left[j]);
            held[j] = take;
            left[j] -= take;
            need -= take;
        }
        SupplyPegging[] result = new SupplyPegging[n];
        for (int k = 0; k < n; k++) {
            result[k] = new SupplyPegging(s.get(k), Lists.immutable.withAll(pegs.get(k)), held[k], left[k]);
        }
        return new Pegging(Lists.immutable.with(result), Lists.immutable.with(out), safetyStock, need);
    }

    /**
     * {@return the planned orders of a record as supplies, each with its index in
     * {@link ItemRecord#plannedOrders()} as id, in sequence}
     *
     * @param record the record
     */
    public static ImmutableList<PeggingSupply> plannedOrderSupplies(ItemRecord record) {
        Objects.requireNonNull(record, "record");
        ImmutableList<PlannedLot> lots = record.plannedOrders();
        PeggingSupply[] s = new PeggingSupply[lots.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = PeggingSupply.plannedOrder(String.valueOf(i), lots.get(i).bucket(), lots.get(i).quantity());
        }
        return Lists.immutable.with(s);
    }

    /** {@return the supplies in pegging order, each with what it serves} */
    public ImmutableList<SupplyPegging> supplies() {
        return supplies;
    }

    /** {@return the demands in pegging order, each with its pegged quantity and shortfall} */
    public ImmutableList<DemandPegging> demands() {
        return demands;
    }

    /** {@return the safety stock pegged after the demands, in micro-units} */
    public long safetyStock() {
        return safetyStock;
    }

    /** {@return the part of the safety stock no supply holds, in micro-units} */
    public long safetyStockShortfall() {
        return safetyStockShortfall;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pegging && ((Pegging) o).supplies.equals(supplies)
                && ((Pegging) o).demands.equals(demands) && ((Pegging) o).safetyStock == safetyStock
                && ((Pegging) o).safetyStockShortfall == safetyStockShortfall;
    }

    @Override
    public int hashCode() {
        return Objects.hash(supplies, demands, safetyStock, safetyStockShortfall);
    }

    @Override
    public String toString() {
        return "Pegging[supplies=" + supplies + ", demands=" + demands + ", safetyStockShortfall="
                + safetyStockShortfall + "]";
    }
}
