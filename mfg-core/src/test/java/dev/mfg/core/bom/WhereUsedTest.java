package dev.mfg.core.bom;

import static dev.mfg.core.bom.BomFixtures.CUP;
import static dev.mfg.core.bom.BomFixtures.CUT;
import static dev.mfg.core.bom.BomFixtures.DAY;
import static dev.mfg.core.bom.BomFixtures.DECOR_SHEET;
import static dev.mfg.core.bom.BomFixtures.DISH;
import static dev.mfg.core.bom.BomFixtures.POWDER;
import static dev.mfg.core.bom.BomFixtures.SET;
import static dev.mfg.core.bom.BomFixtures.bom;
import static dev.mfg.core.bom.BomFixtures.id;
import static dev.mfg.core.bom.BomFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.quantity.Uom;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class WhereUsedTest {

    @Test
    void usages_powder_bothBomsWithTheirLines() {
        WhereUsed w = WhereUsed.of(BomFixtures.melamineCatalog());
        assertThat(w.usages(POWDER)).extracting(u -> u.bom().id().toString(), u -> u.line().lineNo())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CUP@1", 10),
                        org.assertj.core.groups.Tuple.tuple("DISH-L@1", 10));
        assertThat(w.usages(SET)).isEmpty();
    }

    @Test
    void ancestors_decorSheet_allLevelsUp() {
        WhereUsed w = WhereUsed.of(BomFixtures.melamineCatalog());
        assertThat(w.ancestors(DECOR_SHEET)).containsExactly(new WhereUsed.Ancestor(CUT, 1),
                new WhereUsed.Ancestor(DISH, 2), new WhereUsed.Ancestor(SET, 3));
    }

    @Test
    void ancestors_powder_fewestLevelsEach() {
        WhereUsed w = WhereUsed.of(BomFixtures.melamineCatalog());
        assertThat(w.ancestors(POWDER)).containsExactly(new WhereUsed.Ancestor(CUP, 1),
                new WhereUsed.Ancestor(DISH, 1), new WhereUsed.Ancestor(SET, 2));
    }

    @Test
    void usagesOnDate_lineOutOfForce_excluded() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        BomCatalog c = BomCatalog.of(List.of(bom("A",
                line(10, id("X"), "1", Uom.EA).effectivity(Effectivity.until(june)).build(), line(20, "Y", "1"))));
        WhereUsed w = WhereUsed.of(c);
        assertThat(w.usages(id("X"), DAY)).hasSize(1);
        assertThat(w.usages(id("X"), june)).isEmpty();
        assertThat(w.ancestors(id("X"), june)).isEmpty();
        assertThat(w.ancestors(id("X"))).containsExactly(new WhereUsed.Ancestor(id("A"), 1));
    }

    @Test
    void usages_engineeringBom_notCounted() {
        Bom eng = Bom.builder().item(id("E")).type(BomType.ENGINEERING)
                .lines(Lists.immutable.of(line(10, "X", "1"))).build();
        WhereUsed w = WhereUsed.of(BomCatalog.of(List.of(eng)));
        assertThat(w.usages(id("X"))).isEmpty();
    }

    @Test
    void ancestors_cyclicUnvalidatedData_terminates() {
        BomCatalog c = BomCatalog.unvalidated(List.of(bom("A", line(10, "B", "1")), bom("B", line(10, "A", "1"))));
        assertThat(WhereUsed.of(c).ancestors(id("A"))).containsExactly(new WhereUsed.Ancestor(id("B"), 1));
    }
}
