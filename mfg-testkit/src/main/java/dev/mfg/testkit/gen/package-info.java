/**
 * Public QuickTheories generators of manufacturing models for property tests in any module:
 * {@link dev.mfg.testkit.gen.ManufacturingGens} for valid models (built level by level, so BOM cycles are
 * impossible, and drawn from small structural parameters, so shrinking stays valid) and for each
 * {@link dev.mfg.testkit.gen.InvalidKind kind} of invalid model with the rule code it must raise.
 */
@NullMarked
package dev.mfg.testkit.gen;

import org.jspecify.annotations.NullMarked;
