package dev.mfg.core.bom;

import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.error.UnitConversionException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.ConversionFactor;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/*
 * Explosion by low-level order (Orlicky, "Material Requirements Planning", 1975, ch. 4):
 *  1. Index: an iterative DFS from the exploded item numbers every reachable item (dense ints) and records, per
 *     item, the BOM in force on the date and its selected lines (sorted by line number) as edges.
 *  2. Order: Kahn's topological sort of that subgraph; if it leaves nodes out, the subgraph has a cycle, which an
 *     iterative colour DFS names (CyclicBomException). Levels = longest path from the root along that order.
 *  3. Push: in topological order each item's TOTAL requirement is final when it is reached, and is pushed once
 *     through its edges. Arithmetic is in exact fractions (Ratio). O(V + E).
 * The tree explosion reuses 1-2, counts rows by dynamic programming over the order (saturating), enforces the
 * row limit, then walks depth-first with an explicit stack of frames.
 */
final class DefaultBomExplosion implements BomExplosion {
    static final DefaultBomExplosion INSTANCE = new DefaultBomExplosion();

    private DefaultBomExplosion() {}

    /** An edge of the indexed subgraph: a selected line, with the factor from its unit to its row's unit. */
    private static final class Edge {
        final int child;
        final BomLine line;
        ConversionFactor factor = ConversionFactor.ONE;

        Edge(int child, BomLine line) {
            this.child = child;
            this.line = line;
        }
    }

    /** The subgraph reachable from the exploded item on the date. */
    private static final class Index {
        final List<ItemId> items = new ArrayList<>();
        final Map<ItemId, Integer> ids = new HashMap<>();
        final List<Bom> boms = new ArrayList<>(); // null entries: leaves
        final List<List<Edge>> edges = new ArrayList<>();
        Uom[] uoms;
        int[] order;
        int[] level;

        int add(ItemId item) {
            Integer id = ids.get(item);
            if (id != null) {
                return id;
            }
            int i = items.size();
            items.add(item);
            ids.put(item, i);
            boms.add(null);
            edges.add(List.of());
            return i;
        }
    }

    @Override
    public Explosion explode(BomCatalog catalog, ItemId item, BigDecimal quantity, LocalDate date,
            ExplosionOptions options) {
        BigDecimal qty = checkArguments(catalog, item, quantity, date, options);
        Index x = index(catalog, item, date, options);
        Ratio[] req = new Ratio[x.items.size()];
        java.util.Arrays.fill(req, Ratio.ZERO);
        req[0] = Ratio.of(qty);
        for (int u : x.order) {
            Bom bom = x.boms.get(u);
            if (bom == null || req[u].signum() == 0) {
                continue;
            }
            for (Edge e : x.edges.get(u)) {
                req[e.child] = req[e.child].plus(e.line.requirement(req[u], bom.baseQuantity()).times(e.factor));
            }
        }
        List<Requirement> rows = new ArrayList<>();
        for (int v = 1; v < x.items.size(); v++) {
            Bom bom = x.boms.get(v);
            if (bom != null && bom.isPhantom()) {
                continue;
            }
            rows.add(new Requirement(x.items.get(v), req[v].toBigDecimal(), x.uoms[v], x.level[v]));
        }
        rows.sort(Comparator.comparingInt(Requirement::lowLevelCode).thenComparing(Requirement::item));
        return new Explosion(item, qty, date, Lists.immutable.withAll(rows));
    }

    @Override
    public ImmutableList<TreeRow> explodeTree(BomCatalog catalog, ItemId item, BigDecimal quantity,
            LocalDate date, ExplosionOptions options) {
        BigDecimal qty = checkArguments(catalog, item, quantity, date, options);
        Index x = index(catalog, item, date, options);
        // Count rows (paths) before building any, saturating at Long.MAX_VALUE.
        long[] paths = new long[x.items.size()];
        paths[0] = 1;
        long rows = 0;
        for (int u : x.order) {
            for (Edge e : x.edges.get(u)) {
                paths[e.child] = saturatedAdd(paths[e.child], paths[u]);
                rows = saturatedAdd(rows, paths[u]);
            }
        }
        if (rows > options.maxLines()) {
            throw new LimitExceededException("maxExplodedLines", options.maxLines(),
                    rows == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : rows, "explode[" + item + "]");
        }
        List<TreeRow> out = new ArrayList<>((int) rows);
        int n = x.level.length == 0 ? 1 : maxOf(x.level) + 1;
        int[] node = new int[n];
        int[] next = new int[n];
        int[] row = new int[n];
        Ratio[] amount = new Ratio[n];
        int top = 0;
        node[0] = 0;
        next[0] = 0;
        row[0] = -1;
        amount[0] = Ratio.of(qty);
        while (top >= 0) {
            int u = node[top];
            List<Edge> edges = x.edges.get(u);
            if (next[top] >= edges.size()) {
                top--;
                continue;
            }
            Edge e = edges.get(next[top]++);
            Bom bom = x.boms.get(u);
            Ratio childAmount = e.line.requirement(amount[top], bom.baseQuantity()).times(e.factor);
            Bom childBom = x.boms.get(e.child);
            out.add(new TreeRow(top + 1, row[top], x.items.get(u), e.line, childAmount.toBigDecimal(),
                    x.uoms[e.child], childBom != null && childBom.isPhantom()));
            top++;
            node[top] = e.child;
            next[top] = 0;
            row[top] = out.size() - 1;
            amount[top] = childAmount;
        }
        return Lists.immutable.withAll(out);
    }

    private static int maxOf(int[] values) {
        int max = 0;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static BigDecimal checkArguments(BomCatalog catalog, ItemId item, BigDecimal quantity, LocalDate date,
            ExplosionOptions options) {
        Objects.requireNonNull(catalog, "boms");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(options, "options");
        BigDecimal q = Decimals.checkQuantity(quantity, "explode[" + item + "].quantity");
        if (q.signum() < 0) {
            throw InvalidInputException.of(RuleCode.QTY_NEGATIVE, "explode[" + item + "].quantity",
                    q.toPlainString(), "The quantity to explode (" + q.toPlainString() + ") must not be negative.");
        }
        return q;
    }

    private static boolean selected(BomLine line, LocalDate date, ExplosionOptions options) {
        return line.isEffectiveOn(date) && (options.includeCostOnly() || !line.costOnly())
                && (options.includeOptional() || !line.optional());
    }

    private static Index index(BomCatalog catalog, ItemId root, LocalDate date, ExplosionOptions options) {
        Index x = new Index();
        x.add(root);
        // Iterative DFS over item ids; each item is expanded once.
        List<Integer> stack = new ArrayList<>();
        stack.add(0);
        while (!stack.isEmpty()) {
            int u = stack.remove(stack.size() - 1);
            Optional<Bom> found = catalog.find(x.items.get(u), date);
            if (found.isEmpty()) {
                continue;
            }
            Bom bom = found.get();
            x.boms.set(u, bom);
            List<BomLine> lines = new ArrayList<>();
            for (BomLine l : bom.lines()) {
                if (selected(l, date, options)) {
                    lines.add(l);
                }
            }
            lines.sort(Comparator.comparingInt(BomLine::lineNo));
            List<Edge> edges = new ArrayList<>(lines.size());
            for (BomLine l : lines) {
                int before = x.items.size();
                int child = x.add(l.component());
                if (child == before) {
                    if (before > options.maxLines()) {
                        throw new LimitExceededException("maxExplodedLines", options.maxLines(),
                                "more than " + options.maxLines(), "explode[" + root + "]");
                    }
                    stack.add(child);
                }
                edges.add(new Edge(child, l));
            }
            x.edges.set(u, edges);
        }
        int n = x.items.size();
        int[][] adj = Digraph.emptyAdjacency(n);
        for (int u = 0; u < n; u++) {
            List<Edge> edges = x.edges.get(u);
            int[] a = new int[edges.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = edges.get(i).child;
            }
            adj[u] = a;
        }
        Digraph g = new Digraph(adj);
        x.order = g.topologicalOrder();
        if (x.order.length < n) {
            int[] cycle = g.findCycle();
            throw cycle(x, cycle);
        }
        x.level = g.levels(x.order);
        for (int v = 0; v < n; v++) {
            if (x.level[v] > options.maxDepth()) {
                throw new LimitExceededException("maxBomDepth", options.maxDepth(), x.level[v],
                        "explode[" + root + "]");
            }
        }
        assignUnits(x, options);
        return x;
    }

    private static CyclicBomException cycle(Index x, int[] cycle) {
        int from = cycle[cycle.length - 2];
        int to = cycle[cycle.length - 1];
        Bom bom = x.boms.get(from);
        String path = bom.path();
        for (Edge e : x.edges.get(from)) {
            if (e.child == to) {
                path = bom.path() + ".line[" + e.line.lineNo() + "].component";
                break;
            }
        }
        List<String> names = new ArrayList<>();
        for (int v : cycle) {
            names.add(x.items.get(v).value());
        }
        return new CyclicBomException(Lists.immutable.withAll(names), path);
    }

    /** Chooses each row's unit and each edge's conversion factor to it. */
    private static void assignUnits(Index x, ExplosionOptions options) {
        int n = x.items.size();
        x.uoms = new Uom[n];
        ItemId[] firstParent = new ItemId[n];
        int[] firstLine = new int[n];
        for (int v = 0; v < n; v++) {
            Item master = options.items().get(x.items.get(v));
            if (master != null) {
                x.uoms[v] = master.uom();
            }
        }
        for (int u = 0; u < n; u++) {
            ItemId parent = x.items.get(u);
            for (Edge e : x.edges.get(u)) {
                int v = e.child;
                if (options.items().containsKey(x.items.get(v))) {
                    continue;
                }
                int c = firstParent[v] == null ? -1 : parent.compareTo(firstParent[v]);
                if (firstParent[v] == null || c < 0 || (c == 0 && e.line.lineNo() < firstLine[v])) {
                    firstParent[v] = parent;
                    firstLine[v] = e.line.lineNo();
                    x.uoms[v] = e.line.uom();
                }
            }
        }
        if (x.uoms[0] == null) {
            x.uoms[0] = x.boms.get(0) == null ? Uom.EA : x.boms.get(0).uom().orElse(Uom.EA);
        }
        for (int u = 0; u < n; u++) {
            for (Edge e : x.edges.get(u)) {
                Uom target = x.uoms[e.child];
                if (e.line.uom().equals(target)) {
                    continue;
                }
                ItemId component = x.items.get(e.child);
                Item master = options.items().get(component);
                Iterable<UomConversion> own = master == null ? Lists.immutable.empty() : master.conversions();
                String path = x.boms.get(u).path() + ".line[" + e.line.lineNo() + "].uom";
                e.factor = options.unitConverter().find(e.line.uom(), target, own)
                        .orElseThrow(() -> new UnitConversionException(e.line.uom().code(), target.code(),
                                component.value(), path));
            }
        }
    }
}
