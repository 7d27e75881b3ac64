package dev.mfg.mrp.internal;

import dev.mfg.mrp.lotsizing.MicroUnits;
import java.math.BigDecimal;

/**
 * {@link MicroUnits#toDecimal} with a small direct-mapped cache: lot sizes, requirements and dates repeat a lot in
 * a plan, and equal values may share one immutable {@code BigDecimal}. Not thread-safe: one per planning run.
 */
final class DecimalCache {
    private static final int SIZE = 1 << 12;
    private final long[] keys = new long[SIZE];
    private final BigDecimal[] values = new BigDecimal[SIZE];

    /** {@return the exact decimal of a micro-unit quantity, as {@link MicroUnits#toDecimal}} */
    BigDecimal of(long micros) {
        int slot = (int) (micros ^ (micros >>> 17) ^ (micros >>> 35)) & (SIZE - 1);
        BigDecimal v = values[slot];
        if (v != null && keys[slot] == micros) {
            return v;
        }
        v = MicroUnits.toDecimal(micros);
        keys[slot] = micros;
        values[slot] = v;
        return v;
    }
}
