package dev.mfg.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.ExplosionOptions;
import dev.mfg.core.bom.LowLevelCodes;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.item.Procurement;
import dev.mfg.testkit.scenario.Scenario;
import dev.mfg.testkit.scenario.ScenarioReader;
import dev.mfg.testkit.scenario.ScenarioWriter;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManufacturingGensProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 300);

    @Test
    void masterData_alwaysBuildsAcyclicAndExplodes() {
        qt().withExamples(EXAMPLES).forAll(ManufacturingGens.masterData()).checkAssert(data -> {
            LowLevelCodes llc = LowLevelCodes.of(data.bomCatalog()); // would throw on a cycle
            assertThat(llc.maxCode()).isBetween(1, 4);
            assertThat(data.items().anySatisfy(i -> i.procurement() == Procurement.BUY)).isTrue();
            var top = data.items().getFirst().id();
            var e = BomExplosion.create().explode(data.bomCatalog(), top, BigDecimal.TEN,
                    ManufacturingGens.START, ExplosionOptions.builder().itemMaster(data.items())
                            .unitConverter(data.unitConverter()).build());
            assertThat(e.requirements()).isNotEmpty();
        });
    }

    @Test
    void masterData_minimumLevels_respected() {
        qt().withExamples(EXAMPLES).forAll(ManufacturingGens.masterData(3)).checkAssert(data ->
                assertThat(LowLevelCodes.of(data.bomCatalog()).maxCode()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void items_andBomCatalogs_alwaysBuild() {
        qt().withExamples(EXAMPLES).forAll(ManufacturingGens.items()).checkAssert(i ->
                assertThat(i.procurement() == Procurement.BUY).isEqualTo(i.standardCost().isPresent()));
        qt().withExamples(EXAMPLES).forAll(ManufacturingGens.bomCatalogs()).checkAssert(c ->
                assertThat(c.boms()).isNotEmpty());
    }

    @Test
    void scenarios_alwaysBuildAndRoundTripThroughTheFileFormat() {
        qt().withExamples(100).forAll(ManufacturingGens.scenarios()).checkAssert(s -> {
            String text = ScenarioWriter.create().toJson(s);
            Scenario back = ScenarioReader.create().read(new ByteArrayInputStream(
                    text.getBytes(StandardCharsets.UTF_8)));
            assertThat(ScenarioWriter.create().toJson(back)).isEqualTo(text);
            assertThat(back.demands().allSatisfy(d -> !d.due().isBefore(ManufacturingGens.START))).isTrue();
        });
    }

    @Test
    void shrinking_staysValid() {
        // Shrinking replays the generator on smaller drawn integers: a property that fails on every model must
        // still be reported with a valid (and the smallest) model.
        AssertionError failure = null;
        try {
            qt().withExamples(50).forAll(ManufacturingGens.masterData()).check(data -> data.items().size() < 2);
        } catch (AssertionError e) {
            failure = e;
        }
        assertThat(failure).isNotNull();
        // The smallest model: one made item using one bought part.
        // Only the smallest value is asserted: QuickTheories also lists other falsifying values it met on the way.
        String message = failure.getMessage();
        int from = message.indexOf("Smallest found falsifying value(s)");
        int to = message.indexOf("Other found falsifying value(s)");
        String smallest = message.substring(from, to < 0 ? message.length() : to);
        assertThat(smallest).contains("M0-0").contains("P-0").doesNotContain("M1-").doesNotContain("P-1");
    }

    @ParameterizedTest
    @EnumSource(InvalidKind.class)
    void invalidModels_eachKind_alwaysRaisesItsRule(InvalidKind kind) {
        qt().withExamples(Math.max(50, EXAMPLES / 3)).forAll(ManufacturingGens.invalidModels(kind)).checkAssert(m -> {
            assertThat(m.kind()).isEqualTo(kind);
            assertThatThrownBy(m::build).as(m.toString()).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems().collect(Problem::rule).toSet())
                            .as(m + " -> " + e.getMessage()).containsOnly(kind.rule().name()));
        });
    }

    @Test
    void invalidModels_mixed_coverEveryKind() {
        Set<InvalidKind> seen = EnumSet.noneOf(InvalidKind.class);
        qt().withExamples(400).forAll(ManufacturingGens.invalidModels()).checkAssert(m -> {
            seen.add(m.kind());
            assertThatThrownBy(m::build).isInstanceOf(InvalidInputException.class);
        });
        assertThat(seen).containsExactlyInAnyOrder(InvalidKind.values());
    }
}
