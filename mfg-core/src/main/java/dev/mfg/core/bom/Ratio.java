package dev.mfg.core.bom;

import dev.mfg.core.quantity.ConversionFactor;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact non-negative fraction {@code numerator / denominator}, reduced, used inside the explosion engines so
 * that dividing by a base quantity of 3 never rounds between levels. Converted to a decimal only at the result
 * boundary ({@link #toBigDecimal()}).
 */
final class Ratio {
    static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Ratio(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    static Ratio of(BigDecimal value) {
        return ONE.times(value);
    }

    private static Ratio reduced(BigInteger num, BigInteger den) {
        if (num.signum() == 0) {
            return ZERO;
        }
        if (den.equals(BigInteger.ONE)) {
            return new Ratio(num, den);
        }
        BigInteger g = num.gcd(den);
        return g.equals(BigInteger.ONE) ? new Ratio(num, den) : new Ratio(num.divide(g), den.divide(g));
    }

    private static BigInteger[] parts(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        return scale >= 0 ? new BigInteger[] {unscaled, BigInteger.TEN.pow(scale)}
                : new BigInteger[] {unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE};
    }

    Ratio times(BigDecimal value) {
        BigInteger[] p = parts(value);
        return reduced(num.multiply(p[0]), den.multiply(p[1]));
    }

    Ratio dividedBy(BigDecimal value) {
        BigInteger[] p = parts(value);
        if (p[0].signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        BigInteger n = num.multiply(p[1]);
        BigInteger d = den.multiply(p[0]);
        return d.signum() < 0 ? reduced(n.negate(), d.negate()) : reduced(n, d);
    }

    Ratio times(ConversionFactor factor) {
        return factor.isIdentity() ? this : times(factor.numerator()).dividedBy(factor.denominator());
    }

    Ratio plus(Ratio other) {
        if (other.num.signum() == 0) {
            return this;
        }
        if (num.signum() == 0) {
            return other;
        }
        if (den.equals(other.den)) {
            return reduced(num.add(other.num), den);
        }
        return reduced(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
    }

    int signum() {
        return num.signum();
    }

    /** Exact when the fraction terminates; otherwise 34 significant digits, half-even. Trailing zeros stripped. */
    BigDecimal toBigDecimal() {
        BigDecimal n = new BigDecimal(num);
        if (den.equals(BigInteger.ONE)) {
            return Decimals.strip(n);
        }
        try {
            return Decimals.strip(n.divide(new BigDecimal(den)));
        } catch (ArithmeticException nonTerminating) {
            return Decimals.strip(n.divide(new BigDecimal(den), Decimals.MONEY_CONTEXT));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return num + "/" + den;
    }
}
