package dev.mfg.core.spi;

import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.WorkCalendar;

/**
 * Storage of work calendars (working days, shifts, holidays): {@link WorkCalendar} values keyed by
 * {@link CalendarId}, with {@code idOf(value) == value.id()}. No finder beyond those of {@link Repository}:
 * {@link #findAll()} lists them sorted by id.
 *
 * <p>Keeps the contract of {@link Repository} (see the package documentation); the conformance kit's
 * {@code CalendarRepositoryContract} checks an implementation.
 *
 * @since 0.1
 */
public interface CalendarRepository extends Repository<CalendarId, WorkCalendar> {

    /**
     * {@inheritDoc}
     *
     * @return {@code value.id()}
     */
    @Override
    default CalendarId idOf(WorkCalendar value) {
        return value.id();
    }
}
