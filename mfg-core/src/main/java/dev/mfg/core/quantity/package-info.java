/**
 * Exact quantities and money: {@link dev.mfg.core.quantity.Quantity} (decimal amount + unit),
 * {@link dev.mfg.core.quantity.Uom units of measure} in categories with exact conversion factors,
 * {@link dev.mfg.core.quantity.UnitConverter}, {@link dev.mfg.core.quantity.Money} and
 * {@link dev.mfg.core.quantity.UnitPrice}.
 *
 * <h2>Representation and rounding (a project-wide decision)</h2>
 * <ul>
 *   <li>At the API every quantity and amount is a {@link java.math.BigDecimal}; {@code double} never appears
 *       in a result. Input quantities carry at most 6 fractional digits and a magnitude below 10^12
 *       (NUMERIC(18,6)); money at most {@value dev.mfg.core.quantity.Decimals#MONEY_MAX_SCALE} fractional
 *       digits and a magnitude below 10^15. Both limits are checked in constant time before arithmetic.</li>
 *   <li>Derived quantities (explosion, netting) are exact while they terminate; a value that must be stored
 *       as a quantity is rounded once to 6 fractional digits, {@link java.math.RoundingMode#HALF_UP}
 *       ({@link dev.mfg.core.quantity.Decimals#roundQuantity}).</li>
 *   <li>Money stays exact through arithmetic; non-terminating divisions use
 *       {@link dev.mfg.core.quantity.Decimals#MONEY_CONTEXT}; display rounds half-even to the currency's minor
 *       unit ({@link dev.mfg.core.quantity.Money#rounded()}).</li>
 *   <li>Engines may use scaled {@code long}s inside hot loops; they convert back at their boundary.</li>
 * </ul>
 */
@NullMarked
package dev.mfg.core.quantity;

import org.jspecify.annotations.NullMarked;
