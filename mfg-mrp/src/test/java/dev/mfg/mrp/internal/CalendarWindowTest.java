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

/** The scheduler's working-day window answers as the core calendar, wherever the days asked jump to. */
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
}
