package dev.mfg.core.masterdata;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomCatalog;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.CoProduct;
import dev.mfg.core.bom.LowLevelCodes;
import dev.mfg.core.bom.Substitute;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.UnitConverter;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingCatalog;
import dev.mfg.core.routing.RoutingScheduler;
import dev.mfg.core.quantity.UomConversion;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;
import org.immutables.value.Value;

/**
 * A consistent snapshot of master data: the item master, bills of material and global unit conversions (with
 * routings, work centers, tools and calendars). Building one validates the whole graph and reports every
 * problem at once: duplicate ids, references to unknown items, line units that cannot be converted to the
 * component's unit, BOM cycles (with their path) and overlapping effectivity.
 *
 * <pre>{@code
 * MasterData data = MasterData.builder().items(items).boms(boms).build();   // throws with all problems
 * data.bomCatalog();                                                      // validated, indexed BOMs
 * }</pre>
 *
 * <p>Engines take a {@code MasterData} and never re-validate it. Immutable and thread-safe; indexes are built
 * lazily once.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class MasterData {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the item master} */
    @Value.Default
    public ImmutableList<Item> items() {
        return Lists.immutable.empty();
    }

    /** {@return every bill of material, of every type, status and version} */
    @Value.Default
    public ImmutableList<Bom> boms() {
        return Lists.immutable.empty();
    }

    /** {@return every routing, of every type, status and version} */
    @Value.Default
    public ImmutableList<Routing> routings() {
        return Lists.immutable.empty();
    }

    /** {@return the work centers} */
    @Value.Default
    public ImmutableList<WorkCenter> workCenters() {
        return Lists.immutable.empty();
    }

    /** {@return the tools and molds} */
    @Value.Default
    public ImmutableList<Tool> tools() {
        return Lists.immutable.empty();
    }

    /** {@return the working calendars} */
    @Value.Default
    public ImmutableList<WorkCalendar> calendars() {
        return Lists.immutable.empty();
    }

    /** {@return global unit conversions (item-specific ones live on the items)} */
    @Value.Default
    public ImmutableList<UomConversion> uomConversions() {
        return Lists.immutable.empty();
    }

    /** {@return the items by id} */
    @Value.Lazy
    public ImmutableMap<ItemId, Item> itemsById() {
        MutableMap<ItemId, Item> map = Maps.mutable.ofInitialCapacity(items().size());
        items().forEach(i -> map.put(i.id(), i));
        return map.toImmutable();
    }

    /**
     * @param id an item id
     * @return the item, if known
     */
    public Optional<Item> item(ItemId id) {
        return Optional.ofNullable(itemsById().get(id));
    }

    /**
     * {@return the effective product structure: stored BOMs merged with routing operation materials} This is
     * the catalog explosion, low-level codes, MRP and costing use, so a component that is defined only on a
     * routing operation (seed 003's manufacturing BOM) is part of the structure. Precedence: operation materials
     * supersede BOM lines of the same component (see {@code ManufacturingBom}); derivation rules on
     * {@link #effectiveBoms()}.
     */
    @Value.Lazy
    public BomCatalog bomCatalog() {
        // Without operation materials the effective structure is the stored one: index it once.
        return effectiveBoms() == boms() ? storedBomCatalog() : BomCatalog.unvalidated(effectiveBoms());
    }

    /**
     * {@return the low-level codes of the effective structure {@link #bomCatalog()}} Computed once, on first use,
     * and shared by every caller (MRP, costing): the same instance on every call, equal to
     * {@code LowLevelCodes.of(bomCatalog())}. Thread-safe. Never throws for a built {@code MasterData}: its
     * construction already rejected cycles in the effective structure.
     */
    @Value.Lazy
    public LowLevelCodes lowLevelCodes() {
        return LowLevelCodes.of(bomCatalog());
    }

    /** {@return the BOMs exactly as stored, without operation materials merged in} */
    @Value.Lazy
    public BomCatalog storedBomCatalog() {
        return BomCatalog.unvalidated(boms());
    }

    /**
     * {@return the stored BOMs with routing operation materials merged in} For a planning BOM of an item whose
     * active production routing carries operation materials, those materials replace BOM lines of the same
     * component and are added as lines numbered {@code operation × 1000 + lineNo}; an item with operation
     * materials but no planning BOM gets a derived BOM {@code ITEM@routing-<version>} per routing.
     */
    @Value.Lazy
    public ImmutableList<Bom> effectiveBoms() {
        return EffectiveBoms.derive(boms(), routings());
    }

    /** {@return the validated routing catalog} */
    @Value.Lazy
    public RoutingCatalog routingCatalog() {
        return RoutingCatalog.of(routings());
    }

    /** {@return the work centers by id} */
    @Value.Lazy
    public ImmutableMap<WorkCenterId, WorkCenter> workCentersById() {
        MutableMap<WorkCenterId, WorkCenter> map = Maps.mutable.empty();
        workCenters().forEach(w -> map.put(w.id(), w));
        return map.toImmutable();
    }

    /** {@return the tools by id} */
    @Value.Lazy
    public ImmutableMap<ToolId, Tool> toolsById() {
        MutableMap<ToolId, Tool> map = Maps.mutable.empty();
        tools().forEach(t -> map.put(t.id(), t));
        return map.toImmutable();
    }

    /** {@return the calendars by id} */
    @Value.Lazy
    public ImmutableMap<CalendarId, WorkCalendar> calendarsById() {
        MutableMap<CalendarId, WorkCalendar> map = Maps.mutable.empty();
        calendars().forEach(c -> map.put(c.id(), c));
        return map.toImmutable();
    }

    /**
     * @param id a work center id
     * @return the work center, if known
     */
    public Optional<WorkCenter> workCenter(WorkCenterId id) {
        return Optional.ofNullable(workCentersById().get(id));
    }

    /**
     * @param id a tool id
     * @return the tool, if known
     */
    public Optional<Tool> tool(ToolId id) {
        return Optional.ofNullable(toolsById().get(id));
    }

    /**
     * @param id a calendar id
     * @return the calendar, if known
     */
    public Optional<WorkCalendar> calendar(CalendarId id) {
        return Optional.ofNullable(calendarsById().get(id));
    }

    /** {@return a scheduler resolving work centers, calendars and tools from this data} */
    @Value.Lazy
    public RoutingScheduler scheduler() {
        return RoutingScheduler.of(this::workCenter, this::calendar, this::tool);
    }

    /** {@return the unit converter with the global conversions} */
    @Value.Lazy
    public UnitConverter unitConverter() {
        return UnitConverter.of(uomConversions());
    }

    @Value.Check
    final void validate() {
        Problems p = new Problems();
        Set<ItemId> seen = new HashSet<>();
        for (int i = 0; i < items().size(); i++) {
            Item item = items().get(i);
            if (!seen.add(item.id())) {
                p.add(RuleCode.ID_DUPLICATE, "items[" + i + "].id", item.id(),
                        "The item id (" + item.id() + ") is used twice.");
            }
        }
        UnitConverter converter = UnitConverter.of(uomConversions());
        for (Bom bom : boms()) {
            String path = "bom[" + bom.id() + "]";
            if (!seen.contains(bom.item())) {
                p.add(RuleCode.REFERENCE_UNKNOWN, path + ".item", bom.item(),
                        "The BOM's item (" + bom.item() + ") is not in the item master.");
            }
            for (BomLine line : bom.lines()) {
                String linePath = path + ".line[" + line.lineNo() + "]";
                checkComponent(p, line, linePath, converter);
                for (int s = 0; s < line.substitutes().size(); s++) {
                    Substitute sub = line.substitutes().get(s);
                    if (!seen.contains(sub.component())) {
                        p.add(RuleCode.REFERENCE_UNKNOWN, linePath + ".substitutes[" + s + "].component",
                                sub.component(), "The substitute (" + sub.component() + ") is not in the item master.");
                    }
                }
            }
            for (int c = 0; c < bom.coProducts().size(); c++) {
                CoProduct co = bom.coProducts().get(c);
                if (!seen.contains(co.item())) {
                    p.add(RuleCode.REFERENCE_UNKNOWN, path + ".coProducts[" + c + "].item", co.item(),
                            "The co-product (" + co.item() + ") is not in the item master.");
                }
            }
        }
        try {
            storedBomCatalog().validate();   // validates the lazily cached catalog: indexed once, reused
        } catch (InvalidInputException e) {
            p.addAll(e);
        }
        validateResources(p, seen, converter);
        if (p.isEmpty() && routings().anySatisfy(r -> r.operations().anySatisfy(o -> !o.materials().isEmpty()))) {
            // Operation materials can close a cycle that the stored BOMs alone do not.
            try {
                bomCatalog().validate();
            } catch (InvalidInputException e) {
                p.addAll(e);
            }
        }
        p.throwIfAny();
    }

    private void validateResources(Problems p, Set<ItemId> items, UnitConverter converter) {
        Set<CalendarId> calendarIds = new HashSet<>();
        for (int i = 0; i < calendars().size(); i++) {
            if (!calendarIds.add(calendars().get(i).id())) {
                p.add(RuleCode.ID_DUPLICATE, "calendars[" + i + "].id", calendars().get(i).id(),
                        "The calendar id (" + calendars().get(i).id() + ") is used twice.");
            }
        }
        Set<WorkCenterId> wcIds = new HashSet<>();
        for (int i = 0; i < workCenters().size(); i++) {
            WorkCenter wc = workCenters().get(i);
            if (!wcIds.add(wc.id())) {
                p.add(RuleCode.ID_DUPLICATE, "workCenters[" + i + "].id", wc.id(),
                        "The work center id (" + wc.id() + ") is used twice.");
            }
            wc.calendar().filter(c -> !calendarIds.contains(c)).ifPresent(c -> p.add(RuleCode.REFERENCE_UNKNOWN,
                    "workCenter[" + wc.id() + "].calendar", c, "The calendar (" + c + ") is not defined."));
        }
        Set<ToolId> toolIds = new HashSet<>();
        for (int i = 0; i < tools().size(); i++) {
            Tool t = tools().get(i);
            if (!toolIds.add(t.id())) {
                p.add(RuleCode.ID_DUPLICATE, "tools[" + i + "].id", t.id(), "The tool id (" + t.id() + ") is used twice.");
            }
            for (int k = 0; k < t.products().size(); k++) {
                ItemId product = t.products().get(k);
                if (!items.contains(product)) {
                    p.add(RuleCode.REFERENCE_UNKNOWN, "tool[" + t.id() + "].products[" + k + "]", product,
                            "The product (" + product + ") of tool (" + t.id() + ") is not in the item master.");
                }
            }
        }
        for (Routing r : routings()) {
            String path = "routing[" + r.id() + "]";
            if (!items.contains(r.item())) {
                p.add(RuleCode.REFERENCE_UNKNOWN, path + ".item", r.item(),
                        "The routing's item (" + r.item() + ") is not in the item master.");
            }
            for (Operation op : r.operations()) {
                String opPath = path + ".operations[" + op.no() + "]";
                if (!wcIds.contains(op.workCenter())) {
                    p.add(RuleCode.REFERENCE_UNKNOWN, opPath + ".workCenter", op.workCenter(),
                            "The work center (" + op.workCenter() + ") is not defined.");
                }
                op.tool().filter(t -> !toolIds.contains(t)).ifPresent(t -> p.add(RuleCode.REFERENCE_UNKNOWN,
                        opPath + ".tool", t, "The tool (" + t + ") is not defined."));
                for (BomLine m : op.materials()) {
                    checkComponent(p, m, opPath + ".materials[" + m.lineNo() + "]", converter);
                }
            }
        }
        try {
            routingCatalog();                // RoutingCatalog.of validates; the result stays cached
        } catch (InvalidInputException e) {
            p.addAll(e);
        }
        // A BOM line that names an operation must find it in a routing of its parent (when the parent has one).
        // Routings are indexed by item once: a scan per BOM would be quadratic on large models.
        java.util.Map<ItemId, java.util.List<Routing>> routingsByItem = new java.util.HashMap<>();
        for (Routing r : routings()) {
            routingsByItem.computeIfAbsent(r.item(), k -> new java.util.ArrayList<>()).add(r);
        }
        for (Bom bom : boms()) {
            java.util.List<Routing> itemRoutings = routingsByItem.getOrDefault(bom.item(), java.util.List.of());
            if (itemRoutings.isEmpty()) {
                continue;
            }
            for (BomLine line : bom.lines()) {
                if (line.operation().isPresent() && itemRoutings.stream().noneMatch(
                        r -> r.operation(line.operation().getAsInt()).isPresent())) {
                    p.add(RuleCode.OPERATION_UNKNOWN, "bom[" + bom.id() + "].line[" + line.lineNo() + "].operation",
                            line.operation().getAsInt(), "No routing of (" + bom.item() + ") has operation ("
                                    + line.operation().getAsInt() + ").\nMaybe correct the line's operation number.");
                }
            }
        }
    }

    private void checkComponent(Problems p, BomLine line, String linePath, UnitConverter converter) {
        Item component = itemsById().get(line.component());
        if (component == null) {
            p.add(RuleCode.REFERENCE_UNKNOWN, linePath + ".component", line.component(),
                    "The component (" + line.component() + ") is not in the item master."
                            + "\nMaybe add the item, or correct the line's component.");
        } else if (converter.find(line.uom(), component.uom(), component.conversions()).isEmpty()) {
            p.add(RuleCode.UOM_INCOMPATIBLE, linePath + ".uom", line.uom(),
                    "The line's unit (" + line.uom() + ") cannot be converted to the unit (" + component.uom()
                            + ") of component (" + line.component() + ")."
                            + "\nMaybe add an item-specific conversion to the component.");
        }
    }

    /** Builds {@link MasterData}. */
    public static final class Builder extends ImmutableMasterData.Builder {
        Builder() {}
    }
}
