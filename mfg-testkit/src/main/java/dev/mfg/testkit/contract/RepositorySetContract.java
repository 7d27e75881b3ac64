package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.spi.RepositorySet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance of a {@link RepositorySet}: a fresh set is empty in every repository, each accessor always
 * reaches the same state, and the six repositories are independent (a write to one, even under a code another
 * repository also uses, changes no other). Run the per-aggregate contracts for each repository as well.
 *
 * <pre>{@code
 * class JdbcRepositorySetTest implements RepositorySetContract {
 *     @Override public RepositorySet newRepositorySet() { return JdbcRepositories.create(freshDataSource()); }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface RepositorySetContract {

    /** {@return a fresh set of empty repositories for each call} */
    RepositorySet newRepositorySet();

    private static List<Integer> counts(RepositorySet set) {
        return List.of(set.items().count(), set.boms().count(), set.routings().count(), set.workCenters().count(),
                set.tools().count(), set.calendars().count());
    }

    /** A fresh set holds nothing in any repository. */
    @Test
    default void newSet_everyRepositoryEmpty() {
        RepositorySet set = newRepositorySet();
        assertThat(counts(set)).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(set.items().findAll()).isEmpty();
        assertThat(set.boms().findAll()).isEmpty();
        assertThat(set.routings().findAll()).isEmpty();
        assertThat(set.workCenters().findAll()).isEmpty();
        assertThat(set.tools().findAll()).isEmpty();
        assertThat(set.calendars().findAll()).isEmpty();
        assertThat(set.boms().findByItem(Samples.bom(0).item())).isEmpty();
        assertThat(set.routings().findByItem(Samples.routing(0).item())).isEmpty();
    }

    /** Each write lands in its own repository only; the counts move one at a time. */
    @Test
    default void save_eachRepository_changesNoOther() {
        RepositorySet set = newRepositorySet();
        set.items().save(Samples.item(1), 0);
        assertThat(counts(set)).containsExactly(1, 0, 0, 0, 0, 0);
        set.boms().save(Samples.bom(1), 0);
        assertThat(counts(set)).containsExactly(1, 1, 0, 0, 0, 0);
        set.routings().save(Samples.routing(1), 0);
        assertThat(counts(set)).containsExactly(1, 1, 1, 0, 0, 0);
        set.workCenters().save(Samples.workCenter(1), 0);
        assertThat(counts(set)).containsExactly(1, 1, 1, 1, 0, 0);
        set.tools().save(Samples.tool(1), 0);
        assertThat(counts(set)).containsExactly(1, 1, 1, 1, 1, 0);
        set.calendars().save(Samples.calendar(1), 0);
        assertThat(counts(set)).containsExactly(1, 1, 1, 1, 1, 1);
        set.boms().delete(Samples.bom(1).id(), 1);
        assertThat(counts(set)).containsExactly(1, 0, 1, 1, 1, 1);
    }

    /** One code in several repositories is several records, each with its own version (no shared table). */
    @Test
    default void sameCode_inSeveralRepositories_independentRecordsAndVersions() {
        RepositorySet set = newRepositorySet();
        String code = "X-Ω";
        set.workCenters().save(WorkCenter.builder().id(WorkCenterId.of(code)).category(WorkCenterCategory.LABOR)
                .dailyCapacity(BigDecimal.valueOf(8)).build(), 0);
        Tool tool = Tool.builder().id(ToolId.of(code)).lifeCycles(1000).build();
        set.tools().save(tool, 0);
        set.tools().save(Tool.builder().from(tool).cyclesUsed(5).build(), 1);
        set.calendars().save(WorkCalendar.builder().id(CalendarId.of(code)).build(), 0);
        set.items().save(Samples.item(0), 0);
        assertThat(set.workCenters().findVersioned(WorkCenterId.of(code)).orElseThrow().version()).isEqualTo(1);
        assertThat(set.tools().findVersioned(ToolId.of(code)).orElseThrow().version()).isEqualTo(2);
        assertThat(set.calendars().findVersioned(CalendarId.of(code)).orElseThrow().version()).isEqualTo(1);
        set.tools().delete(ToolId.of(code), 2);
        assertThat(set.workCenters().findById(WorkCenterId.of(code))).isPresent();
        assertThat(set.calendars().findById(CalendarId.of(code))).isPresent();
        assertThat(set.items().findById(ItemId.of("ITEM-0"))).contains(Samples.item(0));
    }

    /** Every call of an accessor reaches the same state. */
    @Test
    default void accessors_everyCall_sameState() {
        RepositorySet set = newRepositorySet();
        set.items().save(Samples.item(2), 0);
        set.calendars().save(Samples.calendar(3), 0);
        assertThat(set.items().findById(Samples.item(2).id())).contains(Samples.item(2));
        assertThat(set.calendars().findById(Samples.calendar(3).id())).contains(Samples.calendar(3));
    }

    /** Two fresh sets share nothing. */
    @Test
    default void newSet_twice_shareNothing() {
        RepositorySet first = newRepositorySet();
        RepositorySet second = newRepositorySet();
        first.items().save(Samples.item(0), 0);
        first.boms().save(Samples.bom(0), 0);
        assertThat(counts(second)).containsExactly(0, 0, 0, 0, 0, 0);
    }
}
