package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.bd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CostModelTest {
    @Test
    void compare128_extremes_matchBigInteger() {
        long[] v = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -3, -1, 0, 1, 2, 3, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long a : v) {
            for (long x : v) {
                for (long b : new long[] {0, 1, 7, Long.MAX_VALUE}) {
                    for (long y : v) {
                        int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(x))
                                .compareTo(BigInteger.valueOf(b).multiply(BigInteger.valueOf(y)));
                        assertThat(CostModel.compare128(a, x, b, y)).as("%d·%d vs %d·%d", a, x, b, y)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void of_scalesToCommonIntegers() {
        // S = 0.3, h = 0.05 → scale 2: A = 30·10^6, B = 5
        CostModel m = CostModel.of(bd("0.30"), bd("0.05"));
        assertThat(m.setupScaled()).isEqualTo(BigInteger.valueOf(30_000_000L));
        assertThat(m.holdingScaled()).isEqualTo(BigInteger.valueOf(5));
        // one setup (0.3) equals holding 6 units one bucket (6 · 0.05): A·1 − B·6_000_000 = 0
        assertThat(m.signOf(1, 6_000_000)).isZero();
        assertThat(m.signOf(1, 6_000_001)).isNegative();
    }

    @Test
    void signOf_hugeScaledCosts_bigIntegerPath() {
        // S with 20 fractional digits does not fit a long once scaled: still exact
        CostModel m = CostModel.of(bd("123456789012345.12345678901234567890"), bd("0.00000000000000000001"));
        assertThat(m.signOf(1, Long.MAX_VALUE)).isPositive();
        assertThat(m.signOf(0, 1)).isNegative();
    }
}
