/**
 * Standard cost rollup ({@link dev.mfg.costing.CostRollup}), joint-cost allocation and the cost report types.
 *
 * <p>Conventions: money is exact BigDecimal; a non-terminating quotient is taken to 34 significant digits and a
 * leaf amount to at most 20 fractional digits; rounding for display happens only in
 * {@link dev.mfg.costing.CostPresentation}. Missing or unusable data is a {@link dev.mfg.costing.CostGap} in the
 * report, never a silent zero; malformed arguments are {@code InvalidInputException}s with a rule code and path.
 * Inventory valuation lives in {@code dev.mfg.costing.valuation}, variances in {@code dev.mfg.costing.variance}.
 */
@NullMarked
package dev.mfg.costing;

import org.jspecify.annotations.NullMarked;
