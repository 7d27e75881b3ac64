package dev.mfg.mrp.lotsizing;

/**
 * Turns net requirements into lots, one lot at a time: the MRP engine calls {@link #lotAt} each time a bucket
 * falls short, receives the quantity of one lot to receive in that bucket, applies the {@link LotModifiers},
 * re-nets, and calls again while the bucket is still short.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@code net} holds micro-units (see {@link MicroUnits}) indexed by bucket; buckets
 *       {@code [0, horizonEndExclusive)} are the planning horizon. {@code net[bucket] > 0} is the shortfall of
 *       {@code bucket}; for {@code k > bucket}, {@code net[k] ≥ 0} is what bucket {@code k} will need if the
 *       projected balance sits at safety stock after {@code bucket}. Entries before {@code bucket} are not read.
 *       The array is read, never written nor kept.</li>
 *   <li>{@code grossTotal} is the item's total gross requirement over the horizon, in micro-units; only
 *       {@link EconomicOrderQuantity} reads it (D = grossTotal / horizonEndExclusive).</li>
 *   <li>The result is positive. It covers {@code net[bucket]} for every policy except {@link FixedOrderQuantity}
 *       and {@link EconomicOrderQuantity}, which return one lot of their fixed size even when that is less: the
 *       caller re-nets and asks again, so these place "as many lots as needed", each one its own order. Every
 *       other policy returns {@code net[bucket] + … + net[j]} for some {@code j} in
 *       {@code [bucket, horizonEndExclusive)}: lots never reach past the horizon.</li>
 * </ul>
 *
 * <pre>{@code
 * LotSizingPolicy policy = LotSizingPolicies.of(item.lotSizing());
 * long lot = policy.lotAt(net, t, buckets, grossTotal);   // then LotModifiers.of(item.lotSizing()).apply(lot)
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe; a call allocates at most O(horizon) scratch memory.
 * Sums of quantities use exact {@code long} arithmetic and throw {@link ArithmeticException} on overflow.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LotSizingPolicy {
    /**
     * Proposes one lot for a bucket that falls short.
     *
     * @param net net requirements in micro-units, see the class contract
     * @param bucket the bucket that falls short, with {@code net[bucket] > 0}
     * @param horizonEndExclusive the number of buckets in the horizon, at most {@code net.length}
     * @param grossTotal the item's total gross requirement over the horizon, in micro-units (for EOQ)
     * @return the lot quantity in micro-units, before modifiers; positive
     * @throws IllegalArgumentException if {@code bucket} is outside the horizon, the horizon is longer than
     *     {@code net}, or {@code net[bucket] ≤ 0}
     * @throws ArithmeticException if a sum of quantities overflows a {@code long}
     */
    long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal);
}
