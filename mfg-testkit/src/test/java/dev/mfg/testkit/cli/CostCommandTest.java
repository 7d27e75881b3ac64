package dev.mfg.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private JsonNode json() throws Exception {
        return JSON.readTree(out.toString());
    }

    private static void money(JsonNode node, String field, String expected) {
        // Exact decimals, with the display scale (USD and EGP: 2 + 4 places).
        assertThat(node.get(field).decimalValue()).as(field).isEqualTo(new java.math.BigDecimal(expected));
    }

    @Test
    void cost_widgetJson_seed003Numbers() throws Exception {
        assertThat(run("cost", "widget", "--item", "FG-WIDGET-001", "--json")).isZero();
        JsonNode root = json();
        assertThat(root.get("format").asText()).isEqualTo("mfg-cost/1");
        assertThat(root.get("item").asText()).isEqualTo("FG-WIDGET-001");
        assertThat(root.get("lotSize").decimalValue()).isEqualByComparingTo("1");
        assertThat(root.get("currency").asText()).isEqualTo("USD");
        JsonNode unit = root.get("unitCost");
        // Labor at 100 % efficiency: (325 min x 1.60 + (5 + 3 + 2 + 2) min x 13.00) / 60 = 676 / 60 = 11.2666...
        money(unit, "labor", "11.266667");
        // Material: 37 g x 1.05 x 0.02 = 0.777; label 0.05; box 1.20; shipping label 0.15 -> 2.177.
        money(unit, "material", "2.177000");
        money(unit, "machine", "0.000000");
        money(unit, "setup", "0.000000");
        money(unit, "overhead", "0.000000");
        money(unit, "tooling", "0.000000");
        // 676 / 60 + 2.177 = 13.443666... -> 13.443667 (half-even at 6 places)
        money(unit, "total", "13.443667");
        JsonNode ops = root.get("operations");
        assertThat(ops).hasSize(5);
        JsonNode print = ops.get(0);
        assertThat(print.get("no").asInt()).isEqualTo(10);
        assertThat(print.get("workCenter").asText()).isEqualTo("FDM-POOL");
        assertThat(print.get("setupMinutes").decimalValue()).isEqualByComparingTo("7");
        assertThat(print.get("runMinutesPerUnit").decimalValue()).isEqualByComparingTo("325");
        money(print, "labor", "8.666667"); // 325 / 60 x 1.60
        money(print, "material", "0.777000");
        JsonNode pla = print.get("materials").get(0);
        assertThat(pla.get("component").asText()).isEqualTo("MAT-PLA-BLK");
        assertThat(pla.get("quantity").decimalValue()).isEqualByComparingTo("38.85"); // 37 x 1.05
        assertThat(pla.get("uom").asText()).isEqualTo("G");
        money(pla, "cost", "0.777000");
        JsonNode ship = ops.get(4);
        assertThat(ship.get("no").asInt()).isEqualTo(50);
        money(ship, "material", "1.350000"); // box 1.20 + label 0.15
        money(ship, "labor", "0.433333"); // 2 / 60 x 13
        assertThat(ship.get("materials")).hasSize(2);
        assertThat(root.get("gaps")).isEmpty();
        assertThat(err.toString()).doesNotContain("gap:");
    }

    @Test
    void cost_melamineCupAtLot1000_handComputed() throws Exception {
        assertThat(run("cost", "melamine", "--item", "CUP", "--lot-size", "1000", "--json")).isZero();
        JsonNode root = json();
        assertThat(root.get("lotSize").decimalValue()).isEqualByComparingTo("1000");
        assertThat(root.get("currency").asText()).isEqualTo("EGP");
        JsonNode unit = root.get("unitCost");
        // Press: cup mold cycle 60 s / 4 cavities = 0.25 min, / 85 % = 0.294118 min.
        // Machine 0.25 / 0.85 / 60 x 40 = 0.196078...
        money(unit, "machine", "0.196078");
        // Labor: piece rate 0.35 + deflash 0.2 / 0.95 / 60 x 25 (0.087719) + grading 0.1 / 0.95 / 60 x 30 (0.052632)
        money(unit, "labor", "0.490351");
        // Overhead: 0.25/0.85/60 x 15 (0.073529) + 0.2/0.95/60 x 5 (0.017544) + 0.1/0.95/60 x 5 (0.008772)
        money(unit, "overhead", "0.099845");
        // Setup: the operation gives none, so the mold's 90 min x 60/h = 90, over 1000 pieces.
        money(unit, "setup", "0.090000");
        // Tooling: 40000 / 400000 cycles / 4 cavities.
        money(unit, "tooling", "0.025000");
        // Powder: 50 g x 1.02 = 51 g at 95 per KG = 4.845.
        money(unit, "material", "4.845000");
        // 4.845 + 0.4903508772 + 0.1960784314 + 0.09 + 0.0998452012 + 0.025 = 5.7462745098 -> 5.746275
        money(unit, "total", "5.746275");
        JsonNode press = root.get("operations").get(0);
        assertThat(press.get("workCenter").asText()).isEqualTo("WC-PRESS");
        assertThat(press.get("setupMinutes").decimalValue()).isEqualByComparingTo("90");
        assertThat(press.get("runMinutesPerUnit").decimalValue()).isEqualByComparingTo("0.25");
        money(press, "labor", "0.350000");
        JsonNode powder = press.get("materials").get(0);
        assertThat(powder.get("component").asText()).isEqualTo("POWDER");
        assertThat(powder.get("quantity").decimalValue()).isEqualByComparingTo("51");
        assertThat(powder.get("uom").asText()).isEqualTo("G");
        money(powder, "cost", "4.845000");
    }

    @Test
    void cost_defaultLotSizeIsOne_setupNotSpread() throws Exception {
        assertThat(run("cost", "melamine", "--item", "CUP", "--json")).isZero();
        JsonNode root = json();
        assertThat(root.get("lotSize").decimalValue()).isEqualByComparingTo("1");
        assertThat(root.get("date").asText()).isEqualTo("2026-01-05"); // the planning start
        money(root.get("unitCost"), "setup", "90.000000"); // 90 min x 60/h over 1 piece
        money(root.get("unitCost"), "total", "95.656275"); // 5.7462745098 - 0.09 + 90
    }

    @Test
    void cost_table_showsOperationsAndElements() {
        assertThat(run("cost", "widget", "--item", "FG-WIDGET-001")).isZero();
        assertThat(out.toString()).contains("Cost of 1 FG-WIDGET-001 at lot size 1 on 2024-01-15 (USD)")
                .containsPattern("10\\s+FDM-POOL\\s+7\\s+325\\s+8\\.666667")
                .containsPattern("MAT-PLA-BLK\\s+38\\.85 G\\s+0\\.777000")
                .containsPattern("TOTAL\\s+13\\.443667");
    }

    @Test
    void cost_melamineSetWithGaps_exitsZeroAndListsThemOnStandardError() throws Exception {
        // The dish's grade-C by-product has neither a sales value nor a standard cost: a gap, not a failure.
        assertThat(run("cost", "melamine", "--item", "SET-50", "--lot-size", "1000", "--json")).isZero();
        JsonNode gaps = json().get("gaps");
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).get("item").asText()).isEqualTo("DISH-L-C");
        assertThat(gaps.get(0).get("reason").asText()).isEqualTo("MISSING_ALLOCATION_BASIS");
        assertThat(err.toString()).startsWith("gap: DISH-L-C MISSING_ALLOCATION_BASIS: ");
        // Set level: 6 cups at 5.746275 (the cup test above) + carton 18.50 ...
        JsonNode pack = json().get("operations").get(0);
        assertThat(pack.get("no").asInt()).isEqualTo(90);
        JsonNode cup = pack.get("materials").get(1);
        assertThat(cup.get("component").asText()).isEqualTo("CUP");
        // 6 x 5.7462745098 = 34.4776470588 -> 34.477647
        money(cup, "cost", "34.477647");
        money(pack.get("materials").get(2), "cost", "18.500000");
        // Packing: 3 min / 0.95 / 60 x 20 = 1.052632 labor, x 5 = 0.263158 overhead.
        money(pack, "labor", "1.052632");
        money(pack, "overhead", "0.263158");
    }

    @Test
    void cost_unknownItem_exit2WithPath() {
        assertThat(run("cost", "widget", "--item", "NOPE")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--item: REFERENCE_UNKNOWN (NOPE): ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void cost_lotSizeZero_exit2AtOption() {
        assertThat(run("cost", "widget", "--item", "FG-WIDGET-001", "--lot-size", "0")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--lot-size: QTY_NOT_POSITIVE (0): ");
    }

    @Test
    void cost_lotSizeTooFine_exit2AtOption() {
        assertThat(run("cost", "widget", "--item", "FG-WIDGET-001", "--lot-size", "0.0000001")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--lot-size: ");
    }

    @Test
    void cost_missingItemOption_exit2() {
        assertThat(run("cost", "widget")).isEqualTo(2);
        assertThat(err.toString()).contains("--item");
    }

    @Test
    void cost_badDateOrNumber_exit2() {
        assertThat(run("cost", "widget", "--item", "FG-WIDGET-001", "--date", "2024-13-01")).isEqualTo(2);
        assertThat(run("cost", "widget", "--item", "FG-WIDGET-001", "--lot-size", "ten")).isEqualTo(2);
    }

    @Test
    void cost_unknownScenario_exit2() {
        assertThat(run("cost", "no-such-scenario", "--item", "X")).isEqualTo(2);
        assertThat(err.toString()).startsWith("scenario: REFERENCE_UNKNOWN (no-such-scenario)");
    }

    @Test
    void cost_scenarioWithoutCurrency_exit2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, """
                {"format": "mfg-scenario/1", "planning": {"start": "2026-01-05", "buckets": 1, "bucket": "WEEK"},
                 "items": [{"id": "A", "uom": "EA", "procurement": "BUY"}]}
                """);
        assertThat(run("cost", file.toString(), "--item", "A")).isEqualTo(2);
        assertThat(err.toString()).startsWith("currency: VALUE_MISSING");
    }

    @Test
    void cost_boughtItemWithoutStandardCost_gapExitZero(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, """
                {"format": "mfg-scenario/1", "currency": "USD",
                 "planning": {"start": "2026-01-05", "buckets": 1, "bucket": "WEEK"},
                 "items": [{"id": "A", "uom": "EA", "procurement": "MAKE"},
                           {"id": "B", "uom": "EA", "procurement": "BUY"},
                           {"id": "C", "uom": "EA", "procurement": "BUY", "standardCost": {"amount": 2.5, "per": "EA"}}],
                 "boms": [{"item": "A", "lines": [{"lineNo": 10, "component": "B", "quantity": 2, "uom": "EA"},
                                                   {"lineNo": 20, "component": "C", "quantity": 3, "uom": "EA"}]}]}
                """);
        assertThat(run("cost", file.toString(), "--item", "A", "--json")).isZero();
        JsonNode root = json();
        money(root.get("unitCost"), "total", "7.500000"); // 3 x 2.50; B counts as zero and is a gap
        assertThat(root.get("operations")).isEmpty();
        assertThat(root.get("unassignedMaterials")).hasSize(2);
        assertThat(root.get("gaps").get(0).get("reason").asText()).isEqualTo("MISSING_STANDARD_COST");
        assertThat(err.toString()).startsWith("gap: B MISSING_STANDARD_COST: ");
    }
}
