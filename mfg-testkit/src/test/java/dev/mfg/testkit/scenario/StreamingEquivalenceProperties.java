package dev.mfg.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming {@link ScenarioReader} gives exactly what the whole-tree reader it replaced
 * ({@link TreeScenarioReader}) gives: the same scenario for valid text, the same exception with the same problems
 * (rules, JSON paths, values, messages, order) for invalid text. Inputs are generated scenarios written by the
 * {@link ScenarioWriter}, then changed by zero to four seeded mutations: shuffled top-level fields (the streaming
 * reader holds back items before the currency and references before the items), removed, unknown, repeated and
 * mistyped fields, out-of-range numbers, unknown and repeated ids, non-array sections, trailing text.
 */
class StreamingEquivalenceProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 100);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final ScenarioWriter writer = ScenarioWriter.create();

    /** What a read gave: a scenario, or an exception's class and problems. */
    record Outcome(Scenario scenario, String exception, List<Problem> problems) {
        static Outcome of(java.util.function.Supplier<Scenario> read) {
            try {
                return new Outcome(read.get(), null, List.of());
            } catch (InvalidInputException e) {
                return new Outcome(null, e.getClass().getName(), e.problems().castToList());
            }
        }
    }

    static Outcome streaming(String json) {
        return Outcome.of(() -> ScenarioReader.create().readString(json));
    }

    static Outcome tree(String json) {
        return Outcome.of(() -> TreeScenarioReader.create().readString(json));
    }

    @Test
    void generatedValidScenarios_sameScenarioAsTheTreeReader() {
        qt().withExamples(EXAMPLES / 3).forAll(ScenarioGenerator.scenarios()).checkAssert(s -> {
            String json = writer.toJson(s);
            Outcome streamed = streaming(json);
            assertThat(streamed.problems()).isEmpty();
            assertThat(streamed).isEqualTo(tree(json));
            assertThat(streamed.scenario()).isEqualTo(s);
        });
    }

    @Test
    void mutatedScenarios_sameOutcomeAsTheTreeReader() {
        qt().withExamples(EXAMPLES).forAll(ScenarioGenerator.scenarios(), longs().all()).checkAssert((s, seed) -> {
            String json = mutate(writer.toJson(s), new Random(seed));
            Outcome streamed = streaming(json);
            Outcome tree = tree(json);
            assertThat(streamed.problems()).as(json).isEqualTo(tree.problems());
            assertThat(streamed).as(json).isEqualTo(tree);
        });
    }

    @Test
    void mutatedScenarios_mostAreInvalid() {
        // Guards the mutator: were it to leave every text valid, the property above would prove little.
        java.util.concurrent.atomic.AtomicInteger invalid = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger all = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(40).forAll(ScenarioGenerator.scenarios(), longs().all()).checkAssert((s, seed) -> {
            all.incrementAndGet();
            if (streaming(mutate(writer.toJson(s), new Random(seed))).scenario() == null) {
                invalid.incrementAndGet();
            }
        });
        assertThat(invalid.get()).isGreaterThan(all.get() / 3);
    }

    // ------------------------------------------------------------------------------------------------ mutator

    /** A field written twice: the object, the field and the second value. */
    private record Repeat(ObjectNode owner, String field, JsonNode second) {}

    static String mutate(String json, Random r) {
        ObjectNode root;
        try {
            root = (ObjectNode) MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Repeat> repeats = new ArrayList<>();
        String tail = "";
        int n = r.nextInt(5);
        for (int k = 0; k < n; k++) {
            List<ObjectNode> objects = new ArrayList<>();
            collect(root, objects);
            ObjectNode o = objects.get(r.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String field = names.isEmpty() ? "id" : names.get(r.nextInt(names.size()));
            switch (r.nextInt(12)) {
                case 0, 1 -> shuffle(root, r);
                case 2 -> o.remove(field);
                case 3 -> o.put(r.nextBoolean() ? "qty" : "unknownField", 1);
                case 4 -> o.set(field, List.of(TextNode.valueOf("x"), JsonNodeFactory.instance.numberNode(
                        new BigDecimal("1.5")), JsonNodeFactory.instance.nullNode(),
                        JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.arrayNode(),
                        JsonNodeFactory.instance.objectNode()).get(r.nextInt(6)));
                case 5 -> repeats.add(new Repeat(o, field, TextNode.valueOf("again")));
                case 6 -> {
                    if (o.get(field) != null && o.get(field).isNumber()) {
                        o.set(field, JsonNodeFactory.instance.numberNode(new BigDecimal(List.of("0.1234567",
                                "-5", "1E+20", "2147483648", "0").get(r.nextInt(5)))));
                    } else {
                        o.put("quantity", new BigDecimal("-0.0000001"));
                    }
                }
                case 7 -> {
                    for (String ref : List.of("id", "component", "item", "workCenter", "tool", "calendar")) {
                        if (o.has(ref)) {
                            o.put(ref, r.nextBoolean() ? "NOPE" : firstId(root));
                            break;
                        }
                    }
                }
                case 8 -> {
                    JsonNode c = root.remove("currency");
                    if (c != null && r.nextBoolean()) {
                        root.set("currency", c); // now after the items: they are held until it comes
                    }
                }
                case 9 -> {
                    List<String> arrays = new ArrayList<>();
                    root.fields().forEachRemaining(e -> {
                        if (e.getValue().isArray()) {
                            arrays.add(e.getKey());
                        }
                    });
                    if (!arrays.isEmpty()) {
                        root.put(arrays.get(r.nextInt(arrays.size())), "not an array");
                    }
                }
                case 10 -> o.put("extensions", r.nextBoolean() ? "text" : "{}");
                default -> tail = r.nextInt(4) == 0 ? " {}" : tail;
            }
        }
        StringBuilder sb = new StringBuilder();
        write(root, repeats, sb);
        return sb + tail;
    }

    private static String firstId(ObjectNode root) {
        JsonNode items = root.path("items");
        return items.isArray() && items.size() > 0 ? items.get(items.size() - 1).path("id").asText("X") : "X";
    }

    private static void collect(JsonNode n, List<ObjectNode> objects) {
        if (n.isObject()) {
            objects.add((ObjectNode) n);
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("extensions")) {
                    collect(e.getValue(), objects);
                }
            }
        } else if (n.isArray()) {
            for (JsonNode e : n) {
                collect(e, objects);
            }
        }
    }

    private static void shuffle(ObjectNode root, Random r) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        root.fields().forEachRemaining(e -> fields.add(Map.entry(e.getKey(), e.getValue())));
        Collections.shuffle(fields, r);
        root.removeAll();
        for (Map.Entry<String, JsonNode> e : fields) {
            root.set(e.getKey(), e.getValue());
        }
    }

    /** Writes JSON text, numbers exactly as held, with the repeated fields written a second time. */
    private static void write(JsonNode n, List<Repeat> repeats, StringBuilder sb) {
        if (n.isObject()) {
            sb.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                first = member(sb, first, e.getKey(), e.getValue(), repeats);
            }
            for (Repeat rep : repeats) {
                if (rep.owner() == n) {
                    first = member(sb, first, rep.field(), rep.second(), repeats);
                }
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(n.get(i), repeats, sb);
            }
            sb.append(']');
        } else if (n.isBigDecimal()) {
            sb.append(n.decimalValue().toString());
        } else {
            sb.append(n.toString());
        }
    }

    private static boolean member(StringBuilder sb, boolean first, String name, JsonNode value, List<Repeat> repeats) {
        sb.append(first ? "" : ",").append(TextNode.valueOf(name).toString()).append(':');
        write(value, repeats, sb);
        return false;
    }
}
