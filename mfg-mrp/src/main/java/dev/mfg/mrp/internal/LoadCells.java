package dev.mfg.mrp.internal;

import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The exact load of one resource (a work center or a tool) per bucket: a sum of rational nano-minutes (10^-9
 * minute), kept as numerators over one common denominator, so that adding never rounds. Numerators are 127-bit
 * unsigned pairs of {@code long}s; the common denominator grows to the least common multiple of the addends'
 * denominators (rescaling the cells, which happens a few times per resource at most). On any overflow the cells
 * switch to {@link BigInteger}s and stay exact.
 *
 * <p>Besides the totals it keeps the current item's load per bucket and, per bucket, the item with the largest
 * load (the smaller item on a tie, by the caller's order) for the {@code OVERLOAD} message. Hours are rounded once,
 * from the exact sum, to {@link Decimals#QUANTITY_SCALE} digits with {@link Decimals#QUANTITY_ROUNDING}. Not
 * thread-safe: one per planning run.
 */
final class LoadCells {
    /** Orders two items: negative when the first comes first (has the smaller id). */
    interface ItemOrder {
        int compare(int a, int b);
    }

    private static final BigInteger NANOS_PER_HOUR = BigInteger.valueOf(60_000_000_000L);

    private final int nb;
    private boolean loaded;
    /** Set by the planning run while the current item has loaded these cells; cleared by {@link #flushItem}. */
    boolean inItem;
    // Fast mode: cell value = (hi:lo) / den nano-minutes.
    private long den = 1;
    // The last addend denominator and den / it (den only grows, to multiples of itself: reset when it does).
    private long scaleFor = 1;
    private long scale = 1;
    // Per bucket b, together (one cache line is touched per add): cell[6b ..] = total hi, lo, current item's hi, lo,
    // top item's hi, lo.
    private final long[] cell;
    private static final int T_HI = 0;
    private static final int T_LO = 1;
    private static final int I_HI = 2;
    private static final int I_LO = 3;
    private static final int P_HI = 4;
    private static final int P_LO = 5;
    private final int[] top;
    private final boolean[] touched;
    private final int[] touchedList;
    private int touchedCount;
    // Big mode (bDen != null): cell value = num / bDen.
    private BigInteger bDen;
    private BigInteger[] bT;
    private BigInteger[] bI;
    private BigInteger[] bP;
    // Scratch result of the 128-bit helpers.
    private long rHi;
    private long rLo;

    LoadCells(int nb) {
        this.nb = nb;
        cell = new long[6 * nb];
        top = new int[nb];
        Arrays.fill(top, -1);
        touched = new boolean[nb];
        touchedList = new int[nb];
    }

    /** {@return whether any positive load was added} */
    boolean loaded() {
        return loaded;
    }

    /**
     * Adds {@code count} times the nano-minutes {@code (hi:lo) / vDen} to bucket {@code b} and to the current
     * item's load there.
     *
     * @param hi high 63 bits of the numerator, ≥ 0
     * @param lo low 64 bits of the numerator (unsigned)
     * @param vDen the denominator, positive
     * @param count how many equal lots, positive
     */
    void add(int b, long hi, long lo, long vDen, long count) {
        if ((hi | lo) == 0) {
            return;
        }
        if (bDen == null && fastAdd(b, hi, lo, vDen, count)) {
            return;
        }
        addBig(b, toBig(hi, lo), BigInteger.valueOf(vDen), count);
    }

    private boolean fastAdd(int b, long hi, long lo, long vDen, long count) {
        if (vDen != scaleFor) { // two 64-bit divisions per add were a visible cost; addends repeat denominators
            if (den % vDen != 0) {
                long g = gcd(den, vDen);
                long f = vDen / g;
                long nd = den * f;
                if (Math.multiplyHigh(den, f) != 0 || nd < 0 || !rescale(f)) {
                    toBigMode();
                    return false;
                }
                den = nd;
            }
            scaleFor = vDen;
            scale = den / vDen;
        }
        long vHi = hi;
        long vLo = lo;
        if (scale != 1 || count != 1) { // mostly one lot over the cells' own denominator: nothing to multiply
            if (!mul(hi, lo, scale) || !mul(rHi, rLo, count)) {
                toBigMode();
                return false;
            }
            vHi = rHi;
            vLo = rLo;
        }
        long tl = cell[6 * b + T_LO] + vLo;
        long th = cell[6 * b + T_HI] + vHi + (Long.compareUnsigned(tl, vLo) < 0 ? 1 : 0);
        long il = cell[6 * b + I_LO] + vLo;
        long ih = cell[6 * b + I_HI] + vHi + (Long.compareUnsigned(il, vLo) < 0 ? 1 : 0);
        if (th < 0 || ih < 0) {
            toBigMode();
            return false;
        }
        touch(b);
        cell[6 * b + T_HI] = th;
        cell[6 * b + T_LO] = tl;
        cell[6 * b + I_HI] = ih;
        cell[6 * b + I_LO] = il;
        loaded = true;
        return true;
    }

    /**
     * Adds {@code count} times the nano-minutes {@code num / vDen} (both positive, any size) to bucket {@code b}
     * and to the current item's load there.
     */
    void addBig(int b, BigInteger num, BigInteger vDen, long count) {
        if (num.signum() == 0) {
            return;
        }
        toBigMode();
        if (bDen.mod(vDen).signum() != 0) {
            BigInteger f = vDen.divide(bDen.gcd(vDen));
            for (int t = 0; t < nb; t++) {
                bT[t] = bT[t].multiply(f);
                bI[t] = bI[t].multiply(f);
                bP[t] = bP[t].multiply(f);
            }
            bDen = bDen.multiply(f);
        }
        BigInteger v = num.multiply(bDen.divide(vDen)).multiply(BigInteger.valueOf(count));
        touch(b);
        bT[b] = bT[b].add(v);
        bI[b] = bI[b].add(v);
        loaded = true;
    }

    private void touch(int b) {
        if (!touched[b]) {
            touched[b] = true;
            touchedList[touchedCount++] = b;
        }
    }

    /**
     * Ends the current item: in every bucket it loaded, it becomes the top item if its load is larger than the top
     * item's, or equal and {@code order} puts it first; then its loads are cleared.
     */
    void flushItem(int item, ItemOrder order) {
        for (int x = 0; x < touchedCount; x++) {
            int b = touchedList[x];
            int c;
            if (top[b] < 0) {
                c = 1;
            } else if (bDen == null) {
                c = cell[6 * b + I_HI] != cell[6 * b + P_HI] ? Long.compare(cell[6 * b + I_HI], cell[6 * b + P_HI])
                        : Long.compareUnsigned(cell[6 * b + I_LO], cell[6 * b + P_LO]);
            } else {
                c = bI[b].compareTo(bP[b]);
            }
            if (c > 0 || c == 0 && order.compare(item, top[b]) < 0) {
                top[b] = item;
                if (bDen == null) {
                    cell[6 * b + P_HI] = cell[6 * b + I_HI];
                    cell[6 * b + P_LO] = cell[6 * b + I_LO];
                } else {
                    bP[b] = bI[b];
                }
            }
            cell[6 * b + I_HI] = 0;
            cell[6 * b + I_LO] = 0;
            if (bDen != null) {
                bI[b] = BigInteger.ZERO;
            }
            touched[b] = false;
        }
        touchedCount = 0;
        inItem = false;
    }

    /** {@return the item with the largest load in bucket {@code b}, or -1 when it has none} */
    int top(int b) {
        return top[b];
    }

    /** {@return the load of bucket {@code b} in hours, rounded once from the exact sum} */
    BigDecimal hours(int b) {
        BigInteger num = bDen == null ? toBig(cell[6 * b + T_HI], cell[6 * b + T_LO]) : bT[b];
        if (num.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigInteger d = (bDen == null ? BigInteger.valueOf(den) : bDen).multiply(NANOS_PER_HOUR);
        BigDecimal h = new BigDecimal(num).divide(new BigDecimal(d), Decimals.QUANTITY_SCALE,
                Decimals.QUANTITY_ROUNDING);
        return h.signum() == 0 ? BigDecimal.ZERO : Decimals.strip(h);
    }

    private void toBigMode() {
        if (bDen != null) {
            return;
        }
        bDen = BigInteger.valueOf(den);
        bT = new BigInteger[nb];
        bI = new BigInteger[nb];
        bP = new BigInteger[nb];
        for (int t = 0; t < nb; t++) {
            bT[t] = toBig(cell[6 * t + T_HI], cell[6 * t + T_LO]);
            bI[t] = toBig(cell[6 * t + I_HI], cell[6 * t + I_LO]);
            bP[t] = toBig(cell[6 * t + P_HI], cell[6 * t + P_LO]);
        }
    }

    /** Multiplies every cell by {@code f}; {@return false, leaving the cells unchanged, on overflow} */
    private boolean rescale(long f) {
        long[] copy = cell.clone();
        for (int x = 0; x < copy.length; x += 2) {
            if (!mul(copy[x], copy[x + 1], f)) {
                return false;
            }
            copy[x] = rHi;
            copy[x + 1] = rLo;
        }
        System.arraycopy(copy, 0, cell, 0, copy.length);
        return true;
    }

    /** {@code (rHi:rLo) = (hi:lo) × m} for {@code m ≥ 0}; {@return false on overflow past 127 bits} */
    private boolean mul(long hi, long lo, long m) {
        long loHigh = Math.multiplyHigh(lo, m) + ((lo >> 63) & m); // unsigned high word of lo × m
        long hiLow = hi * m;
        if (Math.multiplyHigh(hi, m) != 0 || hiLow < 0) {
            return false;
        }
        long h = hiLow + loHigh;
        if (h < 0) {
            return false;
        }
        rHi = h;
        rLo = lo * m;
        return true;
    }

    /** {@return the unsigned 128-bit value {@code hi:lo} as a BigInteger} */
    static BigInteger toBig(long hi, long lo) {
        BigInteger low = BigInteger.valueOf(lo & Long.MAX_VALUE);
        if (lo < 0) {
            low = low.setBit(63);
        }
        return hi == 0 ? low : BigInteger.valueOf(hi).shiftLeft(64).or(low);
    }

    /**
     * {@code out = a × b + c × d} as an unsigned 128-bit pair {@code out[0]:out[1]}, for non-negative {@code long}s;
     * {@return false on overflow past 127 bits} Builds an operation's numerator {@code setup × den + micros × p}.
     */
    static boolean mulAdd(long a, long b, long c, long d, long[] out) {
        long h1 = Math.multiplyHigh(a, b);
        long l1 = a * b;
        long h2 = Math.multiplyHigh(c, d);
        long l2 = c * d;
        long l = l1 + l2;
        long h = h1 + h2 + (Long.compareUnsigned(l, l1) < 0 ? 1 : 0);
        if (h < 0) {
            return false;
        }
        out[0] = h;
        out[1] = l;
        return true;
    }

    /** {@return the greatest common divisor of two non-negative longs (Euclid)} */
    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
