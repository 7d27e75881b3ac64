package dev.mfg.mrp.lotsizing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/*
 * Exact cost comparisons for the cost-based policies.
 *
 * A plan's cost is setups × S + Σ ending inventory × h, with S and h decimals of any scale. Scaling both to a
 * common scale s (S' = S·10^s, h' = h·10^s, integers) and quantities to micro-units, the cost × 10^(s+6) is the
 * integer A·setups + B·pp with A = S'·10^6 and B = h', where pp are the part-periods in micro-unit-buckets
 * (Σ ending inventory in micro-units). Every decision of every policy reduces to the sign of A·x − B·y for
 * integers x, y, computed exactly: with 128-bit products (Math.multiplyHigh) when A and B fit in a long, with
 * BigInteger otherwise. No double anywhere.
 */
final class CostModel {
    private static final BigInteger MICROS = BigInteger.valueOf(MicroUnits.PER_UNIT);

    private final BigInteger setupBig;
    private final BigInteger holdingBig;
    private final long setup;
    private final long holding;
    private final boolean fitsLong;

    private CostModel(BigInteger setupBig, BigInteger holdingBig) {
        this.setupBig = setupBig;
        this.holdingBig = holdingBig;
        this.fitsLong = setupBig.bitLength() < 63 && holdingBig.bitLength() < 63;
        this.setup = fitsLong ? setupBig.longValue() : 0L;
        this.holding = fitsLong ? holdingBig.longValue() : 0L;
    }

    static CostModel of(BigDecimal setupCost, BigDecimal holdingCostPerPeriod) {
        Objects.requireNonNull(setupCost, "setupCost");
        Objects.requireNonNull(holdingCostPerPeriod, "holdingCostPerPeriod");
        if (setupCost.signum() < 0 || holdingCostPerPeriod.signum() < 0) {
            throw new IllegalArgumentException("The setupCost (" + setupCost.toPlainString()
                    + ") and holdingCostPerPeriod (" + holdingCostPerPeriod.toPlainString()
                    + ") must not be negative.");
        }
        BigDecimal s = strip(setupCost);
        BigDecimal h = strip(holdingCostPerPeriod);
        int scale = Math.max(0, Math.max(s.scale(), h.scale()));
        if (scale > 64) {
            throw new IllegalArgumentException("The costs (" + setupCost + ", " + holdingCostPerPeriod
                    + ") have too many fractional digits.\nMaybe check them with Decimals.checkMoney.");
        }
        return new CostModel(s.movePointRight(scale).toBigIntegerExact().multiply(MICROS),
                h.movePointRight(scale).toBigIntegerExact());
    }

    private static BigDecimal strip(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    /** {@return the scaled setup cost A (setup cost × 10^(s+6))} */
    BigInteger setupScaled() {
        return setupBig;
    }

    /** {@return the scaled holding cost B (holding cost × 10^s, per micro-unit-bucket)} */
    BigInteger holdingScaled() {
        return holdingBig;
    }

    /** {@return the sign of A·x − B·y}, exactly. */
    int signOf(long x, long y) {
        if (fitsLong) {
            return compare128(setup, x, holding, y);
        }
        return signOf(BigInteger.valueOf(x), BigInteger.valueOf(y));
    }

    /** {@return the sign of A·x − B·y}, exactly. */
    int signOf(BigInteger x, BigInteger y) {
        return setupBig.multiply(x).compareTo(holdingBig.multiply(y));
    }

    /**
     * Compares two plans given as (setups, part-periods).
     *
     * @return the sign of cost(s1, p1) − cost(s2, p2)
     */
    int compare(long setups1, long partPeriods1, long setups2, long partPeriods2) {
        // A·(s1 − s2) + B·(p1 − p2) = A·(s1 − s2) − B·(p2 − p1)
        return signOf(Math.subtractExact(setups1, setups2), Math.subtractExact(partPeriods2, partPeriods1));
    }

    /** Sign of a·x − b·y for longs, exact: 128-bit products compared as signed (hi) then unsigned (lo). */
    static int compare128(long a, long x, long b, long y) {
        long hi1 = Math.multiplyHigh(a, x);
        long hi2 = Math.multiplyHigh(b, y);
        if (hi1 != hi2) {
            return hi1 < hi2 ? -1 : 1;
        }
        return Integer.signum(Long.compareUnsigned(a * x, b * y));
    }
}
