/**
 * Inventory valuation per costing method (STANDARD, moving AVERAGE, FIFO layers) as pure immutable states: each
 * receipt or issue returns a new state and leaves the old one unchanged.
 */
@NullMarked
package dev.mfg.costing.valuation;

import org.jspecify.annotations.NullMarked;
