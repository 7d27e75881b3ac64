/**
 * {@link dev.mfg.core.masterdata.MasterData}: one validated, immutable snapshot of the master data an engine
 * needs (items, BOMs, unit conversions, and the routings and resources as they are added), with every
 * cross-reference checked at once.
 */
@NullMarked
package dev.mfg.core.masterdata;

import org.jspecify.annotations.NullMarked;
