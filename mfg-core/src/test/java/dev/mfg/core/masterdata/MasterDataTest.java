package dev.mfg.core.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.CoProduct;
import dev.mfg.core.bom.Substitute;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class MasterDataTest {

    private static Item item(String id, Uom uom, Procurement p) {
        return Item.builder().id(ItemId.of(id)).uom(uom).procurement(p).build();
    }

    private static BomLine line(int no, String component, String qty, Uom uom) {
        return BomLine.builder().lineNo(no).component(ItemId.of(component)).quantity(new BigDecimal(qty)).uom(uom)
                .build();
    }

    private static Bom bom(String item, BomLine... lines) {
        return Bom.builder().item(ItemId.of(item)).lines(Lists.immutable.of(lines)).build();
    }

    @Test
    void build_consistentData_indexes() {
        MasterData d = MasterData.builder()
                .items(Lists.immutable.of(item("A", Uom.EA, Procurement.MAKE), item("P", Uom.KG, Procurement.BUY)))
                .boms(Lists.immutable.of(bom("A", line(10, "P", "150", Uom.G))))
                .build();
        assertThat(d.item(ItemId.of("P"))).isPresent();
        assertThat(d.item(ItemId.of("Z"))).isEmpty();
        assertThat(d.bomCatalog().find(ItemId.of("A"), LocalDate.of(2026, 1, 1))).isPresent();
    }

    @Test
    void build_everyProblemReportedAtOnce() {
        // Duplicate item, unknown BOM item, unknown component, unknown substitute, unknown co-product,
        // and a line in KG for a component counted in EA with no conversion: six problems, one exception.
        BomLine withSub = BomLine.builder().lineNo(20).component(ItemId.of("P")).quantity(BigDecimal.ONE)
                .uom(Uom.KG).substitutes(Lists.immutable.of(Substitute.of(ItemId.of("GHOST"), BigDecimal.ONE, 1)))
                .build();
        Bom a = Bom.builder().item(ItemId.of("A")).lines(Lists.immutable.of(line(10, "MISSING", "1", Uom.EA), withSub,
                line(30, "E", "1", Uom.KG)))
                .coProducts(Lists.immutable.of(CoProduct.builder().item(ItemId.of("NOCO")).quantity(BigDecimal.ONE)
                        .uom(Uom.EA).build()))
                .build();
        assertThatThrownBy(() -> MasterData.builder()
                .items(Lists.immutable.of(item("A", Uom.EA, Procurement.MAKE), item("A", Uom.EA, Procurement.MAKE),
                        item("P", Uom.KG, Procurement.BUY), item("E", Uom.EA, Procurement.BUY)))
                .boms(Lists.immutable.of(a, bom("UNKNOWN", line(10, "P", "1", Uom.KG))))
                .build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::rule, Problem::path)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("ID_DUPLICATE", "items[1].id"),
                                org.assertj.core.groups.Tuple.tuple("REFERENCE_UNKNOWN", "bom[A@1].line[10].component"),
                                org.assertj.core.groups.Tuple.tuple("REFERENCE_UNKNOWN",
                                        "bom[A@1].line[20].substitutes[0].component"),
                                org.assertj.core.groups.Tuple.tuple("UOM_INCOMPATIBLE", "bom[A@1].line[30].uom"),
                                org.assertj.core.groups.Tuple.tuple("REFERENCE_UNKNOWN", "bom[A@1].coProducts[0].item"),
                                org.assertj.core.groups.Tuple.tuple("REFERENCE_UNKNOWN", "bom[UNKNOWN@1].item")));
    }

    @Test
    void build_itemSpecificConversion_makesLineUnitValid() {
        Item cup = Item.builder().id(ItemId.of("CUP")).uom(Uom.EA).procurement(Procurement.BUY)
                .conversions(Lists.immutable.of(UomConversion.of(Uom.EA, new BigDecimal("0.125"), Uom.KG))).build();
        MasterData d = MasterData.builder().items(Lists.immutable.of(item("A", Uom.EA, Procurement.MAKE), cup))
                .boms(Lists.immutable.of(bom("A", line(10, "CUP", "0.5", Uom.KG)))).build();
        assertThat(d.boms()).hasSize(1);
    }

    @Test
    void build_globalConversion_makesLineUnitValid() {
        Uom sheet = Uom.custom("SHEET");
        MasterData d = MasterData.builder()
                .items(Lists.immutable.of(item("A", Uom.EA, Procurement.MAKE), item("S", Uom.KG, Procurement.BUY)))
                .uomConversions(Lists.immutable.of(UomConversion.of(sheet, new BigDecimal("0.02"), Uom.KG)))
                .boms(Lists.immutable.of(bom("A", line(10, "S", "2", sheet)))).build();
        assertThat(d.unitConverter().conversions()).hasSize(1);
    }

    @Test
    void build_cycle_reportedWithPathAlongsideOtherProblems() {
        assertThatThrownBy(() -> MasterData.builder()
                .items(Lists.immutable.of(item("A", Uom.EA, Procurement.MAKE), item("B", Uom.EA, Procurement.MAKE)))
                .boms(Lists.immutable.of(bom("A", line(10, "B", "1", Uom.EA)), bom("B", line(10, "A", "1", Uom.EA),
                        line(20, "NOPE", "1", Uom.EA))))
                .build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::rule).contains("BOM_CYCLE", "REFERENCE_UNKNOWN");
                    Problem cycle = e.problems().detect(p -> p.rule().equals("BOM_CYCLE"));
                    assertThat(cycle.value()).matches("(A -> B -> A)|(B -> A -> B)");
                });
    }

    @Test
    void catalogs_builtOnceAndReused() {
        MasterData d = MasterData.builder()
                .items(Lists.immutable.of(item("A", Uom.EA, Procurement.MAKE), item("P", Uom.KG, Procurement.BUY)))
                .boms(Lists.immutable.of(bom("A", line(10, "P", "150", Uom.G))))
                .build();
        // Validation indexed the catalogs; the accessors hand out those instances, never a rebuilt copy.
        assertThat(d.storedBomCatalog()).isSameAs(d.storedBomCatalog());
        assertThat(d.routingCatalog()).isSameAs(d.routingCatalog());
        // No operation materials: the effective structure is the stored one.
        assertThat(d.bomCatalog()).isSameAs(d.storedBomCatalog());
    }

    @Test
    void build_empty_isValid() {
        assertThat(MasterData.builder().build().items()).isEmpty();
    }
}
