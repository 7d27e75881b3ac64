package dev.mfg.core.masterdata;

import static dev.mfg.core.manufacturing.WidgetFixture.BOX;
import static dev.mfg.core.manufacturing.WidgetFixture.LABEL;
import static dev.mfg.core.manufacturing.WidgetFixture.PLA;
import static dev.mfg.core.manufacturing.WidgetFixture.SHIP_LABEL;
import static dev.mfg.core.manufacturing.WidgetFixture.WIDGET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.LowLevelCodes;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.manufacturing.WidgetFixture;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** {@link MasterData#lowLevelCodes()}: the codes of the effective structure, computed once. */
class MasterDataLowLevelCodesTest {
    private static final ItemId A = ItemId.of("A");
    private static final ItemId B = ItemId.of("B");
    private static final ItemId X = ItemId.of("X");

    private static MasterData abx() {
        // A uses X directly and through B.
        return MasterData.builder()
                .items(Lists.immutable.of(item(A, Procurement.MAKE), item(B, Procurement.MAKE), item(X, Procurement.BUY)))
                .boms(Lists.immutable.of(bom(A, line(10, X), line(20, B)), bom(B, line(10, X))))
                .build();
    }

    @Test
    void lowLevelCodes_sharedComponent_getsTheDeeperCode() {
        // A is the top (0); B is under A (1); X is under A (1) and under B (2): the deeper, 2.
        LowLevelCodes llc = abx().lowLevelCodes();
        assertThat(llc.of(A)).isZero();
        assertThat(llc.of(B)).isEqualTo(1);
        assertThat(llc.of(X)).isEqualTo(2);
        assertThat(llc.order()).containsExactly(A, B, X);
        assertThat(llc.maxCode()).isEqualTo(2);
    }

    @Test
    void lowLevelCodes_repeatedCalls_sameInstance() {
        MasterData d = abx();
        assertThat(d.lowLevelCodes()).isSameAs(d.lowLevelCodes());
    }

    @Test
    void lowLevelCodes_sameCodesAsComputedFromTheEffectiveCatalog() {
        MasterData d = abx();
        LowLevelCodes fresh = LowLevelCodes.of(d.bomCatalog());
        assertThat(d.lowLevelCodes()).isNotSameAs(fresh);
        assertThat(d.lowLevelCodes().order()).isEqualTo(fresh.order());
        for (ItemId id : fresh.order()) {
            assertThat(d.lowLevelCodes().of(id)).isEqualTo(fresh.of(id));
        }
    }

    @Test
    void lowLevelCodes_operationMaterialsOnly_codedFromTheEffectiveStructure() {
        // The widget has no stored BOM: its four components come from its routing's operations, so they are at
        // code 1 under the widget (0). The stored catalog alone would not know them.
        MasterData d = WidgetFixture.widget(Lists.immutable.empty());
        LowLevelCodes llc = d.lowLevelCodes();
        assertThat(llc.of(WIDGET)).isZero();
        assertThat(llc.of(PLA)).isEqualTo(1);
        assertThat(llc.of(LABEL)).isEqualTo(1);
        assertThat(llc.of(BOX)).isEqualTo(1);
        assertThat(llc.of(SHIP_LABEL)).isEqualTo(1);
        assertThat(llc.size()).isEqualTo(5);
        assertThat(LowLevelCodes.of(d.storedBomCatalog()).find(PLA)).isEmpty();
    }

    @Test
    void lowLevelCodes_firstCallsFromManyThreads_oneInstance() throws Exception {
        MasterData d = abx();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LowLevelCodes>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(d::lowLevelCodes));
            }
            LowLevelCodes first = calls.get(0).get();
            for (Future<LowLevelCodes> f : calls) {
                assertThat(f.get()).isSameAs(first);
            }
            assertThat(first.of(X)).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Item item(ItemId id, Procurement p) {
        return Item.builder().id(id).uom(Uom.EA).procurement(p).build();
    }

    private static BomLine line(int no, ItemId component) {
        return BomLine.builder().lineNo(no).component(component).quantity(BigDecimal.ONE).uom(Uom.EA).build();
    }

    private static Bom bom(ItemId item, BomLine... lines) {
        return Bom.builder().item(item).lines(Lists.immutable.of(lines)).build();
    }
}
