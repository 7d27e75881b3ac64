/**
 * Bills of material and their graph algorithms: the model ({@link dev.mfg.core.bom.Bom},
 * {@link dev.mfg.core.bom.BomLine}, {@link dev.mfg.core.bom.CoProduct}), the validated
 * {@link dev.mfg.core.bom.BomCatalog}, {@link dev.mfg.core.bom.LowLevelCodes}, {@link dev.mfg.core.bom.WhereUsed}
 * and the {@link dev.mfg.core.bom.BomExplosion} engine.
 *
 * <p>Conventions of the package:
 * <ul>
 *   <li>A line's quantity is per {@link dev.mfg.core.bom.Bom#baseQuantity()} of its parent, in the line's unit;
 *       the requirement of a component is {@code parent × quantity / baseQuantity × (1 + scrapPercent / 100)}
 *       for {@link dev.mfg.core.bom.QuantityBasis#UNIT} lines, and {@code quantity × (1 + scrapPercent / 100)}
 *       once per order for {@code BATCH} and {@code ORDER} lines.</li>
 *   <li>Engines keep quantities as exact fractions internally; a result is rounded only when it does not
 *       terminate as a decimal (then to 34 significant digits, half-even), never in between levels.</li>
 *   <li>Every graph walk is iterative (explicit stacks and Kahn's algorithm): no recursion over BOM depth.</li>
 *   <li>The graph of "planning BOMs" (status ACTIVE, type PRODUCTION or PHANTOM) joins a parent to the
 *       component of every line that is not {@linkplain dev.mfg.core.bom.BomLine#costOnly() cost-only}, over all
 *       dates. Substitutes are not edges.</li>
 * </ul>
 */
@NullMarked
package dev.mfg.core.bom;

import org.jspecify.annotations.NullMarked;
