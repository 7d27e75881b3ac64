package dev.mfg.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problem;
import dev.mfg.testkit.generate.ModelGenerator;
import dev.mfg.testkit.generate.ScenarioFileSink;
import dev.mfg.testkit.generate.SizeTier;
import dev.mfg.testkit.reference.ReferenceScenarios;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming read path on generated files, odd field orders, the problem cap and progress. */
class ScenarioReaderStreamingTest {
    @TempDir
    static Path dir;
    private static Path generated;

    /** The generated S file (seed 42), written once for the class. */
    private static synchronized Path generatedS() throws IOException {
        if (generated != null) {
            return generated;
        }
        Path file = dir.resolve("s.json");
        generated = file;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                ScenarioFileSink sink = new ScenarioFileSink(w)) {
            ModelGenerator.seeded(42).generate(SizeTier.S, sink);
        }
        return file;
    }

    private static List<Problem> problems(java.util.function.Function<String, Scenario> read, String json) {
        try {
            read.apply(json);
        } catch (InvalidInputException e) {
            return e.problems().castToList();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void read_generatedSizeS_sameScenarioAsTheTreeReaderAndTheGenerator() throws IOException {
        Path file = generatedS();
        Scenario streamed = ScenarioReader.create().read(file);
        Scenario tree = TreeScenarioReader.create().read(file);
        assertThat(streamed).isEqualTo(tree);
        // SizeTier.S: 1,000 items, 52 weekly buckets (the tier's definition).
        assertThat(streamed.masterData().items()).hasSize(1000);
        assertThat(streamed.planning().buckets()).isEqualTo(52);
        assertThat(streamed.masterData()).isEqualTo(ModelGenerator.seeded(42).generate(SizeTier.S).masterData());
    }

    @Test
    void read_generatedSizeS_progressEveryHundredItems() throws IOException {
        Path file = generatedS();
        List<Long> itemCounts = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        ScenarioReader.create().withProgress((section, elements, bytes) -> {
            if (section.equals("items")) {
                itemCounts.add(elements);
            }
            offsets.add(bytes);
        }, 100).read(file);
        // 1,000 items reported every 100: 100, 200, ..., 1,000.
        assertThat(itemCounts).containsExactly(100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L, 1000L);
        assertThat(offsets).isSorted().allSatisfy(b -> assertThat(b).isPositive().isLessThanOrEqualTo(
                Files.size(file)));
    }

    @Test
    void read_withoutProgress_reportsNothing() throws IOException {
        List<String> reports = new ArrayList<>();
        ScenarioReader.create().read(generatedS());
        assertThat(reports).isEmpty();
        assertThatThrownBy(() -> ScenarioReader.create().withProgress((s, e, b) -> reports.add(s), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void read_topLevelFieldsInReverseOrder_sameScenario() throws IOException {
        // The melamine scenario has standard costs (so items need the currency) and demands, receipts and work
        // centers that refer to items: written backwards, every one of them comes before what it needs.
        Scenario melamine = ReferenceScenarios.melamine();
        ObjectMapper mapper = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        String written = ScenarioWriter.create().toJson(melamine);
        Scenario inOrder = ScenarioReader.create().readString(written); // the writer sorts lists by id
        assertThat(inOrder.masterData().items()).hasSameSizeAs(melamine.masterData().items());
        ObjectNode root = (ObjectNode) mapper.readTree(written);
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        root.fields().forEachRemaining(e -> fields.add(Map.entry(e.getKey(), e.getValue())));
        Collections.reverse(fields);
        assertThat(fields.get(fields.size() - 1).getKey()).isEqualTo("format");
        ObjectNode reversed = mapper.createObjectNode();
        fields.forEach(e -> reversed.set(e.getKey(), e.getValue()));
        assertThat(ScenarioReader.create().readString(mapper.writeValueAsString(reversed))).isEqualTo(inOrder);
    }

    /** {@code n} demands of an item that does not exist: one REFERENCE_UNKNOWN each. */
    private static String unknownItemDemands(int n) {
        StringBuilder sb = new StringBuilder("""
                { "format": "mfg-scenario/1", "planning": { "start": "2026-01-05", "buckets": 4 },
                  "items": [ { "id": "A", "uom": "EA", "procurement": "BUY" } ], "demands": [""");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"D").append(i)
                    .append("\",\"item\":\"NOPE\",\"quantity\":1,\"due\":\"2026-01-12\"}");
        }
        return sb.append("] }").toString();
    }

    @Test
    void read_1500Problems_first1000ThenOneTruncatedProblem() {
        List<Problem> problems = problems(ScenarioReader.create()::readString, unknownItemDemands(1500));
        assertThat(problems).hasSize(1001);
        assertThat(problems.get(0).rule()).isEqualTo("REFERENCE_UNKNOWN");
        assertThat(problems.get(0).path()).isEqualTo("$.demands[0].item");
        assertThat(problems.get(999).path()).isEqualTo("$.demands[999].item");
        Problem last = problems.get(1000);
        assertThat(last.rule()).isEqualTo("PROBLEMS_TRUNCATED");
        assertThat(last.path()).isEqualTo("$");
        assertThat(last.value()).isEqualTo("500"); // 1,500 found - 1,000 shown
        assertThat(last.message()).startsWith("... 500 more problems (1500 in all)");
        // The problems shown are the tree reader's first 1,000.
        assertThat(problems.subList(0, 1000)).isEqualTo(
                problems(TreeScenarioReader.create()::readString, unknownItemDemands(1500)).subList(0, 1000));
    }

    @Test
    void read_exactlyAtTheCap_noTruncatedProblem() {
        List<Problem> problems = problems(ScenarioReader.create(ScenarioLimits.builder().maxProblems(3).build())::readString,
                unknownItemDemands(3));
        assertThat(problems).extracting(Problem::rule).containsOnly("REFERENCE_UNKNOWN").hasSize(3);
    }

    @Test
    void read_smallCap_keepsTheFirstProblemsInReportOrder() {
        // A repeated field (reported first of all), then the format, then 5 demand items: cap 3 keeps the first 3.
        String json = unknownItemDemands(5).replace("\"format\": \"mfg-scenario/1\",",
                "\"format\": \"other\", \"name\": \"a\", \"name\": \"b\",");
        List<Problem> problems = problems(ScenarioReader.create(ScenarioLimits.builder().maxProblems(3).build())::readString,
                json);
        assertThat(problems).extracting(p -> p.rule() + " " + p.path()).containsExactly(
                "FIELD_DUPLICATE $.name", "FORMAT_UNSUPPORTED $.format", "REFERENCE_UNKNOWN $.demands[0].item",
                "PROBLEMS_TRUNCATED $");
        assertThat(problems.get(3).value()).isEqualTo("4"); // 7 found - 3 shown
    }

    @Test
    void limits_maxProblemsNotPositive_limitProblem() {
        assertThatThrownBy(() -> ScenarioLimits.builder().maxProblems(0).build()).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems().getFirst().path())
                        .isEqualTo("limits.maxProblems"));
    }

    @Test
    void read_operationsOutOfOrderWithUnknownMaterial_pathOfTheMaterialInTheFile() {
        // Operation 20 is first in the file, 10 second; the model sorts them. The unknown component of operation
        // 10's only material is found by the whole-graph check after the read, and must point at operations[1].
        String json = """
                { "format": "mfg-scenario/1", "planning": { "start": "2026-01-05", "buckets": 4 },
                  "items": [ { "id": "A", "uom": "EA", "procurement": "MAKE" },
                             { "id": "B", "uom": "EA", "procurement": "BUY" } ],
                  "workCenters": [ { "id": "WC", "dailyCapacity": 8 } ],
                  "routings": [ { "item": "A", "operations": [
                      { "no": 20, "workCenter": "WC", "runMinutesPerUnit": 1 },
                      { "no": 10, "workCenter": "WC", "runMinutesPerUnit": 1,
                        "materials": [ { "lineNo": 10, "component": "B", "quantity": 1, "uom": "EA" },
                                       { "lineNo": 20, "component": "NOPE", "quantity": 1, "uom": "EA" } ] }
                  ] } ] }
                """;
        List<Problem> problems = problems(ScenarioReader.create()::readString, json);
        assertThat(problems).extracting(p -> p.rule() + " " + p.path())
                .containsExactly("REFERENCE_UNKNOWN $.routings[0].operations[1].materials[1].component");
        assertThat(problems).isEqualTo(problems(TreeScenarioReader.create()::readString, json));
    }

    @Test
    void read_bomLineUnknownComponentInSecondBom_pathFromTheModel() {
        String json = """
                { "format": "mfg-scenario/1", "planning": { "start": "2026-01-05", "buckets": 4 },
                  "items": [ { "id": "A", "uom": "EA", "procurement": "MAKE" },
                             { "id": "B", "uom": "EA", "procurement": "MAKE" } ],
                  "boms": [ { "item": "A", "lines": [ { "lineNo": 10, "component": "B", "quantity": 1, "uom": "EA" } ] },
                            { "item": "B", "lines": [ { "lineNo": 5, "component": "A", "quantity": 1, "uom": "EA" },
                                                      { "lineNo": 7, "component": "Z", "quantity": 1, "uom": "EA" } ] } ] }
                """;
        List<Problem> problems = problems(ScenarioReader.create()::readString, json);
        assertThat(problems).extracting(p -> p.rule() + " " + p.path())
                .contains("REFERENCE_UNKNOWN $.boms[1].lines[1].component");
        assertThat(problems).isEqualTo(problems(TreeScenarioReader.create()::readString, json));
    }
}
