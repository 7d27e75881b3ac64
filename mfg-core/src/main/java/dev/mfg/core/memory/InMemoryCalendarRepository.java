package dev.mfg.core.memory;

import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.spi.CalendarRepository;

/**
 * The in-memory work calendars. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryCalendarRepository extends InMemoryRepository<CalendarId, WorkCalendar>
        implements CalendarRepository {
    /** Creates an empty repository. */
    public InMemoryCalendarRepository() {
        super("calendar");
    }
}
