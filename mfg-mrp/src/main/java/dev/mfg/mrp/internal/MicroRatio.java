package dev.mfg.mrp.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative rational factor applied to micro-unit quantities with half-up rounding: the per-edge
 * factor {@code lineQty × conversion × (1 + scrap) / baseQty}, computed once when the snapshot is indexed. Fast
 * path in {@code long} arithmetic, exact {@link BigInteger} fallback when a product would overflow.
 */
final class MicroRatio {
    private final long num;
    private final long den;
    private final BigInteger bigNum;
    private final BigInteger bigDen;
    private final boolean small;

    private MicroRatio(BigInteger num, BigInteger den) {
        BigInteger g = num.gcd(den);
        if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        this.bigNum = num;
        this.bigDen = den;
        this.small = num.bitLength() < 63 && den.bitLength() < 63;
        this.num = small ? num.longValue() : 0;
        this.den = small ? den.longValue() : 1;
    }

    /**
     * {@return the ratio {@code numerator / denominator}}
     *
     * @param numerator ≥ 0
     * @param denominator > 0
     */
    static MicroRatio of(BigDecimal numerator, BigDecimal denominator) {
        int scale = Math.max(0, Math.max(numerator.scale(), denominator.scale()));
        return new MicroRatio(numerator.movePointRight(scale).toBigIntegerExact(),
                denominator.movePointRight(scale).toBigIntegerExact());
    }

    /**
     * {@return {@code micros × ratio}, rounded half-up to a whole micro-unit}
     *
     * @param micros a quantity in micro-units, ≥ 0
     * @throws ArithmeticException if the result does not fit a {@code long}
     */
    long apply(long micros) {
        if (small && den == 1) {
            long q = micros * num; // most lines: a whole quantity per unit, no division
            if (Math.multiplyHigh(micros, num) == 0 && q >= 0) {
                return q;
            }
        } else if (small) {
            long hi = Math.multiplyHigh(micros, num);
            long lo = micros * num;
            if (hi == 0 && lo >= 0) {
                long q = lo / den;
                long r = lo - q * den;
                return r >= den - r ? q + 1 : q;
            }
        }
        return new BigDecimal(BigInteger.valueOf(micros).multiply(bigNum))
                .divide(new BigDecimal(bigDen), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
