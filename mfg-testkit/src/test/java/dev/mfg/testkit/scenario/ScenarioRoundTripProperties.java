package dev.mfg.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class ScenarioRoundTripProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 200);
    private final ScenarioReader reader = ScenarioReader.create();
    private final ScenarioWriter writer = ScenarioWriter.create();

    @Test
    void writeThenRead_givesEqualScenario() {
        qt().withExamples(EXAMPLES).forAll(ScenarioGenerator.scenarios()).checkAssert(s -> {
            Scenario back = reader.readString(writer.toJson(s));
            assertThat(back).isEqualTo(s);
            assertThat(back.masterData()).isEqualTo(s.masterData());
        });
    }

    @Test
    void writeReadWrite_givesIdenticalText() {
        qt().withExamples(EXAMPLES).forAll(ScenarioGenerator.scenarios()).checkAssert(s -> {
            String once = writer.toJson(s);
            assertThat(writer.toJson(reader.readString(once))).isEqualTo(once);
        });
    }

    @Test
    void write_sameScenarioTwice_sameText() {
        qt().withExamples(EXAMPLES / 3).forAll(ScenarioGenerator.scenarios()).checkAssert(s ->
                assertThat(writer.toJson(s)).isEqualTo(writer.toJson(s)).doesNotContain("E+").doesNotContain("\r"));
    }
}
