package dev.mfg.core.routing;

import static dev.mfg.core.routing.Fixtures.op;
import static dev.mfg.core.routing.Rules.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.EffectivityConflictException;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class RoutingCatalogTest {
    private static final ItemId DISH = ItemId.of("DISH-L");
    private static final LocalDate DAY = LocalDate.parse("2026-02-01");

    private static Routing.Builder dish(String version) {
        return Routing.builder().item(DISH).version(version).operations(Lists.immutable.of(op(10, "WC-PRESS", "1")));
    }

    @Test
    void find_choosesTheRoutingByLotSize() {
        Routing small = dish("S").lotSizeFrom(BigDecimal.ONE).lotSizeTo(new BigDecimal("99")).build();
        Routing large = dish("L").lotSizeFrom(new BigDecimal("100")).build();
        RoutingCatalog c = RoutingCatalog.of(List.of(large, small));
        assertThat(c.find(DISH, DAY, new BigDecimal("50"))).contains(small);
        assertThat(c.find(DISH, DAY, new BigDecimal("100"))).contains(large);
        assertThat(c.find(DISH, DAY, new BigDecimal("99.5"))).isEmpty();
        assertThat(c.find(DISH, DAY, new BigDecimal("0.5"))).isEmpty();
    }

    @Test
    void find_choosesTheVersionInForceAtTheDate() {
        LocalDate switchDay = LocalDate.parse("2026-03-01");
        Routing v1 = dish("1").effectivity(Effectivity.until(switchDay)).build();
        Routing v2 = dish("2").effectivity(Effectivity.from(switchDay)).build();
        RoutingCatalog c = RoutingCatalog.of(List.of(v1, v2));
        assertThat(c.find(DISH, LocalDate.parse("2026-02-28"), BigDecimal.ONE)).contains(v1);
        assertThat(c.find(DISH, switchDay, BigDecimal.ONE)).contains(v2);
    }

    @Test
    void find_ignoresDraftInactiveAndNonProductionRoutings_whichMayOverlap() {
        Routing active = dish("1").build();
        Routing draft = dish("2").status(RoutingStatus.DRAFT).build();
        Routing inactive = dish("3").status(RoutingStatus.INACTIVE).build();
        Routing repair = dish("4").type(RoutingType.REPAIR).build();
        RoutingCatalog c = RoutingCatalog.of(List.of(repair, inactive, draft, active));
        assertThat(c.find(DISH, DAY, BigDecimal.TEN)).contains(active);
        assertThat(c.routingsOf(DISH)).hasSize(4);
        assertThat(c.routings().collect(Routing::version)).containsExactly("1", "2", "3", "4");
    }

    @Test
    void find_unknownItem_isEmpty() {
        assertThat(RoutingCatalog.of(List.of(dish("1").build())).find(ItemId.of("X"), DAY, BigDecimal.ONE)).isEmpty();
        assertThat(RoutingCatalog.empty().routings()).isEmpty();
    }

    @Test
    void get_byId() {
        RoutingCatalog c = RoutingCatalog.of(List.of(dish("1").build()));
        assertThat(c.get(RoutingId.of(DISH, "1"))).isPresent();
        assertThat(c.get(RoutingId.of(DISH, "2"))).isEmpty();
    }

    @Test
    void preference_narrowestRangeFirst_thenHighestVersion() {
        // Unreachable through find() in a valid catalog, but the order is documented.
        Routing wide = dish("9").lotSizeFrom(BigDecimal.ONE).lotSizeTo(new BigDecimal("1000")).build();
        Routing narrow = dish("1").lotSizeFrom(BigDecimal.ONE).lotSizeTo(new BigDecimal("10")).build();
        Routing open = dish("10").build();
        Routing v10 = dish("10").lotSizeFrom(BigDecimal.ONE).lotSizeTo(new BigDecimal("10")).build();
        assertThat(Lists.mutable.of(open, wide, narrow).sortThis(RoutingCatalog.PREFERENCE))
                .containsExactly(narrow, wide, open);
        assertThat(Lists.mutable.of(narrow, v10).sortThis(RoutingCatalog.PREFERENCE)).containsExactly(v10, narrow);
    }

    @Test
    void of_overlappingEffectivityAndLotSizes_isAConflict() {
        assertThatThrownBy(() -> RoutingCatalog.of(List.of(dish("1").build(), dish("2").build())))
                .isInstanceOfSatisfying(EffectivityConflictException.class, e -> {
                    assertThat(e.rule()).isEqualTo("EFFECTIVITY_OVERLAP");
                    assertThat(e.path()).isEqualTo("routing[DISH-L@2].effectivity");
                    assertThat(e.existingId()).isEqualTo("DISH-L@1");
                });
    }

    @Test
    void of_lotSizeRangesTouchingAtOneValue_isAConflict() {
        // ranges are closed: [1, 100] and [100, 200] share 100
        Routing a = dish("1").lotSizeFrom(BigDecimal.ONE).lotSizeTo(new BigDecimal("100")).build();
        Routing b = dish("2").lotSizeFrom(new BigDecimal("100")).lotSizeTo(new BigDecimal("200")).build();
        assertThatThrownBy(() -> RoutingCatalog.of(List.of(a, b))).isInstanceOf(EffectivityConflictException.class);
    }

    @Test
    void of_overlappingLotSizesButDisjointDates_isNoConflict() {
        Routing a = dish("1").effectivity(Effectivity.until(LocalDate.parse("2026-03-01"))).build();
        Routing b = dish("2").effectivity(Effectivity.from(LocalDate.parse("2026-03-01"))).build();
        assertThat(RoutingCatalog.of(List.of(a, b)).routings()).hasSize(2);
    }

    @Test
    void of_duplicateId_isRejected() {
        assertRule(() -> RoutingCatalog.of(List.of(dish("1").build(), dish("1").lotSizeFrom(BigDecimal.TEN).build())),
                "ID_DUPLICATE", "routings[DISH-L@1]");
    }
}
