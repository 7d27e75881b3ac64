package dev.mfg.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.testkit.cli.Main;
import dev.mfg.testkit.scenario.Scenario;
import dev.mfg.testkit.scenario.ScenarioReader;
import dev.mfg.testkit.scenario.ScenarioWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileSinkTest {

    private static String streamed(long seed, int items, int levels, int buckets, String bucket) {
        StringWriter out = new StringWriter();
        try (ScenarioFileSink sink = new ScenarioFileSink(out)) {
            ModelGenerator.seeded(seed).generate(items, levels, buckets, bucket, sink);
        }
        return out.toString();
    }

    @Test
    void stream_tinyModel_sameBytesAsScenarioWriterOfTheInMemoryModel() {
        String text = streamed(11, 40, 3, 6, "DAY");
        GeneratedModel model = ModelGenerator.seeded(11).generate(40, 3, 6, "DAY");
        String expected = ScenarioWriter.create().toJson(model.toScenario("generated-40x3-seed-11"));
        assertThat(text).isEqualTo(expected);
        assertThat(text).startsWith("{\n  \"format\": \"mfg-scenario/1\",\n  \"name\": \"generated-40x3-seed-11\"")
                .endsWith("}\n");
    }

    @Test
    void stream_small_readsBackToTheInMemoryModel() {
        String text = streamed(42, 1_000, 5, 52, "WEEK");
        Scenario read = ScenarioReader.create().read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        GeneratedModel model = ModelGenerator.seeded(42).generate(SizeTier.S);
        assertThat(read.masterData()).isEqualTo(model.masterData());
        assertThat(read.onHandBalances()).isEqualTo(model.onHand());
        assertThat(read.scheduledReceipts()).isEqualTo(model.scheduledReceipts());
        assertThat(read.demands()).isEqualTo(model.demands());
        assertThat(read.planning().buckets()).isEqualTo(52);
        assertThat(read.planning().start()).isEqualTo(ModelGenerator.DEFAULT_START);
        // And the canonical writer gives the same bytes back: read -> write is the identity on generated files.
        assertThat(ScenarioWriter.create().toJson(read)).isEqualTo(text);
    }

    @Test
    void stream_sameSeed_byteIdentical_otherSeedDiffers() {
        assertThat(streamed(5, 60, 4, 10, "WEEK")).isEqualTo(streamed(5, 60, 4, 10, "WEEK"));
        assertThat(streamed(5, 60, 4, 10, "WEEK")).isNotEqualTo(streamed(6, 60, 4, 10, "WEEK"));
    }

    @Test
    void stream_progress_reportsEachSectionOnce() {
        StringBuilder seen = new StringBuilder();
        try (ScenarioFileSink sink = new ScenarioFileSink(new StringWriter(),
                (section, n) -> seen.append(section).append('=').append(n).append(' '))) {
            ModelGenerator.seeded(1).generate(100, 3, 4, "WEEK", sink);
        }
        assertThat(seen.toString()).startsWith("items=100 workCenters=5 tools=2 boms=")
                .contains("routings=").contains("demands=");
    }

    @Test
    void generateCommand_small_sameSeedSameBytesAndValid(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "generate", "--size", "S", "--seed", "7",
                "--out", a.toString())).isZero();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "generate", "--size", "S", "--seed", "7",
                "--out", b.toString())).isZero();
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        assertThat(err.toString()).isEmpty(); // no progress for S
        assertThat(out.toString()).contains("wrote " + a);
        assertThat(Files.exists(dir.resolve("a.json.partial"))).isFalse();
        StringWriter vout = new StringWriter();
        assertThat(Main.run(new PrintWriter(vout), new PrintWriter(err), "validate", a.toString())).isZero();
        assertThat(vout.toString()).isEqualTo("valid\n");
        assertThat(ScenarioReader.create().read(a).masterData().items()).hasSize(1_000);
    }

    @Test
    void generateCommand_badSizeOrMissingOut_exit2(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate", "--size", "XXL",
                "--out", dir.resolve("x.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--size");
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate", "--size", "S"))
                .isEqualTo(2);
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate", "--size", "S",
                "--out", dir.resolve("no/such/dir/x.json").toString())).isEqualTo(2);
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate", "--size", "S",
                "--out", dir.toString())).isEqualTo(2);
    }
}
