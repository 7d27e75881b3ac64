package dev.mfg.testkit.reference;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.CoProduct;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.bom.OutputKind;
import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Seed 004's melamine dinner set, as master data: the 4-level BOM of a 50-piece set.
 *
 * <pre>
 * SET-50 (set, level 0)
 *  ├─ DISH-L ×6        large dish, MAKE; one press cycle grades A (the dish), B and C (co-products)
 *  │   ├─ POWDER 0.15 KG, scrap 3 %    (bought per KG, valued at moving average)
 *  │   └─ DECOR-CUT ×1 ready decor cutout, semi-finished, MAKE
 *  │        └─ DECOR-SHEET 0.25 SHEET, scrap 15 %
 *  ├─ CUP ×6           MAKE (cup mold, 4 cavities); POWDER 0.05 KG, scrap 2 %
 *  └─ CARTON ×1        printed carton, at set level (not per piece), backflushed at packing
 * </pre>
 *
 * Glaze is deliberately not a BOM line (seed 004: an overhead consumable). Where the seed gives no number
 * (the decor sheet per cutout, the cup, grade yields) a plausible one is chosen and named here.
 *
 * @since 0.1
 */
public final class MelamineSet {
    /** The finished set. */
    public static final ItemId SET = ItemId.of("SET-50");
    /** Large dish. */
    public static final ItemId DISH = ItemId.of("DISH-L");
    /** Cup. */
    public static final ItemId CUP = ItemId.of("CUP");
    /** Ready decor cutout. */
    public static final ItemId DECOR_CUT = ItemId.of("DECOR-CUT");
    /** Melamine powder, bought per KG. */
    public static final ItemId POWDER = ItemId.of("POWDER");
    /** Decor sheet. */
    public static final ItemId DECOR_SHEET = ItemId.of("DECOR-SHEET");
    /** Printed carton. */
    public static final ItemId CARTON = ItemId.of("CARTON");
    /** Large dish, grade B (co-product of the press cycle). */
    public static final ItemId DISH_B = ItemId.of("DISH-L-B");
    /** Large dish, grade C (co-product of the press cycle). */
    public static final ItemId DISH_C = ItemId.of("DISH-L-C");
    /** The date the BOMs take effect. */
    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    private static final Uom SHEET = Uom.custom("SHEET");

    private MelamineSet() {}

    /** {@return the master data of the set} */
    public static MasterData masterData() {
        return MasterData.builder()
                .items(org.eclipse.collections.api.factory.Lists.immutable.withAll(items()))
                .boms(org.eclipse.collections.api.factory.Lists.immutable.withAll(boms()))
                .build();
    }

    /** {@return the items} */
    public static List<Item> items() {
        return List.of(
                make(SET, "Dinner set 50 pcs"),
                make(DISH, "Large dish"),
                make(CUP, "Cup"),
                make(DECOR_CUT, "Ready decor cutout"),
                make(DISH_B, "Large dish grade B"),
                make(DISH_C, "Large dish grade C"),
                Item.builder().id(POWDER).name("Melamine powder").uom(Uom.KG).procurement(Procurement.BUY)
                        .leadTimeDays(14).safetyStock(new BigDecimal("50")).costingMethod(CostingMethod.AVERAGE)
                        .lotSizing(LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY)
                                .quantity(new BigDecimal("500")).multiple(new BigDecimal("25")).build())
                        .standardCost(UnitPrice.of(Money.of("95.00", "EGP"), Uom.KG)).build(),
                Item.builder().id(DECOR_SHEET).name("Decor sheet").uom(SHEET).procurement(Procurement.BUY)
                        .leadTimeDays(21).standardCost(UnitPrice.of(Money.of("12.00", "EGP"), SHEET))
                        .conversions(org.eclipse.collections.api.factory.Lists.immutable.of(
                                UomConversion.of(SHEET, new BigDecimal("0.02"), Uom.KG)))
                        .build(),
                Item.builder().id(CARTON).name("Printed carton").uom(Uom.EA).procurement(Procurement.BUY)
                        .leadTimeDays(7).standardCost(UnitPrice.of(Money.of("18.50", "EGP"), Uom.EA)).build());
    }

    /** {@return the bills of material} */
    public static List<Bom> boms() {
        Bom set = Bom.builder().item(SET).effectivity(dev.mfg.core.effectivity.Effectivity.from(EFFECTIVE))
                .lines(org.eclipse.collections.api.factory.Lists.immutable.of(
                        line(10, DISH, "6", Uom.EA, "0").build(),
                        line(20, CUP, "6", Uom.EA, "0").build(),
                        line(30, CARTON, "1", Uom.EA, "0").operation(90).issueType(IssueType.BACKFLUSH).build()))
                .build();
        Bom dish = Bom.builder().item(DISH).effectivity(dev.mfg.core.effectivity.Effectivity.from(EFFECTIVE))
                .lines(org.eclipse.collections.api.factory.Lists.immutable.of(
                        line(10, POWDER, "0.15", Uom.KG, "3").operation(10).build(),
                        line(20, DECOR_CUT, "1", Uom.EA, "0").operation(10).build()))
                .coProducts(org.eclipse.collections.api.factory.Lists.immutable.of(
                        CoProduct.builder().item(DISH_B).quantity(new BigDecimal("0.08")).uom(Uom.EA)
                                .kind(OutputKind.CO_PRODUCT).costSharePercent(new BigDecimal("5")).build(),
                        CoProduct.builder().item(DISH_C).quantity(new BigDecimal("0.02")).uom(Uom.EA)
                                .kind(OutputKind.BY_PRODUCT).build()))
                .build();
        Bom cut = Bom.builder().item(DECOR_CUT).effectivity(dev.mfg.core.effectivity.Effectivity.from(EFFECTIVE))
                .lines(org.eclipse.collections.api.factory.Lists.immutable.of(
                        line(10, DECOR_SHEET, "0.25", SHEET, "15").build()))
                .build();
        Bom cup = Bom.builder().item(CUP).effectivity(dev.mfg.core.effectivity.Effectivity.from(EFFECTIVE))
                .lines(org.eclipse.collections.api.factory.Lists.immutable.of(
                        line(10, POWDER, "50", Uom.G, "2").operation(10).build()))
                .build();
        return List.of(set, dish, cut, cup);
    }

    private static Item make(ItemId id, String name) {
        return Item.builder().id(id).name(name).uom(Uom.EA).procurement(Procurement.MAKE).build();
    }

    private static BomLine.Builder line(int no, ItemId component, String qty, Uom uom, String scrapPercent) {
        return BomLine.builder().lineNo(no).component(component).quantity(new BigDecimal(qty)).uom(uom)
                .scrapPercent(new BigDecimal(scrapPercent));
    }
}
