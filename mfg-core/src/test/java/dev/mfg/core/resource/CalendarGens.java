package dev.mfg.core.resource;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.SortedSets;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.set.sorted.MutableSortedSet;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for valid calendars, built so that shifts cannot overlap: the day is cut into n
 * equal slots from a random offset, and shift i lies inside slot i (it may run past midnight).
 */
final class CalendarGens {
    static final LocalDate BASE = LocalDate.parse("2026-01-01");

    private CalendarGens() {}

    /**
     * @param minShiftMinutes the shortest shift generated
     * @return valid calendars with 1–7 working days, 1–3 shifts and up to 15 holidays in 2026–2027
     */
    static Gen<WorkCalendar> calendars(int minShiftMinutes) {
        Gen<List<Integer>> lengths = lists().of(integers().between(0, 1440)).ofSize(3);
        Gen<List<Integer>> holidays = lists().of(integers().between(0, 729)).ofSizeBetween(0, 15);
        return integers().between(1, 127).zip(integers().between(1, 3), integers().between(0, 1439), lengths,
                holidays, (mask, n, offset, lens, hol) -> {
                    MutableSortedSet<DayOfWeek> days = SortedSets.mutable.empty();
                    for (DayOfWeek d : DayOfWeek.values()) {
                        if ((mask & (1 << (d.getValue() - 1))) != 0) {
                            days.add(d);
                        }
                    }
                    int slot = 1440 / n;
                    int start0 = offset % slot;
                    MutableList<Shift> shifts = Lists.mutable.empty();
                    for (int i = 0; i < n; i++) {
                        int len = minShiftMinutes + lens.get(i) % (slot - minShiftMinutes + 1);
                        shifts.add(Shift.of(LocalTime.MIDNIGHT.plusMinutes(start0 + (long) i * slot),
                                Duration.ofMinutes(len)));
                    }
                    MutableSortedSet<LocalDate> holidaySet = SortedSets.mutable.empty();
                    hol.forEach(k -> holidaySet.add(BASE.plusDays(k)));
                    return WorkCalendar.builder().id(CalendarId.of("GEN")).workingDays(days.toImmutable())
                            .shifts(shifts.toImmutable()).holidays(holidaySet.toImmutable()).build();
                });
    }

    /** {@return minute-aligned instants in 2026} */
    static Gen<LocalDateTime> instants() {
        return integers().between(0, 365 * 1440).map(m -> BASE.atStartOfDay().plusMinutes(m));
    }

    /**
     * @param maxMinutes the longest duration
     * @return whole-minute durations from 0 to the maximum
     */
    static Gen<Duration> durations(int maxMinutes) {
        return integers().between(0, maxMinutes).map(Duration::ofMinutes);
    }

    /** Naive oracle: is the minute starting at {@code m} inside a shift? Straight from the definition. */
    static boolean naiveWorking(WorkCalendar c, LocalDateTime m) {
        for (LocalDate day = m.toLocalDate().minusDays(1); !day.isAfter(m.toLocalDate()); day = day.plusDays(1)) {
            if (c.workingDays().contains(day.getDayOfWeek()) && !c.holidays().contains(day)) {
                for (Shift s : c.shifts()) {
                    LocalDateTime start = day.atTime(s.start());
                    if (!m.isBefore(start) && m.isBefore(start.plus(s.length()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Naive oracle: step minute by minute until {@code minutes} working minutes have passed. */
    static LocalDateTime naiveAdd(WorkCalendar c, LocalDateTime t, long minutes) {
        if (minutes == 0) {
            return t;
        }
        long count = 0;
        for (LocalDateTime m = t; ; m = m.plusMinutes(1)) {
            if (naiveWorking(c, m) && ++count == minutes) {
                return m.plusMinutes(1);
            }
        }
    }

    /** Naive oracle: step back minute by minute until {@code minutes} working minutes have passed. */
    static LocalDateTime naiveSubtract(WorkCalendar c, LocalDateTime t, long minutes) {
        if (minutes == 0) {
            return t;
        }
        long count = 0;
        for (LocalDateTime m = t.minusMinutes(1); ; m = m.minusMinutes(1)) {
            if (naiveWorking(c, m) && ++count == minutes) {
                return m;
            }
        }
    }
}
