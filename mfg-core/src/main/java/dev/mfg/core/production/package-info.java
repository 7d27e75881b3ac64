/**
 * Production execution: {@link dev.mfg.core.production.ProductionOrder}s with their frozen operations and
 * materials, the pure {@link dev.mfg.core.production.ProductionEngine} (release, start with a per-operation
 * shortage check and allocation, issue, partial and closing completion reports with consumption policies, return,
 * hold, cancel, backflush of
 * shipped goods) and {@link dev.mfg.core.production.ProductionService}, which applies the engine's results to a
 * {@code ProductionOrderRepository} and a {@code MaterialLedger}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Material quantities on an order are in the material line's unit; the ledger counts in base units.</li>
 *   <li>Every command carries a client key (≤ 96 characters, see {@code MaterialTransaction.checkKey}); the
 *       transactions it produces are keyed {@code key/1}, {@code key/2}, ... in a fixed order, so a retry posts
 *       nothing new.</li>
 *   <li>Engines never write: they return the next order and the transactions; a rejected command throws before
 *       anything is returned.</li>
 *   <li>An operation takes several completion reports, each with its own key; a report posts its share of the
 *       cumulative consumption (f(after) − f(before)), so splitting an operation's output into reports never
 *       changes the totals. {@code CompletionReport.of} closes the operation, {@code CompletionReport.partial}
 *       leaves it open.</li>
 *   <li>A completion report can be reversed ({@code ProductionService.reverseReport}): one atomic batch reverses
 *       every ledger entry it posted and re-shares consumption so the live reports still add up to one report of
 *       their totals; the report stays recorded, flagged by a {@code ReportReversal}, and no longer counts in the
 *       operation's good, scrap and tool cycles or the order's received quantity.</li>
 * </ul>
 */
@NullMarked
package dev.mfg.core.production;

import org.jspecify.annotations.NullMarked;
