package dev.mfg.mrp.lotsizing;

import dev.mfg.core.item.LotSizing;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * A single-item lot plan without stock: net requirements per bucket in, planned receipts (and their orders) per
 * bucket out. A convenience for tests, examples and research, and the reference for how an engine drives a
 * {@link LotSizingPolicy}:
 *
 * <pre>{@code
 * balance = 0
 * for t in buckets:
 *     balance -= requirements[t]
 *     while balance < 0:                                  // bucket t falls short
 *         net = requirements, with net[t] = -balance      // re-netted after every lot
 *         orders = modifiers.apply(policy.lotAt(net, t, buckets, Σ requirements))
 *         receipts[t] += Σ orders;  balance += Σ orders
 * }</pre>
 *
 * <p>The total requirement is also the gross total EOQ averages over the horizon. {@link #cost} charges a setup
 * for each bucket with a receipt and holding on each bucket's ending inventory.
 *
 * <pre>{@code
 * LotSizingPlan plan = LotSizingPlan.plan(lotSizing, new long[] {69_000_000, 29_000_000, 36_000_000});
 * long[] receipts = plan.receipts();
 * BigDecimal cost = plan.cost(lotSizing);
 * }</pre>
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @since 0.1
 */
public final class LotSizingPlan {
    private static final long[] NO_ORDERS = new long[0];

    private final long[] requirements;
    private final long[] receipts;
    private final long[][] orders;

    private LotSizingPlan(long[] requirements, long[] receipts, long[][] orders) {
        this.requirements = requirements;
        this.receipts = receipts;
        this.orders = orders;
    }

    /**
     * Plans with the policy and modifiers of a configuration.
     *
     * @param lotSizing the configuration
     * @param netRequirements net requirement per bucket in micro-units, each ≥ 0; not modified
     * @return the plan
     * @throws IllegalArgumentException if a requirement is negative
     * @throws ArithmeticException if a quantity sum overflows a {@code long}
     */
    public static LotSizingPlan plan(LotSizing lotSizing, long[] netRequirements) {
        return plan(LotSizingPolicies.of(lotSizing), LotModifiers.of(lotSizing), netRequirements);
    }

    /**
     * Plans with a policy and modifiers.
     *
     * @param policy the policy
     * @param modifiers the modifiers applied to every lot
     * @param netRequirements net requirement per bucket in micro-units, each ≥ 0; not modified
     * @return the plan
     * @throws IllegalArgumentException if a requirement is negative
     * @throws IllegalStateException if the policy proposes a lot that is not positive
     * @throws ArithmeticException if a quantity sum overflows a {@code long}
     */
    public static LotSizingPlan plan(LotSizingPolicy policy, LotModifiers modifiers, long[] netRequirements) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(modifiers, "modifiers");
        long[] req = netRequirements.clone();
        int n = req.length;
        long total = 0;
        for (int t = 0; t < n; t++) {
            if (req[t] < 0) {
                throw new IllegalArgumentException("The net requirement (" + req[t] + ") of bucket (" + t
                        + ") must not be negative.");
            }
            total = Math.addExact(total, req[t]);
        }
        long[] scratch = req.clone();
        long[] receipts = new long[n];
        long[][] orders = new long[n][];
        long balance = 0;
        for (int t = 0; t < n; t++) {
            balance = Math.subtractExact(balance, req[t]);
            long[] bucketOrders = NO_ORDERS;
            while (balance < 0) {
                scratch[t] = -balance;
                long lot = policy.lotAt(scratch, t, n, total);
                if (lot <= 0) {
                    throw new IllegalStateException("The policy (" + policy + ") proposed a lot (" + lot
                            + ") that is not positive at bucket (" + t + ").");
                }
                long[] lotOrders = modifiers.apply(lot);
                for (long q : lotOrders) {
                    receipts[t] = Math.addExact(receipts[t], q);
                    balance = Math.addExact(balance, q);
                }
                bucketOrders = concat(bucketOrders, lotOrders);
            }
            scratch[t] = req[t];
            orders[t] = bucketOrders;
        }
        return new LotSizingPlan(req, receipts, orders);
    }

    private static long[] concat(long[] a, long[] b) {
        if (a.length == 0) {
            return b;
        }
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** {@return the number of buckets} */
    public int buckets() {
        return requirements.length;
    }

    /** {@return a copy of the net requirements per bucket, in micro-units} */
    public long[] requirements() {
        return requirements.clone();
    }

    /** {@return a copy of the planned receipts per bucket (the sum of that bucket's orders), in micro-units} */
    public long[] receipts() {
        return receipts.clone();
    }

    /**
     * Returns the orders received in one bucket, in the order they were placed.
     *
     * @param bucket the bucket, in {@code [0, buckets())}
     * @return a copy of the order quantities in micro-units, empty if none
     * @throws IndexOutOfBoundsException if {@code bucket} is outside the plan
     */
    public long[] orders(int bucket) {
        return orders[bucket].clone();
    }

    /** {@return the number of buckets with a receipt (the setups {@link #cost} charges)} */
    public int setups() {
        int s = 0;
        for (long r : receipts) {
            if (r > 0) {
                s++;
            }
        }
        return s;
    }

    /** {@return the ending inventory of each bucket: cumulative receipts − cumulative requirements, ≥ 0} */
    public long[] endingInventory() {
        return endingInventory(requirements, receipts);
    }

    /**
     * The plan's cost with a configuration's costs (zero where absent).
     *
     * @param lotSizing the configuration
     * @return setups × setupCost + Σ ending inventory × holdingCostPerPeriod, exact
     */
    public BigDecimal cost(LotSizing lotSizing) {
        Objects.requireNonNull(lotSizing, "lotSizing");
        return cost(lotSizing.setupCost().orElse(BigDecimal.ZERO),
                lotSizing.holdingCostPerPeriod().orElse(BigDecimal.ZERO));
    }

    /**
     * The plan's cost.
     *
     * @param setupCost cost per bucket with a receipt
     * @param holdingCostPerPeriod cost per unit of ending inventory per bucket
     * @return setups × setupCost + Σ ending inventory × holdingCostPerPeriod, exact
     */
    public BigDecimal cost(BigDecimal setupCost, BigDecimal holdingCostPerPeriod) {
        return cost(requirements, receipts, setupCost, holdingCostPerPeriod);
    }

    /**
     * The cost of any receipts against requirements: a setup for each bucket with a positive receipt, holding on
     * each bucket's ending inventory (cumulative receipts − cumulative requirements, which must not be negative).
     *
     * @param requirements requirement per bucket in micro-units
     * @param receipts receipt per bucket in micro-units, same length
     * @param setupCost cost per bucket with a receipt
     * @param holdingCostPerPeriod cost per unit of ending inventory per bucket
     * @return the exact cost
     * @throws IllegalArgumentException if the lengths differ or the receipts leave a bucket short
     */
    public static BigDecimal cost(long[] requirements, long[] receipts, BigDecimal setupCost,
            BigDecimal holdingCostPerPeriod) {
        Objects.requireNonNull(setupCost, "setupCost");
        Objects.requireNonNull(holdingCostPerPeriod, "holdingCostPerPeriod");
        long[] ending = endingInventory(requirements, receipts);
        long setups = 0;
        BigDecimal held = BigDecimal.ZERO;
        for (int t = 0; t < receipts.length; t++) {
            if (receipts[t] > 0) {
                setups++;
            }
            held = held.add(MicroUnits.toDecimal(ending[t]));
        }
        return setupCost.multiply(BigDecimal.valueOf(setups)).add(holdingCostPerPeriod.multiply(held));
    }

    private static long[] endingInventory(long[] requirements, long[] receipts) {
        if (requirements.length != receipts.length) {
            throw new IllegalArgumentException("The requirements (" + requirements.length + " buckets) and receipts ("
                    + receipts.length + " buckets) must have the same length.");
        }
        long[] ending = new long[requirements.length];
        long balance = 0;
        for (int t = 0; t < requirements.length; t++) {
            balance = Math.subtractExact(Math.addExact(balance, receipts[t]), requirements[t]);
            if (balance < 0) {
                throw new IllegalArgumentException("The receipts leave bucket (" + t + ") short by (" + -balance
                        + " micro-units).");
            }
            ending[t] = balance;
        }
        return ending;
    }

    @Override
    public String toString() {
        return "LotSizingPlan[receipts=" + Arrays.toString(receipts) + "]";
    }
}
