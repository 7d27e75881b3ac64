package dev.mfg.core.routing;

import static dev.mfg.core.routing.Rules.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OperationTest {
    private static final String P = "operation[10]";

    private static Operation.Builder op() {
        return Operation.builder().no(10).workCenter(WorkCenterId.of("WC-PRESS"));
    }

    @Test
    void builder_defaults() {
        Operation o = op().build();
        assertThat(o.description()).isEmpty();
        assertThat(o.setupMinutes()).isEqualTo(BigDecimal.ZERO);
        assertThat(o.queueMinutes()).isEqualTo(BigDecimal.ZERO);
        assertThat(o.moveMinutes()).isEqualTo(BigDecimal.ZERO);
        assertThat(o.inspection()).isFalse();
        assertThat(o.critical()).isFalse();
        assertThat(o.effectivity()).isEqualTo(Effectivity.ALWAYS);
        assertThat(o.tool()).isEmpty();
        assertThat(o.cavities()).isEmpty();
    }

    @Test
    void build_trailingZeros_areNormalised() {
        assertThat(op().setupMinutes(new BigDecimal("45.00")).runMinutesPerUnit(new BigDecimal("0.50")).build())
                .isEqualTo(op().setupMinutes(new BigDecimal("45")).runMinutesPerUnit(new BigDecimal("0.5")).build());
    }

    @Test
    void build_numberZero_isRejected() {
        assertRule(() -> op().no(0).build(), "OPERATION_NO_INVALID", "operation[0].no");
    }

    @Test
    void build_negativeSetup_isRejected() {
        assertRule(() -> op().setupMinutes(new BigDecimal("-1")).build(), "TIME_NEGATIVE", P + ".setupMinutes");
    }

    @Test
    void build_negativeRun_isRejected() {
        assertRule(() -> op().runMinutesPerUnit(new BigDecimal("-0.5")).build(), "TIME_NEGATIVE",
                P + ".runMinutesPerUnit");
    }

    @Test
    void build_negativeCycle_isRejected() {
        assertRule(() -> op().cycleSeconds(new BigDecimal("-70")).build(), "TIME_NEGATIVE", P + ".cycleSeconds");
    }

    @Test
    void build_negativeQueue_isRejected() {
        assertRule(() -> op().queueMinutes(new BigDecimal("-30")).build(), "TIME_NEGATIVE", P + ".queueMinutes");
    }

    @Test
    void build_negativeMove_isRejected() {
        assertRule(() -> op().moveMinutes(new BigDecimal("-10")).build(), "TIME_NEGATIVE", P + ".moveMinutes");
    }

    @Test
    void build_runAndCycleBoth_isAmbiguous() {
        assertRule(() -> op().runMinutesPerUnit(BigDecimal.ONE).cycleSeconds(new BigDecimal("60")).build(),
                "OPERATION_TIME_AMBIGUOUS", P + ".cycleSeconds");
    }

    @Test
    void build_zeroCavities_isRejected() {
        assertRule(() -> op().cavities(0).build(), "CAVITIES_INVALID", P + ".cavities");
    }

    @Test
    void build_tooManyCavities_isRejected() {
        assertRule(() -> op().cavities(1001).build(), "CAVITIES_INVALID", P + ".cavities");
    }

    @Test
    void build_blankSkill_isRejected() {
        assertRule(() -> op().skill("  ").build(), "VALUE_MISSING", P + ".skill");
    }

    @Test
    void build_runWithMoreThanSixDecimals_isRejectedByTheScaleLimit() {
        assertRule(() -> op().runMinutesPerUnit(new BigDecimal("0.1234567")).build(), "SCALE_EXCEEDED",
                P + ".runMinutesPerUnit");
    }
}
