package dev.mfg.testkit.contract;

import dev.mfg.core.memory.InMemoryCalendarRepository;
import dev.mfg.core.spi.CalendarRepository;

/** The kit against the embedded default store. */
class InMemoryCalendarRepositoryContractTest implements CalendarRepositoryContract {
    @Override
    public CalendarRepository newRepository() {
        return new InMemoryCalendarRepository();
    }
}
