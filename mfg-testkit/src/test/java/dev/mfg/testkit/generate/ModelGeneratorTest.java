package dev.mfg.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.LowLevelCodes;
import dev.mfg.core.item.Procurement;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ModelGeneratorTest {

    @Test
    void generate_sameSeed_equalModel() {
        GeneratedModel a = ModelGenerator.seeded(7).generate(SizeTier.S);
        GeneratedModel b = ModelGenerator.seeded(7).generate(SizeTier.S);
        assertThat(a).isEqualTo(b);
        assertThat(ModelGenerator.seeded(8).generate(SizeTier.S)).isNotEqualTo(a);
    }

    @Test
    void generate_small_hasTierShapeAndIsValid() {
        GeneratedModel m = ModelGenerator.seeded(1).generate(SizeTier.S);
        // MasterData validated on construction: acyclic, references resolved, units convertible.
        assertThat(m.masterData().items()).hasSize(1_000);
        assertThat(m.buckets()).isEqualTo(52);
        assertThat(m.bomLines()).isBetween(1_500L, 4_000L);
        LowLevelCodes llc = LowLevelCodes.of(m.masterData().bomCatalog());
        assertThat(llc.maxCode()).isEqualTo(SizeTier.S.levels() - 1);
        assertThat(m.masterData().items().count(i -> i.procurement() == Procurement.BUY)).isEqualTo(400);
        assertThat(m.masterData().boms().anySatisfy(b -> b.isPhantom())).isTrue();
        assertThat(m.masterData().routings()).isNotEmpty();
        assertThat(m.demands()).isNotEmpty();
        assertThat(m.scheduledReceipts()).isNotEmpty();
    }

    @Test
    void generate_componentsAreShared() {
        GeneratedModel m = ModelGenerator.seeded(3).generate(SizeTier.S);
        long distinctComponents = m.masterData().boms().flatCollect(b -> b.lines()).collect(l -> l.component())
                .toSet().size();
        assertThat(distinctComponents).isLessThan(m.bomLines());
    }

    @Test
    void generate_topItemExplodes() {
        GeneratedModel m = ModelGenerator.seeded(5).generate(SizeTier.S);
        var top = m.masterData().items().getFirst().id();
        var e = BomExplosion.create().explode(m.masterData().bomCatalog(), top, BigDecimal.TEN, m.start());
        assertThat(e.requirements()).isNotEmpty();
        assertThat(e.requirements().allSatisfy(r -> r.quantity().signum() >= 0)).isTrue();
    }
}
