package dev.mfg.core.resource;

import static dev.mfg.core.resource.Rules.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mfg.core.error.LimitExceededException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.SortedSets;
import org.junit.jupiter.api.Test;

/**
 * Examples by hand. 2026-01-05 is a Monday; 2026-01-09 a Friday; 2026-01-10/11 the weekend.
 */
class WorkCalendarTest {
    private static final WorkCalendar STD = WorkCalendar.standard(8); // MON–FRI 08:00–16:00

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    private static WorkCalendar.Builder cal(String id) {
        return WorkCalendar.builder().id(CalendarId.of(id));
    }

    @Test
    void add_withinOneShift_staysOnTheDay() {
        assertThat(STD.addWorkingTime(at("2026-01-05T10:00"), Duration.ofHours(4))).isEqualTo(at("2026-01-05T14:00"));
    }

    @Test
    void add_endingExactlyAtShiftEnd_returnsTheShiftEnd() {
        assertThat(STD.addWorkingTime(at("2026-01-05T10:00"), Duration.ofHours(6))).isEqualTo(at("2026-01-05T16:00"));
    }

    @Test
    void add_pastShiftEnd_continuesNextMorning() {
        // 6 h Monday (10–16), 1 h Tuesday (08–09)
        assertThat(STD.addWorkingTime(at("2026-01-05T10:00"), Duration.ofHours(7))).isEqualTo(at("2026-01-06T09:00"));
    }

    @Test
    void add_overWeekend_skipsSaturdayAndSunday() {
        // Friday 15–16 then Monday 08–09
        assertThat(STD.addWorkingTime(at("2026-01-09T15:00"), Duration.ofHours(2))).isEqualTo(at("2026-01-12T09:00"));
    }

    @Test
    void add_startingOutsideWorkingTime_waitsForNextShift() {
        assertThat(STD.addWorkingTime(at("2026-01-10T12:00"), Duration.ofHours(1))).isEqualTo(at("2026-01-12T09:00"));
        assertThat(STD.addWorkingTime(at("2026-01-05T06:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-01-05T08:30"));
    }

    @Test
    void add_overHoliday_skipsIt() {
        WorkCalendar c = cal("H").holidays(SortedSets.immutable.of(LocalDate.parse("2026-01-06"))).build();
        // Monday 15–16, Tuesday holiday, Wednesday 08–09
        assertThat(c.addWorkingTime(at("2026-01-05T15:00"), Duration.ofHours(2))).isEqualTo(at("2026-01-07T09:00"));
    }

    @Test
    void subtract_overWeekend_landsOnFriday() {
        assertThat(STD.subtractWorkingTime(at("2026-01-12T09:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-01-09T15:00"));
    }

    @Test
    void subtract_landingExactlyOnShiftStart_returnsTheShiftStart() {
        assertThat(STD.subtractWorkingTime(at("2026-01-05T10:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-01-05T08:00"));
    }

    @Test
    void subtract_fromShiftStart_goesToPreviousDay() {
        assertThat(STD.subtractWorkingTime(at("2026-01-06T08:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-01-05T15:00"));
    }

    @Test
    void subtract_fromOutsideWorkingTime_countsBackFromLastShiftEnd() {
        // Sunday noon: last work ended Friday 16:00
        assertThat(STD.subtractWorkingTime(at("2026-01-11T12:00"), Duration.ofHours(3)))
                .isEqualTo(at("2026-01-09T13:00"));
    }

    @Test
    void addAndSubtract_zeroDuration_returnInputUnchangedEvenOutsideWork() {
        assertThat(STD.addWorkingTime(at("2026-01-10T12:00"), Duration.ZERO)).isEqualTo(at("2026-01-10T12:00"));
        assertThat(STD.subtractWorkingTime(at("2026-01-10T12:00"), Duration.ZERO)).isEqualTo(at("2026-01-10T12:00"));
    }

    @Test
    void forwardVersusBackward_fromTheSameInstant_differ() {
        // 5 h forward from Friday 12:00: 4 h Friday (12–16) + 1 h Monday (08–09) → Monday 09:00.
        // 5 h backward from Friday 12:00: 4 h Friday (08–12) + 1 h Thursday (15–16) → Thursday 15:00.
        assertThat(STD.addWorkingTime(at("2026-01-09T12:00"), Duration.ofHours(5))).isEqualTo(at("2026-01-12T09:00"));
        assertThat(STD.subtractWorkingTime(at("2026-01-09T12:00"), Duration.ofHours(5)))
                .isEqualTo(at("2026-01-08T15:00"));
    }

    @Test
    void workingTimeBetween_overWeekend_countsOnlyShifts() {
        // Friday 12–16 (4 h) + Monday 08–12 (4 h)
        assertThat(STD.workingTimeBetween(at("2026-01-09T12:00"), at("2026-01-12T12:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void workingTimeBetween_reversed_isNegated() {
        assertThat(STD.workingTimeBetween(at("2026-01-12T12:00"), at("2026-01-09T12:00")))
                .isEqualTo(Duration.ofHours(-8));
    }

    @Test
    void workingTimeBetween_fourWeeksWithHoliday_subtractsTheHoliday() {
        WorkCalendar c = cal("H").holidays(SortedSets.immutable.of(LocalDate.parse("2026-01-14"))).build();
        // 20 working days − 1 holiday = 19 days × 8 h = 152 h
        assertThat(c.workingTimeBetween(at("2026-01-05T00:00"), at("2026-02-02T00:00"))).isEqualTo(Duration.ofHours(152));
    }

    @Test
    void multiShift_addAcrossTheNight_continuesWithTheEarlyShift() {
        WorkCalendar c = cal("2-SHIFT").shifts(Lists.immutable.of(Shift.of(LocalTime.of(14, 0), Duration.ofHours(8)),
                Shift.of(LocalTime.of(6, 0), Duration.ofHours(8)))).build();
        assertThat(c.workingTimePerDay()).isEqualTo(Duration.ofHours(16));
        assertThat(c.shifts().collect(Shift::start)).containsExactly(LocalTime.of(6, 0), LocalTime.of(14, 0));
        // Monday 20–22 (2 h) then Tuesday 06–08 (2 h)
        assertThat(c.addWorkingTime(at("2026-01-05T20:00"), Duration.ofHours(4))).isEqualTo(at("2026-01-06T08:00"));
        // Across the 14:00 shift change without a gap: 13:00 + 2 h = 15:00
        assertThat(c.addWorkingTime(at("2026-01-05T13:00"), Duration.ofHours(2))).isEqualTo(at("2026-01-05T15:00"));
    }

    @Test
    void nightShift_crossingMidnight_belongsToTheDayItStarts() {
        WorkCalendar night = cal("NIGHT").shifts(Lists.immutable.of(Shift.of(LocalTime.of(22, 0), Duration.ofHours(8))))
                .build();
        // Friday 22:00 shift runs into Saturday until 06:00
        assertThat(night.addWorkingTime(at("2026-01-09T23:00"), Duration.ofHours(5))).isEqualTo(at("2026-01-10T04:00"));
        assertThat(night.isWorkingAt(at("2026-01-10T05:00"))).isTrue();
        // Sunday has no shift, so Monday 05:00 is not working; the next shift is Monday 22:00
        assertThat(night.isWorkingAt(at("2026-01-12T05:00"))).isFalse();
        assertThat(night.addWorkingTime(at("2026-01-10T07:00"), Duration.ofHours(1))).isEqualTo(at("2026-01-12T23:00"));
        // Backward from Monday 23:00: 1 h Monday 22–23, 1 h Saturday 05–06
        assertThat(night.subtractWorkingTime(at("2026-01-12T23:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-01-10T05:00"));
    }

    @Test
    void nightShift_holidayOnStartDay_removesTheWholeShiftButNotThePreviousOne() {
        WorkCalendar night = cal("NIGHT").shifts(Lists.immutable.of(Shift.of(LocalTime.of(22, 0), Duration.ofHours(8))))
                .holidays(SortedSets.immutable.of(LocalDate.parse("2026-01-09"))).build();
        assertThat(night.isWorkingAt(at("2026-01-10T02:00"))).isFalse();
        assertThat(night.isWorkingAt(at("2026-01-09T02:00"))).isTrue(); // Thursday's shift
        assertThat(night.workingTimeOn(LocalDate.parse("2026-01-09"))).isEqualTo(Duration.ZERO);
        assertThat(night.workingTimeOn(LocalDate.parse("2026-01-08"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void threeShiftScenarioCalendar_skipsTheHoliday() {
        WorkCalendar c = WorkCalendar.of(CalendarId.of("3-SHIFT"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                new BigDecimal("24"), Set.of(LocalDate.parse("2026-01-07")));
        // Tuesday 20–24 (4 h), Wednesday holiday, Thursday 00–04 (4 h)
        assertThat(c.addWorkingTime(at("2026-01-06T20:00"), Duration.ofHours(8))).isEqualTo(at("2026-01-08T04:00"));
        assertThat(c.workingTimePerWeek()).isEqualTo(Duration.ofHours(144));
    }

    @Test
    void of_hoursPerDay_placesTheShiftAsTheScenarioFormatSays() {
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        CalendarId id = CalendarId.of("C");
        assertThat(WorkCalendar.of(id, days, new BigDecimal("24"), Set.of()).shifts())
                .containsExactly(Shift.of(LocalTime.MIDNIGHT, Duration.ofHours(24)));
        assertThat(WorkCalendar.of(id, days, new BigDecimal("16"), Set.of()).shifts())
                .containsExactly(Shift.of(LocalTime.of(8, 0), Duration.ofHours(16)));
        assertThat(WorkCalendar.of(id, days, new BigDecimal("20"), Set.of()).shifts())
                .containsExactly(Shift.of(LocalTime.MIDNIGHT, Duration.ofHours(20)));
        assertThat(WorkCalendar.of(id, days, new BigDecimal("7.5"), Set.of()).shifts())
                .containsExactly(Shift.of(LocalTime.of(8, 0), Duration.ofMinutes(450)));
    }

    @Test
    void isWorkingDay_weekendAndHoliday_areNot() {
        WorkCalendar c = cal("H").holidays(SortedSets.immutable.of(LocalDate.parse("2026-01-06"))).build();
        assertThat(c.isWorkingDay(LocalDate.parse("2026-01-05"))).isTrue();
        assertThat(c.isWorkingDay(LocalDate.parse("2026-01-06"))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.parse("2026-01-10"))).isFalse();
        assertThat(c.workingTimeOn(LocalDate.parse("2026-01-05"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void addWorkingDays_overWeekendAndHoliday() {
        WorkCalendar c = cal("H").holidays(SortedSets.immutable.of(LocalDate.parse("2026-01-12"))).build();
        assertThat(STD.addWorkingDays(LocalDate.parse("2026-01-09"), 1)).isEqualTo(LocalDate.parse("2026-01-12"));
        assertThat(STD.addWorkingDays(LocalDate.parse("2026-01-10"), 1)).isEqualTo(LocalDate.parse("2026-01-12"));
        assertThat(c.addWorkingDays(LocalDate.parse("2026-01-09"), 1)).isEqualTo(LocalDate.parse("2026-01-13"));
        assertThat(STD.addWorkingDays(LocalDate.parse("2026-01-10"), 0)).isEqualTo(LocalDate.parse("2026-01-10"));
    }

    @Test
    void subtractWorkingDays_overWeekend_andNegativeAdd() {
        assertThat(STD.subtractWorkingDays(LocalDate.parse("2026-01-12"), 1)).isEqualTo(LocalDate.parse("2026-01-09"));
        assertThat(STD.addWorkingDays(LocalDate.parse("2026-01-12"), -6)).isEqualTo(LocalDate.parse("2026-01-02"));
        assertThat(STD.subtractWorkingDays(LocalDate.parse("2026-01-02"), -6)).isEqualTo(LocalDate.parse("2026-01-12"));
    }

    @Test
    void addWorkingDays_tenYears_isFast() {
        // 2600 working days = 520 weeks of 5 days: Monday + 520 × 7 days = 2035-12-24 (a Monday)
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThat(
                STD.addWorkingDays(LocalDate.parse("2026-01-05"), 2600)).isEqualTo(LocalDate.parse("2035-12-24")));
        assertThat(STD.subtractWorkingDays(LocalDate.parse("2035-12-24"), 2600)).isEqualTo(LocalDate.parse("2026-01-05"));
    }

    @Test
    void add_tenYearsOfWork_skipsWeeksAndIsExact() {
        // 520 weeks × 40 h = 20800 h from Monday 2026-01-05 08:00: done on Friday of the 520th week at 16:00,
        // 519 weeks + 4 days = 3637 days later: 2035-12-21T16:00.
        LocalDateTime start = at("2026-01-05T08:00");
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThat(
                STD.addWorkingTime(start, Duration.ofHours(20_800))).isEqualTo(at("2035-12-21T16:00")));
        assertThat(STD.subtractWorkingTime(at("2035-12-21T16:00"), Duration.ofHours(20_800))).isEqualTo(start);
        assertThat(STD.workingTimeBetween(start, at("2035-12-21T16:00"))).isEqualTo(Duration.ofHours(20_800));
    }

    @Test
    void add_tenYearsWithHolidays_eachWorkdayHolidayPushesOneDay() {
        // Two holidays on working days (a Wednesday in 2027, a Monday in 2030) plus one on a Saturday (ignored):
        // the finish moves by two working days from Friday 2035-12-21 to Tuesday 2035-12-25.
        WorkCalendar c = cal("H").holidays(SortedSets.immutable.of(LocalDate.parse("2027-03-03"),
                LocalDate.parse("2030-06-03"), LocalDate.parse("2031-01-04"))).build();
        assertThat(c.addWorkingTime(at("2026-01-05T08:00"), Duration.ofHours(20_800))).isEqualTo(at("2035-12-25T16:00"));
        assertThat(c.subtractWorkingTime(at("2035-12-25T16:00"), Duration.ofHours(20_800))).isEqualTo(at("2026-01-05T08:00"));
    }

    @Test
    void add_sparseCalendarOverManyYears_isFast() {
        // One 1-hour shift on Sundays only: 520 h of work = 520 Sundays; 2026-01-04 is a Sunday.
        WorkCalendar c = cal("SUN").workingDays(SortedSets.immutable.of(DayOfWeek.SUNDAY))
                .shifts(Lists.immutable.of(Shift.of(LocalTime.of(10, 0), Duration.ofHours(1)))).build();
        // Start Sunday 2026-01-04 10:00; the 520th Sunday is 519 weeks later = 3633 days: 2035-12-16T11:00 (2026-01-05 + 3637 = 2035-12-21, a Friday; minus 5)
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThat(
                c.addWorkingTime(at("2026-01-04T10:00"), Duration.ofHours(520))).isEqualTo(at("2035-12-16T11:00")));
    }

    @Test
    void add_negativeWork_isRejected() {
        assertRule(() -> STD.addWorkingTime(at("2026-01-05T08:00"), Duration.ofHours(-1)), "TIME_NEGATIVE",
                "calendar[STANDARD].work");
    }

    @Test
    void subtract_negativeWork_isRejected() {
        assertRule(() -> STD.subtractWorkingTime(at("2026-01-05T08:00"), Duration.ofMinutes(-1)), "TIME_NEGATIVE",
                "calendar[STANDARD].work");
    }

    @Test
    void add_workAboveLimit_isRejectedWithLimitException() {
        assertThatThrownBy(() -> STD.addWorkingTime(at("2026-01-05T08:00"), WorkCalendar.MAX_WORK.plusSeconds(1)))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.rule()).isEqualTo("LIMIT");
                    assertThat(e.path()).isEqualTo("calendar[STANDARD].work");
                });
    }

    @Test
    void add_resultBeyondSupportedDates_isRejectedWithLimitException() {
        assertThatThrownBy(() -> STD.addWorkingTime(LocalDateTime.of(LocalDate.MAX, LocalTime.NOON),
                Duration.ofHours(100)))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.rule()).isEqualTo("LIMIT"));
    }

    @Test
    void build_noWorkingDays_isEmpty() {
        assertRule(() -> cal("E").workingDays(SortedSets.immutable.empty()).build(), "CALENDAR_EMPTY",
                "calendar[E].workingDays");
    }

    @Test
    void build_noShifts_isEmpty() {
        assertRule(() -> cal("E").shifts(Lists.immutable.empty()).build(), "CALENDAR_EMPTY", "calendar[E].shifts");
    }

    @Test
    void build_overlappingShifts_areRejected() {
        assertRule(() -> cal("O").shifts(Lists.immutable.of(Shift.of(LocalTime.of(6, 0), Duration.ofHours(9)),
                Shift.of(LocalTime.of(14, 0), Duration.ofHours(8)))).build(), "SHIFT_INVALID", "calendar[O].shifts[1]");
    }

    @Test
    void build_shiftOverlappingNextDaysFirstShift_isRejected() {
        // 22:00 for 10 h ends 08:00 next day, after the 06:00 shift starts
        assertRule(() -> cal("O").shifts(Lists.immutable.of(Shift.of(LocalTime.of(6, 0), Duration.ofHours(8)),
                Shift.of(LocalTime.of(22, 0), Duration.ofHours(10)))).build(), "SHIFT_INVALID",
                "calendar[O].shifts[1]");
    }

    @Test
    void shift_zeroLength_isRejected() {
        assertRule(() -> Shift.of(LocalTime.NOON, Duration.ZERO), "SHIFT_INVALID", "shift.length");
    }

    @Test
    void shift_longerThanADay_isRejected() {
        assertRule(() -> Shift.of(LocalTime.NOON, Duration.ofHours(24).plusNanos(1)), "SHIFT_INVALID", "shift.length");
    }

    @Test
    void of_hoursPerDayZero_isRejected() {
        assertRule(() -> WorkCalendar.standard(0), "SHIFT_INVALID", "calendar[STANDARD].hoursPerDay");
    }

    @Test
    void of_hoursPerDayAbove24_isRejected() {
        assertRule(() -> WorkCalendar.standard(new BigDecimal("24.5")), "SHIFT_INVALID",
                "calendar[STANDARD].hoursPerDay");
    }
}
