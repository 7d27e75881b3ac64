package dev.mfg.testkit.scenario;

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
 * The whole-tree {@code ScenarioReader} as it was before the streaming reader replaced it (commit cada94b), kept
 * verbatim as the oracle of {@link StreamingEquivalenceProperties}, with one change also made in the streaming
 * reader: a top-level section that is not an array is reported once (it was reported twice for {@code items},
 * {@code workCenters}, {@code tools}, {@code calendars}, {@code scheduledReceipts} and {@code demands}).
 */
final class TreeScenarioReader {
    private final ScenarioLimits limits;
    private final com.fasterxml.jackson.core.JsonFactory factory;

    private TreeScenarioReader(ScenarioLimits limits) {
        this.limits = limits;
        this.factory = JsonTree.factory(limits);
    }

    /** {@return a reader with {@link ScenarioLimits#DEFAULTS}} */
    static TreeScenarioReader create() {
        return new TreeScenarioReader(ScenarioLimits.DEFAULTS);
    }

    /**
     * @param limits the limits to enforce
     * @return a reader with those limits
     */
    static TreeScenarioReader create(ScenarioLimits limits) {
        return new TreeScenarioReader(Objects.requireNonNull(limits, "limits"));
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
            try (InputStream in = Files.newInputStream(file)) {
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
        JsonTree.Parsed parsed = JsonTree.parse(Objects.requireNonNull(in, "in"), limits, factory);
        return new Session(parsed.problems()).scenario(parsed.root());
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

    /** One read: the problems found and the model-path → JSON-path registry. */
    private static final class Session {
        private final List<Problem> problems = new ArrayList<>();
        /** Model path prefixes (as the core model reports them) → JSON paths. */
        private final Map<String, String> registry = new HashMap<>();
        private final Map<String, String> extensions = new TreeMap<>();
        private final Set<String> declared = new HashSet<>();
        private final Set<String> declaredItems = new HashSet<>();
        private boolean anyObjectFailed;
        private Currency currency;
        private boolean currencyMissingReported;

        Session(List<Problem> parseProblems) {
            problems.addAll(parseProblems);
        }

        Scenario scenario(ObjectNode root) {
            fields(root, "$", "", TOP);
            String format = text(root, "$", "format", true);
            if (format != null && !format.equals(Scenario.FORMAT)) {
                add(ScenarioRule.FORMAT_UNSUPPORTED, "$.format", format, "The format (" + format
                        + ") is not supported.\nMaybe use \"" + Scenario.FORMAT + "\".");
            }
            String name = text(root, "$", "name", false);
            String currencyCode = text(root, "$", "currency", false);
            if (currencyCode != null) {
                try {
                    currency = Money.currency(currencyCode);
                } catch (InvalidInputException e) {
                    relocate(e, "$.currency", Map.of());
                }
            }
            Planning planning = planning(root);
            for (JsonNode n : root.path("items").isArray() ? root.path("items") : JsonNodeFactory.instance.arrayNode()) {
                String id = n.path("id").asText("");
                declaredItems.add(id);
                declared.add(id);
            }
            for (String kind : List.of("workCenters", "tools", "calendars")) {
                for (JsonNode n : root.path(kind).isArray() ? root.path(kind) : JsonNodeFactory.instance.arrayNode()) {
                    declared.add(n.path("id").asText(""));
                }
            }
            List<UomConversion> conversions = conversions(root, "$", "uomConversions", "uomConversions");
            List<WorkCalendar> calendars = list(root, "calendars", this::calendar);
            List<StockBalance> balances = new ArrayList<>();
            List<Item> items = list(root, "items", (o, path) -> item(o, path, balances));
            List<WorkCenter> workCenters = list(root, "workCenters", this::workCenter);
            List<Tool> tools = list(root, "tools", this::tool);
            List<Bom> boms = list(root, "boms", this::bom);
            List<Routing> routings = list(root, "routings", this::routing);
            List<ScheduledReceipt> receipts = list(root, "scheduledReceipts", this::receipt);
            List<Demand> demands = list(root, "demands", this::demand);
            uniqueIds(root, "scheduledReceipts");
            uniqueIds(root, "demands");

            MasterData data = null;
            try {
                data = MasterData.builder().items(Lists.immutable.withAll(items))
                        .calendars(Lists.immutable.withAll(calendars)).workCenters(Lists.immutable.withAll(workCenters))
                        .tools(Lists.immutable.withAll(tools)).boms(Lists.immutable.withAll(boms))
                        .routings(Lists.immutable.withAll(routings))
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
            if (!problems.isEmpty() || data == null || planning == null) {
                throw new InvalidInputException(problems);
            }
            Scenario.Builder b = Scenario.builder().planning(planning).masterData(data)
                    .onHandBalances(Lists.immutable.withAll(balances))
                    .scheduledReceipts(Lists.immutable.withAll(receipts)).demands(Lists.immutable.withAll(demands))
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
                throw new InvalidInputException(problems);
            }
        }

        private interface ObjectReader<T> {
            T read(ObjectNode o, String path);
        }

        /** Reads the objects of a top-level array; failed ones are left out (their problems are recorded). */
        private <T> List<T> list(ObjectNode root, String field, ObjectReader<T> reader) {
            List<T> result = new ArrayList<>();
            ArrayNode array = array(root, "$", field);
            for (int i = 0; i < array.size(); i++) {
                String path = "$." + field + "[" + i + "]";
                ObjectNode o = object(array.get(i), path);
                if (o == null) {
                    continue;
                }
                int before = problems.size();
                T value = reader.read(o, path);
                if (value == null || problems.size() > before) {
                    anyObjectFailed = true;
                    continue;
                }
                registry.put(field + "[" + result.size() + "]", path);
                result.add(value);
            }
            return result;
        }

        private void uniqueIds(ObjectNode root, String field) {
            Map<String, Integer> seen = new HashMap<>();
            ArrayNode array = root.path(field).isArray() ? (ArrayNode) root.path(field)
                    : JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                JsonNode id = array.get(i).get("id");
                if (id != null && id.isTextual() && seen.putIfAbsent(id.asText(), i) != null) {
                    add(RuleCode.ID_DUPLICATE.name(), "$." + field + "[" + i + "].id", id.asText(),
                            "The id (" + id.asText() + ") is already used by $." + field + "["
                                    + seen.get(id.asText()) + "].");
                }
            }
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
            int before = problems.size();
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
            int before = problems.size();
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
            int before = problems.size();
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
                String path = ownerPath + "." + field + "[" + i + "]";
                ObjectNode o = object(array.get(i), path);
                if (o == null) {
                    continue;
                }
                int before = problems.size();
                Uom from = uom(o, path, "from", true);
                Uom to = uom(o, path, "to", true);
                fields(o, path, loc + "[" + (from == null ? "?" : from.code()) + ">" + (to == null ? "?" : to.code())
                        + "]", CONVERSION);
                BigDecimal factor = money(o, path, "factor");
                if (factor == null && !o.has("factor")) {
                    missing(path, "factor");
                }
                if (problems.size() > before || from == null || to == null || factor == null) {
                    continue;
                }
                UomConversion c = build(() -> UomConversion.of(from, factor, to), path, Map.of());
                if (c != null) {
                    result.add(c);
                }
            }
            return result;
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
                    int before = problems.size();
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
            int before = problems.size();
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
            registry.put(modelPath, path);
            List<BomLine> lines = lines(o, path, "lines", loc + ".lines", modelPath + ".line", null);
            List<CoProduct> coProducts = new ArrayList<>();
            ArrayNode ca = array(o, path, "coProducts");
            for (int i = 0; i < ca.size(); i++) {
                String cp = path + ".coProducts[" + i + "]";
                ObjectNode c = object(ca.get(i), cp);
                if (c == null) {
                    continue;
                }
                int coBefore = problems.size();
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
                    registry.put(modelPath + ".coProducts[" + coProducts.size() + "]", cp);
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
                int before = problems.size();
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
                    int sb = problems.size();
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
                registry.put(modelLinePrefix + "[" + lineNo + "]", path);
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
            int before = problems.size();
            fields(o, path, loc, ROUTING);
            ItemId item = id(o, path, "item", ItemId::of, true);
            String version = text(o, path, "version", false);
            RoutingType type = enumeration(o, path, "type", RoutingType.class);
            RoutingStatus status = enumeration(o, path, "status", RoutingStatus.class);
            BigDecimal from = quantity(o, path, "lotSizeFrom");
            BigDecimal to = quantity(o, path, "lotSizeTo");
            Effectivity effectivity = effectivity(o, path);
            String modelPath = "routing[" + modelId + "]";
            registry.put(modelPath, path);
            registry.put("routings[" + modelId + "]", path);
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
            int before = problems.size();
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
                registry.put(opModel, path);
            }
            Map<String, String> local = new HashMap<>();
            List<BomLine> materials = lines(o, path, "materials", loc + ".materials", opModel + ".materials", no);
            // Operation's own check reports materials as operation[no].materials[lineNo]: map them too.
            for (Map.Entry<String, String> e : registry.entrySet()) {
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
                    String near = nearest(name, allowed);
                    add(ScenarioRule.FIELD_UNKNOWN, path + JsonTree.field(name), name, "The field (" + name
                            + ") is not part of the format." + (near == null
                                    ? "\nMaybe move it into an \"extensions\" object."
                                    : "\nMaybe you meant \"" + near + "\"."));
                }
            }
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
                String mapped = local.containsKey(prefix) ? local.get(prefix) : registry.get(prefix);
                if (mapped != null) {
                    return mapped + rename(modelPath.substring(boundaries.get(k)));
                }
            }
            if (base != null) {
                return dots.isEmpty() ? base : base + rename(modelPath.substring(dots.get(0)));
            }
            return "$." + modelPath;
        }

        private static String rename(String rest) {
            return rest.endsWith(".effectivity") ? rest.substring(0, rest.length() - ".effectivity".length())
                    + ".effectiveFrom" : rest;
        }
    }
}
