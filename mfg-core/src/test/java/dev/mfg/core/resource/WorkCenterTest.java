package dev.mfg.core.resource;

import static dev.mfg.core.resource.Rules.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import org.eclipse.collections.api.factory.Maps;
import org.junit.jupiter.api.Test;

class WorkCenterTest {
    private static final String P = "workCenter[WC-PRESS]";

    private static WorkCenter.Builder press() {
        // Scenario format example: WC-PRESS, 24 h/day per press, 2 presses, 85 % efficiency, piece rate 0.35.
        return WorkCenter.builder().id(WorkCenterId.of("WC-PRESS")).category(WorkCenterCategory.MACHINE)
                .calendar(CalendarId.of("3-SHIFT")).dailyCapacity(new BigDecimal("24"))
                .multiplier(new BigDecimal("2")).efficiencyPercent(new BigDecimal("85"))
                .laborCalc(LaborCalc.PIECE_RATE).pieceRate(new BigDecimal("0.35"))
                .machineRatePerHour(new BigDecimal("40")).setupRatePerHour(new BigDecimal("60"))
                .overheadRatePerHour(new BigDecimal("15")).bottleneck(true);
    }

    @Test
    void effectiveCapacity_wcPress_is40point8HoursPerDay() {
        // 24 h × 2 × 0.85 × 1.00 = 40.8 (seed 004 §1.4)
        assertThat(press().build().effectiveCapacity()).isEqualTo(new BigDecimal("40.8"));
    }

    @Test
    void effectiveCapacity_withUtilization_multipliesAllFactors() {
        // 8 × 3 × 1.10 × 0.90 = 23.76
        WorkCenter wc = WorkCenter.builder().id(WorkCenterId.of("WC-A")).category(WorkCenterCategory.LABOR)
                .dailyCapacity(new BigDecimal("8")).multiplier(new BigDecimal("3"))
                .efficiencyPercent(new BigDecimal("110")).utilizationPercent(new BigDecimal("90")).build();
        assertThat(wc.effectiveCapacity()).isEqualTo(new BigDecimal("23.76"));
    }

    @Test
    void efficiencyFactor_85percent_is0point85() {
        assertThat(press().build().efficiencyFactor()).isEqualTo(new BigDecimal("0.85"));
    }

    @Test
    void builder_defaults_matchScenarioFormat() {
        WorkCenter wc = WorkCenter.builder().id(WorkCenterId.of("WC-X")).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(BigDecimal.TEN).build();
        assertThat(wc.description()).isEqualTo("WC-X");
        assertThat(wc.capacityUnit()).isEqualTo(CapacityUnit.HOURS);
        assertThat(wc.multiplier()).isEqualTo(BigDecimal.ONE);
        assertThat(wc.efficiencyPercent()).isEqualTo(BigDecimal.valueOf(100));
        assertThat(wc.utilizationPercent()).isEqualTo(BigDecimal.valueOf(100));
        assertThat(wc.laborRatePerHour()).isEqualTo(BigDecimal.ZERO);
        assertThat(wc.laborCalc()).isEqualTo(LaborCalc.HOURLY);
        assertThat(wc.bottleneck()).isFalse();
        assertThat(wc.calendar()).isEmpty();
    }

    @Test
    void pieceRateFor_productWithOwnRate_usesIt_otherwiseFallsBack() {
        WorkCenter wc = press().pieceRates(Maps.immutable.of(ItemId.of("DISH-L"), new BigDecimal("0.50"))).build();
        assertThat(wc.pieceRateFor(ItemId.of("DISH-L"))).isEqualTo(new BigDecimal("0.5"));
        assertThat(wc.pieceRateFor(ItemId.of("CUP"))).isEqualTo(new BigDecimal("0.35"));
    }

    @Test
    void build_trailingZeros_areNormalisedSoScaleDoesNotMatterForEquality() {
        assertThat(press().dailyCapacity(new BigDecimal("24.000")).build()).isEqualTo(press().build());
    }

    @Test
    void defaultCalendar_hoursUnit_usesDailyCapacityHoursMondayToFriday() {
        WorkCenter wc = press().dailyCapacity(new BigDecimal("16")).build();
        WorkCalendar c = wc.defaultCalendar();
        assertThat(c.shifts()).containsExactly(Shift.of(LocalTime.of(8, 0), Duration.ofHours(16)));
        assertThat(c.workingTimePerWeek()).isEqualTo(Duration.ofHours(80));
    }

    @Test
    void defaultCalendar_piecesUnit_usesEightHours() {
        WorkCenter wc = press().capacityUnit(CapacityUnit.PIECES).dailyCapacity(new BigDecimal("5000")).build();
        assertThat(wc.defaultCalendar().workingTimePerDay()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void build_dailyCapacityZero_isRejected() {
        assertRule(() -> press().dailyCapacity(BigDecimal.ZERO).build(), "CAPACITY_NOT_POSITIVE",
                P + ".dailyCapacity");
    }

    @Test
    void build_multiplierNegative_isRejected() {
        assertRule(() -> press().multiplier(new BigDecimal("-1")).build(), "CAPACITY_NOT_POSITIVE",
                P + ".multiplier");
    }

    @Test
    void build_efficiencyZero_isRejected() {
        assertRule(() -> press().efficiencyPercent(BigDecimal.ZERO).build(), "EFFICIENCY_OUT_OF_RANGE",
                P + ".efficiencyPercent");
    }

    @Test
    void build_efficiencyAbove1000_isRejected_but1000IsAccepted() {
        assertRule(() -> press().efficiencyPercent(new BigDecimal("1000.5")).build(), "EFFICIENCY_OUT_OF_RANGE",
                P + ".efficiencyPercent");
        assertThat(press().efficiencyPercent(new BigDecimal("1000")).build().efficiencyFactor())
                .isEqualTo(BigDecimal.TEN);
    }

    @Test
    void build_utilizationZero_isRejected() {
        assertRule(() -> press().utilizationPercent(BigDecimal.ZERO).build(), "UTILIZATION_OUT_OF_RANGE",
                P + ".utilizationPercent");
    }

    @Test
    void build_utilizationAbove100_isRejected() {
        assertRule(() -> press().utilizationPercent(new BigDecimal("100.1")).build(), "UTILIZATION_OUT_OF_RANGE",
                P + ".utilizationPercent");
    }

    @Test
    void build_negativeSetupRate_isRejected() {
        assertRule(() -> press().setupRatePerHour(new BigDecimal("-1")).build(), "RATE_NEGATIVE",
                P + ".setupRatePerHour");
    }

    @Test
    void build_negativeLaborRate_isRejected() {
        assertRule(() -> press().laborRatePerHour(new BigDecimal("-0.01")).build(), "RATE_NEGATIVE",
                P + ".laborRatePerHour");
    }

    @Test
    void build_negativeMachineRate_isRejected() {
        assertRule(() -> press().machineRatePerHour(new BigDecimal("-40")).build(), "RATE_NEGATIVE",
                P + ".machineRatePerHour");
    }

    @Test
    void build_negativeOverheadRate_isRejected() {
        assertRule(() -> press().overheadRatePerHour(new BigDecimal("-15")).build(), "RATE_NEGATIVE",
                P + ".overheadRatePerHour");
    }

    @Test
    void build_negativePieceRate_isRejected() {
        assertRule(() -> press().pieceRate(new BigDecimal("-0.35")).build(), "RATE_NEGATIVE", P + ".pieceRate");
    }

    @Test
    void build_negativeProductPieceRate_isRejectedWithTheProductInThePath() {
        assertRule(() -> press().pieceRates(Maps.immutable.of(ItemId.of("CUP"), new BigDecimal("-1"))).build(),
                "RATE_NEGATIVE", P + ".pieceRates[CUP]");
    }

    @Test
    void build_blankDescription_isRejected() {
        assertRule(() -> press().description(" ").build(), "VALUE_MISSING", P + ".description");
    }

    @Test
    void build_severalProblems_areReportedAtOnce() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> press().dailyCapacity(BigDecimal.ZERO)
                .efficiencyPercent(BigDecimal.ZERO).machineRatePerHour(new BigDecimal("-1")).build())
                .isInstanceOfSatisfying(dev.mfg.core.error.InvalidInputException.class,
                        e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void workCenterId_blank_isRejected() {
        assertRule(() -> WorkCenterId.of(" "), "ID_INVALID", "workCenter.id");
    }

    @Test
    void ids_toStringIsTheCode_andOrderIsByCode() {
        assertThat(ToolId.of("MOLD-CUP")).hasToString("MOLD-CUP");
        assertThat(CalendarId.of("A")).isLessThan(CalendarId.of("B"));
        assertRule(() -> ToolId.of(""), "ID_INVALID", "tool.id");
        assertRule(() -> CalendarId.of("x\ty"), "ID_INVALID", "calendar.id");
    }
}
