package dev.mfg.testkit.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomStatus;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.bom.CoProduct;
import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.bom.OutputKind;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.bom.Substitute;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.MaterialOwnership;
import dev.mfg.core.item.ProductionType;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.DemandType;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.quantity.UomConversion;
import dev.mfg.core.resource.CapacityUnit;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolStatus;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingStatus;
import dev.mfg.core.routing.RoutingType;
import dev.mfg.testkit.scenario.Planning;
import dev.mfg.testkit.scenario.Scenario;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * A {@link ModelSink} that writes an {@code mfg-scenario/1} file as the model arrives, section by section, with
 * Jackson's streaming generator: memory stays constant however large the model. The text is exactly what
 * {@link dev.mfg.testkit.scenario.ScenarioWriter} writes for the same scenario (same field order, omitted
 * defaults, plain decimals, two-space indentation, {@code \n}, final newline), provided values arrive in the
 * writer's sort order, as {@link ModelGenerator} sends them; a test keeps the two byte-identical.
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
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Writer out;
    private final JsonGenerator g;
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
            g.writeStartObject();
            g.writeStringField("id", i.id().value());
            if (!i.name().equals(i.id().value())) {
                g.writeStringField("name", i.name());
            }
            g.writeStringField("uom", i.uom().code());
            g.writeStringField("procurement", i.procurement().name());
            if (i.leadTimeDays().isPresent()) {
                g.writeNumberField("leadTimeDays", i.leadTimeDays().getAsInt());
            }
            if (onHand.signum() != 0) {
                number("onHand", onHand);
            }
            if (i.safetyStock().signum() != 0) {
                number("safetyStock", i.safetyStock());
            }
            if (!i.lotSizing().equals(LotSizing.LOT_FOR_LOT)) {
                LotSizing l = i.lotSizing();
                g.writeObjectFieldStart("lotSizing");
                g.writeStringField("policy", l.rule().name());
                optional("quantity", l.quantity());
                if (l.periods().isPresent()) {
                    g.writeNumberField("periods", l.periods().getAsInt());
                }
                optional("setupCost", l.setupCost());
                optional("holdingCostPerPeriod", l.holdingCostPerPeriod());
                optional("minimum", l.minimum());
                optional("maximum", l.maximum());
                optional("multiple", l.multiple());
                g.writeEndObject();
            }
            if (i.standardCost().isPresent()) {
                g.writeObjectFieldStart("standardCost");
                number("amount", i.standardCost().get().price().amount());
                g.writeStringField("per", i.standardCost().get().per().code());
                g.writeEndObject();
            }
            optional("costingLotSize", i.costingLotSize());
            if (i.costingMethod() != CostingMethod.STANDARD) {
                g.writeStringField("costingMethod", i.costingMethod().name());
            }
            if (i.ownership() != MaterialOwnership.OWN) {
                g.writeStringField("ownership", i.ownership().name());
            }
            if (i.productionType() != ProductionType.MTS) {
                g.writeStringField("productionType", i.productionType().name());
            }
            MutableList<UomConversion> conversions = i.conversions().toSortedList(Comparator
                    .comparing((UomConversion c) -> c.from().code()).thenComparing(c -> c.to().code()));
            if (!conversions.isEmpty()) {
                g.writeArrayFieldStart("conversions");
                for (UomConversion c : conversions) {
                    g.writeStartObject();
                    g.writeStringField("from", c.from().code());
                    g.writeStringField("to", c.to().code());
                    number("factor", c.factor());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    @Override
    public void workCenter(WorkCenter w) {
        io(() -> {
            section("workCenters");
            g.writeStartObject();
            g.writeStringField("id", w.id().value());
            if (!w.description().equals(w.id().value())) {
                g.writeStringField("description", w.description());
            }
            if (w.category() != WorkCenterCategory.MACHINE) {
                g.writeStringField("category", w.category().name());
            }
            if (w.plantLocation().isPresent()) {
                g.writeStringField("plantLocation", w.plantLocation().get());
            }
            if (w.costCenter().isPresent()) {
                g.writeStringField("costCenter", w.costCenter().get());
            }
            if (w.calendar().isPresent()) {
                g.writeStringField("calendar", w.calendar().get().value());
            }
            if (w.capacityUnit() != CapacityUnit.HOURS) {
                g.writeStringField("capacityUnit", w.capacityUnit().name());
            }
            number("dailyCapacity", w.dailyCapacity());
            unless("multiplier", w.multiplier(), BigDecimal.ONE);
            unless("efficiencyPercent", w.efficiencyPercent(), HUNDRED);
            unless("utilizationPercent", w.utilizationPercent(), HUNDRED);
            if (w.laborCalc() != LaborCalc.HOURLY) {
                g.writeStringField("laborCalc", w.laborCalc().name());
            }
            unless("pieceRate", w.pieceRate(), BigDecimal.ZERO);
            if (!w.pieceRates().isEmpty()) {
                g.writeObjectFieldStart("pieceRates");
                for (var e : w.pieceRates().keyValuesView().toSortedListBy(p -> p.getOne())) {
                    number(e.getOne().value(), e.getTwo());
                }
                g.writeEndObject();
            }
            unless("laborRatePerHour", w.laborRatePerHour(), BigDecimal.ZERO);
            unless("machineRatePerHour", w.machineRatePerHour(), BigDecimal.ZERO);
            unless("setupRatePerHour", w.setupRatePerHour(), BigDecimal.ZERO);
            unless("overheadRatePerHour", w.overheadRatePerHour(), BigDecimal.ZERO);
            if (w.bottleneck()) {
                g.writeBooleanField("bottleneck", true);
            }
            g.writeEndObject();
        });
    }

    @Override
    public void tool(Tool t) {
        io(() -> {
            section("tools");
            g.writeStartObject();
            g.writeStringField("id", t.id().value());
            if (!t.description().equals(t.id().value())) {
                g.writeStringField("description", t.description());
            }
            if (!t.products().isEmpty()) {
                g.writeArrayFieldStart("products");
                for (var p : t.products().toSortedList()) {
                    g.writeString(p.value());
                }
                g.writeEndArray();
            }
            if (t.cavities() != 1) {
                g.writeNumberField("cavities", t.cavities());
            }
            unless("setupMinutes", t.setupMinutes(), BigDecimal.ZERO);
            if (t.status() != ToolStatus.AVAILABLE) {
                g.writeStringField("status", t.status().name());
            }
            g.writeNumberField("lifeCycles", t.lifeCycles());
            if (t.cyclesUsed() != 0) {
                g.writeNumberField("cyclesUsed", t.cyclesUsed());
            }
            unless("purchaseCost", t.purchaseCost(), BigDecimal.ZERO);
            if (t.copies() != 1) {
                g.writeNumberField("copies", t.copies());
            }
            g.writeEndObject();
        });
    }

    @Override
    public void bom(Bom b) {
        io(() -> {
            section("boms");
            g.writeStartObject();
            g.writeStringField("item", b.item().value());
            if (b.type() != BomType.PRODUCTION) {
                g.writeStringField("type", b.type().name());
            }
            if (!b.version().equals("1")) {
                g.writeStringField("version", b.version());
            }
            if (b.status() != BomStatus.ACTIVE) {
                g.writeStringField("status", b.status().name());
            }
            unless("baseQuantity", b.baseQuantity(), BigDecimal.ONE);
            if (b.uom().isPresent()) {
                g.writeStringField("uom", b.uom().get().code());
            }
            effectivity(b.effectivity());
            if (b.createdBy().isPresent()) {
                g.writeStringField("createdBy", b.createdBy().get());
            }
            if (b.approvedBy().isPresent()) {
                g.writeStringField("approvedBy", b.approvedBy().get());
            }
            lines("lines", b.lines());
            MutableList<CoProduct> cos = b.coProducts().toSortedListBy(c -> c.item().value());
            if (!cos.isEmpty()) {
                g.writeArrayFieldStart("coProducts");
                for (CoProduct c : cos) {
                    g.writeStartObject();
                    g.writeStringField("item", c.item().value());
                    number("quantity", c.quantity());
                    g.writeStringField("uom", c.uom().code());
                    if (c.kind() != OutputKind.CO_PRODUCT) {
                        g.writeStringField("kind", c.kind().name());
                    }
                    optional("costSharePercent", c.costSharePercent());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    private void lines(String field, ImmutableList<BomLine> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (BomLine l : lines.toSortedListBy(BomLine::lineNo)) {
            g.writeStartObject();
            g.writeNumberField("lineNo", l.lineNo());
            g.writeStringField("component", l.component().value());
            number("quantity", l.quantity());
            g.writeStringField("uom", l.uom().code());
            unless("scrapPercent", l.scrapPercent(), BigDecimal.ZERO);
            if (l.operation().isPresent()) {
                g.writeNumberField("operation", l.operation().getAsInt());
            }
            if (l.issueType() != IssueType.MANUAL) {
                g.writeStringField("issueType", l.issueType().name());
            }
            if (l.issueLevel() != IssueLevel.PER_ORDER) {
                g.writeStringField("issueLevel", l.issueLevel().name());
            }
            if (l.per() != QuantityBasis.UNIT) {
                g.writeStringField("per", l.per().name());
            }
            if (l.costOnly()) {
                g.writeBooleanField("costOnly", true);
            }
            if (l.optional()) {
                g.writeBooleanField("optional", true);
            }
            MutableList<Substitute> subs = l.substitutes().toSortedList(Comparator
                    .comparingInt(Substitute::priority).thenComparing(x -> x.component().value()));
            if (!subs.isEmpty()) {
                g.writeArrayFieldStart("substitutes");
                for (Substitute x : subs) {
                    g.writeStartObject();
                    g.writeStringField("component", x.component().value());
                    number("quantity", x.quantity());
                    g.writeNumberField("priority", x.priority());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            effectivity(l.effectivity());
            if (l.notes().isPresent()) {
                g.writeStringField("notes", l.notes().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    public void routing(Routing r) {
        io(() -> {
            section("routings");
            g.writeStartObject();
            g.writeStringField("item", r.item().value());
            if (!r.version().equals("1")) {
                g.writeStringField("version", r.version());
            }
            if (r.type() != RoutingType.PRODUCTION) {
                g.writeStringField("type", r.type().name());
            }
            if (r.status() != RoutingStatus.ACTIVE) {
                g.writeStringField("status", r.status().name());
            }
            optional("lotSizeFrom", r.lotSizeFrom());
            optional("lotSizeTo", r.lotSizeTo());
            effectivity(r.effectivity());
            if (!r.operations().isEmpty()) {
                g.writeArrayFieldStart("operations");
                for (Operation o : r.operations().toSortedListBy(Operation::no)) {
                    operation(o);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    private void operation(Operation o) throws IOException {
        g.writeStartObject();
        g.writeNumberField("no", o.no());
        if (!o.description().isEmpty()) {
            g.writeStringField("description", o.description());
        }
        g.writeStringField("workCenter", o.workCenter().value());
        if (o.tool().isPresent()) {
            g.writeStringField("tool", o.tool().get().value());
        }
        unless("setupMinutes", o.setupMinutes(), BigDecimal.ZERO);
        optional("runMinutesPerUnit", o.runMinutesPerUnit());
        optional("cycleSeconds", o.cycleSeconds());
        if (o.cavities().isPresent()) {
            g.writeNumberField("cavities", o.cavities().getAsInt());
        }
        unless("queueMinutes", o.queueMinutes(), BigDecimal.ZERO);
        unless("moveMinutes", o.moveMinutes(), BigDecimal.ZERO);
        if (o.inspection()) {
            g.writeBooleanField("inspection", true);
        }
        if (o.critical()) {
            g.writeBooleanField("critical", true);
        }
        if (o.skill().isPresent()) {
            g.writeStringField("skill", o.skill().get());
        }
        effectivity(o.effectivity());
        lines("materials", o.materials());
        g.writeEndObject();
    }

    @Override
    public void scheduledReceipt(ScheduledReceipt r) {
        io(() -> {
            section("scheduledReceipts");
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("item", r.item().value());
            number("quantity", r.quantity());
            g.writeStringField("date", r.date().toString());
            g.writeEndObject();
        });
    }

    @Override
    public void demand(Demand d) {
        io(() -> {
            section("demands");
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("item", d.item().value());
            number("quantity", d.quantity());
            g.writeStringField("due", d.due().toString());
            if (d.type() != DemandType.SALES_ORDER) {
                g.writeStringField("type", d.type().name());
            }
            g.writeEndObject();
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

    private void effectivity(Effectivity e) throws IOException {
        if (e.startInclusive().isPresent()) {
            g.writeStringField("effectiveFrom", e.startInclusive().get().toString());
        }
        if (e.endExclusive().isPresent()) {
            g.writeStringField("effectiveTo", e.endExclusive().get().toString());
        }
    }

    private void number(String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value.toPlainString());
    }

    private void optional(String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            number(field, value.get());
        }
    }

    private void unless(String field, BigDecimal value, BigDecimal defaultValue) throws IOException {
        if (value.compareTo(defaultValue) != 0) {
            number(field, value);
        }
    }
}
