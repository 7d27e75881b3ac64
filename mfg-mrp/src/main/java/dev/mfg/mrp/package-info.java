/**
 * Time-phased multi-level material requirements planning over the core model.
 *
 * <p>Entry point: {@link dev.mfg.mrp.MrpPlanner#create(dev.mfg.mrp.MrpOptions)} then
 * {@link dev.mfg.mrp.MrpPlanner#plan(dev.mfg.mrp.PlanningSnapshot)}, which returns an immutable
 * {@link dev.mfg.mrp.MrpResult} mirroring the {@code mfg-plan/1} document: buckets, per-item records, planned orders
 * with pegging, material requirements, action messages ({@link dev.mfg.mrp.message}), capacity load and a summary.
 * The planning conventions (messages, pegging, ids, phantoms, lead times) are listed on {@link dev.mfg.mrp.MrpPlanner}.
 *
 * <p><b>Quantities.</b> Inside the engine every quantity is a {@code long} of micro-units (6 fractional digits, see
 * {@link dev.mfg.mrp.lotsizing.MicroUnits}); sums are exact and overflow throws. The only rounding is of derived
 * quantities: each order's requirement of a component (line quantity × unit conversion × scrap / base quantity)
 * and capacity hours, half-up to 6 fractional digits. Results carry exact {@link java.math.BigDecimal}s with
 * trailing zeros stripped. No {@code double} is used anywhere.
 *
 * <p>Absent values are {@link java.util.Optional} / {@link java.util.OptionalInt}; no API returns {@code null}.
 */
@NullMarked
package dev.mfg.mrp;

import org.jspecify.annotations.NullMarked;
