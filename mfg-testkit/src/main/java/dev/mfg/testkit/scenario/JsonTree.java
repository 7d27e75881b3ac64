package dev.mfg.testkit.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.error.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Streams JSON text into a Jackson tree while enforcing {@link ScenarioLimits}: nesting depth, string, name and
 * number lengths and document size through Jackson's {@link StreamReadConstraints} (checked while a token is
 * buffered), array sizes and repeated field names here. Floating-point literals become exact {@link DecimalNode}s
 * (never through {@code double}); integer literals {@link LongNode}s or {@link BigIntegerNode}s. A structural
 * problem (syntax, a limit) stops the parse with one problem at the JSON path where it happened.
 */
final class JsonTree {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonParser parser;
    private final ScenarioLimits limits;
    private final Problems duplicates = new Problems();

    private JsonTree(JsonParser parser, ScenarioLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /**
     * @return the root object, and the repeated-field problems found (the parse continues past them)
     * @throws InvalidInputException on a syntax error or an exceeded limit
     */
    static Parsed parse(InputStream in, ScenarioLimits limits) {
        return parse(in, limits, factory(limits));
    }

    /** {@return a parser factory enforcing the limits} (factories are thread-safe and worth reusing) */
    static JsonFactory factory(ScenarioLimits limits) {
        return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxFileBytes())
                .build()).build();
    }

    static Parsed parse(InputStream in, ScenarioLimits limits, JsonFactory factory) {
        try (JsonParser p = factory.createParser(in)) {
            try {
                return parse(p, limits);
            } catch (StreamConstraintsException e) {
                throw new LimitExceededException("json", "the configured ScenarioLimits",
                        firstLine(e.getOriginalMessage()), path(p.getParsingContext()));
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(new Problem(ScenarioRule.JSON_SYNTAX.name(),
                        path(p.getParsingContext()), location(e),
                        "The text is not valid JSON: " + firstLine(e.getOriginalMessage())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed parse(JsonParser p, ScenarioLimits limits) throws IOException {
        {
            JsonTree tree = new JsonTree(p, limits);
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw syntax("$",
                        first == null ? "empty" : p.getText(), "A scenario file must hold one JSON object.");
            }
            JsonNode root = tree.value(first);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw syntax("$", p.getText(),
                        "There is content after the root object.");
            }
            return new Parsed((ObjectNode) root, tree.duplicates.toList().castToList());
        }
    }

    /** The parse result. */
    record Parsed(ObjectNode root, List<Problem> problems) {}

    private JsonNode value(JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonNode v = value(parser.nextToken());
                    if (o.has(name)) {
                        duplicates.add(new Problem(ScenarioRule.FIELD_DUPLICATE.name(),
                                path(parser.getParsingContext()), name, "The field (" + name
                                        + ") appears twice in one object.\nMaybe remove one of them."));
                    } else {
                        o.set(name, v);
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                JsonToken e;
                while ((e = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (a.size() >= limits.maxArrayLength()) {
                        throw new LimitExceededException("json.arrayLength", limits.maxArrayLength(),
                                "more than " + limits.maxArrayLength(), path(parser.getParsingContext()));
                    }
                    a.add(value(e));
                }
                return a;
            }
            case VALUE_STRING:
                return TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? BigIntegerNode.valueOf(parser.getBigIntegerValue())
                        : LongNode.valueOf(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                // Exact: parsed as a BigDecimal straight from the text (1e999999999 is cheap: unscaled 1).
                return DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.instance;
            default:
                throw syntax(path(parser.getParsingContext()), t,
                        "Unexpected JSON token.");
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** {@return the JSON path ({@code $.items[3].id}) of a parser position} */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(field(c.getCurrentName()));
            }
        }
        StringBuilder sb = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.toString();
    }

    /** {@return {@code .name}, or {@code ['odd name']} when the name is not a simple identifier} */
    static String field(String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return "." + name;
        }
        String shown = name.length() > 64 ? name.substring(0, 64) + "..." : name;
        return "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static InvalidInputException syntax(String path, Object value, String message) {
        return new InvalidInputException(new Problem(ScenarioRule.JSON_SYNTAX.name(), path, String.valueOf(value),
                message));
    }
}
