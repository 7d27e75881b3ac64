package dev.mfg.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomId;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomStatus;
import dev.mfg.core.bom.Substitute;
import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class InMemoryBomRepositoryTest {

    private static Bom bom(String item, String version) {
        return Bom.builder().item(ItemId.of(item)).version(version)
                .lines(Lists.immutable.of(BomLine.builder().lineNo(10).component(ItemId.of("COMP"))
                        .quantity(new BigDecimal("2.5")).uom(Uom.KG)
                        .substitutes(Lists.immutable.of(Substitute.of(ItemId.of("ALT"), BigDecimal.ONE, 1)))
                        .build()))
                .build();
    }

    private static List<String> ids(Iterable<Bom> boms) {
        List<String> out = new ArrayList<>();
        boms.forEach(b -> out.add(b.id().toString()));
        return out;
    }

    /** Items whose codes share prefixes with "A", and versions around the smallest allowed text "!". */
    private static InMemoryBomRepository prefixFixture() {
        var repo = new InMemoryBomRepository();
        for (String[] id : new String[][] {
                {"AB", "1"}, {"A", "2"}, {"A@X", "1"}, {"A", "10"}, {"B", "1"}, {"A-", "1"}, {"A", "~"},
                {"A", "!"}}) {
            repo.save(bom(id[0], id[1]), 0);
        }
        return repo;
    }

    @Test
    void findByItem_itemsSharingPrefix_onlyExactItemSortedByVersion() {
        var repo = prefixFixture();
        // By hand: A's versions are "2", "10", "~", "!"; as text '!'(33) < '1'(49) < '2'(50) < '~'(126),
        // and "10" < "2" because '1' < '2'. "AB", "A@X" and "A-" are other items.
        assertThat(ids(repo.findByItem(ItemId.of("A")))).containsExactly("A@!", "A@10", "A@2", "A@~");
        assertThat(ids(repo.findByItem(ItemId.of("AB")))).containsExactly("AB@1");
        assertThat(ids(repo.findByItem(ItemId.of("A@X")))).containsExactly("A@X@1");
        assertThat(ids(repo.findByItem(ItemId.of("A-")))).containsExactly("A-@1");
        assertThat(ids(repo.findByItem(ItemId.of("B")))).containsExactly("B@1");
    }

    @Test
    void findByItem_unknownItems_empty() {
        var repo = prefixFixture();
        // "0" sorts before every stored item, "AA" between A-/A@X and AB, "Z" after all, "" is invalid.
        assertThat(repo.findByItem(ItemId.of("0"))).isEmpty();
        assertThat(repo.findByItem(ItemId.of("AA"))).isEmpty();
        assertThat(repo.findByItem(ItemId.of("Z"))).isEmpty();
        assertThat(new InMemoryBomRepository().findByItem(ItemId.of("A"))).isEmpty();
    }

    @Test
    void findByItem_returnsStoredValuesWhole() {
        var repo = new InMemoryBomRepository();
        Bom b = Bom.builder().from(bom("SET-50", "1")).status(BomStatus.DRAFT).build();
        repo.save(b, 0);
        assertThat(repo.findByItem(ItemId.of("SET-50"))).containsExactly(b);
    }

    @Test
    void findByItem_afterUpdateAndDelete_seesCurrentState() {
        var repo = prefixFixture();
        repo.save(Bom.builder().from(bom("A", "2")).status(BomStatus.OBSOLETE).build(), 1);
        repo.delete(BomId.of(ItemId.of("A"), "!"), 1);
        assertThat(ids(repo.findByItem(ItemId.of("A")))).containsExactly("A@10", "A@2", "A@~");
        assertThat(repo.findByItem(ItemId.of("A")).get(1).status()).isEqualTo(BomStatus.OBSOLETE);
    }

    @Test
    void findByItem_isRangeScan_notFullScan() {
        // 1000 items with 3 BOMs each; the predicate may only see the item's 3 keys plus one neighbour per side.
        var repo = new InMemoryBomRepository();
        for (int i = 0; i < 1000; i++) {
            for (String v : List.of("1", "2", "3")) {
                repo.save(bom("IT-%04d".formatted(i), v), 0);
            }
        }
        AtomicInteger tests = new AtomicInteger();
        ItemId item = ItemId.of("IT-0500");
        var found = repo.findRun(BomId.of(item, "2"), id -> {
            tests.incrementAndGet();
            return id.item().equals(item);
        });
        assertThat(ids(found)).containsExactly("IT-0500@1", "IT-0500@2", "IT-0500@3");
        assertThat(tests.get()).isLessThanOrEqualTo(5);
    }

    @Test
    void findRun_probeInsideRun_walksBothWays() {
        // Probing at version "2" (not the smallest) must still find "10" and "!" below it.
        var repo = prefixFixture();
        ItemId a = ItemId.of("A");
        assertThat(ids(repo.findRun(BomId.of(a, "2"), id -> id.item().equals(a))))
                .containsExactly("A@!", "A@10", "A@2", "A@~");
        assertThat(ids(repo.findRun(BomId.of(a, "5"), id -> id.item().equals(a))))
                .containsExactly("A@!", "A@10", "A@2", "A@~");
    }

    @Test
    void findAll_sortedByItemThenVersion() {
        var repo = prefixFixture();
        // By hand, comparing item codes as text ('-'(45) < '@'(64) < 'B'(66)), then versions.
        assertThat(ids(repo.findAll()))
                .containsExactly("A@!", "A@10", "A@2", "A@~", "A-@1", "A@X@1", "AB@1", "B@1");
    }

    @Test
    void save_staleVersion_conflictNamesBom() {
        var repo = new InMemoryBomRepository();
        repo.save(bom("SET-50", "1"), 0);
        assertThatThrownBy(() -> repo.save(bom("SET-50", "1"), 0))
                .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
                    assertThat(e.key()).isEqualTo("bom:SET-50@1");
                    assertThat(e.actual()).isEqualTo(1);
                });
    }

    @Test
    void idOf_isItemAndVersion() {
        assertThat(new InMemoryBomRepository().idOf(bom("X", "7"))).isEqualTo(BomId.of(ItemId.of("X"), "7"));
    }

    @Test
    void findByItem_null_npe() {
        assertThatThrownBy(() -> new InMemoryBomRepository().findByItem(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void smallestIdText_isAValidVersionBelowEveryPrintableStart() {
        // The probe must be a constructible key; '!' is the first character Ids.check accepts.
        assertThat(BomId.of(ItemId.of("A"), InMemoryRepository.SMALLEST_ID_TEXT).version()).isEqualTo("!");
        assertThatThrownBy(() -> BomId.of(ItemId.of("A"), " ")).isInstanceOf(RuntimeException.class);
    }
}
