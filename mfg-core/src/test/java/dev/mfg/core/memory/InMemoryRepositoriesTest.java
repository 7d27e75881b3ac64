package dev.mfg.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.spi.RepositorySet;
import org.junit.jupiter.api.Test;

class InMemoryRepositoriesTest {

    private static Item item(String id) {
        return Item.builder().id(ItemId.of(id)).uom(Uom.EA).procurement(Procurement.MAKE).build();
    }

    @Test
    void create_freshSet_everyRepositoryEmpty() {
        RepositorySet set = InMemoryRepositories.create();
        assertThat(set.items().count()).isZero();
        assertThat(set.boms().count()).isZero();
        assertThat(set.routings().count()).isZero();
        assertThat(set.workCenters().count()).isZero();
        assertThat(set.tools().count()).isZero();
        assertThat(set.calendars().count()).isZero();
    }

    @Test
    void create_twice_setsShareNothing() {
        RepositorySet a = InMemoryRepositories.create();
        RepositorySet b = InMemoryRepositories.create();
        a.items().save(item("X"), 0);
        assertThat(b.items().count()).isZero();
        assertThat(a.items()).isNotSameAs(b.items());
    }

    @Test
    void accessors_returnSameRepositoryEveryCall_writesStayInTheirRepository() {
        RepositorySet set = InMemoryRepositories.create();
        set.items().save(item("X"), 0);
        set.tools().save(Tool.builder().id(ToolId.of("MOLD")).lifeCycles(10).build(), 0);
        assertThat(set.items()).isSameAs(set.items());
        assertThat(set.items().findById(ItemId.of("X"))).isPresent();
        assertThat(set.tools().count()).isEqualTo(1);
        assertThat(set.boms().count() + set.routings().count() + set.workCenters().count()
                + set.calendars().count()).isZero();
    }

    @Test
    void of_nullRepository_npeNamesIt() {
        var items = new InMemoryItemRepository();
        assertThatThrownBy(() -> RepositorySet.of(items, new InMemoryBomRepository(), null,
                new InMemoryWorkCenterRepository(), new InMemoryToolRepository(), new InMemoryCalendarRepository()))
                .isInstanceOf(NullPointerException.class).hasMessage("routings");
    }
}
