package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.WorkCalendar;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's working-day window answers as the core calendar, wherever the days asked jump to; the shared
 * calendar form counts working days and finds holidays as a day-by-day walk over the core calendar does.
 */
class CalendarWindowTest {
    @Test
    void isWorkingDay_randomJumpsAcrossWindows_matchesTheCoreCalendar() {
        SplittableRandom rnd = new SplittableRandom(5);
        Set<LocalDate> holidays = new HashSet<>();
        for (int k = 0; k < 400; k++) {
            holidays.add(LocalDate.ofEpochDay(18_000 + rnd.nextInt(20_000)));
        }
        WorkCalendar calendar = WorkCalendar.of(CalendarId.of("SIX"),
                EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)), new BigDecimal("7.5"), holidays);
        BackwardScheduler.Cal cal = new BackwardScheduler.Cal(calendar);
        long day = 25_000;
        int holidaysSeen = 0;
        for (int step = 0; step < 100_000; step++) {
            int move = rnd.nextInt(100);
            // Mostly walk backward a day at a time, as scheduling does; sometimes jump far either way.
            day += move < 80 ? -1 : move < 90 ? rnd.nextInt(-6_000, 6_000) : rnd.nextInt(0, 8);
            day = Math.max(18_000, Math.min(38_000, day));
            LocalDate date = LocalDate.ofEpochDay(day);
            assertThat(cal.isWorkingDay(day)).as("day %s", date).isEqualTo(calendar.isWorkingDay(date));
            if (holidays.contains(date) && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                holidaysSeen++;
            }
        }
        assertThat(holidaysSeen).as("the walk must meet holidays on working weekdays").isGreaterThan(50);
    }

    @Test
    void workingDaysAndHolidays_denseTableAndBinarySearch_matchADayByDayCount() {
        SplittableRandom rnd = new SplittableRandom(11);
        Set<LocalDate> near = new HashSet<>();
        for (int k = 0; k < 300; k++) {
            near.add(LocalDate.ofEpochDay(20_000 + rnd.nextInt(3_000)));
        }
        Set<LocalDate> far = new HashSet<>(near); // spans more than MAX_HOLIDAY_SPAN days: binary search
        far.add(LocalDate.ofEpochDay(20_000 - BackwardScheduler.FastCalendar.MAX_HOLIDAY_SPAN));
        far.add(LocalDate.ofEpochDay(23_500));
        for (Set<LocalDate> holidays : java.util.List.of(near, far, Set.<LocalDate>of())) {
            WorkCalendar calendar = WorkCalendar.of(CalendarId.of("FIVE"),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new BigDecimal("8"), holidays);
            BackwardScheduler.FastCalendar form = new BackwardScheduler.FastCalendar(calendar, 0);
            for (int k = 0; k < 3_000; k++) {
                long a = 19_900 + rnd.nextInt(3_700);
                long b = a + rnd.nextInt(k % 2 == 0 ? 15 : 400);
                long working = 0;
                boolean holiday = false;
                for (long d = a; d < b; d++) {
                    LocalDate date = LocalDate.ofEpochDay(d);
                    working += calendar.isWorkingDay(date) ? 1 : 0;
                    holiday |= holidays.contains(date) && calendar.workingDays().contains(date.getDayOfWeek());
                }
                assertThat(form.workingDays(a, b)).as("working days in [%s, %s)", a, b).isEqualTo(working);
                assertThat(form.hasHolidayIn(a, b - 1)).as("holiday in [%s, %s]", a, b - 1)
                        .isEqualTo(b > a && holiday);
            }
        }
    }
}
