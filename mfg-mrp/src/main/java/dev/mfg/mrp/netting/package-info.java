/**
 * The single-item time-phased MRP record: netting of gross requirements against on hand, scheduled receipts and
 * safety stock, lot sizing into planned orders ({@link dev.mfg.mrp.netting.ItemNetting},
 * {@link dev.mfg.mrp.netting.NettingWorkspace}, {@link dev.mfg.mrp.netting.ItemRecord}), and FIFO
 * {@link dev.mfg.mrp.netting.Pegging} of supplies to demands. These are the building blocks a multi-level engine
 * runs item by item in low-level-code order.
 *
 * <p><b>Quantities</b> are {@code long} micro-units (see {@link dev.mfg.mrp.lotsizing.MicroUnits}); results
 * convert to exact {@link java.math.BigDecimal} rows with {@link dev.mfg.mrp.netting.ItemRecord#rows(long[])}.
 * Sums use exact arithmetic and throw {@link java.lang.ArithmeticException} rather than overflow.
 *
 * <p><b>Semantics</b> (scenario format, "Planning semantics"): {@code POH[t] = POH[t-1] + SR[t] + PR[t] - gross[t]}
 * with {@code POH[-1] = onHand}; a net requirement arises in {@code t} when {@code POH[t-1] + SR[t] - gross[t]} is
 * below safety stock and equals the shortfall; each time a bucket falls short the lot-sizing policy proposes one
 * lot from the net requirements of the rest of the horizon, re-netted after every lot, and the modifiers turn
 * each lot into one or more orders.
 */
@NullMarked
package dev.mfg.mrp.netting;

import org.jspecify.annotations.NullMarked;
