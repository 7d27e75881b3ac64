package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.U;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.item.LotSizing;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LotModifiersTest {
    @Test
    void apply_none_singleOrderOfTheLot() {
        assertThat(LotModifiers.none().apply(37 * U)).containsExactly(37 * U);
    }

    @Test
    void apply_belowMinimum_raisedToMinimum() {
        assertThat(LotModifiers.of(50 * U, 0, 0).apply(20 * U)).containsExactly(50 * U);
    }

    @Test
    void apply_aboveMinimum_unchanged() {
        assertThat(LotModifiers.of(50 * U, 0, 0).apply(70 * U)).containsExactly(70 * U);
    }

    @Test
    void apply_multiple_roundsUp() {
        // 61 rounded up to a multiple of 25 is 75; 75 stays 75
        assertThat(LotModifiers.of(0, 25 * U, 0).apply(61 * U)).containsExactly(75 * U);
        assertThat(LotModifiers.of(0, 25 * U, 0).apply(75 * U)).containsExactly(75 * U);
    }

    @Test
    void apply_fractionalMultiple_roundsUpInMicros() {
        // 1.1 up to a multiple of 0.25 is 1.25
        assertThat(LotModifiers.of(0, 250_000, 0).apply(1_100_000)).containsExactly(1_250_000L);
    }

    @Test
    void apply_minimumThenMultiple_inThatOrder() {
        // min 50 then multiple 30: 20 -> 50 -> 60 (multiple first would give 30 -> 50)
        assertThat(LotModifiers.of(50 * U, 30 * U, 0).apply(20 * U)).containsExactly(60 * U);
    }

    @Test
    void apply_aboveMaximum_splitIntoMaximumsPlusRemainder() {
        // 230 at max 100: 100 + 100 + 30
        assertThat(LotModifiers.of(0, 0, 100 * U).apply(230 * U)).containsExactly(100 * U, 100 * U, 30 * U);
    }

    @Test
    void apply_exactMultipleOfMaximum_noRemainderOrder() {
        assertThat(LotModifiers.of(0, 0, 100 * U).apply(300 * U)).containsExactly(100 * U, 100 * U, 100 * U);
    }

    @Test
    void apply_allThree_totalKept() {
        // min 40, multiple 30, max 100; lot 205 -> max(205,40)=205 -> 210 -> 100 + 100 + 10
        assertThat(LotModifiers.of(40 * U, 30 * U, 100 * U).apply(205 * U))
                .containsExactly(100 * U, 100 * U, 10 * U);
    }

    @Test
    void of_lotSizing_readsDecimals() {
        LotSizing cfg = LotSizing.builder().minimum(new BigDecimal("2.5")).multiple(new BigDecimal("0.5"))
                .maximum(new BigDecimal("4")).build();
        LotModifiers m = LotModifiers.of(cfg);
        assertThat(m.minimum()).isEqualTo(2_500_000L);
        assertThat(m.multiple()).isEqualTo(500_000L);
        assertThat(m.maximum()).isEqualTo(4 * U);
        // 1 -> 2.5 (min) -> 2.5 (multiple of .5) ; 9.2 -> 9.5 -> 4 + 4 + 1.5
        assertThat(LotModifiers.apply(1 * U, cfg)).containsExactly(2_500_000L);
        assertThat(m.apply(9_200_000L)).containsExactly(4 * U, 4 * U, 1_500_000L);
    }

    @Test
    void adjust_andSplit_areTheTwoSteps() {
        LotModifiers m = LotModifiers.of(0, 10 * U, 25 * U);
        assertThat(m.adjust(41 * U)).isEqualTo(50 * U);
        assertThat(m.split(50 * U)).containsExactly(25 * U, 25 * U);
        assertThat(units(25, 25)).containsExactly(m.apply(41 * U));
    }

    @Test
    void apply_nonPositiveLot_throws() {
        assertThatThrownBy(() -> LotModifiers.none().apply(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0 micro-units)");
        assertThatThrownBy(() -> LotModifiers.none().split(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_negativeOrMaximumBelowMinimum_throws() {
        assertThatThrownBy(() -> LotModifiers.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LotModifiers.of(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LotModifiers.of(10, 0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximum (5)");
    }

    @Test
    void adjust_overflow_throwsArithmeticException() {
        assertThatThrownBy(() -> LotModifiers.of(0, 1_000, 0).adjust(Long.MAX_VALUE - 1))
                .isInstanceOf(ArithmeticException.class);
    }
}
