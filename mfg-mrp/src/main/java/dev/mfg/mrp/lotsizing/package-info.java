/**
 * Lot-sizing policies for MRP: {@link dev.mfg.mrp.lotsizing.LotSizingPolicy} and its implementations (lot-for-lot,
 * fixed and economic order quantity, period order quantity, Wagner-Whitin, Silver-Meal, least unit cost,
 * part-period balancing), the order modifiers {@link dev.mfg.mrp.lotsizing.LotModifiers} and a standalone
 * {@link dev.mfg.mrp.lotsizing.LotSizingPlan}.
 *
 * <p><b>Quantities</b> are {@code long} micro-units inside this package (1 unit = 1,000,000 micro-units, the six
 * fractional digits of the core's {@code Decimals.QUANTITY_SCALE}); convert at the boundary with
 * {@link dev.mfg.mrp.lotsizing.MicroUnits}. Sums and products of quantities use {@link Math#addExact} and
 * {@link Math#multiplyExact}: a plan whose sums leave the {@code long} range throws {@link ArithmeticException}
 * rather than overflow silently. <b>Costs</b> stay exact: every decision compares costs with integer arithmetic
 * (128-bit or {@link java.math.BigInteger}), never with {@code double}.
 *
 * <p><b>Conventions</b> (the "Planning semantics" of the scenario format): each time a bucket falls short the
 * policy proposes one lot from the net requirements of the rest of the horizon, re-netted after every lot; holding
 * cost is charged on the ending inventory of each bucket and a setup cost for each bucket with a receipt; lots
 * never reach past the horizon; modifiers apply to every lot (minimum, then multiple, then split at maximum).
 */
@NullMarked
package dev.mfg.mrp.lotsizing;

import org.jspecify.annotations.NullMarked;
