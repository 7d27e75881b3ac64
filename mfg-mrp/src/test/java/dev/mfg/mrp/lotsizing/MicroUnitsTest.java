package dev.mfg.mrp.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MicroUnitsTest {
    @Test
    void toMicros_sixDigits_exact() {
        assertThat(MicroUnits.toMicros(new BigDecimal("12.5"))).isEqualTo(12_500_000L);
        assertThat(MicroUnits.toMicros(new BigDecimal("0.000001"))).isEqualTo(1L);
        assertThat(MicroUnits.toMicros(new BigDecimal("1E+3"))).isEqualTo(1_000_000_000L);
    }

    @Test
    void toMicros_trailingZerosBeyondSixDigits_accepted() {
        assertThat(MicroUnits.toMicros(new BigDecimal("2.50000000"))).isEqualTo(2_500_000L);
    }

    @Test
    void toMicros_sevenSignificantDigits_throws() {
        assertThatThrownBy(() -> MicroUnits.toMicros(new BigDecimal("0.0000001")))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("0.0000001");
    }

    @Test
    void toMicros_beyondLong_throws() {
        assertThatThrownBy(() -> MicroUnits.toMicros(new BigDecimal("1E+13")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MicroUnits.toMicros(new BigDecimal("1E-100000000")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void toDecimal_roundTripsAndStrips() {
        assertThat(MicroUnits.toDecimal(12_500_000L)).isEqualTo(new BigDecimal("12.5"));
        assertThat(MicroUnits.toDecimal(3_000_000L)).isEqualTo(new BigDecimal("3"));
        assertThat(MicroUnits.toDecimal(0L)).isEqualTo(BigDecimal.ZERO);
        assertThat(MicroUnits.toDecimal(-1L)).isEqualTo(new BigDecimal("-0.000001"));
    }
}
