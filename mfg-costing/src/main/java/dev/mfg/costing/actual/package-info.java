/**
 * Actual cost of a production order from its material transactions and reported times
 * ({@link dev.mfg.costing.actual.ActualCosting}), and the bridge to the variance analysis
 * ({@link dev.mfg.costing.actual.ActualCostReport#toActualProduction()}).
 *
 * <p>Conventions: money is exact BigDecimal (a leaf amount at most 20 fractional digits, half-even beyond); work
 * center rates and tool purchase costs are in the costing currency; transaction unit costs must be in it too
 * ({@code CURRENCY_MISMATCH} otherwise). Anything that cannot be priced is an {@link
 * dev.mfg.costing.actual.ActualCostGap} in the report, never a silent zero. A ledger entry and its reversal
 * cancel exactly: the report is the one of the ledger without both; a reversal whose original is not among the
 * order's entries is rejected ({@code REVERSAL_TARGET_UNKNOWN}), never netted on its own.
 */
@NullMarked
package dev.mfg.costing.actual;

import org.jspecify.annotations.NullMarked;
