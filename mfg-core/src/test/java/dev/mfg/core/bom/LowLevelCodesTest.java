package dev.mfg.core.bom;

import static dev.mfg.core.bom.BomFixtures.CARTON;
import static dev.mfg.core.bom.BomFixtures.CUP;
import static dev.mfg.core.bom.BomFixtures.CUT;
import static dev.mfg.core.bom.BomFixtures.DECOR_SHEET;
import static dev.mfg.core.bom.BomFixtures.DISH;
import static dev.mfg.core.bom.BomFixtures.POWDER;
import static dev.mfg.core.bom.BomFixtures.SET;
import static dev.mfg.core.bom.BomFixtures.bom;
import static dev.mfg.core.bom.BomFixtures.id;
import static dev.mfg.core.bom.BomFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.quantity.Uom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class LowLevelCodesTest {

    static List<Bom> chain(int levels) {
        List<Bom> boms = new ArrayList<>(levels);
        for (int i = 0; i < levels; i++) {
            boms.add(bom("C" + i, line(10, "C" + (i + 1), "1")));
        }
        return boms;
    }

    @Test
    void of_melamine_codesAreLongestDepth() {
        // SET 0; DISH, CUP, CARTON 1; DECOR-CUT and POWDER (via DISH or CUP) 2; DECOR-SHEET 3.
        LowLevelCodes llc = LowLevelCodes.of(BomFixtures.melamineCatalog());
        assertThat(llc.of(SET)).isZero();
        assertThat(llc.of(DISH)).isEqualTo(1);
        assertThat(llc.of(CUP)).isEqualTo(1);
        assertThat(llc.of(CARTON)).isEqualTo(1);
        assertThat(llc.of(CUT)).isEqualTo(2);
        assertThat(llc.of(POWDER)).isEqualTo(2);
        assertThat(llc.of(DECOR_SHEET)).isEqualTo(3);
        assertThat(llc.maxCode()).isEqualTo(3);
        assertThat(llc.order()).containsExactly(SET, CARTON, CUP, DISH, CUT, POWDER, DECOR_SHEET);
    }

    @Test
    void of_itemUsedAtTwoDepths_getsTheDeeper() {
        // A uses X directly and through B: X gets 2, not 1.
        LowLevelCodes llc = LowLevelCodes.of(BomCatalog.of(List.of(
                bom("A", line(10, "X", "1"), line(20, "B", "1")), bom("B", line(10, "X", "1")))));
        assertThat(llc.of(id("X"))).isEqualTo(2);
    }

    @Test
    void of_futureVersion_countsForAllDates() {
        // B's future BOM adds a level below it: Y gets 2 even though it is not used today.
        Bom b1 = Bom.builder().item(id("B")).version("1").effectivity(Effectivity.until(LocalDate.of(2027, 1, 1)))
                .lines(Lists.immutable.of(line(10, "X", "1"))).build();
        Bom b2 = Bom.builder().item(id("B")).version("2").effectivity(Effectivity.from(LocalDate.of(2027, 1, 1)))
                .lines(Lists.immutable.of(line(10, "Y", "1"))).build();
        LowLevelCodes llc = LowLevelCodes.of(BomCatalog.of(List.of(bom("A", line(10, "B", "1")), b1, b2)));
        assertThat(llc.of(id("Y"))).isEqualTo(2);
        assertThat(llc.of(id("X"))).isEqualTo(2);
    }

    @Test
    void of_costOnlyLine_isNotAnEdge() {
        LowLevelCodes llc = LowLevelCodes.of(BomCatalog.of(List.of(
                bom("A", line(10, id("GLAZE"), "1", Uom.EA).costOnly(true).build(), line(20, "B", "1")))));
        assertThat(llc.find(id("GLAZE"))).isEmpty();
        assertThat(llc.size()).isEqualTo(2);
    }

    @Test
    void of_unknownItem_throwsIllegalArgument() {
        LowLevelCodes llc = LowLevelCodes.of(BomFixtures.melamineCatalog());
        assertThatThrownBy(() -> llc.of(id("NOPE"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(llc.find(id("NOPE"))).isEmpty();
    }

    @Test
    void of_unvalidatedCycle_throwsCyclicBomWithPath() {
        BomCatalog c = BomCatalog.unvalidated(List.of(bom("A", line(10, "B", "1")), bom("B", line(10, "C", "1")),
                bom("C", line(10, "A", "1"))));
        assertThatThrownBy(() -> LowLevelCodes.of(c))
                .isInstanceOfSatisfying(CyclicBomException.class,
                        e -> assertThat(e.cycle()).containsExactly("A", "B", "C", "A"));
    }

    @Test
    void of_tenThousandLevelChain_noStackOverflow() {
        LowLevelCodes llc = LowLevelCodes.of(BomCatalog.of(chain(10_000)));
        assertThat(llc.of(id("C10000"))).isEqualTo(10_000);
        assertThat(llc.order().getFirst()).isEqualTo(id("C0"));
        assertThat(llc.order().getLast()).isEqualTo(id("C10000"));
    }
}
