package dev.mfg.testkit.contract;

import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.spi.CalendarRepository;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Conformance of a {@link CalendarRepository}. Samples are {@link Samples#calendar(int)}: working days, several
 * shifts (one across midnight), holidays, unicode and 64-character ids. The counter of {@link #modified} is
 * encoded as one extra holiday {@code n} days after 3000-01-01 (the samples' own holidays stay).
 *
 * @since 0.1
 */
public interface CalendarRepositoryContract extends RepositoryContract<CalendarId, WorkCalendar> {
    /** The first day of the counter holidays; every sample holiday is before it. */
    LocalDate COUNTER_EPOCH = LocalDate.of(3000, 1, 1);

    @Override
    CalendarRepository newRepository();

    /** {@return {@link Samples#calendar(int)}} */
    @Override
    default WorkCalendar sample(int i) {
        return Samples.calendar(i);
    }

    /** {@return the calendar with its holidays before 3000 and one holiday {@code n} days after 3000-01-01} */
    @Override
    default WorkCalendar modified(WorkCalendar value, int n) {
        return WorkCalendar.builder().from(value)
                .holidays(value.holidays().select(d -> d.isBefore(COUNTER_EPOCH)).newWith(COUNTER_EPOCH.plusDays(n)))
                .build();
    }

    /** {@return the days from 3000-01-01 to the counter holiday} */
    @Override
    default int counterOf(WorkCalendar value) {
        LocalDate marker = value.holidays().detect(d -> !d.isBefore(COUNTER_EPOCH));
        if (marker == null) {
            throw new AssertionError("The calendar (" + value.id() + ") lost its counter holiday.");
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(COUNTER_EPOCH, marker));
    }
}
