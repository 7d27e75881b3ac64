package dev.mfg.core.bom;

import static dev.mfg.core.bom.BomFixtures.DAY;
import static dev.mfg.core.bom.BomFixtures.bom;
import static dev.mfg.core.bom.BomFixtures.id;
import static dev.mfg.core.bom.BomFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.EffectivityConflictException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.quantity.Uom;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class BomCatalogTest {
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    private static Bom version(String item, String version, Effectivity eff, BomLine... lines) {
        return Bom.builder().item(id(item)).version(version).effectivity(eff).lines(Lists.immutable.of(lines))
                .build();
    }

    @Test
    void find_twoVersions_picksTheOneInForce() {
        Bom v1 = version("A", "1", Effectivity.until(JUNE), line(10, "B", "1"));
        Bom v2 = version("A", "2", Effectivity.from(JUNE), line(10, "C", "1"));
        BomCatalog c = BomCatalog.of(List.of(v2, v1));
        assertThat(c.find(id("A"), DAY)).contains(v1);
        assertThat(c.find(id("A"), JUNE)).contains(v2);
        assertThat(c.find(id("B"), DAY)).isEmpty();
    }

    @Test
    void find_engineeringAndInactive_neverPlan() {
        Bom eng = Bom.builder().item(id("A")).version("E").type(BomType.ENGINEERING)
                .lines(Lists.immutable.of(line(10, "B", "1"))).build();
        Bom old = Bom.builder().item(id("A")).version("0").status(BomStatus.OBSOLETE)
                .lines(Lists.immutable.of(line(10, "B", "1"))).build();
        BomCatalog c = BomCatalog.of(List.of(eng, old));
        assertThat(c.find(id("A"), DAY)).isEmpty();
        assertThat(c.bomsOf(id("A"))).hasSize(2);
        assertThat(c.planningBoms()).isEmpty();
        assertThat(c.get(BomId.of(id("A"), "E"))).contains(eng);
    }

    @Test
    void isPhantom_phantomBom_true() {
        Bom p = Bom.builder().item(id("P")).type(BomType.PHANTOM).lines(Lists.immutable.of(line(10, "B", "1")))
                .build();
        BomCatalog c = BomCatalog.of(List.of(p, bom("A", line(10, "P", "1"))));
        assertThat(c.isPhantom(id("P"), DAY)).isTrue();
        assertThat(c.isPhantom(id("A"), DAY)).isFalse();
        assertThat(c.isPhantom(id("B"), DAY)).isFalse();
    }

    @Test
    void of_duplicateBomId_idDuplicate() {
        assertThatThrownBy(() -> BomCatalog.of(List.of(bom("A", line(10, "B", "1")), bom("A", line(10, "C", "1")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_DUPLICATE");
                    assertThat(e.path()).isEqualTo("bom[A@1]");
                });
    }

    @Test
    void of_overlappingWindows_effectivityConflict() {
        Bom v1 = version("A", "1", Effectivity.until(JUNE), line(10, "B", "1"));
        Bom v2 = version("A", "2", Effectivity.from(JUNE.minusDays(10)), line(10, "C", "1"));
        assertThatThrownBy(() -> BomCatalog.of(List.of(v1, v2)))
                .isInstanceOfSatisfying(EffectivityConflictException.class, e -> {
                    assertThat(e.rule()).isEqualTo("EFFECTIVITY_OVERLAP");
                    assertThat(e.path()).isEqualTo("bom[A@2].effectivity");
                    assertThat(e.existingId()).isEqualTo("A@1");
                    assertThat(e.overlap()).isEqualTo("[2026-05-22, 2026-06-01)");
                });
    }

    @Test
    void of_overlapWithEarlierLongWindow_detected() {
        // v1 always; v2 and v3 adjacent: both overlap v1.
        Bom v1 = version("A", "1", Effectivity.ALWAYS, line(10, "B", "1"));
        Bom v2 = version("A", "2", Effectivity.of(DAY, JUNE), line(10, "B", "1"));
        Bom v3 = version("A", "3", Effectivity.from(JUNE), line(10, "B", "1"));
        assertThatThrownBy(() -> BomCatalog.of(List.of(v1, v2, v3)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.path())
                                .containsExactly("bom[A@2].effectivity", "bom[A@3].effectivity"));
    }

    @Test
    void of_adjacentWindowsAndInactiveOverlap_accepted() {
        Bom v1 = version("A", "1", Effectivity.until(JUNE), line(10, "B", "1"));
        Bom v2 = version("A", "2", Effectivity.from(JUNE), line(10, "B", "1"));
        Bom draft = Bom.builder().item(id("A")).version("3").status(BomStatus.DRAFT).build();
        assertThat(BomCatalog.of(List.of(v1, v2, draft)).size()).isEqualTo(3);
    }

    @Test
    void of_indirectCycle_reportsRealPath() {
        assertThatThrownBy(() -> BomCatalog.of(List.of(bom("A", line(10, "B", "1")), bom("B", line(10, "C", "1")),
                bom("C", line(10, "D", "1"), line(20, "A", "2")))))
                .isInstanceOfSatisfying(CyclicBomException.class, e -> {
                    assertThat(e.cycle()).containsExactly("A", "B", "C", "A");
                    assertThat(e.path()).isEqualTo("bom[C@1].line[20].component");
                });
    }

    @Test
    void of_futureEffectiveBomClosesCycle_rejected() {
        Bom a = bom("A", line(10, "B", "1"));
        Bom b1 = version("B", "1", Effectivity.until(JUNE), line(10, "C", "1"));
        Bom b2 = version("B", "2", Effectivity.from(JUNE), line(10, "A", "1"));
        assertThatThrownBy(() -> BomCatalog.of(List.of(a, b1, b2)))
                .isInstanceOfSatisfying(CyclicBomException.class,
                        e -> assertThat(e.cycle()).containsExactly("A", "B", "A"));
    }

    @Test
    void of_cycleThroughCostOnlyLine_accepted() {
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "B", "1")),
                bom("B", line(10, id("A"), "1", Uom.EA).costOnly(true).build())));
        assertThat(c.size()).isEqualTo(2);
    }

    @Test
    void of_cycleThroughEngineeringBom_accepted() {
        Bom eng = Bom.builder().item(id("B")).type(BomType.ENGINEERING)
                .lines(Lists.immutable.of(line(10, "A", "1"))).build();
        assertThat(BomCatalog.of(List.of(bom("A", line(10, "B", "1")), eng)).size()).isEqualTo(2);
    }

    @Test
    void of_cycleAndOverlap_reportsBothAtOnce() {
        Bom a1 = version("A", "1", Effectivity.ALWAYS, line(10, "B", "1"));
        Bom a2 = version("A", "2", Effectivity.from(JUNE), line(10, "B", "1"));
        Bom b = bom("B", line(10, "A", "1"));
        assertThatThrownBy(() -> BomCatalog.of(List.of(a1, a2, b)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.rule())
                                .containsExactly("EFFECTIVITY_OVERLAP", "BOM_CYCLE"));
    }

    @Test
    void unvalidated_cyclicData_isIndexedWithoutThrowing() {
        BomCatalog c = BomCatalog.unvalidated(List.of(bom("A", line(10, "B", "1")), bom("B", line(10, "A", "1"))));
        assertThat(c.find(id("B"), DAY)).isPresent();
        assertThatThrownBy(c::validate).isInstanceOf(CyclicBomException.class);
    }
}
