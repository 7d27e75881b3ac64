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
 * Turns JSON text into Jackson tree values while enforcing {@link ScenarioLimits}: nesting depth, string, name and
 * number lengths and document size through Jackson's {@link StreamReadConstraints} (checked while a token is
 * buffered), array sizes and repeated field names here. Floating-point literals become exact {@link DecimalNode}s
 * (never through {@code double}); integer literals {@link LongNode}s or {@link BigIntegerNode}s. A structural
 * problem (syntax, a limit) stops the parse with one problem at the JSON path where it happened.
 *
 * <p>{@link ScenarioReader} uses it value by value ({@link #stream}): the top-level arrays are walked token by token
 * and only one element (one item, one BOM with its lines) is a tree at a time. {@link #parse} builds the whole
 * document (kept for the tests' whole-tree oracle).
 */
final class JsonTree {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonParser parser;
    private final ScenarioLimits limits;
    private final java.util.function.Consumer<Problem> repeats;

    private JsonTree(JsonParser parser, ScenarioLimits limits, java.util.function.Consumer<Problem> repeats) {
        this.parser = parser;
        this.limits = limits;
        this.repeats = repeats;
    }

    /** The body of a streaming read: gets the tree reader over the open parser. */
    interface Body<R> {
        R read(JsonTree tree, JsonParser parser) throws IOException;
    }

    /**
     * Runs a streaming read over a parser of the text, mapping Jackson's limit and syntax errors to one problem at
     * the JSON path where they happened.
     *
     * @param repeats receives every repeated-field problem (the parse continues past them)
     */
    static <R> R stream(InputStream in, JsonFactory factory, ScenarioLimits limits,
            java.util.function.Consumer<Problem> repeats, Body<R> body) {
        try (JsonParser p = factory.createParser(in)) {
            try {
                return body.read(new JsonTree(p, limits, repeats), p);
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

    /**
     * Checks that an array that already has {@code size} elements may have one more (call it after the next
     * element's first token was read, so that the path names that element).
     */
    void checkArrayLength(int size) {
        if (size >= limits.maxArrayLength()) {
            throw new LimitExceededException("json.arrayLength", limits.maxArrayLength(),
                    "more than " + limits.maxArrayLength(), path(parser.getParsingContext()));
        }
    }

    /** Records a repeated field of the current object (call it after its value was read). */
    void repeated(String name) {
        repeats.accept(new Problem(ScenarioRule.FIELD_DUPLICATE.name(), path(parser.getParsingContext()), name,
                "The field (" + name + ") appears twice in one object.\nMaybe remove one of them."));
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
            Problems duplicates = new Problems();
            JsonTree tree = new JsonTree(p, limits, duplicates::add);
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
            return new Parsed((ObjectNode) root, duplicates.toList().castToList());
        }
    }

    /** The parse result. */
    record Parsed(ObjectNode root, List<Problem> problems) {}

    /** {@return the tree of the value whose first token is {@code t}} The parser is left on its last token. */
    JsonNode value(JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonNode v = value(parser.nextToken());
                    if (o.has(name)) {
                        repeated(name);
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
                    checkArrayLength(a.size());
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

    static InvalidInputException syntax(String path, Object value, String message) {
        return new InvalidInputException(new Problem(ScenarioRule.JSON_SYNTAX.name(), path, String.valueOf(value),
                message));
    }
}
