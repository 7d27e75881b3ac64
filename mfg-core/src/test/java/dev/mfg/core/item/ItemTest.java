package dev.mfg.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ItemTest {

    private static Item.Builder powder() {
        return Item.builder().id(ItemId.of("POWDER")).name("Melamine powder").uom(Uom.KG)
                .procurement(Procurement.BUY);
    }

    @Test
    void build_defaults() {
        Item i = powder().build();
        assertThat(i.safetyStock()).isEqualByComparingTo("0");
        assertThat(i.lotSizing()).isEqualTo(LotSizing.LOT_FOR_LOT);
        assertThat(i.costingMethod()).isEqualTo(CostingMethod.STANDARD);
        assertThat(i.ownership()).isEqualTo(MaterialOwnership.OWN);
        assertThat(i.productionType()).isEqualTo(ProductionType.MTS);
        assertThat(i.leadTimeDays()).isEmpty();
        assertThat(i.conversions()).isEmpty();
        assertThat(i.isMake()).isFalse();
    }

    @Test
    void build_nameDefaultsToId() {
        Item i = Item.builder().id(ItemId.of("X")).uom(Uom.EA).procurement(Procurement.MAKE).build();
        assertThat(i.name()).isEqualTo("X");
        assertThat(i.isMake()).isTrue();
    }

    @Test
    void build_seedItemWithAllFields() {
        Item i = powder().leadTimeDays(14).safetyStock(new BigDecimal("50.000"))
                .lotSizing(LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY).quantity(new BigDecimal("500"))
                        .multiple(new BigDecimal("25")).build())
                .standardCost(UnitPrice.of(Money.of("95.00", "EGP"), Uom.KG))
                .costingMethod(CostingMethod.AVERAGE).ownership(MaterialOwnership.CUSTOMER)
                .productionType(ProductionType.TOLL).build();
        assertThat(i.leadTimeDays()).hasValue(14);
        assertThat(i.safetyStock()).isEqualTo(new BigDecimal("50"));
        assertThat(i.standardCost()).isPresent();
        assertThat(i).isEqualTo(Item.builder().from(i).build());
    }

    @Test
    void build_negativeSafetyStockAndLeadTime_bothReported() {
        assertThatThrownBy(() -> powder().safetyStock(new BigDecimal("-1")).leadTimeDays(-2).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.rule()).containsExactlyInAnyOrder("QTY_NEGATIVE",
                            "TIME_NEGATIVE");
                    assertThat(e.problems()).extracting(p -> p.path())
                            .contains("item[POWDER].safetyStock", "item[POWDER].leadTimeDays");
                });
    }

    @Test
    void build_zeroLeadTime_allowed() {
        assertThat(powder().leadTimeDays(0).build().leadTimeDays()).hasValue(0);
    }

    @Test
    void build_absurdLeadTime_rejected() {
        assertThatThrownBy(() -> powder().leadTimeDays(100_000).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("LIMIT"));
    }

    @Test
    void build_nonPositiveCostingLotSize_rejected() {
        assertThatThrownBy(() -> powder().costingLotSize(BigDecimal.ZERO).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("BATCH_SIZE_NOT_POSITIVE"));
    }

    @Test
    void build_safetyStockTooPrecise_rejected() {
        assertThatThrownBy(() -> powder().safetyStock(new BigDecimal("0.0000001")).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("SCALE_EXCEEDED"));
    }

    @Test
    void build_blankName_rejected() {
        assertThatThrownBy(() -> powder().name(" ").build()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo("VALUE_MISSING"));
    }

    @Test
    void build_missingMandatory_rejectedByBuilder() {
        assertThatThrownBy(() -> Item.builder().id(ItemId.of("A")).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uom");
    }

    @Test
    void itemId_invalidCodes_rejected() {
        for (String bad : new String[] {"", " ", "A\u0000B", "x".repeat(65), " A"}) {
            assertThatThrownBy(() -> ItemId.of(bad)).as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.rule()).isEqualTo("ID_INVALID"));
        }
        assertThat(ItemId.of("x".repeat(64)).value()).hasSize(64);
        assertThat(ItemId.of("ÄÖÜ-κύπελλο").toString()).isEqualTo("ÄÖÜ-κύπελλο");
    }

    @Test
    void itemId_ordersByCode() {
        assertThat(ItemId.of("A")).isLessThan(ItemId.of("B"));
    }
}
