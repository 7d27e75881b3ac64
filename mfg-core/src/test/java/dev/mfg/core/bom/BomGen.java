package dev.mfg.core.bom;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.eclipse.collections.api.factory.Lists;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for BOM catalogs. Acyclic catalogs are built level by level (a line only points to a
 * deeper level), so cycles are impossible by construction. Each model is derived from one seed, printed by
 * {@link Model#toString()} when a property fails.
 */
final class BomGen {
    private static final String[] QTY = {"1", "2", "0.5", "1.5", "3", "0.25", "4"};
    private static final String[] SCRAP = {"0", "0", "0", "3", "5", "12.5", "2.5"};

    private BomGen() {}

    /** A generated catalog and the item to explode. */
    record Model(long seed, List<Bom> boms, ItemId root) {
        @Override
        public String toString() {
            return "Model(seed=" + seed + ", boms=" + boms.size() + ")";
        }
    }

    /**
     * @param allowBatch whether BATCH lines may appear
     * @param bases the base quantities to draw from
     * @return acyclic multi-level catalogs (≤ 8 levels, ≤ 3 items per level, ≤ 3 lines per BOM) with random
     *     scrap, base quantities, phantoms, cost-only and optional lines
     */
    static Gen<Model> acyclic(boolean allowBatch, String... bases) {
        return SourceDSL.longs().all().map(seed -> acyclic(seed, allowBatch, bases));
    }

    static Model acyclic(long seed, boolean allowBatch, String... bases) {
        Random r = new Random(seed);
        int levels = 2 + r.nextInt(7);
        List<List<ItemId>> items = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            int width = l == 0 ? 1 : 1 + r.nextInt(3);
            List<ItemId> level = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                level.add(ItemId.of("L" + l + "I" + i));
            }
            items.add(level);
        }
        List<Bom> boms = new ArrayList<>();
        for (int l = 0; l < levels - 1; l++) {
            for (ItemId item : items.get(l)) {
                if (l > 0 && r.nextInt(5) == 0) {
                    continue; // a leaf above the bottom level
                }
                int n = 1 + r.nextInt(3);
                List<BomLine> lines = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    int target = l + 1 + r.nextInt(levels - l - 1);
                    List<ItemId> candidates = items.get(target);
                    BomLine.Builder b = BomLine.builder();
                    b.lineNo(10 * (k + 1)).component(candidates.get(r.nextInt(candidates.size())))
                            .quantity(new BigDecimal(QTY[r.nextInt(QTY.length)])).uom(Uom.EA)
                            .scrapPercent(new BigDecimal(SCRAP[r.nextInt(SCRAP.length)]));
                    if (allowBatch && r.nextInt(5) == 0) {
                        b.per(r.nextBoolean() ? QuantityBasis.BATCH : QuantityBasis.ORDER);
                    }
                    if (r.nextInt(10) == 0) {
                        b.costOnly(true);
                    } else if (r.nextInt(10) == 0) {
                        b.optional(true);
                    }
                    lines.add(b.build());
                }
                boms.add(Bom.builder().item(item)
                        .type(l > 0 && r.nextInt(5) == 0 ? BomType.PHANTOM : BomType.PRODUCTION)
                        .baseQuantity(new BigDecimal(bases[r.nextInt(bases.length)]))
                        .lines(Lists.immutable.withAll(lines)).build());
            }
        }
        return new Model(seed, boms, items.get(0).get(0));
    }

    /** The same model with every BOM's lines and the BOM order shuffled. */
    static List<Bom> shuffled(List<Bom> boms, long seed) {
        Random r = new Random(seed);
        List<Bom> out = new ArrayList<>();
        for (Bom b : boms) {
            List<BomLine> lines = new ArrayList<>(b.lines().castToList());
            Collections.shuffle(lines, r);
            out.add(Bom.builder().from(b).lines(Lists.immutable.withAll(lines)).build());
        }
        Collections.shuffle(out, r);
        return out;
    }

    /** A random directed graph on 2–8 nodes that may have cycles (self-loops included). */
    record Graph(long seed, int n, boolean[][] edge) {
        @Override
        public String toString() {
            return "Graph(seed=" + seed + ", n=" + n + ")";
        }
    }

    static Gen<Graph> graphs() {
        return SourceDSL.longs().all().map(seed -> {
            Random r = new Random(seed);
            int n = 2 + r.nextInt(7);
            double p = 0.05 + r.nextDouble() * 0.3;
            boolean[][] e = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    e[i][j] = r.nextDouble() < (i == j ? p / 4 : p);
                }
            }
            return new Graph(seed, n, e);
        });
    }
}
