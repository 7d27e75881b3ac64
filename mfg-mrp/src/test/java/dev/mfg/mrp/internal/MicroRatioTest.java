package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MicroRatioTest {

    @Test
    void apply_exactProduct() {
        // 0.15 × 1.03 = 0.1545 per unit; 240 units = 240,000,000 micros → 37.08 = 37,080,000 micros.
        MicroRatio r = MicroRatio.of(new BigDecimal("0.15").multiply(new BigDecimal("1.03")), BigDecimal.ONE);
        assertThat(r.apply(240_000_000L)).isEqualTo(37_080_000L);
    }

    @Test
    void apply_roundsHalfUp() {
        MicroRatio third = MicroRatio.of(BigDecimal.ONE, new BigDecimal("3"));
        assertThat(third.apply(1L)).isZero(); // 0.333… micro
        assertThat(third.apply(2L)).isEqualTo(1L); // 0.666… micro
        MicroRatio half = MicroRatio.of(BigDecimal.ONE, new BigDecimal("2"));
        assertThat(half.apply(1L)).isEqualTo(1L); // 0.5 → 1
        assertThat(half.apply(3L)).isEqualTo(2L); // 1.5 → 2
    }

    @Test
    void apply_overflowingProduct_usesExactFallback() {
        // 7e18 × 3 overflows a long: the BigInteger path gives the exact 3e18.
        MicroRatio r = MicroRatio.of(new BigDecimal("3"), new BigDecimal("7"));
        long big = 7_000_000_000_000_000_000L / 7 * 7;
        assertThat(r.apply(big)).isEqualTo(big / 7 * 3);
    }

    @Test
    void apply_resultBeyondLong_throws() {
        MicroRatio r = MicroRatio.of(new BigDecimal("4"), BigDecimal.ONE);
        assertThatThrownBy(() -> r.apply(Long.MAX_VALUE / 2)).isInstanceOf(ArithmeticException.class);
    }
}
