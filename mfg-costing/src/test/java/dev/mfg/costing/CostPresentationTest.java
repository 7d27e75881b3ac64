package dev.mfg.costing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.quantity.Money;
import org.junit.jupiter.api.Test;

/** Presentation rounding: half-even to the minor unit plus four places. */
class CostPresentationTest {

    @Test
    void forDisplay_egp_sixPlacesHalfEven() {
        // 2 + 4 = 6 places: 0.1234565 → 0.123456 (half-even: the 6 stays even), 0.1234575 → 0.123458.
        assertThat(CostPresentation.forDisplay(Money.of("0.1234565", "EGP")).amount()).isEqualByComparingTo("0.123456");
        assertThat(CostPresentation.forDisplay(Money.of("0.1234575", "EGP")).amount()).isEqualByComparingTo("0.123458");
    }

    @Test
    void forDisplay_jpyWithoutMinorUnit_fourPlaces() {
        assertThat(CostPresentation.forDisplay(Money.of("10.123456", "JPY")).amount()).isEqualByComparingTo("10.1235");
    }

    @Test
    void forDisplay_keepsCurrency() {
        assertThat(CostPresentation.forDisplay(Money.of("1", "USD")).currency().getCurrencyCode()).isEqualTo("USD");
    }
}
