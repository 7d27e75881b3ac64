package dev.mfg.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
    /** A small valid scenario; tests replace exact substrings of it. Item D is items[3]. */
    static final String BASE = """
            {
              "format": "mfg-scenario/1",
              "name": "t",
              "currency": "EGP",
              "planning": { "start": "2026-01-05", "buckets": 4, "bucket": "WEEK" },
              "items": [
                { "id": "A", "uom": "EA", "procurement": "MAKE" },
                { "id": "B", "uom": "KG", "procurement": "BUY", "leadTimeDays": 3,
                  "standardCost": { "amount": 2.5, "per": "KG" } },
                { "id": "C", "uom": "EA", "procurement": "BUY" },
                { "id": "D", "uom": "EA", "procurement": "BUY", "leadTimeDays": 1, "onHand": 7 }
              ],
              "calendars": [ { "id": "CAL", "hoursPerDay": 8 } ],
              "workCenters": [ { "id": "WC", "dailyCapacity": 8, "calendar": "CAL" } ],
              "boms": [ { "item": "A", "lines": [
                  { "lineNo": 10, "component": "B", "quantity": 0.5, "uom": "KG" },
                  { "lineNo": 20, "component": "C", "quantity": 2, "uom": "EA" } ] } ],
              "routings": [ { "item": "A", "operations": [
                  { "no": 10, "workCenter": "WC", "runMinutesPerUnit": 1,
                    "materials": [ { "lineNo": 10, "component": "D", "quantity": 1, "uom": "EA" } ] } ] } ],
              "scheduledReceipts": [ { "id": "PO-1", "item": "B", "quantity": 10, "date": "2026-01-12" } ],
              "demands": [ { "id": "SO-1", "item": "A", "quantity": 5, "due": "2026-01-12" } ]
            }
            """;

    private static final ScenarioReader READER = ScenarioReader.create();

    static String replace(String json, String from, String to) {
        assertThat(json).contains(from);
        return json.replace(from, to);
    }

    private static List<Problem> problems(String json) {
        try {
            READER.readString(json);
        } catch (InvalidInputException e) {
            return e.problems().castToList();
        }
        throw new AssertionError("expected problems in " + json);
    }

    private static List<String> paths(String json) {
        return problems(json).stream().map(p -> p.rule() + " " + p.path()).collect(Collectors.toList());
    }

    @Test
    void read_base_buildsScenario() {
        Scenario s = READER.readString(BASE);
        assertThat(s.name()).contains("t");
        assertThat(s.currency().orElseThrow().getCurrencyCode()).isEqualTo("EGP");
        assertThat(s.planning()).isEqualTo(Planning.of(LocalDate.of(2026, 1, 5), 4, PlanningBucket.WEEK));
        assertThat(s.masterData().items()).hasSize(4);
        assertThat(s.onHand(ItemId.of("D"))).isEqualByComparingTo("7");
        assertThat(s.onHand(ItemId.of("A"))).isZero();
        assertThat(s.masterData().boms().getFirst().lines().getFirst().quantity()).isEqualTo(new BigDecimal("0.5"));
        assertThat(s.masterData().routings().getFirst().operations().getFirst().materials()).hasSize(1);
        assertThat(s.demands().getFirst().quantity()).isEqualTo(BigDecimal.valueOf(5));
        assertThat(s.scheduledReceipts()).hasSize(1);
        assertThat(s.extensions()).isEmpty();
    }

    @Test
    void read_defaults_applied() {
        Scenario s = READER.readString(BASE);
        var a = s.masterData().item(ItemId.of("A")).orElseThrow();
        assertThat(a.name()).isEqualTo("A");
        assertThat(a.safetyStock()).isZero();
        assertThat(a.leadTimeDays()).isEmpty();
        var wc = s.masterData().workCenters().getFirst();
        assertThat(wc.efficiencyPercent()).isEqualByComparingTo("100");
        assertThat(wc.multiplier()).isEqualByComparingTo("1");
        var line = s.masterData().boms().getFirst().lines().getFirst();
        assertThat(line.scrapPercent()).isZero();
        assertThat(s.masterData().boms().getFirst().baseQuantity()).isEqualByComparingTo("1");
        assertThat(s.demands().getFirst().type().name()).isEqualTo("SALES_ORDER");
    }

    @Test
    void read_negativeLeadTime_pathOfTheField() {
        String json = replace(BASE, "\"leadTimeDays\": 1", "\"leadTimeDays\": -2");
        assertThat(paths(json)).containsExactly("TIME_NEGATIVE $.items[3].leadTimeDays");
        assertThat(problems(json).get(0).value()).isEqualTo("-2");
    }

    @Test
    void read_typoInFieldName_unknownFieldWithAdviceAndMissingField() {
        String json = replace(BASE, "{ \"id\": \"C\", \"uom\": \"EA\", \"procurement\": \"BUY\" }",
                "{ \"id\": \"C\", \"uom\": \"EA\", \"procurment\": \"BUY\" }");
        assertThat(paths(json)).containsExactlyInAnyOrder("FIELD_UNKNOWN $.items[2].procurment",
                "VALUE_MISSING $.items[2].procurement");
        assertThat(problems(json)).filteredOn(p -> p.rule().equals("FIELD_UNKNOWN")).first()
                .satisfies(p -> assertThat(p.message()).contains("Maybe you meant \"procurement\""));
    }

    @Test
    void read_unknownTopLevelField_error() {
        String json = replace(BASE, "\"name\": \"t\",", "\"name\": \"t\", \"horizon\": 12,");
        assertThat(paths(json)).containsExactly("FIELD_UNKNOWN $.horizon");
    }

    @Test
    void read_unknownFieldInsideExtensions_preserved() {
        String json = replace(BASE, "{ \"lineNo\": 20,", "{ \"extensions\": { \"anything\": [1, 2.50, {\"x\": null}] },"
                + " \"lineNo\": 20,");
        json = replace(json, "\"name\": \"t\",", "\"name\": \"t\", \"extensions\": { \"owner\": \"lab\" },");
        Scenario s = READER.readString(json);
        assertThat(s.extensions().castToSortedMap()).containsEntry("boms[A@1].lines[20]", "{\"anything\":[1,2.50,{\"x\":null}]}")
                .containsEntry("", "{\"owner\":\"lab\"}").hasSize(2);
    }

    @Test
    void read_extensionsNotAnObject_typeMismatch() {
        String json = replace(BASE, "\"name\": \"t\",", "\"name\": \"t\", \"extensions\": [1],");
        assertThat(paths(json)).containsExactly("TYPE_MISMATCH $.extensions");
    }

    @Test
    void read_stringWhereNumberExpected_typeMismatch() {
        String json = replace(BASE, "\"quantity\": 5,", "\"quantity\": \"5\",");
        assertThat(paths(json)).containsExactly("TYPE_MISMATCH $.demands[0].quantity");
    }

    @Test
    void read_fractionWhereWholeNumberExpected_typeMismatch() {
        String json = replace(BASE, "\"lineNo\": 20", "\"lineNo\": 20.0");
        assertThat(paths(json)).containsExactly("TYPE_MISMATCH $.boms[0].lines[1].lineNo");
    }

    @Test
    void read_nullValue_typeMismatch() {
        String json = replace(BASE, "\"leadTimeDays\": 3", "\"leadTimeDays\": null");
        assertThat(paths(json)).containsExactly("TYPE_MISMATCH $.items[1].leadTimeDays");
    }

    @Test
    void read_sevenFractionalDigits_scaleExceededNotRounded() {
        String json = replace(BASE, "\"quantity\": 0.5,", "\"quantity\": 0.1234567,");
        assertThat(paths(json)).containsExactly("SCALE_EXCEEDED $.boms[0].lines[0].quantity");
    }

    @Test
    void read_sixFractionalDigits_keptExactly() {
        String json = replace(BASE, "\"quantity\": 0.5,", "\"quantity\": 0.123456,");
        assertThat(READER.readString(json).masterData().boms().getFirst().lines().getFirst().quantity())
                .isEqualTo(new BigDecimal("0.123456"));
    }

    @Test
    void read_hugeExponent_magnitudeExceededQuickly() {
        String json = replace(BASE, "\"quantity\": 5,", "\"quantity\": 1e999999999,");
        long start = System.nanoTime();
        assertThat(paths(json)).containsExactly("MAGNITUDE_EXCEEDED $.demands[0].quantity");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void read_tinyExponent_scaleExceeded() {
        String json = replace(BASE, "\"quantity\": 5,", "\"quantity\": 1e-100000000,");
        assertThat(paths(json)).containsExactly("SCALE_EXCEEDED $.demands[0].quantity");
    }

    @Test
    void read_wholeNumberOutOfIntRange_magnitudeExceeded() {
        String json = replace(BASE, "\"leadTimeDays\": 3", "\"leadTimeDays\": 99999999999");
        assertThat(paths(json)).containsExactly("MAGNITUDE_EXCEEDED $.items[1].leadTimeDays");
    }

    @Test
    void read_deepNesting_limitBeforeWork() {
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        String json = replace(BASE, "\"name\": \"t\",", "\"name\": \"t\", \"extensions\": " + deep + ",");
        assertThatThrownBy(() -> READER.readString(json)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> {
                    assertThat(e.rule()).isEqualTo("LIMIT");
                    assertThat(e.path()).startsWith("$.extensions.a.a.a");
                });
    }

    @Test
    void read_hugeString_limit() {
        String json = replace(BASE, "\"name\": \"t\",", "\"name\": \"" + "x".repeat(5000) + "\",");
        assertThatThrownBy(() -> READER.readString(json)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.path()).isEqualTo("$.name"));
    }

    @Test
    void read_longNumberLiteral_limit() {
        String json = replace(BASE, "\"quantity\": 5,", "\"quantity\": " + "9".repeat(100) + ",");
        assertThatThrownBy(() -> READER.readString(json)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.path()).isEqualTo("$.demands[0].quantity"));
    }

    @Test
    void read_arrayLongerThanLimit_limit() {
        ScenarioReader small = ScenarioReader.create(ScenarioLimits.builder().maxArrayLength(3).build());
        assertThatThrownBy(() -> small.readString(BASE)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> {
                    assertThat(e.limitName()).isEqualTo("json.arrayLength");
                    assertThat(e.path()).startsWith("$.items");
                });
    }

    @Test
    void read_fileLargerThanLimit_rejectedBeforeParsing() {
        ScenarioReader small = ScenarioReader.create(ScenarioLimits.builder().maxFileBytes(100).build());
        assertThatThrownBy(() -> small.readString(BASE)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> {
                    assertThat(e.limitName()).isEqualTo("file.size");
                    assertThat(e.path()).isEqualTo("$");
                });
    }

    @Test
    void read_missingRequiredFields_eachReported() {
        String json = replace(BASE, "{ \"id\": \"C\", \"uom\": \"EA\", \"procurement\": \"BUY\" }",
                "{ \"id\": \"C\", \"procurement\": \"BUY\" }");
        json = replace(json, "{ \"lineNo\": 20, \"component\": \"C\", \"quantity\": 2, \"uom\": \"EA\" }",
                "{ \"lineNo\": 20, \"component\": \"C\", \"uom\": \"EA\" }");
        assertThat(paths(json)).containsExactlyInAnyOrder("VALUE_MISSING $.items[2].uom",
                "VALUE_MISSING $.boms[0].lines[1].quantity");
    }

    @Test
    void read_missingFormatAndPlanning_reported() {
        String json = replace(BASE, "\"format\": \"mfg-scenario/1\",", "");
        json = replace(json, "\"planning\": { \"start\": \"2026-01-05\", \"buckets\": 4, \"bucket\": \"WEEK\" },", "");
        assertThat(paths(json)).containsExactlyInAnyOrder("VALUE_MISSING $.format", "VALUE_MISSING $.planning");
    }

    @Test
    void read_otherFormat_unsupported() {
        String json = replace(BASE, "mfg-scenario/1", "mfg-scenario/2");
        assertThat(paths(json)).containsExactly("FORMAT_UNSUPPORTED $.format");
    }

    @Test
    void read_unknownBomComponent_pathOfTheLine() {
        String json = replace(BASE, "\"component\": \"C\"", "\"component\": \"Z\"");
        assertThat(paths(json)).containsExactly("REFERENCE_UNKNOWN $.boms[0].lines[1].component");
    }

    @Test
    void read_unknownOperationMaterial_pathOfTheMaterial() {
        String json = replace(BASE, "\"component\": \"D\"", "\"component\": \"Z\"");
        assertThat(paths(json)).containsExactly("REFERENCE_UNKNOWN $.routings[0].operations[0].materials[0].component");
    }

    @Test
    void read_unknownWorkCenterCalendarAndDemandItem_paths() {
        String json = replace(BASE, "\"calendar\": \"CAL\"", "\"calendar\": \"NOPE\"");
        json = replace(json, "\"item\": \"A\", \"quantity\": 5", "\"item\": \"Q\", \"quantity\": 5");
        assertThat(paths(json)).containsExactlyInAnyOrder("REFERENCE_UNKNOWN $.workCenters[0].calendar",
                "REFERENCE_UNKNOWN $.demands[0].item");
    }

    @Test
    void read_duplicateIds_reportedAtTheRepeat() {
        String json = replace(BASE, "{ \"id\": \"D\",", "{ \"id\": \"A\",");
        json = replace(json, "\"due\": \"2026-01-12\" } ]",
                "\"due\": \"2026-01-12\" }, { \"id\": \"SO-1\", \"item\": \"A\", \"quantity\": 1, \"due\": \"2026-01-19\" } ]");
        // Renaming D to A also leaves the operation material D without its item.
        assertThat(paths(json)).containsExactlyInAnyOrder("ID_DUPLICATE $.items[3].id", "ID_DUPLICATE $.demands[1].id",
                "REFERENCE_UNKNOWN $.routings[0].operations[0].materials[0].component");
    }

    @Test
    void read_duplicateLineNumber_pathOfTheRepeatedLine() {
        String json = replace(BASE, "\"lineNo\": 20", "\"lineNo\": 10");
        assertThat(paths(json)).containsExactly("ID_DUPLICATE $.boms[0].lines[1].lineNo");
    }

    @Test
    void read_repeatedFieldInOneObject_fieldDuplicate() {
        String json = replace(BASE, "\"name\": \"t\",", "\"name\": \"t\", \"name\": \"u\",");
        assertThat(paths(json)).containsExactly("FIELD_DUPLICATE $.name");
    }

    @Test
    void read_unknownEnumAndBadDate_valueInvalid() {
        String json = replace(BASE, "\"procurement\": \"MAKE\"", "\"procurement\": \"BUILD\"");
        json = replace(json, "\"date\": \"2026-01-12\"", "\"date\": \"2026-13-01\"");
        assertThat(paths(json)).containsExactlyInAnyOrder("VALUE_INVALID $.items[0].procurement",
                "VALUE_INVALID $.scheduledReceipts[0].date");
    }

    @Test
    void read_bomCycle_reportedAtAJsonLine() {
        String json = replace(BASE, "\"boms\": [ ", "\"boms\": [ { \"item\": \"C\", \"lines\": [ { \"lineNo\": 10,"
                + " \"component\": \"A\", \"quantity\": 1, \"uom\": \"EA\" } ] }, ");
        List<Problem> problems = problems(json);
        assertThat(problems).extracting(Problem::rule).containsExactly("BOM_CYCLE");
        assertThat(problems.get(0).path()).isIn("$.boms[0].lines[0].component", "$.boms[1].lines[1].component");
    }

    @Test
    void read_negativeEfficiencyAndScrap_modelRulesAtJsonPaths() {
        String json = replace(BASE, "\"dailyCapacity\": 8,", "\"dailyCapacity\": 8, \"efficiencyPercent\": 0,");
        json = replace(json, "\"quantity\": 0.5, \"uom\": \"KG\"", "\"quantity\": 0.5, \"uom\": \"KG\", \"scrapPercent\": 100");
        assertThat(paths(json)).containsExactlyInAnyOrder("EFFICIENCY_OUT_OF_RANGE $.workCenters[0].efficiencyPercent",
                "SCRAP_OUT_OF_RANGE $.boms[0].lines[0].scrapPercent");
    }

    @Test
    void read_standardCostWithoutCurrency_currencyMissing() {
        String json = replace(BASE, "\"currency\": \"EGP\",", "");
        assertThat(paths(json)).containsExactly("VALUE_MISSING $.currency");
    }

    @Test
    void read_syntaxError_jsonSyntax() {
        String json = replace(BASE, "\"name\": \"t\",", "\"name\": \"t\" ,,");
        assertThatThrownBy(() -> READER.readString(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo("JSON_SYNTAX"));
    }

    @Test
    void read_invalidObject_noCascadingReferenceProblems() {
        // C is invalid (unit of the wrong type); the BOM line naming C must not add "unknown component".
        String json = replace(BASE, "{ \"id\": \"C\", \"uom\": \"EA\",", "{ \"id\": \"C\", \"uom\": 7,");
        assertThat(paths(json)).containsExactly("TYPE_MISMATCH $.items[2].uom");
    }

    @Test
    void read_manyProblems_allReportedTogether() {
        String json = replace(BASE, "\"leadTimeDays\": 1", "\"leadTimeDays\": -2");
        json = replace(json, "\"component\": \"C\"", "\"component\": \"Z\"");
        json = replace(json, "\"quantity\": 5,", "\"quantity\": 0.00000001,");
        json = replace(json, "\"procurement\": \"MAKE\"", "\"procurement\": \"MAKE\", \"leadTime\": 4");
        json = replace(json, "\"runMinutesPerUnit\": 1", "\"runMinutesPerUnit\": \"1\"");
        json = replace(json, "\"bucket\": \"WEEK\"", "\"bucket\": \"YEAR\"");
        assertThat(paths(json)).containsExactlyInAnyOrder(
                "VALUE_INVALID $.planning.bucket",
                "FIELD_UNKNOWN $.items[0].leadTime",
                "TIME_NEGATIVE $.items[3].leadTimeDays",
                "TYPE_MISMATCH $.routings[0].operations[0].runMinutesPerUnit",
                "SCALE_EXCEEDED $.demands[0].quantity",
                "REFERENCE_UNKNOWN $.boms[0].lines[1].component");
    }

    @Test
    void read_blankDemandIdAndBadQuantity_bothReported() {
        String json = replace(BASE, "{ \"id\": \"SO-1\", \"item\": \"A\", \"quantity\": 5,",
                "{ \"id\": \" \", \"item\": \"A\", \"quantity\": -5,");
        // The model's own rules (here: quantity >= 0) run only on objects whose fields are well-formed.
        assertThat(paths(json)).containsExactlyInAnyOrder("ID_INVALID $.demands[0].id");
        json = replace(json, "\"quantity\": -5,", "\"quantity\": 1e999999999,");
        assertThat(paths(json)).containsExactlyInAnyOrder("ID_INVALID $.demands[0].id",
                "MAGNITUDE_EXCEEDED $.demands[0].quantity");
    }

    @Test
    void read_negativeDemandQuantity_modelRuleAtJsonPath() {
        String json = replace(BASE, "\"quantity\": 5,", "\"quantity\": -5,");
        assertThat(paths(json)).containsExactly("QTY_NEGATIVE $.demands[0].quantity");
    }

    @Test
    void read_problemMessages_nameValue() {
        String json = replace(BASE, "\"leadTimeDays\": 3", "\"leadTimeDays\": \"three\"");
        Problem p = problems(json).get(0);
        assertThat(p.value()).isEqualTo("three");
        assertThat(p.message()).contains("whole number").contains("three");
    }
}
