package dev.mfg.core.resource;

import static dev.mfg.core.resource.Rules.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class ToolTest {
    private static final String P = "tool[MOLD-CUP]";

    private static Tool.Builder cupMold() {
        // Scenario format: MOLD-CUP, 4 cavities, 90 min setup, 400000 life cycles, 12000 used, 40000 EGP.
        return Tool.builder().id(ToolId.of("MOLD-CUP")).products(Lists.immutable.of(ItemId.of("CUP")))
                .cavities(4).setupMinutes(new BigDecimal("90")).lifeCycles(400_000).cyclesUsed(12_000)
                .purchaseCost(new BigDecimal("40000"));
    }

    @Test
    void depreciationPerCycle_cupMold_is0point1() {
        // 40000 / 400000 = 0.1
        assertThat(cupMold().build().depreciationPerCycle()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void depreciationPerPiece_cupMold_is0point025() {
        // 0.1 per cycle / 4 cavities = 0.025
        assertThat(cupMold().build().depreciationPerPiece()).isEqualTo(new BigDecimal("0.025"));
    }

    @Test
    void depreciationPerCycle_nonTerminating_isRoundedTo34Digits() {
        // 1 / 3 = 0.333... → 34 significant digits
        Tool t = cupMold().purchaseCost(BigDecimal.ONE).lifeCycles(3).build();
        assertThat(t.depreciationPerCycle()).isEqualTo(new BigDecimal("0." + "3".repeat(34)));
    }

    @Test
    void remainingCycles_cupMold_is388000_andNeverNegative() {
        assertThat(cupMold().build().remainingCycles()).isEqualTo(388_000L);
        assertThat(cupMold().cyclesUsed(500_000).build().remainingCycles()).isZero();
    }

    @Test
    void cyclesFor_roundsStartedCyclesUp() {
        Tool t = cupMold().build();
        assertThat(t.cyclesFor(new BigDecimal("1000"))).isEqualTo(250L);
        assertThat(t.cyclesFor(new BigDecimal("1001"))).isEqualTo(251L);
        assertThat(t.cyclesFor(BigDecimal.ZERO)).isZero();
    }

    @Test
    void cyclesFor_negativeQuantity_isRejected() {
        assertRule(() -> cupMold().build().cyclesFor(new BigDecimal("-1")), "QTY_NEGATIVE", P + ".quantity");
    }

    @Test
    void builder_defaults() {
        Tool t = Tool.builder().id(ToolId.of("T")).lifeCycles(10).build();
        assertThat(t.cavities()).isEqualTo(1);
        assertThat(t.copies()).isEqualTo(1);
        assertThat(t.status()).isEqualTo(ToolStatus.AVAILABLE);
        assertThat(t.description()).isEqualTo("T");
        assertThat(t.products()).isEmpty();
    }

    @Test
    void build_zeroCavities_isRejected() {
        assertRule(() -> cupMold().cavities(0).build(), "CAVITIES_INVALID", P + ".cavities");
    }

    @Test
    void build_moreThan1000Cavities_isRejected() {
        assertRule(() -> cupMold().cavities(1001).build(), "CAVITIES_INVALID", P + ".cavities");
    }

    @Test
    void build_negativeSetup_isRejected() {
        assertRule(() -> cupMold().setupMinutes(new BigDecimal("-5")).build(), "TIME_NEGATIVE",
                P + ".setupMinutes");
    }

    @Test
    void build_zeroLifeCycles_isRejected() {
        assertRule(() -> cupMold().lifeCycles(0).build(), "QTY_NOT_POSITIVE", P + ".lifeCycles");
    }

    @Test
    void build_negativeCyclesUsed_isRejected() {
        assertRule(() -> cupMold().cyclesUsed(-1).build(), "QTY_NEGATIVE", P + ".cyclesUsed");
    }

    @Test
    void build_negativePurchaseCost_isRejected() {
        assertRule(() -> cupMold().purchaseCost(new BigDecimal("-1")).build(), "RATE_NEGATIVE",
                P + ".purchaseCost");
    }

    @Test
    void build_zeroCopies_isRejected() {
        assertRule(() -> cupMold().copies(0).build(), "QTY_NOT_POSITIVE", P + ".copies");
    }

    @Test
    void build_setupWithTrailingZeros_isNormalised() {
        assertThat(cupMold().setupMinutes(new BigDecimal("90.00")).build()).isEqualTo(cupMold().build());
    }
}
