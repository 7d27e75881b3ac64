package dev.mfg.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Shift;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.ToolStatus;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.SortedSets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The three resource repositories: work centers, tools, calendars. */
class InMemoryResourceRepositoriesTest {

    @Nested
    class WorkCenters {
        private WorkCenter press(String id, String overhead) {
            return WorkCenter.builder().id(WorkCenterId.of(id)).category(WorkCenterCategory.MACHINE)
                    .dailyCapacity(new BigDecimal("24")).multiplier(new BigDecimal("2"))
                    .calendar(CalendarId.of("3-SHIFT")).laborCalc(LaborCalc.PIECE_RATE)
                    .pieceRates(Maps.immutable.of(ItemId.of("DISH-L"), new BigDecimal("0.35")))
                    .overheadRatePerHour(new BigDecimal(overhead)).build();
        }

        @Test
        void save_update_find_roundTripsAtVersion2() {
            var repo = new InMemoryWorkCenterRepository();
            assertThat(repo.save(press("WC-PRESS", "10"), 0)).isEqualTo(1);
            assertThat(repo.save(press("WC-PRESS", "12.5"), 1)).isEqualTo(2);
            var stored = repo.findVersioned(WorkCenterId.of("WC-PRESS")).orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.value()).isEqualTo(press("WC-PRESS", "12.5"));
            assertThat(stored.value().pieceRateFor(ItemId.of("DISH-L"))).isEqualByComparingTo("0.35");
        }

        @Test
        void findAll_sortedById_conflictKeyNamesWorkCenter() {
            var repo = new InMemoryWorkCenterRepository();
            repo.save(press("WC-TRIM", "1"), 0);
            repo.save(press("WC-PACK", "1"), 0);
            repo.save(press("WC-PRESS", "1"), 0);
            assertThat(repo.findAll().collect(w -> w.id().value()))
                    .containsExactly("WC-PACK", "WC-PRESS", "WC-TRIM");
            assertThatThrownBy(() -> repo.delete(WorkCenterId.of("WC-PACK"), 2))
                    .isInstanceOfSatisfying(ConcurrencyConflictException.class,
                            e -> assertThat(e.key()).isEqualTo("workCenter:WC-PACK"));
            assertThat(repo.count()).isEqualTo(3);
        }
    }

    @Nested
    class Tools {
        private Tool mold(String id, long cyclesUsed) {
            return Tool.builder().id(ToolId.of(id)).products(Lists.immutable.of(ItemId.of("CUP"), ItemId.of("LID")))
                    .cavities(4).setupMinutes(new BigDecimal("90")).status(ToolStatus.MOUNTED)
                    .lifeCycles(400_000).cyclesUsed(cyclesUsed).purchaseCost(new BigDecimal("40000")).copies(2)
                    .build();
        }

        @Test
        void save_update_find_roundTripsAtVersion2() {
            var repo = new InMemoryToolRepository();
            repo.save(mold("MOLD-CUP", 12_000), 0);
            repo.save(mold("MOLD-CUP", 13_000), 1);
            var stored = repo.findVersioned(ToolId.of("MOLD-CUP")).orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.value()).isEqualTo(mold("MOLD-CUP", 13_000));
            // 400000 - 13000 = 387000 cycles left.
            assertThat(stored.value().remainingCycles()).isEqualTo(387_000);
        }

        @Test
        void save_insertOverExisting_conflictKeyNamesTool() {
            var repo = new InMemoryToolRepository();
            repo.save(mold("MOLD-CUP", 0), 0);
            assertThatThrownBy(() -> repo.save(mold("MOLD-CUP", 1), 0))
                    .isInstanceOfSatisfying(ConcurrencyConflictException.class,
                            e -> assertThat(e.key()).isEqualTo("tool:MOLD-CUP"));
            assertThat(repo.findById(ToolId.of("MOLD-CUP")).orElseThrow().cyclesUsed()).isZero();
        }
    }

    @Nested
    class Calendars {
        private WorkCalendar threeShift(String id, LocalDate... holidays) {
            return WorkCalendar.builder().id(CalendarId.of(id))
                    .workingDays(SortedSets.immutable.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY))
                    .shifts(Lists.immutable.of(Shift.of(LocalTime.of(6, 0), Duration.ofHours(8)),
                            Shift.of(LocalTime.of(14, 0), Duration.ofHours(8)),
                            Shift.of(LocalTime.of(22, 0), Duration.ofHours(8))))
                    .holidays(SortedSets.immutable.of(holidays)).build();
        }

        @Test
        void save_update_find_roundTripsAtVersion2() {
            var repo = new InMemoryCalendarRepository();
            repo.save(threeShift("3-SHIFT"), 0);
            WorkCalendar withHoliday = threeShift("3-SHIFT", LocalDate.of(2026, 12, 26));
            repo.save(withHoliday, 1);
            var stored = repo.findVersioned(CalendarId.of("3-SHIFT")).orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.value()).isEqualTo(withHoliday);
            // 2026-12-26 is a Saturday, a working day of this calendar, now a holiday.
            assertThat(stored.value().holidays().toList()).containsExactly(LocalDate.of(2026, 12, 26));
            assertThat(stored.value().workingTimePerDay()).isEqualTo(Duration.ofHours(24));
        }

        @Test
        void delete_thenReinsert_startsAtVersion1_conflictKeyNamesCalendar() {
            var repo = new InMemoryCalendarRepository();
            repo.save(threeShift("3-SHIFT"), 0);
            repo.delete(CalendarId.of("3-SHIFT"), 1);
            assertThat(repo.findById(CalendarId.of("3-SHIFT"))).isEmpty();
            assertThat(repo.save(threeShift("3-SHIFT"), 0)).isEqualTo(1);
            assertThatThrownBy(() -> repo.save(threeShift("3-SHIFT"), 5))
                    .isInstanceOfSatisfying(ConcurrencyConflictException.class,
                            e -> assertThat(e.key()).isEqualTo("calendar:3-SHIFT"));
        }
    }
}
