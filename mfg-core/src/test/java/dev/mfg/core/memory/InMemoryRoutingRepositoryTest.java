package dev.mfg.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class InMemoryRoutingRepositoryTest {

    private static Routing routing(String item, String version) {
        return Routing.builder().item(ItemId.of(item)).version(version)
                .operations(Lists.immutable.of(
                        Operation.builder().no(20).workCenter(WorkCenterId.of("WC-TRIM"))
                                .runMinutesPerUnit(new BigDecimal("0.5")).build(),
                        Operation.builder().no(10).workCenter(WorkCenterId.of("WC-PRESS"))
                                .tool(ToolId.of("MOLD-CUP")).cycleSeconds(new BigDecimal("60")).build()))
                .build();
    }

    private static List<String> ids(Iterable<Routing> routings) {
        List<String> out = new ArrayList<>();
        routings.forEach(r -> out.add(r.id().toString()));
        return out;
    }

    private static InMemoryRoutingRepository prefixFixture() {
        var repo = new InMemoryRoutingRepository();
        for (String[] id : new String[][] {
                {"AB", "1"}, {"A", "2"}, {"A@X", "1"}, {"A", "10"}, {"B", "1"}, {"A-", "1"}, {"A", "!"}}) {
            repo.save(routing(id[0], id[1]), 0);
        }
        return repo;
    }

    @Test
    void findByItem_itemsSharingPrefix_onlyExactItemSortedByVersion() {
        var repo = prefixFixture();
        // By hand: A's versions "2", "10", "!" as text: '!'(33) < '1'(49) < '2'(50).
        assertThat(ids(repo.findByItem(ItemId.of("A")))).containsExactly("A@!", "A@10", "A@2");
        assertThat(ids(repo.findByItem(ItemId.of("AB")))).containsExactly("AB@1");
        assertThat(ids(repo.findByItem(ItemId.of("A@X")))).containsExactly("A@X@1");
        assertThat(ids(repo.findByItem(ItemId.of("B")))).containsExactly("B@1");
    }

    @Test
    void findByItem_unknownItems_empty() {
        var repo = prefixFixture();
        assertThat(repo.findByItem(ItemId.of("0"))).isEmpty();
        assertThat(repo.findByItem(ItemId.of("AA"))).isEmpty();
        assertThat(repo.findByItem(ItemId.of("Z"))).isEmpty();
    }

    @Test
    void findByItem_returnsStoredValuesWhole() {
        var repo = new InMemoryRoutingRepository();
        Routing r = routing("DISH-L", "1");
        repo.save(r, 0);
        var found = repo.findByItem(ItemId.of("DISH-L"));
        assertThat(found).containsExactly(r);
        // Operations come back sorted by number (the Routing normalises them), tool included.
        assertThat(found.get(0).operations().collect(Operation::no)).containsExactly(10, 20);
        assertThat(found.get(0).operations().get(0).tool()).contains(ToolId.of("MOLD-CUP"));
    }

    @Test
    void findByItem_afterDelete_excludesDeleted() {
        var repo = prefixFixture();
        repo.delete(RoutingId.of(ItemId.of("A"), "10"), 1);
        assertThat(ids(repo.findByItem(ItemId.of("A")))).containsExactly("A@!", "A@2");
    }

    @Test
    void save_staleVersion_conflictNamesRouting() {
        var repo = new InMemoryRoutingRepository();
        repo.save(routing("DISH-L", "1"), 0);
        repo.save(routing("DISH-L", "1"), 1);
        assertThatThrownBy(() -> repo.save(routing("DISH-L", "1"), 1))
                .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
                    assertThat(e.key()).isEqualTo("routing:DISH-L@1");
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
    }

    @Test
    void idOf_isItemAndVersion() {
        assertThat(new InMemoryRoutingRepository().idOf(routing("X", "7")))
                .isEqualTo(RoutingId.of(ItemId.of("X"), "7"));
    }
}
