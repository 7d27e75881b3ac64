package dev.mfg.testkit.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
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
import dev.mfg.core.resource.Shift;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolStatus;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingStatus;
import dev.mfg.core.routing.RoutingType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Scenario} as {@code mfg-scenario/1} JSON, deterministically: the same scenario always gives
 * the same bytes (UTF-8, two-space indentation, {@code \n} line ends, a final newline).
 *
 * <ul>
 *   <li>Objects are written with their fields in a fixed order (the order of the spec's example, with the
 *       additional fields of {@link ScenarioReader} after the spec's neighbours), {@code "extensions"} last.</li>
 *   <li>Lists are sorted by their id: items, calendars, work centers, tools, receipts and demands by id; BOMs and
 *       routings by item then version; lines and materials by line number; operations by number; co-products by
 *       item; substitutes by priority then component; conversions by from then to unit; tool products and piece
 *       rates by item.</li>
 *   <li><b>Defaults are omitted</b>: a field whose value equals the format's default (on hand 0, safety stock
 *       0, LOT_FOR_LOT without modifiers, scrap 0, base quantity 1, per UNIT, status ACTIVE, type PRODUCTION,
 *       efficiency and utilization 100, multiplier 1, rates 0, a name equal to the id, ...) or an empty list is
 *       not written, so files stay small and a read restores exactly the same model. Required fields are always
 *       written. A zero stock balance is the same as none.</li>
 *   <li>Decimals are written as plain JSON numbers exactly as the model holds them ({@code 12.33}, never
 *       {@code 1.233E+1}, never through {@code double}).</li>
 *   <li>A calendar whose shifts are one daily shift placed as {@code hoursPerDay} places it is written with
 *       {@code hoursPerDay}; any other with {@code shifts}.</li>
 * </ul>
 * Read → write → read gives an equal {@link Scenario} for every scenario whose lists are in this order (the
 * reader keeps file order); write → read → write always gives identical bytes.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
public final class ScenarioWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonFactory EXTENSION_PARSER = JsonTree.factory(ScenarioLimits.DEFAULTS);
    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

    private ScenarioWriter() {}

    /** {@return a writer} */
    public static ScenarioWriter create() {
        return new ScenarioWriter();
    }

    /**
     * @param scenario the scenario
     * @return its JSON text
     */
    public String toJson(Scenario scenario) {
        StringWriter out = new StringWriter();
        write(scenario, out);
        return out.toString();
    }

    /**
     * Writes the scenario as UTF-8 JSON to a file, replacing it.
     *
     * @param scenario the scenario
     * @param file the file
     */
    public void write(Scenario scenario, Path file) {
        try {
            Files.writeString(file, toJson(scenario), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the scenario to a character stream, which is flushed but not closed.
     *
     * @param scenario the scenario
     * @param out the stream
     */
    public void write(Scenario scenario, Writer out) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(out, "out");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setPrettyPrinter(pretty);
            new Session(g, scenario).scenario();
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes single scenario elements in exactly this writer's format (field order, omitted defaults, plain
     * decimals), for producers that stream a scenario element by element without holding it whole (the
     * generator's {@code ScenarioFileSink}). The caller opens and closes the objects and arrays around them.
     *
     * @since 0.1
     */
    public interface ElementWriter {
        /**
         * @param item an item
         * @param onHand its stock on hand, written only when not zero
         * @throws IOException if writing fails
         */
        void item(Item item, BigDecimal onHand) throws IOException;

        /** @param workCenter a work center @throws IOException if writing fails */
        void workCenter(WorkCenter workCenter) throws IOException;

        /** @param tool a tool @throws IOException if writing fails */
        void tool(Tool tool) throws IOException;

        /** @param bom a bill of material @throws IOException if writing fails */
        void bom(Bom bom) throws IOException;

        /** @param routing a routing @throws IOException if writing fails */
        void routing(Routing routing) throws IOException;

        /** @param receipt a scheduled receipt @throws IOException if writing fails */
        void scheduledReceipt(ScheduledReceipt receipt) throws IOException;

        /** @param demand a demand @throws IOException if writing fails */
        void demand(Demand demand) throws IOException;

        /** @param calendar a calendar @throws IOException if writing fails */
        void calendar(WorkCalendar calendar) throws IOException;
    }

    /**
     * @param g the generator to write to (configured by the caller)
     * @return a writer of single elements with no extensions
     */
    public static ElementWriter elements(JsonGenerator g) {
        return new Session(g, null);
    }

    /** {@return a JSON node as compact text, numbers exactly as held} */
    static String compact(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeNode(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void writeNode(JsonGenerator g, JsonNode n) throws IOException {
        if (n.isObject()) {
            g.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                g.writeFieldName(e.getKey());
                writeNode(g, e.getValue());
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode e : n) {
                writeNode(g, e);
            }
            g.writeEndArray();
        } else if (n.isTextual()) {
            g.writeString(n.asText());
        } else if (n.isBigDecimal()) {
            g.writeNumber(n.decimalValue().toString());
        } else if (n.isNumber()) {
            g.writeNumber(n.bigIntegerValue().toString());
        } else if (n.isBoolean()) {
            g.writeBoolean(n.booleanValue());
        } else {
            g.writeNull();
        }
    }

    private static final class Session implements ElementWriter {
        private final JsonGenerator g;
        private final @Nullable Scenario s;
        private final Map<String, String> ext;

        Session(JsonGenerator g, @Nullable Scenario s) {
            this.g = g;
            this.s = s;
            this.ext = s == null ? Map.of() : s.extensions().castToSortedMap();
        }

        void scenario() throws IOException {
            Scenario s = Objects.requireNonNull(this.s, "scenario");
            g.writeStartObject();
            g.writeStringField("format", Scenario.FORMAT);
            if (s.name().isPresent()) {
                g.writeStringField("name", s.name().get());
            }
            if (s.currency().isPresent()) {
                g.writeStringField("currency", s.currency().get().getCurrencyCode());
            }
            g.writeObjectFieldStart("planning");
            g.writeStringField("start", s.planning().start().toString());
            g.writeNumberField("buckets", s.planning().buckets());
            g.writeStringField("bucket", s.planning().bucket().name());
            extensions("planning");
            g.writeEndObject();
            conversions("uomConversions", s.masterData().uomConversions(), "uomConversions");
            list("calendars", s.masterData().calendars().toSortedListBy(c -> c.id().value()), this::calendar);
            list("items", s.masterData().items().toSortedListBy(i -> i.id().value()),
                    i -> item(i, s.onHand(i.id())));
            list("workCenters", s.masterData().workCenters().toSortedListBy(w -> w.id().value()),
                    this::workCenter);
            list("tools", s.masterData().tools().toSortedListBy(t -> t.id().value()), this::tool);
            list("boms", s.masterData().boms().toSortedListBy(Bom::id), this::bom);
            list("routings", s.masterData().routings().toSortedListBy(Routing::id), this::routing);
            list("scheduledReceipts", s.scheduledReceipts().toSortedListBy(ScheduledReceipt::id), this::scheduledReceipt);
            list("demands", s.demands().toSortedListBy(Demand::id), this::demand);
            extensions("");
            g.writeEndObject();
        }

        private interface ElementWriter<T> {
            void write(T value) throws IOException;
        }

        private <T> void list(String field, MutableList<T> values, ElementWriter<T> writer) throws IOException {
            if (values.isEmpty()) {
                return;
            }
            g.writeArrayFieldStart(field);
            for (T v : values) {
                writer.write(v);
            }
            g.writeEndArray();
        }

        @Override
        public void calendar(WorkCalendar c) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", c.id().value());
            if (!c.workingDays().castToSortedSet().equals(MONDAY_TO_FRIDAY)) {
                g.writeArrayFieldStart("workingDays");
                for (DayOfWeek d : c.workingDays()) {
                    g.writeString(d.name().substring(0, 3));
                }
                g.writeEndArray();
            }
            Optional<BigDecimal> daily = c.shifts().size() == 1 ? hours(c.shifts().getFirst()) : Optional.empty();
            boolean placedDaily = daily.isPresent() && c.shifts().getFirst().start().equals(
                    daily.get().compareTo(BigDecimal.valueOf(16)) <= 0 ? LocalTime.of(8, 0) : LocalTime.MIDNIGHT);
            if (placedDaily) {
                if (daily.get().compareTo(BigDecimal.valueOf(8)) != 0) {
                    number("hoursPerDay", daily.get());
                }
            } else {
                g.writeArrayFieldStart("shifts");
                for (Shift shift : c.shifts()) {
                    g.writeStartObject();
                    g.writeStringField("start", shift.start().toString());
                    number("hours", hours(shift).orElseGet(() -> new BigDecimal(shift.length().toNanos())
                            .divide(NANOS_PER_HOUR, 6, java.math.RoundingMode.HALF_UP)));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!c.holidays().isEmpty()) {
                g.writeArrayFieldStart("holidays");
                for (LocalDate d : c.holidays()) {
                    g.writeString(d.toString());
                }
                g.writeEndArray();
            }
            extensions("calendars[" + c.id() + "]");
            g.writeEndObject();
        }

        private static Optional<BigDecimal> hours(Shift shift) {
            try {
                BigDecimal h = new BigDecimal(shift.length().toNanos()).divide(NANOS_PER_HOUR);
                h = dev.mfg.core.quantity.Decimals.strip(h);
                return h.scale() <= 6 ? Optional.of(h) : Optional.empty();
            } catch (ArithmeticException nonTerminating) {
                return Optional.empty();
            }
        }

        @Override
        public void item(Item i, BigDecimal onHand) throws IOException {
            String loc = "items[" + i.id() + "]";
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
            if (!i.lotSizing().equals(LotSizing.LOT_FOR_LOT) || ext.containsKey(loc + ".lotSizing")) {
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
                extensions(loc + ".lotSizing");
                g.writeEndObject();
            }
            if (i.standardCost().isPresent()) {
                g.writeObjectFieldStart("standardCost");
                number("amount", i.standardCost().get().price().amount());
                g.writeStringField("per", i.standardCost().get().per().code());
                extensions(loc + ".standardCost");
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
            conversions("conversions", i.conversions(), loc + ".conversions");
            extensions(loc);
            g.writeEndObject();
        }

        private void conversions(String field, ImmutableList<UomConversion> list, String loc) throws IOException {
            MutableList<UomConversion> sorted = list.toSortedList(Comparator
                    .comparing((UomConversion c) -> c.from().code()).thenComparing(c -> c.to().code()));
            if (sorted.isEmpty()) {
                return;
            }
            g.writeArrayFieldStart(field);
            for (UomConversion c : sorted) {
                g.writeStartObject();
                g.writeStringField("from", c.from().code());
                g.writeStringField("to", c.to().code());
                number("factor", c.factor());
                extensions(loc + "[" + c.from().code() + ">" + c.to().code() + "]");
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        @Override
        public void workCenter(WorkCenter w) throws IOException {
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
            extensions("workCenters[" + w.id() + "]");
            g.writeEndObject();
        }

        @Override
        public void tool(Tool t) throws IOException {
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
            extensions("tools[" + t.id() + "]");
            g.writeEndObject();
        }

        @Override
        public void bom(Bom b) throws IOException {
            String loc = "boms[" + b.id() + "]";
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
            lines("lines", b.lines(), loc + ".lines");
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
                    extensions(loc + ".coProducts[" + c.item() + "]");
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            extensions(loc);
            g.writeEndObject();
        }

        private void lines(String field, ImmutableList<BomLine> lines, String loc) throws IOException {
            if (lines.isEmpty()) {
                return;
            }
            g.writeArrayFieldStart(field);
            for (BomLine l : lines.toSortedListBy(BomLine::lineNo)) {
                String lineLoc = loc + "[" + l.lineNo() + "]";
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
                        extensions(lineLoc + ".substitutes[" + x.component() + "]");
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                effectivity(l.effectivity());
                if (l.notes().isPresent()) {
                    g.writeStringField("notes", l.notes().get());
                }
                extensions(lineLoc);
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        @Override
        public void routing(Routing r) throws IOException {
            String loc = "routings[" + r.id() + "]";
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
                    operation(o, loc + ".operations[" + o.no() + "]");
                }
                g.writeEndArray();
            }
            extensions(loc);
            g.writeEndObject();
        }

        private void operation(Operation o, String loc) throws IOException {
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
            lines("materials", o.materials(), loc + ".materials");
            extensions(loc);
            g.writeEndObject();
        }

        @Override
        public void scheduledReceipt(ScheduledReceipt r) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("item", r.item().value());
            number("quantity", r.quantity());
            g.writeStringField("date", r.date().toString());
            extensions("scheduledReceipts[" + r.id() + "]");
            g.writeEndObject();
        }

        @Override
        public void demand(Demand d) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("item", d.item().value());
            number("quantity", d.quantity());
            g.writeStringField("due", d.due().toString());
            if (d.type() != DemandType.SALES_ORDER) {
                g.writeStringField("type", d.type().name());
            }
            extensions("demands[" + d.id() + "]");
            g.writeEndObject();
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

        private void extensions(String locator) throws IOException {
            String text = ext.get(locator);
            if (text == null) {
                return;
            }
            JsonNode node = JsonTree.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    ScenarioLimits.DEFAULTS, EXTENSION_PARSER).root();
            g.writeFieldName("extensions");
            writeNode(g, node);
        }
    }
}
