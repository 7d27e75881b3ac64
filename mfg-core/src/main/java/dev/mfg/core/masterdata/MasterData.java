package dev.mfg.core.masterdata;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomCatalog;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.CoProduct;
import dev.mfg.core.bom.Substitute;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.UnitConverter;
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

    /** {@return the validated BOM catalog} */
    @Value.Lazy
    public BomCatalog bomCatalog() {
        return BomCatalog.unvalidated(boms());
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
                Optional<Item> component = Optional.ofNullable(itemsById().get(line.component()));
                if (component.isEmpty()) {
                    p.add(RuleCode.REFERENCE_UNKNOWN, linePath + ".component", line.component(),
                            "The component (" + line.component() + ") is not in the item master."
                                    + "\nMaybe add the item, or correct the line's component.");
                } else if (converter.find(line.uom(), component.get().uom(), component.get().conversions())
                        .isEmpty()) {
                    p.add(RuleCode.UOM_INCOMPATIBLE, linePath + ".uom", line.uom(),
                            "The line's unit (" + line.uom() + ") cannot be converted to the unit ("
                                    + component.get().uom() + ") of component (" + line.component() + ")."
                                    + "\nMaybe add an item-specific conversion to the component.");
                }
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
            BomCatalog.of(boms());
        } catch (InvalidInputException e) {
            p.addAll(e);
        }
        p.throwIfAny();
    }

    /** Builds {@link MasterData}. */
    public static final class Builder extends ImmutableMasterData.Builder {
        Builder() {}
    }
}
