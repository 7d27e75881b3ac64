package dev.mfg.core.masterdata;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomStatus;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingStatus;
import dev.mfg.core.routing.RoutingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Derives the effective planning BOMs: stored BOMs merged with the materials defined on routing operations, by
 * the precedence rule of {@code ManufacturingBom} (operation materials are authoritative; a BOM line of the
 * same component is superseded; other BOM lines stay). This is the product structure explosion, low-level
 * codes, cycle checks, MRP and costing see, so a component defined only on an operation is never missed.
 *
 * <p>Rules: for a planning BOM (ACTIVE, PRODUCTION or PHANTOM) of an item whose ACTIVE PRODUCTION routings carry
 * operation materials, the routing whose effectivity overlaps the BOM's is merged in (if several, the one with
 * the smallest lot-size start, then version: routings that differ by lot size should carry the same
 * materials). An item with operation materials and no planning BOM gets one derived BOM per such routing,
 * version {@code routing-<version>}, with the routing's effectivity (routings whose effectivity overlaps an
 * earlier one are skipped). Operation materials become lines numbered {@code operation × 1000 + lineNo} with
 * their operation set; UNIT quantities are scaled by the BOM's base quantity (operation materials are per one
 * unit).
 */
final class EffectiveBoms {
    private EffectiveBoms() {}

    static ImmutableList<Bom> derive(ImmutableList<Bom> boms, ImmutableList<Routing> routings) {
        Map<ItemId, List<Routing>> withMaterials = new LinkedHashMap<>();
        routings.toSortedList(Comparator.comparing((Routing r) -> r.lotSizeFrom().orElse(BigDecimal.ZERO))
                        .thenComparing(Routing::version))
                .forEach(r -> {
                    if (r.status() == RoutingStatus.ACTIVE && r.type() == RoutingType.PRODUCTION
                            && r.operations().anySatisfy(o -> !o.materials().isEmpty())) {
                        withMaterials.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r);
                    }
                });
        if (withMaterials.isEmpty()) {
            return boms;
        }
        List<Bom> result = new ArrayList<>(boms.size());
        Set<ItemId> withPlanningBom = new HashSet<>();
        for (Bom bom : boms) {
            if (bom.status() != BomStatus.ACTIVE || bom.type() == BomType.ENGINEERING) {
                result.add(bom);
                continue;
            }
            withPlanningBom.add(bom.item());
            Routing routing = withMaterials.getOrDefault(bom.item(), List.of()).stream()
                    .filter(r -> r.effectivity().overlaps(bom.effectivity())).findFirst().orElse(null);
            result.add(routing == null ? bom : merge(bom, routing));
        }
        withMaterials.forEach((item, rs) -> {
            if (withPlanningBom.contains(item)) {
                return;
            }
            List<Routing> taken = new ArrayList<>();
            for (Routing r : rs) {
                if (taken.stream().noneMatch(t -> t.effectivity().overlaps(r.effectivity()))) {
                    taken.add(r);
                    result.add(Bom.builder().item(item).version("routing-" + r.version())
                            .effectivity(r.effectivity())
                            .lines(Lists.immutable.withAll(operationLines(r, BigDecimal.ONE, Set.of())))
                            .build());
                }
            }
        });
        return Lists.immutable.withAll(result);
    }

    private static Bom merge(Bom bom, Routing routing) {
        Set<ItemId> operationComponents = new HashSet<>();
        routing.operations().forEach(o -> o.materials().forEach(m -> operationComponents.add(m.component())));
        List<BomLine> lines = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (BomLine line : bom.lines()) {
            if (!operationComponents.contains(line.component())) {
                lines.add(line);
                taken.add(line.lineNo());
            }
        }
        lines.addAll(operationLines(routing, bom.baseQuantity(), taken));
        return Bom.builder().from(bom).lines(Lists.immutable.withAll(lines)).build();
    }

    private static List<BomLine> operationLines(Routing routing, BigDecimal baseQuantity, Set<Integer> taken) {
        List<BomLine> lines = new ArrayList<>();
        Set<Integer> used = new HashSet<>(taken);
        int next = used.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Operation op : routing.operations()) {
            for (BomLine m : op.materials().toSortedListBy(BomLine::lineNo)) {
                int no = op.no() * 1000 + m.lineNo();
                if (!used.add(no)) {
                    do {
                        next++;
                    } while (!used.add(next));
                    no = next;
                }
                BigDecimal qty = m.per() == QuantityBasis.UNIT ? m.quantity().multiply(baseQuantity) : m.quantity();
                lines.add(BomLine.builder().from(m).lineNo(no).operation(op.no()).quantity(qty).build());
            }
        }
        return lines;
    }
}
