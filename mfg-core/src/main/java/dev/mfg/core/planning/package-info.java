/**
 * Open demand and supply that planning nets against: {@link dev.mfg.core.planning.Demand} (sales orders and
 * forecasts), {@link dev.mfg.core.planning.ScheduledReceipt} (open purchase and production orders) and
 * {@link dev.mfg.core.planning.StockBalance} (on hand).
 */
@NullMarked
package dev.mfg.core.planning;

import org.jspecify.annotations.NullMarked;
