package dev.mfg.core.effectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EffectivityTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    @Test
    void contains_halfOpen() {
        Effectivity e = Effectivity.of(JAN, FEB);
        assertThat(e.contains(JAN)).isTrue();
        assertThat(e.contains(FEB.minusDays(1))).isTrue();
        assertThat(e.contains(FEB)).isFalse();
        assertThat(e.contains(JAN.minusDays(1))).isFalse();
        assertThat(Effectivity.ALWAYS.contains(LocalDate.MIN)).isTrue();
        assertThat(Effectivity.from(FEB).contains(JAN)).isFalse();
        assertThat(Effectivity.until(FEB).contains(JAN)).isTrue();
    }

    @Test
    void overlaps_adjacentWindowsDoNot() {
        assertThat(Effectivity.of(JAN, FEB).overlaps(Effectivity.of(FEB, MAR))).isFalse();
        assertThat(Effectivity.of(JAN, FEB.plusDays(1)).overlaps(Effectivity.of(FEB, MAR))).isTrue();
        assertThat(Effectivity.ALWAYS.overlaps(Effectivity.of(JAN, FEB))).isTrue();
        assertThat(Effectivity.until(FEB).overlaps(Effectivity.from(FEB))).isFalse();
        assertThat(Effectivity.from(JAN).overlaps(Effectivity.until(FEB))).isTrue();
    }

    @Test
    void of_startNotBeforeEnd_rejected() {
        assertThatThrownBy(() -> Effectivity.of(FEB, FEB)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo("EFFECTIVITY_EMPTY"));
        assertThatThrownBy(() -> Effectivity.of(MAR, FEB)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void toString_showsOpenSides() {
        assertThat(Effectivity.from(JAN).toString()).isEqualTo("[2026-01-01, ..)");
        assertThat(Effectivity.ofNullable(null, null)).isEqualTo(Effectivity.ALWAYS);
    }
}
