package dev.mfg.core.routing;

import static dev.mfg.core.routing.Fixtures.MOLD_CUP;
import static dev.mfg.core.routing.Fixtures.PRESS_CUP;
import static dev.mfg.core.routing.Fixtures.WC_PRESS;
import static dev.mfg.core.routing.Fixtures.WORK_CENTERS;
import static dev.mfg.core.routing.Fixtures.edit;
import static dev.mfg.core.routing.Rules.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationTimesTest {
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    private static OperationTimes cup() {
        return OperationTimes.of(PRESS_CUP, WC_PRESS, Optional.of(MOLD_CUP));
    }

    @Test
    void runMinutesPerPiece_cupMold_is15SecondsPerPiece() {
        // 60 s / 60 / 4 cavities = 0.25 min = 15 s (seed 004 §1.3 multi-cavity proof)
        assertThat(cup().runMinutesPerPiece()).isEqualTo(new BigDecimal("0.25"));
        assertThat(cup().cavities()).isEqualTo(4);
    }

    @Test
    void effectiveRunMinutesPerPiece_cupMold_isDividedByEfficiency() {
        // 0.25 / 0.85 = 5/17 = 0.29411764705882352941176470588235294... → 34 significant digits, next digit 4
        assertThat(cup().effectiveRunMinutesPerPiece()).isEqualTo(new BigDecimal("0.2941176470588235294117647058823529"));
    }

    @Test
    void minutesFor_1000Cups_isToolSetupPlusRunOverEfficiency() {
        // setup 90 (from the tool, not divided by efficiency) + 1000 × 0.25 / 0.85 = 90 + 250/0.85
        // 250 / 0.85 = 294.117647058823529411764705882352941... (period 1176470588235294), 34 digits
        assertThat(cup().setupMinutes()).isEqualTo(new BigDecimal("90"));
        assertThat(cup().runMinutesFor(THOUSAND)).isEqualTo(new BigDecimal("294.1176470588235294117647058823529"));
        assertThat(cup().minutesFor(THOUSAND)).isEqualTo(new BigDecimal("384.1176470588235294117647058823529"));
    }

    @Test
    void cycles_roundWholeCyclesUp() {
        assertThat(cup().cycles(THOUSAND)).isEqualTo(250L);
        assertThat(cup().cycles(new BigDecimal("1001"))).isEqualTo(251L);
    }

    @Test
    void setupMinutes_operationSetupOverridesTheTools() {
        OperationTimes t = OperationTimes.of(edit(PRESS_CUP).setupMinutes(new BigDecimal("45")).build(), WC_PRESS,
                Optional.of(MOLD_CUP));
        assertThat(t.setupMinutes()).isEqualTo(new BigDecimal("45"));
    }

    @Test
    void cavities_operationValueOverridesTheTools() {
        OperationTimes t = OperationTimes.of(edit(PRESS_CUP).cavities(2).build(), WC_PRESS, Optional.of(MOLD_CUP));
        // 60 / 60 / 2 = 0.5
        assertThat(t.runMinutesPerPiece()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void cavities_withoutToolOrValue_areOne() {
        Operation press = Operation.builder().no(10).workCenter(WC_PRESS.id()).cycleSeconds(new BigDecimal("70"))
                .build();
        OperationTimes t = OperationTimes.of(press, WC_PRESS, Optional.empty());
        assertThat(t.cavities()).isEqualTo(1);
        // 70 / 60 = 1.1666... → 34 significant digits, rounded half-even: ...667
        assertThat(t.runMinutesPerPiece()).isEqualTo(new BigDecimal("1.166666666666666666666666666666667"));
        assertThat(t.setupMinutes()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void runMinutes_withoutRunOrCycle_areZero_andQueueAddsLeadTimeOnly() {
        Operation cooling = Operation.builder().no(15).workCenter(WC_PRESS.id()).queueMinutes(new BigDecimal("30"))
                .build();
        OperationTimes t = OperationTimes.of(cooling, WC_PRESS, Optional.empty());
        assertThat(t.minutesFor(THOUSAND)).isEqualTo(BigDecimal.ZERO);
        assertThat(t.leadTimeMinutesFor(THOUSAND)).isEqualTo(new BigDecimal("30"));
    }

    @Test
    void leadTimeMinutes_addQueueAndMove() {
        Operation o = edit(Fixtures.op(20, "QC", "3")).queueMinutes(new BigDecimal("30"))
                .moveMinutes(new BigDecimal("10")).build();
        OperationTimes t = OperationTimes.of(o, WORK_CENTERS.get(WorkCenterId.of("QC")), Optional.empty());
        // 30 + 4 × 3 + 10 = 52
        assertThat(t.leadTimeMinutesFor(new BigDecimal("4"))).isEqualTo(new BigDecimal("52"));
        assertThat(t.minutesFor(new BigDecimal("4"))).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void widget_totalRunIs337MinutesPerUnit_and344WithSetup() {
        // seed 003 §2.1: 325 + 5 + 3 + 2 + 2 = 337 min per unit at 100 % efficiency; OP-10 adds 7 min setup
        BigDecimal run = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Operation o : Fixtures.widget().operations()) {
            OperationTimes t = OperationTimes.of(o, WORK_CENTERS.get(o.workCenter()), Optional.empty());
            run = run.add(t.runMinutesFor(BigDecimal.ONE));
            total = total.add(t.minutesFor(BigDecimal.ONE));
        }
        assertThat(run).isEqualTo(new BigDecimal("337"));
        assertThat(total).isEqualTo(new BigDecimal("344"));
    }

    @Test
    void of_namedToolMissing_isUnknownReference() {
        assertRule(() -> OperationTimes.of(PRESS_CUP, WC_PRESS, Optional.empty()), "REFERENCE_UNKNOWN",
                "operation[10].tool");
    }

    @Test
    void of_moreCavitiesThanTheTool_isRejected() {
        assertRule(() -> OperationTimes.of(edit(PRESS_CUP).cavities(8).build(), WC_PRESS, Optional.of(MOLD_CUP)),
                "CAVITIES_INVALID", "operation[10].cavities");
    }

    @Test
    void of_otherWorkCenter_isAProgrammingError() {
        assertThatThrownBy(() -> OperationTimes.of(PRESS_CUP, WORK_CENTERS.get(WorkCenterId.of("QC")),
                Optional.of(MOLD_CUP))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WC-PRESS");
    }

    @Test
    void minutesFor_negativeQuantity_isRejected() {
        assertRule(() -> cup().minutesFor(new BigDecimal("-1")), "QTY_NEGATIVE", "operation[10].quantity");
    }
}
