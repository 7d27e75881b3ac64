package dev.mfg.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void plan_melamine_table() {
        assertThat(run("plan", "melamine")).isZero();
        assertThat(out.toString()).contains("SET-50 (low-level code 0)").contains("POWDER").contains("Planned orders (");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void plan_json_isPlanFormatAndByteIdentical() throws Exception {
        assertThat(run("plan", "melamine", "--json")).isZero();
        String first = out.toString();
        JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(first);
        assertThat(root.get("format").asText()).isEqualTo("mfg-plan/1");
        assertThat(root.get("buckets")).hasSize(12);
        out.getBuffer().setLength(0);
        run("plan", "melamine", "--json");
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void plan_summary_hasEngineTime() throws Exception {
        assertThat(run("plan", "widget", "--summary")).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertThat(summary.has("elapsedMillis")).isTrue();
        assertThat(summary.get("plannedOrders").asInt()).isPositive();
    }

    @Test
    void plan_widget_boxesNeededAtOp50() throws Exception {
        // Seed 003 §8.2: materials are needed at the start of the operation that consumes them.
        assertThat(run("plan", "widget", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        boolean boxAt50 = false;
        for (JsonNode m : root.get("materialRequirements")) {
            if (m.get("item").asText().equals("PKG-BOX-6X6") && m.path("operation").asInt() == 50) {
                boxAt50 = true;
            }
        }
        assertThat(boxAt50).isTrue();
    }

    @Test
    void plan_everyBundledScenario_plans() {
        for (String name : new String[] {"factory", "melamine", "weekly-build", "widget"}) {
            out.getBuffer().setLength(0);
            assertThat(run("plan", name, "--summary")).as(name).isZero();
        }
    }

    @Test
    void plan_invalidFile_exit2WithJsonPath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"format\": \"mfg-scenario/1\", \"planning\": {\"start\": \"2026-01-05\", "
                + "\"buckets\": 4, \"bucket\": \"WEEK\"}, \"items\": [{\"id\": \"A\", \"uom\": \"EA\", "
                + "\"procurement\": \"MAKE\", \"leadTimeDays\": -2}]}");
        assertThat(run("plan", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("$.items[0].leadTimeDays").doesNotContain("at dev.mfg");
    }

    @Test
    void plan_twoThreads_sameJson() {
        // The widget's routing loads work centers: capacity rows are in the plan either way.
        assertThat(run("plan", "widget", "--json")).isZero();
        String one = out.toString();
        assertThat(one).contains("\"capacity\"").contains("\"loadHours\"");
        out.getBuffer().setLength(0);
        assertThat(run("plan", "widget", "--json", "--threads", "2")).isZero();
        assertThat(out.toString()).isEqualTo(one);
    }

    @Test
    void plan_zeroThreads_exit2WithRuleAndPath() {
        assertThat(run("plan", "widget", "--threads", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("THREADS_NOT_POSITIVE").contains("planning.threads")
                .doesNotContain("at dev.mfg");
    }

    @Test
    void plan_missingScenario_exit2() {
        assertThat(run("plan")).isEqualTo(2);
    }

    @Test
    void reportsProgress_fromFiftyThousandItems() {
        // melamine (a few dozen items) stays silent on standard error (plan_melamine_table); M (100,000) reports.
        assertThat(PlanCommand.reportsProgress(49_999)).isFalse();
        assertThat(PlanCommand.reportsProgress(50_000)).isTrue();
        assertThat(PlanCommand.reportsProgress(100_000)).isTrue();
    }
}
