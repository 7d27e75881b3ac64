package dev.mfg.testkit.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.MaterialOwnership;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.item.ProductionType;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.DemandType;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.CapacityUnit;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Shift;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.ToolStatus;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingStatus;
import dev.mfg.core.routing.RoutingType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.SortedMaps;
import org.eclipse.collections.api.factory.SortedSets;
import org.eclipse.collections.api.map.MutableMap;

/**
 * Reads {@code mfg-scenario/1} JSON into a {@link Scenario}, strictly. The contract is
 * {@code shared/spec/scenario-format.md}; this reader implements it as follows.
 *
 * <h2>Streaming and memory</h2>
 * The text is read token by token ({@link com.fasterxml.jackson.core.JsonParser}); each element of a top-level
 * array (one item, one BOM with its lines, one routing with its operations) becomes a small Jackson tree, is
 * checked and built into its model object, and is dropped. So memory grows with the model, never with a tree of
 * the whole file: a generated L scenario (1M items, about 3M BOM lines, 1.3 GB) reads in a few GB of heap. Limits
 * still apply before work: the file size before the file is opened, the others while the text is tokenised. The
 * order of the top-level fields does not matter for the result, only for memory: items that have a
 * {@code standardCost} and come before {@code currency}, and {@code workCenters}, {@code scheduledReceipts} and
 * {@code demands} that come before the end of {@code items}, are held as trees until what they need has been read
 * (the writer's and the generator's order, format, name, currency, planning, ..., items, ..., holds nothing).
 * With {@link #withProgress(ReadProgress, int)} the reader reports how far it has got.
 *
 * <h2>Strictness and problems</h2>
 * <ul>
 *   <li>Limits ({@link ScenarioLimits}: file size, nesting depth, string, name and number length, array size) are
 *       checked before or while the text is tokenised; a violation stops reading with one
 *       {@link LimitExceededException} at the JSON path where it happened. So do syntax errors
 *       ({@code JSON_SYNTAX}).</li>
 *   <li>Otherwise every problem of the file is collected and thrown at once as an {@link InvalidInputException}
 *       whose {@link Problem#path() paths} are JSON paths ({@code $.items[3].leadTimeDays}): unknown fields
 *       ({@code FIELD_UNKNOWN}, with the nearest known name as advice), repeated fields ({@code FIELD_DUPLICATE}),
 *       wrong JSON types ({@code TYPE_MISMATCH}; {@code null} is never accepted), unknown enum constants and bad
 *       dates ({@code VALUE_INVALID}), missing required fields ({@code VALUE_MISSING}), more than 6 fractional
 *       digits in a quantity ({@code SCALE_EXCEEDED}, never rounded) or a magnitude out of range
 *       ({@code MAGNITUDE_EXCEEDED}), and every problem of the model's own validation (items, BOMs, routings,
 *       work centers, tools, calendars, then the whole {@link MasterData} graph: duplicate ids, unknown
 *       references, cycles, overlapping effectivity), with its model path mapped back to the JSON path of the
 *       object and field (for example {@code bom[SET-50@1].line[20].component} becomes
 *       {@code $.boms[0].lines[1].component}). A model path that cannot be mapped is reported as
 *       {@code $.} followed by the model path.</li>
 *   <li>Problems are reported in one fixed order whatever the order of the file: repeated fields, unknown
 *       top-level fields, {@code format}, {@code name}, {@code currency}, {@code planning}, then the sections
 *       {@code uomConversions}, {@code calendars}, {@code items}, {@code workCenters}, {@code tools}, {@code boms},
 *       {@code routings}, {@code scheduledReceipts}, {@code demands} (each in file order), repeated receipt and
 *       demand ids, and last the model's whole-graph validation. At most {@link ScenarioLimits#maxProblems()}
 *       (1,000) are kept; past it they are only counted, and the list ends with one {@code PROBLEMS_TRUNCATED}
 *       problem whose value is how many more there were.</li>
 *   <li>Numbers are exact: floating-point literals are read as {@link BigDecimal} from their text, never through
 *       {@code double}. Integers (line and operation numbers, lead times, cavities, ...) must be integer
 *       literals.</li>
 *   <li>{@code "extensions"} objects, allowed on every object, are not interpreted and are preserved in
 *       {@link Scenario#extensions()}.</li>
 * </ul>
 *
 * <h2>Additions to the format</h2>
 * Fields the model has beyond the spec's example, all optional with the model's defaults:
 * <ul>
 *   <li>item: {@code costingLotSize}, {@code costingMethod} ({@code STANDARD|AVERAGE|FIFO}), {@code ownership}
 *       ({@code OWN|CUSTOMER}), {@code productionType} ({@code MTS|MTO|ATO|TOLL}), {@code conversions} (item
 *       unit conversions, objects like {@code uomConversions}); {@code name} defaults to the id. An
 *       {@code onHand} of 0 is the same as none.</li>
 *   <li>{@code standardCost.amount} is in the scenario's {@code currency}, which is then required.</li>
 *   <li>calendar: {@code hoursPerDay} defaults to 8 (one shift from 08:00; more than 16 hours start at 00:00);
 *       instead of it, {@code shifts}: a list of {@code {"start": "06:00", "hours": 8}}; {@code workingDays}
 *       (MON ... SUN) default to MON–FRI.</li>
 *   <li>work center: {@code description} (default the id), {@code category} (default MACHINE),
 *       {@code plantLocation}, {@code costCenter}, {@code capacityUnit} ({@code HOURS|PIECES|KG}, default HOURS),
 *       {@code pieceRates} (an object from item id to piece rate, overriding {@code pieceRate}).
 *       {@code dailyCapacity} is required (never a default of 1).</li>
 *   <li>tool: {@code description}, {@code products} (item ids), {@code copies} (default 1); {@code lifeCycles}
 *       is required; {@code cavities} default 1.</li>
 *   <li>BOM: {@code uom} (of the base quantity), {@code effectiveTo} (exclusive), {@code createdBy},
 *       {@code approvedBy}, {@code coProducts} (list of {@code {"item", "quantity", "uom", "kind":
 *       CO_PRODUCT|BY_PRODUCT, "costSharePercent"}}); {@code version} defaults to "1". Line: {@code lineNo} is
 *       required (positive, unique in its BOM), {@code effectiveFrom}/{@code effectiveTo}, {@code notes};
 *       {@code issueType} defaults to MANUAL and {@code issueLevel} to PER_ORDER.</li>
 *   <li>routing: {@code type} ({@code PRODUCTION|REPAIR|INSPECTION}), {@code lotSizeTo},
 *       {@code effectiveFrom}/{@code effectiveTo}; operation: {@code effectiveFrom}/{@code effectiveTo} and
 *       <b>{@code materials}</b>: the operation's own materials (seed 003's manufacturing BOM), a list of BOM-line
 *       objects (same fields as BOM lines; per one unit of the routing's item; {@code operation}, if given, must be
 *       the operation's own number). They are authoritative over plain BOM lines of the same component (see
 *       {@code dev.mfg.core.manufacturing.ManufacturingBom}).</li>
 * </ul>
 *
 * <p>Thread-safe: a reader holds only its limits.
 *
 * @since 0.1
 */
public final class ScenarioReader {
    /** How many elements of a top-level array pass between two progress reports by default. */
    public static final int DEFAULT_PROGRESS_EVERY = 100_000;

    private final ScenarioLimits limits;
    private final com.fasterxml.jackson.core.JsonFactory factory;
    private final ReadProgress progress;
    private final int progressEvery;

    private ScenarioReader(ScenarioLimits limits, ReadProgress progress, int progressEvery) {
        this.limits = limits;
        this.factory = JsonTree.factory(limits);
        this.progress = progress;
        this.progressEvery = progressEvery;
    }

    /** {@return a reader with {@link ScenarioLimits#DEFAULTS}} */
    public static ScenarioReader create() {
        return new ScenarioReader(ScenarioLimits.DEFAULTS, ReadProgress.NONE, 0);
    }

    /**
     * @param limits the limits to enforce
     * @return a reader with those limits
     */
    public static ScenarioReader create(ScenarioLimits limits) {
        return new ScenarioReader(Objects.requireNonNull(limits, "limits"), ReadProgress.NONE, 0);
    }

    /**
     * {@return a reader like this one that reports its progress} {@code progress} is called every {@code every}
     * elements of each top-level array ({@code items}, {@code boms}, ...), on the reading thread.
     *
     * @param progress the listener
     * @param every elements between two reports, positive
     */
    public ScenarioReader withProgress(ReadProgress progress, int every) {
        if (every <= 0) {
            throw new IllegalArgumentException("The progress interval must be positive, was (" + every + ").");
        }
        return new ScenarioReader(limits, Objects.requireNonNull(progress, "progress"), every);
    }

    /** {@return the limits this reader enforces} */
    public ScenarioLimits limits() {
        return limits;
    }

    /**
     * Reads a scenario file. Its size is checked before it is opened.
     *
     * @param file the file
     * @return the scenario
     * @throws InvalidInputException with every problem of the file (JSON paths)
     * @throws UncheckedIOException if the file cannot be read
     */
    public Scenario read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new LimitExceededException("file.size", limits.maxFileBytes() + " bytes", size + " bytes", "$");
            }
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a scenario from a stream (UTF-8 JSON), at most {@link ScenarioLimits#maxFileBytes()} bytes of it.
     * The stream is not closed.
     *
     * @param in the stream
     * @return the scenario
     * @throws InvalidInputException with every problem of the text (JSON paths)
     */
    public Scenario read(InputStream in) {
        Objects.requireNonNull(in, "in");
        Session session = new Session(limits, progress, progressEvery);
        return JsonTree.stream(in, factory, limits, session::repeat, session::stream);
    }

    /**
     * Reads a scenario from JSON text.
     *
     * @param json the text
     * @return the scenario
     * @throws InvalidInputException with every problem of the text (JSON paths)
     */
    public Scenario readString(String json) {
        Objects.requireNonNull(json, "json");
        if ((long) json.length() > limits.maxFileBytes()) {
            throw new LimitExceededException("file.size", limits.maxFileBytes() + " bytes", json.length()
                    + " characters", "$");
        }
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> names(String... names) {
        return Set.copyOf(Arrays.asList(names));
    }

    private static final Set<String> TOP = names("format", "name", "currency", "planning", "uomConversions",
            "calendars", "items", "workCenters", "tools", "boms", "routings", "scheduledReceipts", "demands");
    private static final Set<String> PLANNING = names("start", "buckets", "bucket");
    private static final Set<String> ITEM = names("id", "name", "uom", "procurement", "leadTimeDays", "onHand",
            "safetyStock", "lotSizing", "standardCost", "costingLotSize", "costingMethod", "ownership",
            "productionType", "conversions");
    private static final Set<String> LOT = names("policy", "quantity", "periods", "setupCost",
            "holdingCostPerPeriod", "minimum", "maximum", "multiple");
    private static final Set<String> COST = names("amount", "per");
    private static final Set<String> CONVERSION = names("from", "to", "factor");
    private static final Set<String> CALENDAR = names("id", "workingDays", "hoursPerDay", "shifts", "holidays");
    private static final Set<String> SHIFT = names("start", "hours");
    private static final Set<String> WORK_CENTER = names("id", "description", "category", "plantLocation",
            "costCenter", "capacityUnit", "dailyCapacity", "multiplier", "efficiencyPercent", "utilizationPercent",
            "calendar", "setupRatePerHour", "laborRatePerHour", "machineRatePerHour", "overheadRatePerHour",
            "laborCalc", "pieceRate", "pieceRates", "bottleneck");
    private static final Set<String> TOOL = names("id", "description", "products", "cavities", "setupMinutes",
            "status", "lifeCycles", "cyclesUsed", "purchaseCost", "copies");
    private static final Set<String> BOM = names("item", "version", "type", "status", "baseQuantity", "uom",
            "effectiveFrom", "effectiveTo", "createdBy", "approvedBy", "lines", "coProducts");
    private static final Set<String> LINE = names("lineNo", "component", "quantity", "uom", "scrapPercent",
            "issueType", "issueLevel", "operation", "per", "costOnly", "optional", "substitutes", "effectiveFrom",
            "effectiveTo", "notes");
    private static final Set<String> SUBSTITUTE = names("component", "quantity", "priority");
    private static final Set<String> CO_PRODUCT = names("item", "quantity", "uom", "kind", "costSharePercent");
    private static final Set<String> ROUTING = names("item", "version", "type", "status", "lotSizeFrom",
            "lotSizeTo", "effectiveFrom", "effectiveTo", "operations");
    private static final Set<String> OPERATION = names("no", "description", "workCenter", "tool", "setupMinutes",
            "runMinutesPerUnit", "cycleSeconds", "cavities", "queueMinutes", "moveMinutes", "inspection",
            "critical", "skill", "effectiveFrom", "effectiveTo", "materials");
    private static final Set<String> RECEIPT = names("id", "item", "quantity", "date");
    private static final Set<String> DEMAND = names("id", "item", "quantity", "due", "type");

    private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT",
            DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

    /** Problems of one section of the file: the first {@code cap} kept, all counted. */
    private static final class Found {
        private final List<Problem> kept = new ArrayList<>();
        private final int cap;
        private long count;

        Found(int cap) {
            this.cap = cap;
        }

        void add(Problem p) {
            if (count < cap) {
                kept.add(p);
            }
            count++;
        }

        void addAll(Iterable<Problem> ps) {
            for (Problem p : ps) {
                add(p);
            }
        }

        /** {@return how many problems were found, kept or not} (compared before and after reading a part) */
        long size() {
            return count;
        }
    }

    // The sections of a read, in the order their problems are reported (whatever the order of the file).
    private static final int S_REPEATS = 0;
    private static final int S_ROOT = 1;
    private static final int S_FORMAT = 2;
    private static final int S_NAME = 3;
    private static final int S_CURRENCY = 4;
    private static final int S_PLANNING = 5;
    private static final int S_CONVERSIONS = 6;
    private static final int S_CALENDARS = 7;
    private static final int S_ITEMS = 8;
    private static final int S_WORK_CENTERS = 9;
    private static final int S_TOOLS = 10;
    private static final int S_BOMS = 11;
    private static final int S_ROUTINGS = 12;
    private static final int S_RECEIPTS = 13;
    private static final int S_DEMANDS = 14;
    private static final int S_RECEIPT_IDS = 15;
    private static final int S_DEMAND_IDS = 16;
    private static final int S_MODEL = 17;
    private static final int SECTIONS = 18;

    /**
     * One read: the problems found (by section), the model-path → JSON-path registry, and the top-level arrays
     * read so far. The file is walked token by token; each element of a top-level array becomes a small tree,
     * is read into its model object and dropped.
     */
    private static final class Session {
        private final ScenarioLimits limits;
        private final ReadProgress progress;
        private final long progressEvery;
        private final Found[] found = new Found[SECTIONS];
        /** The section being read: every problem goes here. */
        private Found problems;
        /** Model path prefixes → JSON paths of work centers and tools (few), kept for the whole read. */
        private final Map<String, String> registry = new HashMap<>();
        /** Model path prefixes → JSON paths inside the top-level element being read (a BOM's lines, ...). */
        private final Map<String, String> scratch = new HashMap<>();
        private final Map<String, String> extensions = new TreeMap<>();
        private final Set<String> declared = new HashSet<>();
        private final Set<String> declaredItems = new HashSet<>();
        private boolean anyObjectFailed;
        private Currency currency;
        private boolean currencyMissingReported;

        private final List<UomConversion> conversions = new ArrayList<>();
        private final List<StockBalance> balances = new ArrayList<>();
        private final Section<WorkCalendar> calendars = new Section<>("calendars", S_CALENDARS, this::calendar);
        private final Section<Item> items = new Section<>("items", S_ITEMS, (o, path) -> item(o, path, balances));
        private final Section<WorkCenter> workCenters = new Section<>("workCenters", S_WORK_CENTERS,
                this::workCenter);
        private final Section<Tool> tools = new Section<>("tools", S_TOOLS, this::tool);
        private final Section<Bom> boms = new Section<>("boms", S_BOMS, this::bom);
        private final Section<Routing> routings = new Section<>("routings", S_ROUTINGS, this::routing);
        private final Section<ScheduledReceipt> receipts = new Section<>("scheduledReceipts", S_RECEIPTS,
                this::receipt);
        private final Section<Demand> demands = new Section<>("demands", S_DEMANDS, this::demand);
        private final Map<String, Section<?>> sections = new HashMap<>();
        private final Map<String, Integer> receiptIds = new HashMap<>();
        private final Map<String, Integer> demandIds = new HashMap<>();
        /** Operation numbers in file order, of the routings read whose operations were not in ascending order. */
        private final Map<Integer, int[]> operationOrder = new HashMap<>();

        /** Whether the top-level {@code currency} was read (items' standard costs need it). */
        private boolean currencySeen;
        /** Whether the top-level {@code items} array was read to its end (references to items need its ids). */
        private boolean itemsDone;
        /** Elements held back until what they depend on has been read (only when the file is in an odd order). */
        private final List<Held> held = new ArrayList<>();
        private boolean holdingItems;

        private record Held(Section<?> section, int index, JsonNode node) {}

        Session(ScenarioLimits limits, ReadProgress progress, long progressEvery) {
            this.limits = limits;
            this.progress = progress;
            this.progressEvery = progressEvery;
            for (int i = 0; i < SECTIONS; i++) {
                found[i] = new Found(limits.maxProblems());
            }
            for (Section<?> s : List.of(calendars, items, workCenters, tools, boms, routings, receipts, demands)) {
                sections.put(s.field, s);
            }
            problems = found[S_ROOT];
        }

        /** Problems from the tokeniser (repeated fields) are reported first. */
        void repeat(Problem p) {
            found[S_REPEATS].add(p);
        }

        private void in(int section) {
            problems = found[section];
        }

        /** A top-level array, read element by element into its model objects. */
        private final class Section<T> {
            final String field;
            final int bucket;
            final ObjectReader<T> reader;
            final List<T> result = new ArrayList<>();
            /** The JSON index of each model object in {@link #result}. */
            final org.eclipse.collections.api.list.primitive.MutableIntList index =
                    org.eclipse.collections.api.factory.primitive.IntLists.mutable.empty();

            Section(String field, int bucket, ObjectReader<T> reader) {
                this.field = field;
                this.bucket = bucket;
                this.reader = reader;
            }

            void element(int i, JsonNode n) {
                in(bucket);
                scratch.clear();
                String path = "$." + field + "[" + i + "]";
                ObjectNode o = object(n, path);
                if (o == null) {
                    return;
                }
                long before = problems.size();
                T value = reader.read(o, path);
                if (value == null || problems.size() > before) {
                    anyObjectFailed = true;
                    return;
                }
                index.add(i);
                result.add(value);
            }
        }

        /**
         * Reads the root object from the parser (positioned before its first token) and builds the scenario.
         * Sections are read as they come; the problems are reported in the fixed order of {@link #found}.
         */
        Scenario stream(JsonTree tree, JsonParser p) throws IOException {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw JsonTree.syntax("$", first == null ? "empty" : p.getText(),
                        "A scenario file must hold one JSON object.");
            }
            ObjectNode head = JsonNodeFactory.instance.objectNode();
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (!seen.add(name)) {
                    tree.value(t); // read for its limits, syntax and repeats, then dropped: the first one counts
                    tree.repeated(name);
                    continue;
                }
                switch (name) {
                    case "format", "name", "planning" -> head.set(name, tree.value(t));
                    case "currency" -> {
                        head.set(name, tree.value(t));
                        in(S_CURRENCY);
                        currency(head);
                        currencySeen = true;
                    }
                    case "uomConversions", "calendars", "items", "workCenters", "tools", "boms", "routings",
                            "scheduledReceipts", "demands" -> topArray(tree, p, name, t);
                    default -> {
                        JsonNode v = tree.value(t);
                        in(S_ROOT);
                        rootField(name, v);
                    }
                }
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw JsonTree.syntax("$", p.getText(), "There is content after the root object.");
            }
            return finish(head);
        }

        private void rootField(String name, JsonNode v) {
            if (name.equals("extensions")) {
                if (v.isObject()) {
                    extensions.put("", ScenarioWriter.compact(v));
                } else {
                    typeMismatch("$.extensions", v, "an object");
                }
            } else {
                unknown("$", name, TOP);
            }
        }

        private void topArray(JsonTree tree, JsonParser p, String field, JsonToken t) throws IOException {
            if (t != JsonToken.START_ARRAY) {
                JsonNode v = tree.value(t);
                in(field.equals("uomConversions") ? S_CONVERSIONS : sections.get(field).bucket);
                typeMismatch("$." + field, v, "an array");
                itemsDone |= field.equals("items");
                return;
            }
            int i = 0;
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                tree.checkArrayLength(i);
                element(field, i, tree.value(e));
                i++;
                if (progressEvery > 0 && i % progressEvery == 0) {
                    progress.report(field, i, p.currentLocation().getByteOffset());
                }
            }
            if (field.equals("items")) {
                itemsDone = true;
            }
        }

        private void element(String field, int i, JsonNode n) {
            switch (field) {
                case "uomConversions" -> {
                    in(S_CONVERSIONS);
                    conversion(n, "$", "uomConversions", i, "uomConversions", conversions);
                }
                case "items" -> {
                    String id = n.path("id").asText("");
                    declaredItems.add(id);
                    declared.add(id);
                    if (holdingItems || !currencySeen && n.has("standardCost")) {
                        holdingItems = true; // its cost needs the currency, which may still come: hold the rest
                        held.add(new Held(items, i, n));
                    } else {
                        items.element(i, n);
                    }
                }
                case "workCenters", "scheduledReceipts", "demands" -> {
                    if (field.equals("workCenters")) {
                        declared.add(n.path("id").asText(""));
                    }
                    if (itemsDone) {
                        referencing(sections.get(field), i, n);
                    } else {
                        held.add(new Held(sections.get(field), i, n)); // they refer to items not read yet
                    }
                }
                default -> {
                    if (field.equals("tools") || field.equals("calendars")) {
                        declared.add(n.path("id").asText(""));
                    }
                    sections.get(field).element(i, n);
                }
            }
        }

        /** Reads an element of {@code workCenters}, {@code scheduledReceipts} or {@code demands}. */
        private void referencing(Section<?> section, int i, JsonNode n) {
            section.element(i, n);
            if (section == receipts) {
                uniqueId(S_RECEIPT_IDS, "scheduledReceipts", receiptIds, i, n);
            } else if (section == demands) {
                uniqueId(S_DEMAND_IDS, "demands", demandIds, i, n);
            }
        }

        private void uniqueId(int bucket, String field, Map<String, Integer> seen, int i, JsonNode n) {
            JsonNode id = n.get("id");
            if (id != null && id.isTextual() && seen.putIfAbsent(id.asText(), i) != null) {
                in(bucket);
                add(RuleCode.ID_DUPLICATE.name(), "$." + field + "[" + i + "].id", id.asText(),
                        "The id (" + id.asText() + ") is already used by $." + field + "["
                                + seen.get(id.asText()) + "].");
            }
        }

        private void currency(ObjectNode head) {
            String currencyCode = text(head, "$", "currency", false);
            if (currencyCode != null) {
                try {
                    currency = Money.currency(currencyCode);
                } catch (InvalidInputException e) {
                    relocate(e, "$.currency", Map.of());
                }
            }
        }

        private Scenario finish(ObjectNode head) {
            in(S_FORMAT);
            String format = text(head, "$", "format", true);
            if (format != null && !format.equals(Scenario.FORMAT)) {
                add(ScenarioRule.FORMAT_UNSUPPORTED, "$.format", format, "The format (" + format
                        + ") is not supported.\nMaybe use \"" + Scenario.FORMAT + "\".");
            }
            in(S_NAME);
            String name = text(head, "$", "name", false);
            in(S_PLANNING);
            Planning planning = planning(head);
            currencySeen = true;
            itemsDone = true;
            for (Held h : held) { // in file order: held items first, since they come before what holds on them
                if (h.section() == items) {
                    items.element(h.index(), h.node());
                }
            }
            for (Held h : held) {
                if (h.section() != items) {
                    referencing(h.section(), h.index(), h.node());
                }
            }
            held.clear();
            scratch.clear();
            resolving = true;

            in(S_MODEL);
            MasterData data = null;
            try {
                data = MasterData.builder().items(Lists.immutable.withAll(items.result))
                        .calendars(Lists.immutable.withAll(calendars.result))
                        .workCenters(Lists.immutable.withAll(workCenters.result))
                        .tools(Lists.immutable.withAll(tools.result)).boms(Lists.immutable.withAll(boms.result))
                        .routings(Lists.immutable.withAll(routings.result))
                        .uomConversions(Lists.immutable.withAll(conversions)).build();
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    if (anyObjectFailed && p.rule().equals(RuleCode.REFERENCE_UNKNOWN.name())
                            && declared.contains(p.value())) {
                        continue; // the referenced object exists in the file but is invalid: reported already
                    }
                    problems.add(relocate(p, null, Map.of()));
                }
            }
            if (total() > 0 || data == null || planning == null) {
                throw new InvalidInputException(all());
            }
            Scenario.Builder b = Scenario.builder().planning(planning).masterData(data)
                    .onHandBalances(Lists.immutable.withAll(balances))
                    .scheduledReceipts(Lists.immutable.withAll(receipts.result))
                    .demands(Lists.immutable.withAll(demands.result))
                    .extensions(SortedMaps.immutable.withSortedMap(new TreeMap<>(extensions)));
            if (name != null) {
                b.name(name);
            }
            if (currency != null) {
                b.currency(currency);
            }
            try {
                return b.build();
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    problems.add(relocate(p, null, Map.of()));
                }
                throw new InvalidInputException(all());
            }
        }

        private long total() {
            long n = 0;
            for (Found f : found) {
                n += f.size();
            }
            return n;
        }

        /**
         * {@return every problem in section order, at most {@link ScenarioLimits#maxProblems()} of them and then one
         * {@code PROBLEMS_TRUNCATED} problem that says how many more there are}
         */
        private List<Problem> all() {
            List<Problem> all = new ArrayList<>();
            for (Found f : found) {
                all.addAll(f.kept);
            }
            long total = total();
            int cap = limits.maxProblems();
            if (total <= cap) {
                return all;
            }
            List<Problem> shown = new ArrayList<>(all.subList(0, cap));
            shown.add(new Problem(ScenarioRule.PROBLEMS_TRUNCATED.name(), "$", String.valueOf(total - cap),
                    "... " + (total - cap) + " more problems (" + total + " in all) are not shown.\nMaybe fix"
                            + " the ones above first, or raise ScenarioLimits.maxProblems."));
            return shown;
        }

        private interface ObjectReader<T> {
            T read(ObjectNode o, String path);
        }

        // ---------------------------------------------------------------------------------------- sections

        private Planning planning(ObjectNode root) {
            JsonNode node = root.get("planning");
            if (node == null) {
                missing("$", "planning");
                return null;
            }
            ObjectNode o = object(node, "$.planning");
            if (o == null) {
                return null;
            }
            long before = problems.size();
            fields(o, "$.planning", "planning", PLANNING);
            LocalDate start = date(o, "$.planning", "start", true);
            Integer buckets = integer(o, "$.planning", "buckets", true);
            PlanningBucket bucket = enumeration(o, "$.planning", "bucket", PlanningBucket.class);
            if (problems.size() > before) {
                return null;
            }
            return build(() -> Planning.of(start, buckets, bucket == null ? PlanningBucket.WEEK : bucket),
                    "$.planning", Map.of());
        }

        private Item item(ObjectNode o, String path, List<StockBalance> balances) {
            String rawId = o.path("id").asText("");
            String loc = "items[" + rawId + "]";
            fields(o, path, loc, ITEM);
            ItemId id = id(o, path, "id", ItemId::of, true);
            String name = text(o, path, "name", false);
            Uom uom = uom(o, path, "uom", true);
            Procurement procurement = enumeration(o, path, "procurement", Procurement.class);
            if (procurement == null && !o.has("procurement")) {
                missing(path, "procurement");
            }
            Integer lead = integer(o, path, "leadTimeDays", false);
            BigDecimal onHand = quantity(o, path, "onHand");
            BigDecimal safety = quantity(o, path, "safetyStock");
            BigDecimal costingLot = quantity(o, path, "costingLotSize");
            CostingMethod costing = enumeration(o, path, "costingMethod", CostingMethod.class);
            MaterialOwnership ownership = enumeration(o, path, "ownership", MaterialOwnership.class);
            ProductionType productionType = enumeration(o, path, "productionType", ProductionType.class);
            LotSizing lot = lotSizing(o, path, loc);
            UnitPrice cost = standardCost(o, path, loc);
            List<UomConversion> conversions = conversions(o, path, "conversions", loc + ".conversions");
            if (id == null || uom == null || procurement == null) {
                return null;
            }
            Item.Builder b = Item.builder().id(id).uom(uom).procurement(procurement)
                    .conversions(Lists.immutable.withAll(conversions));
            if (name != null) {
                b.name(name);
            }
            if (lead != null) {
                b.leadTimeDays(lead);
            }
            if (safety != null) {
                b.safetyStock(safety);
            }
            if (costingLot != null) {
                b.costingLotSize(costingLot);
            }
            if (costing != null) {
                b.costingMethod(costing);
            }
            if (ownership != null) {
                b.ownership(ownership);
            }
            if (productionType != null) {
                b.productionType(productionType);
            }
            if (lot != null) {
                b.lotSizing(lot);
            }
            if (cost != null) {
                b.standardCost(cost);
            }
            if (onHand != null && onHand.signum() != 0) {
                balances.add(StockBalance.of(id, onHand));
            }
            return build(b::build, path, Map.of());
        }

        private LotSizing lotSizing(ObjectNode item, String itemPath, String itemLoc) {
            JsonNode node = item.get("lotSizing");
            if (node == null) {
                return null;
            }
            String path = itemPath + ".lotSizing";
            ObjectNode o = object(node, path);
            if (o == null) {
                return null;
            }
            long before = problems.size();
            fields(o, path, itemLoc + ".lotSizing", LOT);
            LotSizingRule rule = enumeration(o, path, "policy", LotSizingRule.class);
            BigDecimal quantity = quantity(o, path, "quantity");
            Integer periods = integer(o, path, "periods", false);
            BigDecimal setup = money(o, path, "setupCost");
            BigDecimal holding = money(o, path, "holdingCostPerPeriod");
            BigDecimal min = quantity(o, path, "minimum");
            BigDecimal max = quantity(o, path, "maximum");
            BigDecimal multiple = quantity(o, path, "multiple");
            if (problems.size() > before) {
                return null;
            }
            LotSizing.Builder b = LotSizing.builder();
            if (rule != null) {
                b.rule(rule);
            }
            if (quantity != null) {
                b.quantity(quantity);
            }
            if (periods != null) {
                b.periods(periods);
            }
            if (setup != null) {
                b.setupCost(setup);
            }
            if (holding != null) {
                b.holdingCostPerPeriod(holding);
            }
            if (min != null) {
                b.minimum(min);
            }
            if (max != null) {
                b.maximum(max);
            }
            if (multiple != null) {
                b.multiple(multiple);
            }
            return build(b::build, path, Map.of());
        }

        private UnitPrice standardCost(ObjectNode item, String itemPath, String itemLoc) {
            JsonNode node = item.get("standardCost");
            if (node == null) {
                return null;
            }
            String path = itemPath + ".standardCost";
            ObjectNode o = object(node, path);
            if (o == null) {
                return null;
            }
            long before = problems.size();
            fields(o, path, itemLoc + ".standardCost", COST);
            BigDecimal amount = money(o, path, "amount");
            if (amount == null && !o.has("amount")) {
                missing(path, "amount");
            }
            Uom per = uom(o, path, "per", true);
            if (currency == null && !currencyMissingReported) {
                currencyMissingReported = true;
                add(RuleCode.VALUE_MISSING.name(), "$.currency", "null", "The scenario has standard costs but no"
                        + " currency.\nMaybe add \"currency\": \"EGP\" (an ISO-4217 code).");
            }
            if (problems.size() > before || amount == null || per == null || currency == null) {
                return null;
            }
            return build(() -> UnitPrice.of(new Money(amount, currency), per), path, Map.of());
        }

        private List<UomConversion> conversions(ObjectNode owner, String ownerPath, String field, String loc) {
            List<UomConversion> result = new ArrayList<>();
            ArrayNode array = array(owner, ownerPath, field);
            for (int i = 0; i < array.size(); i++) {
                conversion(array.get(i), ownerPath, field, i, loc, result);
            }
            return result;
        }

        /** Reads element {@code i} of a conversions array into {@code result} (left out if it has problems). */
        private void conversion(JsonNode n, String ownerPath, String field, int i, String loc,
                List<UomConversion> result) {
            String path = ownerPath + "." + field + "[" + i + "]";
            ObjectNode o = object(n, path);
            if (o == null) {
                return;
            }
            long before = problems.size();
            Uom from = uom(o, path, "from", true);
            Uom to = uom(o, path, "to", true);
            fields(o, path, loc + "[" + (from == null ? "?" : from.code()) + ">" + (to == null ? "?" : to.code())
                    + "]", CONVERSION);
            BigDecimal factor = money(o, path, "factor");
            if (factor == null && !o.has("factor")) {
                missing(path, "factor");
            }
            if (problems.size() > before || from == null || to == null || factor == null) {
                return;
            }
            UomConversion c = build(() -> UomConversion.of(from, factor, to), path, Map.of());
            if (c != null) {
                result.add(c);
            }
        }

        private WorkCalendar calendar(ObjectNode o, String path) {
            String rawId = o.path("id").asText("");
            fields(o, path, "calendars[" + rawId + "]", CALENDAR);
            CalendarId id = id(o, path, "id", CalendarId::of, true);
            Set<DayOfWeek> days = new LinkedHashSet<>();
            JsonNode wd = o.get("workingDays");
            if (wd != null) {
                ArrayNode a = array(o, path, "workingDays");
                for (int i = 0; i < a.size(); i++) {
                    JsonNode d = a.get(i);
                    String dp = path + ".workingDays[" + i + "]";
                    if (!d.isTextual()) {
                        typeMismatch(dp, d, "a day such as \"MON\"");
                    } else if (!DAYS.containsKey(d.asText())) {
                        add(ScenarioRule.VALUE_INVALID, dp, d.asText(), "The day (" + d.asText()
                                + ") must be one of MON, TUE, WED, THU, FRI, SAT, SUN.");
                    } else {
                        days.add(DAYS.get(d.asText()));
                    }
                }
            }
            BigDecimal hours = quantity(o, path, "hoursPerDay");
            List<Shift> shifts = new ArrayList<>();
            if (o.has("shifts")) {
                if (o.has("hoursPerDay")) {
                    add(ScenarioRule.VALUE_INVALID, path + ".shifts", "shifts", "A calendar gives either"
                            + " hoursPerDay or shifts, not both.");
                }
                ArrayNode a = array(o, path, "shifts");
                for (int i = 0; i < a.size(); i++) {
                    String sp = path + ".shifts[" + i + "]";
                    ObjectNode s = object(a.get(i), sp);
                    if (s == null) {
                        continue;
                    }
                    long before = problems.size();
                    fields(s, sp, null, SHIFT);
                    LocalTime start = time(s, sp, "start");
                    BigDecimal h = quantity(s, sp, "hours");
                    if (h == null && !s.has("hours")) {
                        missing(sp, "hours");
                    }
                    if (h != null && (h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(24)) > 0)) {
                        add(RuleCode.SHIFT_INVALID.name(), sp + ".hours", h.toPlainString(),
                                "The hours of a shift must be in (0, 24], was (" + h.toPlainString() + ").");
                    }
                    if (problems.size() == before && start != null && h != null) {
                        Shift shift = build(() -> Shift.of(start, Duration.ofNanos(
                                h.multiply(BigDecimal.valueOf(3_600_000_000_000L)).longValueExact())), sp + ".hours",
                                Map.of("shift.length", sp + ".hours"));
                        if (shift != null) {
                            shifts.add(shift);
                        }
                    }
                }
            }
            List<LocalDate> holidays = new ArrayList<>();
            ArrayNode hol = array(o, path, "holidays");
            for (int i = 0; i < hol.size(); i++) {
                LocalDate d = dateValue(hol.get(i), path + ".holidays[" + i + "]");
                if (d != null) {
                    holidays.add(d);
                }
            }
            if (id == null) {
                return null;
            }
            Set<DayOfWeek> workingDays = wd == null
                    ? Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY)
                    : days;
            if (!shifts.isEmpty()) {
                return build(() -> WorkCalendar.builder().id(id).workingDays(SortedSets.immutable.withAll(workingDays))
                        .shifts(Lists.immutable.withAll(shifts)).holidays(SortedSets.immutable.withAll(holidays))
                        .build(), path, Map.of());
            }
            BigDecimal perDay = hours == null ? BigDecimal.valueOf(8) : hours;
            return build(() -> WorkCalendar.of(id, workingDays, perDay, new HashSet<>(holidays)), path, Map.of());
        }

        private WorkCenter workCenter(ObjectNode o, String path) {
            String rawId = o.path("id").asText("");
            fields(o, path, "workCenters[" + rawId + "]", WORK_CENTER);
            registry.put("workCenter[" + rawId + "]", path);
            WorkCenterId id = id(o, path, "id", WorkCenterId::of, true);
            String description = text(o, path, "description", false);
            WorkCenterCategory category = enumeration(o, path, "category", WorkCenterCategory.class);
            String plant = text(o, path, "plantLocation", false);
            String costCenter = text(o, path, "costCenter", false);
            CapacityUnit unit = enumeration(o, path, "capacityUnit", CapacityUnit.class);
            BigDecimal daily = quantity(o, path, "dailyCapacity");
            if (daily == null && !o.has("dailyCapacity")) {
                missing(path, "dailyCapacity");
            }
            BigDecimal multiplier = quantity(o, path, "multiplier");
            BigDecimal efficiency = quantity(o, path, "efficiencyPercent");
            BigDecimal utilization = quantity(o, path, "utilizationPercent");
            CalendarId calendar = id(o, path, "calendar", CalendarId::of, false);
            BigDecimal setupRate = money(o, path, "setupRatePerHour");
            BigDecimal laborRate = money(o, path, "laborRatePerHour");
            BigDecimal machineRate = money(o, path, "machineRatePerHour");
            BigDecimal overheadRate = money(o, path, "overheadRatePerHour");
            LaborCalc laborCalc = enumeration(o, path, "laborCalc", LaborCalc.class);
            BigDecimal pieceRate = money(o, path, "pieceRate");
            MutableMap<ItemId, BigDecimal> pieceRates = Maps.mutable.empty();
            JsonNode pr = o.get("pieceRates");
            if (pr != null) {
                ObjectNode prs = object(pr, path + ".pieceRates");
                if (prs != null) {
                    for (Iterator<String> it = prs.fieldNames(); it.hasNext();) {
                        String item = it.next();
                        String ip = path + ".pieceRates" + JsonTree.field(item);
                        if (!declaredItems.contains(item)) {
                            add(RuleCode.REFERENCE_UNKNOWN.name(), ip, item, "The item (" + item
                                    + ") of the piece rate is not in the item master.");
                            continue;
                        }
                        BigDecimal rate = money(prs, path + ".pieceRates", item);
                        ItemId itemId = idValue(item, ip, ItemId::of);
                        if (rate != null && itemId != null) {
                            pieceRates.put(itemId, rate);
                        }
                    }
                }
            }
            Boolean bottleneck = bool(o, path, "bottleneck");
            if (id == null || daily == null) {
                return null;
            }
            WorkCenter.Builder b = WorkCenter.builder().id(id)
                    .category(category == null ? WorkCenterCategory.MACHINE : category).dailyCapacity(daily)
                    .pieceRates(pieceRates.toImmutable());
            if (description != null) {
                b.description(description);
            }
            if (plant != null) {
                b.plantLocation(plant);
            }
            if (costCenter != null) {
                b.costCenter(costCenter);
            }
            if (unit != null) {
                b.capacityUnit(unit);
            }
            if (multiplier != null) {
                b.multiplier(multiplier);
            }
            if (efficiency != null) {
                b.efficiencyPercent(efficiency);
            }
            if (utilization != null) {
                b.utilizationPercent(utilization);
            }
            if (calendar != null) {
                b.calendar(calendar);
            }
            if (setupRate != null) {
                b.setupRatePerHour(setupRate);
            }
            if (laborRate != null) {
                b.laborRatePerHour(laborRate);
            }
            if (machineRate != null) {
                b.machineRatePerHour(machineRate);
            }
            if (overheadRate != null) {
                b.overheadRatePerHour(overheadRate);
            }
            if (laborCalc != null) {
                b.laborCalc(laborCalc);
            }
            if (pieceRate != null) {
                b.pieceRate(pieceRate);
            }
            if (bottleneck != null) {
                b.bottleneck(bottleneck);
            }
            return build(b::build, path, Map.of());
        }

        private Tool tool(ObjectNode o, String path) {
            String rawId = o.path("id").asText("");
            fields(o, path, "tools[" + rawId + "]", TOOL);
            registry.put("tool[" + rawId + "]", path);
            ToolId id = id(o, path, "id", ToolId::of, true);
            String description = text(o, path, "description", false);
            List<ItemId> products = new ArrayList<>();
            ArrayNode pa = array(o, path, "products");
            for (int i = 0; i < pa.size(); i++) {
                String pp = path + ".products[" + i + "]";
                JsonNode n = pa.get(i);
                if (!n.isTextual()) {
                    typeMismatch(pp, n, "an item id (string)");
                    continue;
                }
                ItemId item = idValue(n.asText(), pp, ItemId::of);
                if (item != null) {
                    products.add(item);
                }
            }
            Integer cavities = integer(o, path, "cavities", false);
            BigDecimal setup = quantity(o, path, "setupMinutes");
            ToolStatus status = enumeration(o, path, "status", ToolStatus.class);
            Long life = longInt(o, path, "lifeCycles", true);
            Long used = longInt(o, path, "cyclesUsed", false);
            BigDecimal cost = money(o, path, "purchaseCost");
            Integer copies = integer(o, path, "copies", false);
            if (id == null || life == null) {
                return null;
            }
            Tool.Builder b = Tool.builder().id(id).products(Lists.immutable.withAll(products)).lifeCycles(life);
            if (description != null) {
                b.description(description);
            }
            if (cavities != null) {
                b.cavities(cavities);
            }
            if (setup != null) {
                b.setupMinutes(setup);
            }
            if (status != null) {
                b.status(status);
            }
            if (used != null) {
                b.cyclesUsed(used);
            }
            if (cost != null) {
                b.purchaseCost(cost);
            }
            if (copies != null) {
                b.copies(copies);
            }
            return build(b::build, path, Map.of());
        }

        private Bom bom(ObjectNode o, String path) {
            String rawItem = o.path("item").asText("");
            String rawVersion = o.has("version") ? o.path("version").asText("") : "1";
            String modelId = rawItem + "@" + rawVersion;
            String loc = "boms[" + modelId + "]";
            long before = problems.size();
            fields(o, path, loc, BOM);
            ItemId item = id(o, path, "item", ItemId::of, true);
            String version = text(o, path, "version", false);
            BomType type = enumeration(o, path, "type", BomType.class);
            BomStatus status = enumeration(o, path, "status", BomStatus.class);
            BigDecimal base = quantity(o, path, "baseQuantity");
            Uom uom = uom(o, path, "uom", false);
            Effectivity effectivity = effectivity(o, path);
            String createdBy = text(o, path, "createdBy", false);
            String approvedBy = text(o, path, "approvedBy", false);
            String modelPath = "bom[" + modelId + "]";
            scratch.put(modelPath, path);
            List<BomLine> lines = lines(o, path, "lines", loc + ".lines", modelPath + ".line", null);
            List<CoProduct> coProducts = new ArrayList<>();
            ArrayNode ca = array(o, path, "coProducts");
            for (int i = 0; i < ca.size(); i++) {
                String cp = path + ".coProducts[" + i + "]";
                ObjectNode c = object(ca.get(i), cp);
                if (c == null) {
                    continue;
                }
                long coBefore = problems.size();
                fields(c, cp, loc + ".coProducts[" + c.path("item").asText("") + "]", CO_PRODUCT);
                ItemId coItem = id(c, cp, "item", ItemId::of, true);
                BigDecimal q = quantity(c, cp, "quantity");
                if (q == null && !c.has("quantity")) {
                    missing(cp, "quantity");
                }
                Uom cu = uom(c, cp, "uom", true);
                OutputKind kind = enumeration(c, cp, "kind", OutputKind.class);
                BigDecimal share = quantity(c, cp, "costSharePercent");
                if (problems.size() > coBefore || coItem == null || q == null || cu == null) {
                    continue;
                }
                CoProduct.Builder cb = CoProduct.builder().item(coItem).quantity(q).uom(cu);
                if (kind != null) {
                    cb.kind(kind);
                }
                if (share != null) {
                    cb.costSharePercent(share);
                }
                CoProduct built = build(cb::build, cp, Map.of());
                if (built != null) {
                    scratch.put(modelPath + ".coProducts[" + coProducts.size() + "]", cp);
                    coProducts.add(built);
                }
            }
            if (item == null || problems.size() > before) {
                return null; // a BOM without its invalid parts would only add misleading problems
            }
            Bom.Builder b = Bom.builder().item(item).lines(Lists.immutable.withAll(lines))
                    .coProducts(Lists.immutable.withAll(coProducts));
            if (version != null) {
                b.version(version);
            }
            if (type != null) {
                b.type(type);
            }
            if (status != null) {
                b.status(status);
            }
            if (base != null) {
                b.baseQuantity(base);
            }
            if (uom != null) {
                b.uom(uom);
            }
            if (effectivity != null) {
                b.effectivity(effectivity);
            }
            if (createdBy != null) {
                b.createdBy(createdBy);
            }
            if (approvedBy != null) {
                b.approvedBy(approvedBy);
            }
            return build(b::build, path, Map.of());
        }

        /**
         * Reads BOM-line objects (BOM lines or operation materials), registering {@code modelLinePrefix[lineNo]}
         * for each so that graph problems map back to the line.
         */
        private List<BomLine> lines(ObjectNode owner, String ownerPath, String field, String loc,
                String modelLinePrefix, Integer ownOperation) {
            List<BomLine> result = new ArrayList<>();
            ArrayNode array = array(owner, ownerPath, field);
            for (int i = 0; i < array.size(); i++) {
                String path = ownerPath + "." + field + "[" + i + "]";
                ObjectNode o = object(array.get(i), path);
                if (o == null) {
                    continue;
                }
                long before = problems.size();
                String lineLoc = loc + "[" + o.path("lineNo").asText("") + "]";
                fields(o, path, lineLoc, LINE);
                Integer lineNo = integer(o, path, "lineNo", true);
                ItemId component = id(o, path, "component", ItemId::of, true);
                BigDecimal quantity = quantity(o, path, "quantity");
                if (quantity == null && !o.has("quantity")) {
                    missing(path, "quantity");
                }
                Uom uom = uom(o, path, "uom", true);
                BigDecimal scrap = quantity(o, path, "scrapPercent");
                IssueType issueType = enumeration(o, path, "issueType", IssueType.class);
                IssueLevel issueLevel = enumeration(o, path, "issueLevel", IssueLevel.class);
                Integer operation = integer(o, path, "operation", false);
                QuantityBasis per = enumeration(o, path, "per", QuantityBasis.class);
                Boolean costOnly = bool(o, path, "costOnly");
                Boolean optional = bool(o, path, "optional");
                Effectivity effectivity = effectivity(o, path);
                String notes = text(o, path, "notes", false);
                List<Substitute> substitutes = new ArrayList<>();
                ArrayNode sa = array(o, path, "substitutes");
                for (int s = 0; s < sa.size(); s++) {
                    String sp = path + ".substitutes[" + s + "]";
                    ObjectNode so = object(sa.get(s), sp);
                    if (so == null) {
                        continue;
                    }
                    long sb = problems.size();
                    fields(so, sp, lineLoc + ".substitutes[" + so.path("component").asText("") + "]", SUBSTITUTE);
                    ItemId sc = id(so, sp, "component", ItemId::of, true);
                    BigDecimal sq = quantity(so, sp, "quantity");
                    if (sq == null && !so.has("quantity")) {
                        missing(sp, "quantity");
                    }
                    Integer priority = integer(so, sp, "priority", false);
                    if (problems.size() == sb && sc != null && sq != null) {
                        Substitute sub = build(() -> Substitute.of(sc, sq, priority == null ? 1 : priority), sp,
                                Map.of());
                        if (sub != null) {
                            substitutes.add(sub);
                        }
                    }
                }
                if (problems.size() > before || lineNo == null || component == null || quantity == null
                        || uom == null) {
                    continue;
                }
                scratch.put(modelLinePrefix + "[" + lineNo + "]", path);
                BomLine.Builder b = BomLine.builder().lineNo(lineNo).component(component).quantity(quantity)
                        .uom(uom).substitutes(Lists.immutable.withAll(substitutes));
                if (scrap != null) {
                    b.scrapPercent(scrap);
                }
                if (issueType != null) {
                    b.issueType(issueType);
                }
                if (issueLevel != null) {
                    b.issueLevel(issueLevel);
                }
                if (operation != null) {
                    b.operation(operation);
                }
                if (per != null) {
                    b.per(per);
                }
                if (costOnly != null) {
                    b.costOnly(costOnly);
                }
                if (optional != null) {
                    b.optional(optional);
                }
                if (effectivity != null) {
                    b.effectivity(effectivity);
                }
                if (notes != null) {
                    b.notes(notes);
                }
                BomLine line = build(b::build, path, Map.of());
                if (line != null) {
                    result.add(line);
                }
            }
            return result;
        }

        private Routing routing(ObjectNode o, String path) {
            String rawItem = o.path("item").asText("");
            String rawVersion = o.has("version") ? o.path("version").asText("") : "1";
            String modelId = rawItem + "@" + rawVersion;
            String loc = "routings[" + modelId + "]";
            long before = problems.size();
            fields(o, path, loc, ROUTING);
            ItemId item = id(o, path, "item", ItemId::of, true);
            String version = text(o, path, "version", false);
            RoutingType type = enumeration(o, path, "type", RoutingType.class);
            RoutingStatus status = enumeration(o, path, "status", RoutingStatus.class);
            BigDecimal from = quantity(o, path, "lotSizeFrom");
            BigDecimal to = quantity(o, path, "lotSizeTo");
            Effectivity effectivity = effectivity(o, path);
            String modelPath = "routing[" + modelId + "]";
            scratch.put(modelPath, path);
            scratch.put("routings[" + modelId + "]", path);
            List<Operation> operations = new ArrayList<>();
            ArrayNode oa = array(o, path, "operations");
            for (int i = 0; i < oa.size(); i++) {
                String op = path + ".operations[" + i + "]";
                ObjectNode on = object(oa.get(i), op);
                if (on == null) {
                    continue;
                }
                Operation operation = operation(on, op, loc + ".operations[" + on.path("no").asText("") + "]",
                        modelPath);
                if (operation != null) {
                    operations.add(operation);
                }
            }
            if (item == null || problems.size() > before) {
                return null; // a routing without its invalid operations would only add misleading problems
            }
            int[] fileOrder = operations.stream().mapToInt(Operation::no).toArray();
            for (int k = 1; k < fileOrder.length; k++) {
                if (fileOrder[k] < fileOrder[k - 1]) { // the model sorts them: keep the file's order for paths
                    operationOrder.put(routings.result.size(), fileOrder);
                    break;
                }
            }
            Routing.Builder b = Routing.builder().item(item).operations(Lists.immutable.withAll(operations));
            if (version != null) {
                b.version(version);
            }
            if (type != null) {
                b.type(type);
            }
            if (status != null) {
                b.status(status);
            }
            if (from != null) {
                b.lotSizeFrom(from);
            }
            if (to != null) {
                b.lotSizeTo(to);
            }
            if (effectivity != null) {
                b.effectivity(effectivity);
            }
            return build(b::build, path, Map.of());
        }

        private Operation operation(ObjectNode o, String path, String loc, String routingModelPath) {
            long before = problems.size();
            fields(o, path, loc, OPERATION);
            Integer no = integer(o, path, "no", true);
            String description = text(o, path, "description", false);
            WorkCenterId workCenter = id(o, path, "workCenter", WorkCenterId::of, true);
            ToolId tool = id(o, path, "tool", ToolId::of, false);
            BigDecimal setup = quantity(o, path, "setupMinutes");
            BigDecimal run = quantity(o, path, "runMinutesPerUnit");
            BigDecimal cycle = quantity(o, path, "cycleSeconds");
            Integer cavities = integer(o, path, "cavities", false);
            BigDecimal queue = quantity(o, path, "queueMinutes");
            BigDecimal move = quantity(o, path, "moveMinutes");
            Boolean inspection = bool(o, path, "inspection");
            Boolean critical = bool(o, path, "critical");
            String skill = text(o, path, "skill", false);
            Effectivity effectivity = effectivity(o, path);
            String opModel = routingModelPath + ".operations[" + (no == null ? "?" : no) + "]";
            if (no != null) {
                scratch.put(opModel, path);
            }
            Map<String, String> local = new HashMap<>();
            List<BomLine> materials = lines(o, path, "materials", loc + ".materials", opModel + ".materials", no);
            // Operation's own check reports materials as operation[no].materials[lineNo]: map them too.
            for (Map.Entry<String, String> e : scratch.entrySet()) { // this routing's entries only
                if (e.getKey().startsWith(opModel + ".materials[")) {
                    local.put("operation[" + no + "]" + e.getKey().substring(opModel.length()), e.getValue());
                }
            }
            if (problems.size() > before || no == null || workCenter == null) {
                return null;
            }
            Operation.Builder b = Operation.builder().no(no).workCenter(workCenter)
                    .materials(Lists.immutable.withAll(materials));
            if (description != null) {
                b.description(description);
            }
            if (tool != null) {
                b.tool(tool);
            }
            if (setup != null) {
                b.setupMinutes(setup);
            }
            if (run != null) {
                b.runMinutesPerUnit(run);
            }
            if (cycle != null) {
                b.cycleSeconds(cycle);
            }
            if (cavities != null) {
                b.cavities(cavities);
            }
            if (queue != null) {
                b.queueMinutes(queue);
            }
            if (move != null) {
                b.moveMinutes(move);
            }
            if (inspection != null) {
                b.inspection(inspection);
            }
            if (critical != null) {
                b.critical(critical);
            }
            if (skill != null) {
                b.skill(skill);
            }
            if (effectivity != null) {
                b.effectivity(effectivity);
            }
            return build(b::build, path, local);
        }

        private ScheduledReceipt receipt(ObjectNode o, String path) {
            fields(o, path, "scheduledReceipts[" + o.path("id").asText("") + "]", RECEIPT);
            String id = idText(o, path, "id");
            ItemId item = itemRef(o, path, "item");
            BigDecimal quantity = quantity(o, path, "quantity");
            if (quantity == null && !o.has("quantity")) {
                missing(path, "quantity");
            }
            LocalDate date = date(o, path, "date", true);
            if (id == null || item == null || quantity == null || date == null) {
                return null;
            }
            return build(() -> ScheduledReceipt.of(id, item, quantity, date), path, Map.of());
        }

        private Demand demand(ObjectNode o, String path) {
            fields(o, path, "demands[" + o.path("id").asText("") + "]", DEMAND);
            String id = idText(o, path, "id");
            ItemId item = itemRef(o, path, "item");
            BigDecimal quantity = quantity(o, path, "quantity");
            if (quantity == null && !o.has("quantity")) {
                missing(path, "quantity");
            }
            LocalDate due = date(o, path, "due", true);
            DemandType type = enumeration(o, path, "type", DemandType.class);
            if (id == null || item == null || quantity == null || due == null) {
                return null;
            }
            return build(() -> new Demand(id, item, quantity, due, type == null ? DemandType.SALES_ORDER : type),
                    path, Map.of());
        }

        private ItemId itemRef(ObjectNode o, String path, String field) {
            ItemId item = id(o, path, field, ItemId::of, true);
            if (item != null && !declaredItems.contains(item.value())) {
                add(RuleCode.REFERENCE_UNKNOWN.name(), path + "." + field, item.value(), "The item ("
                        + item.value() + ") is not in the item master.\nMaybe add it to \"items\".");
                return null;
            }
            return item;
        }

        /** An id of a receipt or demand, checked with the rules of every id (1-64 characters, ...) up front. */
        private String idText(ObjectNode o, String path, String field) {
            return id(o, path, field, v -> ItemId.of(v).value(), true);
        }

        // ---------------------------------------------------------------------------------- field readers

        private void fields(ObjectNode o, String path, String locator, Set<String> allowed) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                if (name.equals("extensions") && locator != null) {
                    if (e.getValue().isObject()) {
                        extensions.put(locator, ScenarioWriter.compact(e.getValue()));
                    } else {
                        typeMismatch(path + ".extensions", e.getValue(), "an object");
                    }
                } else if (!allowed.contains(name)) {
                    unknown(path, name, allowed);
                }
            }
        }

        private void unknown(String path, String name, Set<String> allowed) {
            String near = nearest(name, allowed);
            add(ScenarioRule.FIELD_UNKNOWN, path + JsonTree.field(name), name, "The field (" + name
                    + ") is not part of the format." + (near == null
                            ? "\nMaybe move it into an \"extensions\" object."
                            : "\nMaybe you meant \"" + near + "\"."));
        }

        private static String nearest(String name, Set<String> allowed) {
            String best = null;
            int bestDistance = 3;
            for (String a : allowed.stream().sorted().collect(Collectors.toList())) {
                int d = distance(name.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = a;
                }
            }
            return best;
        }

        private static int distance(String a, String b) {
            if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
                return Integer.MAX_VALUE;
            }
            int[] prev = new int[b.length() + 1];
            int[] cur = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                cur[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            return prev[b.length()];
        }

        private ObjectNode object(JsonNode n, String path) {
            if (n.isObject()) {
                return (ObjectNode) n;
            }
            typeMismatch(path, n, "an object");
            return null;
        }

        private ArrayNode array(ObjectNode o, String path, String field) {
            JsonNode n = o.get(field);
            if (n == null) {
                return JsonNodeFactory.instance.arrayNode();
            }
            if (!n.isArray()) {
                typeMismatch(path + "." + field, n, "an array");
                return JsonNodeFactory.instance.arrayNode();
            }
            return (ArrayNode) n;
        }

        private String text(ObjectNode o, String path, String field, boolean required) {
            JsonNode n = o.get(field);
            if (n == null) {
                if (required) {
                    missing(path, field);
                }
                return null;
            }
            if (!n.isTextual()) {
                typeMismatch(path + "." + field, n, "a string");
                return null;
            }
            return n.asText();
        }

        private <T> T id(ObjectNode o, String path, String field, Function<String, T> ctor, boolean required) {
            String text = text(o, path, field, required);
            return text == null ? null : idValue(text, path + "." + field, ctor);
        }

        private <T> T idValue(String text, String path, Function<String, T> ctor) {
            try {
                return ctor.apply(text);
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    problems.add(new Problem(p.rule(), path, p.value(), p.message()));
                }
                return null;
            }
        }

        private Uom uom(ObjectNode o, String path, String field, boolean required) {
            return id(o, path, field, Uom::parse, required);
        }

        private BigDecimal decimal(ObjectNode o, String path, String field, boolean money) {
            JsonNode n = o.get(field);
            if (n == null) {
                return null;
            }
            String p = path + JsonTree.field(field);
            if (!n.isNumber()) {
                typeMismatch(p, n, "a number");
                return null;
            }
            try {
                return money ? Decimals.checkMoney(n.decimalValue(), p) : Decimals.checkQuantity(n.decimalValue(), p);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems().castToList());
                return null;
            }
        }

        private BigDecimal quantity(ObjectNode o, String path, String field) {
            return decimal(o, path, field, false);
        }

        private BigDecimal money(ObjectNode o, String path, String field) {
            return decimal(o, path, field, true);
        }

        private Integer integer(ObjectNode o, String path, String field, boolean required) {
            JsonNode n = o.get(field);
            if (n == null) {
                if (required) {
                    missing(path, field);
                }
                return null;
            }
            if (!n.isIntegralNumber()) {
                typeMismatch(path + "." + field, n, "a whole number");
                return null;
            }
            if (!n.canConvertToInt()) {
                add(RuleCode.MAGNITUDE_EXCEEDED.name(), path + "." + field, summarize(n), "The number is outside"
                        + " the range of a whole number field (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                        + ").");
                return null;
            }
            return n.intValue();
        }

        private Long longInt(ObjectNode o, String path, String field, boolean required) {
            JsonNode n = o.get(field);
            if (n == null) {
                if (required) {
                    missing(path, field);
                }
                return null;
            }
            if (!n.isIntegralNumber()) {
                typeMismatch(path + "." + field, n, "a whole number");
                return null;
            }
            if (!n.canConvertToLong()) {
                add(RuleCode.MAGNITUDE_EXCEEDED.name(), path + "." + field, summarize(n), "The number is outside"
                        + " the range of a 64-bit whole number.");
                return null;
            }
            return n.longValue();
        }

        private Boolean bool(ObjectNode o, String path, String field) {
            JsonNode n = o.get(field);
            if (n == null) {
                return null;
            }
            if (!n.isBoolean()) {
                typeMismatch(path + "." + field, n, "true or false");
                return null;
            }
            return n.booleanValue();
        }

        private LocalDate date(ObjectNode o, String path, String field, boolean required) {
            JsonNode n = o.get(field);
            if (n == null) {
                if (required) {
                    missing(path, field);
                }
                return null;
            }
            return dateValue(n, path + "." + field);
        }

        private LocalDate dateValue(JsonNode n, String path) {
            if (!n.isTextual()) {
                typeMismatch(path, n, "an ISO-8601 date string such as \"2026-01-05\"");
                return null;
            }
            try {
                return LocalDate.parse(n.asText());
            } catch (DateTimeParseException e) {
                add(ScenarioRule.VALUE_INVALID, path, n.asText(), "The date (" + n.asText()
                        + ") is not an ISO-8601 date.\nMaybe write it as 2026-01-05.");
                return null;
            }
        }

        private LocalTime time(ObjectNode o, String path, String field) {
            String t = text(o, path, field, true);
            if (t == null) {
                return null;
            }
            try {
                return LocalTime.parse(t);
            } catch (DateTimeParseException e) {
                add(ScenarioRule.VALUE_INVALID, path + "." + field, t, "The time (" + t
                        + ") is not an ISO-8601 time.\nMaybe write it as 06:00.");
                return null;
            }
        }

        private <E extends Enum<E>> E enumeration(ObjectNode o, String path, String field, Class<E> type) {
            String t = text(o, path, field, false);
            if (t == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t)) {
                    return e;
                }
            }
            add(ScenarioRule.VALUE_INVALID, path + "." + field, t, "The value (" + t + ") must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
            return null;
        }

        private Effectivity effectivity(ObjectNode o, String path) {
            LocalDate from = date(o, path, "effectiveFrom", false);
            LocalDate to = date(o, path, "effectiveTo", false);
            if (from == null && to == null) {
                return null;
            }
            if (from != null && to != null && !from.isBefore(to)) {
                add(RuleCode.EFFECTIVITY_EMPTY.name(), path + ".effectiveTo", to, "The effectiveTo (" + to
                        + ", exclusive) must be after effectiveFrom (" + from + ").");
                return null;
            }
            return Effectivity.ofNullable(from, to);
        }

        // ---------------------------------------------------------------------------------- problems

        private void missing(String path, String field) {
            add(RuleCode.VALUE_MISSING.name(), path + "." + field, "null", "The field (" + field
                    + ") is required.");
        }

        private void typeMismatch(String path, JsonNode n, String expected) {
            add(ScenarioRule.TYPE_MISMATCH, path, summarize(n), "The value must be " + expected + ", was "
                    + n.getNodeType().name().toLowerCase(Locale.ROOT) + " (" + summarize(n) + ").");
        }

        private static String summarize(JsonNode n) {
            String s = n.isContainerNode() ? (n.isArray() ? "[...]" : "{...}") : n.isTextual() ? n.asText()
                    : n.isBigDecimal() ? n.decimalValue().toString() : n.toString();
            return s.length() > 64 ? s.substring(0, 64) + "..." : s;
        }

        private void add(ScenarioRule rule, String path, Object value, String message) {
            add(rule.name(), path, value, message);
        }

        private void add(String rule, String path, Object value, String message) {
            problems.add(new Problem(rule, path, String.valueOf(value), message));
        }

        /** Builds a model object; its validation problems are recorded with JSON paths, and null returned. */
        private <T> T build(Supplier<T> supplier, String base, Map<String, String> local) {
            try {
                return supplier.get();
            } catch (InvalidInputException e) {
                relocate(e, base, local);
                return null;
            }
        }

        private void relocate(InvalidInputException e, String base, Map<String, String> local) {
            for (Problem p : e.problems()) {
                problems.add(relocate(p, base, local));
            }
        }

        private Problem relocate(Problem p, String base, Map<String, String> local) {
            return new Problem(p.rule(), mapPath(p.path(), base, local), p.value(), p.message());
        }

        /**
         * Maps a model path ({@code bom[SET-50@1].line[20].component}) to a JSON path: the longest registered
         * prefix (local first, then the session's registry) is replaced by its JSON path; otherwise the first
         * segment (the object's own name, {@code item[X]}) is replaced by {@code base}.
         */
        private String mapPath(String modelPath, String base, Map<String, String> local) {
            List<Integer> boundaries = new ArrayList<>();
            List<Integer> dots = new ArrayList<>();
            int depth = 0;
            for (int i = 0; i < modelPath.length(); i++) {
                char c = modelPath.charAt(i);
                if (c == '[') {
                    if (depth == 0) {
                        boundaries.add(i);
                    }
                    depth++;
                } else if (c == ']') {
                    depth = Math.max(0, depth - 1);
                } else if (c == '.' && depth == 0) {
                    boundaries.add(i);
                    dots.add(i);
                }
            }
            boundaries.add(modelPath.length());
            for (int k = boundaries.size() - 1; k >= 0; k--) {
                String prefix = modelPath.substring(0, boundaries.get(k));
                String mapped = local.containsKey(prefix) ? local.get(prefix) : known(prefix);
                if (mapped != null) {
                    return mapped + rename(modelPath.substring(boundaries.get(k)));
                }
            }
            if (base != null) {
                return dots.isEmpty() ? base : base + rename(modelPath.substring(dots.get(0)));
            }
            return "$." + modelPath;
        }

        /**
         * {@return the JSON path of a model path prefix, or null} From the element being read, the work centers and
         * tools, the top-level lists ({@code items[3]}, the model's index), and after the whole file was read, the
         * BOMs and routings of the model ({@code bom[ID]}, {@code bom[ID].line[N]}, {@code bom[ID].coProducts[C]},
         * {@code routing[ID]}, {@code routings[ID]}, {@code routing[ID].operations[N]},
         * {@code routing[ID].operations[N].materials[L]}), which are not kept during the read: a valid model
         * object's lines, operations and materials are all there, in the file's order (operations: as recorded).
         */
        private String known(String prefix) {
            String mapped = scratch.get(prefix);
            if (mapped == null) {
                mapped = registry.get(prefix);
            }
            if (mapped == null) {
                mapped = listPath(prefix);
            }
            if (mapped == null && resolving) {
                mapped = modelPath(prefix);
            }
            return mapped;
        }

        private static final java.util.regex.Pattern LIST_PATH = java.util.regex.Pattern.compile(
                "([A-Za-z]+)\\[(\\d{1,9})\\]");
        private static final java.util.regex.Pattern BOM_PATH = java.util.regex.Pattern.compile(
                "bom\\[([^\\]]*)\\](?:\\.line\\[(-?\\d{1,10})\\]|\\.coProducts\\[(\\d{1,9})\\])?");
        private static final java.util.regex.Pattern ROUTING_PATH = java.util.regex.Pattern.compile(
                "routing\\[([^\\]]*)\\](?:\\.operations\\[(-?\\d{1,10})\\](?:\\.materials\\[(-?\\d{1,10})\\])?)?");
        private static final java.util.regex.Pattern ROUTINGS_PATH = java.util.regex.Pattern.compile(
                "routings\\[([^\\]]*@[^\\]]*)\\]");

        /** Set when the whole file was read: BOM and routing paths are then found from the model. */
        private boolean resolving;
        private Map<String, Integer> bomIndex;
        private Map<String, Integer> routingIndex;

        private String listPath(String prefix) {
            java.util.regex.Matcher m = LIST_PATH.matcher(prefix);
            if (!m.matches()) {
                return null;
            }
            Section<?> section = sections.get(m.group(1));
            int k = Integer.parseInt(m.group(2));
            return section == null || k >= section.index.size() ? null
                    : "$." + section.field + "[" + section.index.get(k) + "]";
        }

        private String modelPath(String prefix) {
            java.util.regex.Matcher m = BOM_PATH.matcher(prefix);
            if (m.matches()) {
                if (bomIndex == null) {
                    bomIndex = new HashMap<>();
                    for (int k = 0; k < boms.result.size(); k++) {
                        Bom bom = boms.result.get(k);
                        bomIndex.put(bom.item().value() + "@" + bom.version(), k);
                    }
                }
                Integer k = bomIndex.get(m.group(1));
                if (k == null) {
                    return null;
                }
                Bom bom = boms.result.get(k);
                String base = "$.boms[" + boms.index.get(k) + "]";
                if (m.group(2) != null) {
                    int no = Integer.parseInt(m.group(2));
                    for (int j = 0; j < bom.lines().size(); j++) {
                        if (bom.lines().get(j).lineNo() == no) {
                            return base + ".lines[" + j + "]";
                        }
                    }
                    return null;
                }
                if (m.group(3) != null) {
                    int c = Integer.parseInt(m.group(3));
                    return c < bom.coProducts().size() ? base + ".coProducts[" + c + "]" : null;
                }
                return base;
            }
            m = ROUTING_PATH.matcher(prefix);
            java.util.regex.Matcher all = ROUTINGS_PATH.matcher(prefix);
            boolean bare = all.matches();
            if (!bare && !m.matches()) {
                return null;
            }
            if (routingIndex == null) {
                routingIndex = new HashMap<>();
                for (int k = 0; k < routings.result.size(); k++) {
                    Routing r = routings.result.get(k);
                    routingIndex.put(r.item().value() + "@" + r.version(), k);
                }
            }
            Integer k = routingIndex.get(bare ? all.group(1) : m.group(1));
            if (k == null) {
                return null;
            }
            Routing routing = routings.result.get(k);
            String base = "$.routings[" + routings.index.get(k) + "]";
            if (bare || m.group(2) == null) {
                return base;
            }
            int no = Integer.parseInt(m.group(2));
            int[] order = operationOrder.getOrDefault(k,
                    routing.operations().collectInt(Operation::no).toArray());
            int j = -1;
            for (int x = 0; x < order.length; x++) {
                if (order[x] == no) {
                    j = x;
                    break;
                }
            }
            Operation operation = routing.operations().detect(o -> o.no() == no);
            if (j < 0 || operation == null) {
                return null;
            }
            if (m.group(3) == null) {
                return base + ".operations[" + j + "]";
            }
            int line = Integer.parseInt(m.group(3));
            for (int q = 0; q < operation.materials().size(); q++) {
                if (operation.materials().get(q).lineNo() == line) {
                    return base + ".operations[" + j + "].materials[" + q + "]";
                }
            }
            return null;
        }

        private static String rename(String rest) {
            return rest.endsWith(".effectivity") ? rest.substring(0, rest.length() - ".effectivity".length())
                    + ".effectiveFrom" : rest;
        }
    }
}
