package dev.mfg.core.bom;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;

/** Small builders shared by the BOM tests, and the melamine set of seed 004 §1.2. */
final class BomFixtures {
    static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    static final Uom SHEET = Uom.custom("SHEET");

    static final ItemId SET = id("SET-50");
    static final ItemId DISH = id("DISH-L");
    static final ItemId CUP = id("CUP");
    static final ItemId CARTON = id("CARTON");
    static final ItemId CUT = id("DECOR-CUT");
    static final ItemId POWDER = id("POWDER");
    static final ItemId DECOR_SHEET = id("DECOR-SHEET");

    private BomFixtures() {}

    static ItemId id(String code) {
        return ItemId.of(code);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static BomLine.Builder line(int lineNo, ItemId component, String quantity, Uom uom) {
        BomLine.Builder b = BomLine.builder();
        b.lineNo(lineNo).component(component).quantity(d(quantity)).uom(uom);
        return b;
    }

    static BomLine line(int lineNo, String component, String quantity) {
        return line(lineNo, id(component), quantity, Uom.EA).build();
    }

    static Bom bom(String item, BomLine... lines) {
        return Bom.builder().item(id(item)).lines(Lists.immutable.of(lines)).build();
    }

    /**
     * The melamine set: SET-50 = 6 DISH-L + 6 CUP + 1 CARTON (op 90, backflush); DISH-L = 0.15 KG POWDER (3 %
     * scrap) + 1 DECOR-CUT; CUP = 0.05 KG POWDER (2 % scrap); DECOR-CUT = 0.25 SHEET DECOR-SHEET (15 % scrap).
     */
    static List<Bom> melamine() {
        Bom set = Bom.builder().item(SET).lines(Lists.immutable.of(
                line(10, DISH, "6", Uom.EA).issueType(IssueType.MANUAL).build(),
                line(20, CUP, "6", Uom.EA).build(),
                line(90, CARTON, "1", Uom.EA).operation(90).issueType(IssueType.BACKFLUSH).build())).build();
        Bom dish = Bom.builder().item(DISH).lines(Lists.immutable.of(
                line(10, POWDER, "0.15", Uom.KG).scrapPercent(d("3")).operation(10).build(),
                line(20, CUT, "1", Uom.EA).operation(10).build())).build();
        Bom cup = Bom.builder().item(CUP).lines(Lists.immutable.of(
                line(10, POWDER, "0.05", Uom.KG).scrapPercent(d("2")).build())).build();
        Bom cut = Bom.builder().item(CUT).lines(Lists.immutable.of(
                line(10, DECOR_SHEET, "0.25", SHEET).scrapPercent(d("15")).build())).build();
        return List.of(set, dish, cup, cut);
    }

    static BomCatalog melamineCatalog() {
        return BomCatalog.of(melamine());
    }
}
