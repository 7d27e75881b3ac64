package dev.mfg.core.routing;

import static dev.mfg.core.routing.Fixtures.op;
import static dev.mfg.core.routing.Rules.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private static final ItemId DISH = ItemId.of("DISH-L");
    private static final String P = "routing[DISH-L@1]";

    private static Routing.Builder dish() {
        return Routing.builder().item(DISH).operations(Lists.immutable.of(op(20, "WC-DEFLASH", "0.5"),
                op(10, "WC-PRESS", "1")));
    }

    @Test
    void build_sortsOperationsByNumber_andDefaults() {
        Routing r = dish().build();
        assertThat(r.operations().collect(Operation::no)).containsExactly(10, 20);
        assertThat(r.version()).isEqualTo("1");
        assertThat(r.type()).isEqualTo(RoutingType.PRODUCTION);
        assertThat(r.status()).isEqualTo(RoutingStatus.ACTIVE);
        assertThat(r.id()).isEqualTo(RoutingId.of(DISH, "1"));
        assertThat(r.id()).hasToString("DISH-L@1");
        assertThat(r.operation(20)).get().extracting(Operation::description).isEqualTo("");
        assertThat(r.operation(30)).isEmpty();
    }

    @Test
    void operationsOn_excludesOperationsNotInForce() {
        Routing r = dish().operations(Lists.immutable.of(op(10, "WC-PRESS", "1"), Fixtures.edit(op(15, "WC-PRESS", "1"))
                .effectivity(Effectivity.until(LocalDate.parse("2026-01-01"))).build())).build();
        assertThat(r.operationsOn(LocalDate.parse("2025-12-31")).collect(Operation::no)).containsExactly(10, 15);
        assertThat(r.operationsOn(LocalDate.parse("2026-01-01")).collect(Operation::no)).containsExactly(10);
    }

    @Test
    void appliesTo_checksDateAndClosedLotSizeRange() {
        Routing r = dish().lotSizeFrom(new BigDecimal("1")).lotSizeTo(new BigDecimal("100"))
                .effectivity(Effectivity.from(LocalDate.parse("2026-01-01"))).build();
        LocalDate in = LocalDate.parse("2026-02-01");
        assertThat(r.appliesTo(in, new BigDecimal("1"))).isTrue();
        assertThat(r.appliesTo(in, new BigDecimal("100"))).isTrue();
        assertThat(r.appliesTo(in, new BigDecimal("100.5"))).isFalse();
        assertThat(r.appliesTo(in, new BigDecimal("0.5"))).isFalse();
        assertThat(r.appliesTo(LocalDate.parse("2025-12-31"), BigDecimal.TEN)).isFalse();
    }

    @Test
    void build_duplicateOperationNumber_isRejected() {
        assertRule(() -> dish().operations(Lists.immutable.of(op(10, "A", "1"), op(10, "B", "2"))).build(),
                "OPERATION_DUPLICATE", P + ".operations[10]");
    }

    @Test
    void build_lotSizeFromZero_isRejected() {
        assertRule(() -> dish().lotSizeFrom(BigDecimal.ZERO).build(), "BATCH_SIZE_NOT_POSITIVE", P + ".lotSizeFrom");
    }

    @Test
    void build_lotSizeToNegative_isRejected() {
        assertRule(() -> dish().lotSizeTo(new BigDecimal("-5")).build(), "BATCH_SIZE_NOT_POSITIVE", P + ".lotSizeTo");
    }

    @Test
    void build_invertedLotSizeRange_isRejected() {
        assertRule(() -> dish().lotSizeFrom(new BigDecimal("100")).lotSizeTo(new BigDecimal("10")).build(),
                "BATCH_SIZE_NOT_POSITIVE", P + ".lotSizeTo");
    }

    @Test
    void build_activeWithoutOperations_isRejected_butDraftIsAllowed() {
        assertRule(() -> Routing.builder().item(DISH).build(), "VALUE_MISSING", P + ".operations");
        assertThat(Routing.builder().item(DISH).status(RoutingStatus.DRAFT).build().operations()).isEmpty();
    }

    @Test
    void build_blankVersion_isRejected() {
        assertRule(() -> dish().version(" ").build(), "ID_INVALID", "routing.version");
    }
}
