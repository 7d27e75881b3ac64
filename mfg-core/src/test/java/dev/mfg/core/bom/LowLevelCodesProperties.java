package dev.mfg.core.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.mfg.core.item.ItemId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** The optimized low-level codes against a plain longest-path computation written here. */
class LowLevelCodesProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    /**
     * Reference: every item of a planning BOM (as its item or a non-cost-only component) starts at 0; an edge
     * parent → component raises the component to parent + 1; repeat until nothing changes (at most one round
     * per level on an acyclic catalog). The result is the longest path from any root.
     */
    private static Map<ItemId, Integer> reference(List<Bom> boms) {
        Map<ItemId, Integer> code = new TreeMap<>();
        List<ItemId[]> edges = new ArrayList<>();
        for (Bom b : boms) {
            if (b.status() != BomStatus.ACTIVE || b.type() == BomType.ENGINEERING) {
                continue;
            }
            code.put(b.item(), 0);
            for (BomLine l : b.lines()) {
                if (!l.costOnly()) {
                    code.put(l.component(), 0);
                    edges.add(new ItemId[] {b.item(), l.component()});
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ItemId[] e : edges) {
                if (code.get(e[1]) < code.get(e[0]) + 1) {
                    code.put(e[1], code.get(e[0]) + 1);
                    changed = true;
                }
            }
        }
        return code;
    }

    private static int level(ItemId generated) {
        // BomGen names items L<level>I<index>.
        String v = generated.value();
        return Integer.parseInt(v.substring(1, v.indexOf('I')));
    }

    /**
     * Adds what the planning graph must handle beyond BomGen's single versions, without a planning cycle: a second
     * planning version of some made items (lines copied from another BOM of the same level, so they still point
     * deeper), and an ENGINEERING BOM of a leaf that points back to the root (ignored: not a planning BOM).
     */
    private static List<Bom> withVersions(BomGen.Model m) {
        Random r = new Random(m.seed());
        List<Bom> boms = new ArrayList<>(m.boms());
        for (Bom b : m.boms()) {
            if (r.nextInt(3) == 0) {
                List<Bom> sameLevel = new ArrayList<>();
                for (Bom o : m.boms()) {
                    if (level(o.item()) == level(b.item())) {
                        sameLevel.add(o);
                    }
                }
                Bom donor = sameLevel.get(r.nextInt(sameLevel.size()));
                List<BomLine> lines = new ArrayList<>(donor.lines().castToList());
                Collections.reverse(lines);
                boms.add(Bom.builder().item(b.item()).version("2").lines(Lists.immutable.withAll(lines)).build());
            }
        }
        ItemId deepest = m.boms().stream().flatMap(b -> b.lines().stream()).map(BomLine::component)
                .max(Comparator.comparingInt(LowLevelCodesProperties::level)).orElseThrow();
        boms.add(Bom.builder().item(deepest).version("E").type(BomType.ENGINEERING)
                .lines(Lists.immutable.of(BomFixtures.line(10, m.root().value(), "1"))).build());
        return BomGen.shuffled(boms, m.seed());
    }

    private static void assertSameAsReference(List<Bom> boms, BomCatalog catalog) {
        Map<ItemId, Integer> expected = reference(boms);
        LowLevelCodes llc = LowLevelCodes.of(catalog);
        assertThat(llc.size()).isEqualTo(expected.size());
        expected.forEach((item, code) -> {
            assertThat(llc.of(item)).as("code of %s", item).isEqualTo(code);
            assertThat(llc.find(item)).hasValue(code);
        });
        List<ItemId> order = new ArrayList<>(expected.keySet());   // ascending id (TreeMap)
        order.sort(Comparator.comparingInt(expected::get));          // stable: by code, then id
        assertThat(llc.order()).containsExactlyElementsOf(order);
        assertThat(llc.maxCode()).isEqualTo(expected.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    @Test
    void of_randomAcyclicCatalog_equalsPlainLongestPath() {
        qt().withExamples(EXAMPLES).forAll(BomGen.acyclic(true, "1", "3"))
                .checkAssert(m -> assertSameAsReference(m.boms(), BomCatalog.of(m.boms())));
    }

    @Test
    void of_severalVersionsShuffledAndEngineeringBom_equalsPlainLongestPath() {
        qt().withExamples(EXAMPLES).forAll(BomGen.acyclic(true, "1", "3")).checkAssert(m -> {
            List<Bom> boms = withVersions(m);
            assertSameAsReference(boms, BomCatalog.unvalidated(boms));
        });
    }
}
