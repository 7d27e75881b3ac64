package dev.mfg.testkit.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.mfg.core.bom.Bom;
import dev.mfg.core.item.Item;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Routing;
import dev.mfg.testkit.scenario.Planning;
import dev.mfg.testkit.scenario.Scenario;
import dev.mfg.testkit.scenario.ScenarioWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A {@link ModelSink} that writes an {@code mfg-scenario/1} file as the model arrives, section by section, with
 * Jackson's streaming generator: memory stays constant however large the model. The text is exactly what
 * {@link dev.mfg.testkit.scenario.ScenarioWriter} writes for the same scenario (same field order, omitted
 * defaults, plain decimals, two-space indentation, {@code \n}, final newline), provided values arrive in the
 * writer's sort order, as {@link ModelGenerator} sends them: every element is written by the writer's own
 * {@link dev.mfg.testkit.scenario.ScenarioWriter.ElementWriter}, and a test keeps the two byte-identical.
 *
 * <p>Limits: generated models have no calendars, global unit conversions or extensions, so this sink writes none.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(path); ScenarioFileSink sink = new ScenarioFileSink(w)) {
 *     ModelGenerator.seeded(42).generate(SizeTier.L, sink);
 * }
 * }</pre>
 *
 * <p>Not thread-safe; use once. {@link #close()} does not close the underlying writer.
 *
 * @since 0.1
 */
public final class ScenarioFileSink implements ModelSink, Closeable {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Writer out;
    private final JsonGenerator g;
    private final ScenarioWriter.ElementWriter elements;
    private final BiConsumer<String, Long> progress;
    private String section = "";
    private long count;

    /**
     * @param out where the UTF-8 text goes (flushed at the end, not closed)
     */
    public ScenarioFileSink(Writer out) {
        this(out, (section, n) -> { });
    }

    /**
     * @param out where the text goes (flushed at the end, not closed)
     * @param progress called with the section name and the number of its values written so far, every 100,000
     *     values, and once at the end of each section
     */
    public ScenarioFileSink(Writer out, BiConsumer<String, Long> progress) {
        this.out = Objects.requireNonNull(out, "out");
        this.progress = Objects.requireNonNull(progress, "progress");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            g = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.setPrettyPrinter(pretty);
        elements = ScenarioWriter.elements(g);
    }

    private interface Body {
        void write() throws IOException;
    }

    private static void io(Body body) {
        try {
            body.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code name}'s array if it is not the current section, closing the previous one. */
    private void section(String name) throws IOException {
        if (!section.equals(name)) {
            closeSection();
            g.writeArrayFieldStart(name);
            section = name;
            count = 0;
        }
        if (++count % 100_000 == 0) {
            progress.accept(section, count);
        }
    }

    private void closeSection() throws IOException {
        if (!section.isEmpty()) {
            g.writeEndArray();
            progress.accept(section, count);
            section = "";
        }
    }

    @Override
    public void start(String name, Currency currency, Planning planning) {
        io(() -> {
            g.writeStartObject();
            g.writeStringField("format", Scenario.FORMAT);
            g.writeStringField("name", name);
            g.writeStringField("currency", currency.getCurrencyCode());
            g.writeObjectFieldStart("planning");
            g.writeStringField("start", planning.start().toString());
            g.writeNumberField("buckets", planning.buckets());
            g.writeStringField("bucket", planning.bucket().name());
            g.writeEndObject();
        });
    }

    @Override
    public void item(Item i, BigDecimal onHand) {
        io(() -> {
            section("items");
            elements.item(i, onHand);
        });
    }

    @Override
    public void workCenter(WorkCenter w) {
        io(() -> {
            section("workCenters");
            elements.workCenter(w);
        });
    }

    @Override
    public void tool(Tool t) {
        io(() -> {
            section("tools");
            elements.tool(t);
        });
    }

    @Override
    public void bom(Bom b) {
        io(() -> {
            section("boms");
            elements.bom(b);
        });
    }

    @Override
    public void routing(Routing r) {
        io(() -> {
            section("routings");
            elements.routing(r);
        });
    }

    @Override
    public void scheduledReceipt(ScheduledReceipt r) {
        io(() -> {
            section("scheduledReceipts");
            elements.scheduledReceipt(r);
        });
    }

    @Override
    public void demand(Demand d) {
        io(() -> {
            section("demands");
            elements.demand(d);
        });
    }

    @Override
    public void end() {
        io(() -> {
            closeSection();
            g.writeEndObject();
            g.flush();
            out.write('\n');
            out.flush();
        });
    }

    /** Releases the JSON generator; the underlying writer stays open. */
    @Override
    public void close() {
        io(g::close);
    }
}
