package dev.mfg.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ExplodeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void explode_melamineTenSets_table() {
        assertThat(run("explode", "melamine", "--item", "SET-50", "--quantity", "10", "--date", "2026-01-05"))
                .isZero();
        // Powder: 60 dishes x 0.15 KG x 1.03 + 60 cups x 0.05 KG x 1.02 = 9.27 + 3.06 = 12.33 KG.
        assertThat(out.toString()).containsPattern("POWDER\\s+12\\.33 KG\\s+2")
                .containsPattern("DECOR-SHEET\\s+17\\.25 SHEET\\s+3")
                .containsPattern("CARTON\\s+10 EA\\s+1");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void explode_json_followsExplosionFormat() throws Exception {
        assertThat(run("explode", "melamine", "--item", "DISH-L", "--quantity", "100", "--date", "2026-01-05",
                "--json")).isZero();
        JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(out.toString());
        assertThat(root.get("format").asText()).isEqualTo("mfg-explosion/1");
        assertThat(root.get("item").asText()).isEqualTo("DISH-L");
        assertThat(root.get("date").asText()).isEqualTo("2026-01-05");
        JsonNode powder = null;
        for (JsonNode r : root.get("requirements")) {
            if (r.get("item").asText().equals("POWDER")) {
                powder = r;
            }
        }
        assertThat(powder).isNotNull();
        // 100 dishes x 0.15 KG x 1.03 = 15.45 KG.
        assertThat(powder.get("quantity").decimalValue()).isEqualByComparingTo("15.45");
        assertThat(powder.get("uom").asText()).isEqualTo("KG");
        assertThat(powder.get("lowLevelCode").asInt()).isEqualTo(1);
    }

    @Test
    void explode_widget_materialsDefinedOnOperationsAreExploded() {
        // Seed 003: all of FG-WIDGET-001's materials sit on routing operations; 37 g x 10 x 1.05 = 388.5 g.
        assertThat(run("explode", "widget", "--item", "FG-WIDGET-001", "--quantity", "10")).isZero();
        assertThat(out.toString()).containsPattern("MAT-PLA-BLK\\s+388\\.5 G\\s+1")
                .containsPattern("PKG-BOX-6X6\\s+10 EA\\s+1")
                .containsPattern("PKG-LBL-SHIP\\s+10 EA\\s+1");
    }

    @Test
    void explode_sameInput_byteIdenticalOutput() {
        run("explode", "melamine", "--item", "SET-50", "--quantity", "7", "--date", "2026-01-05", "--json");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("explode", "melamine", "--item", "SET-50", "--quantity", "7", "--date", "2026-01-05", "--json");
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void explode_unknownScenario_exit2OneLine() {
        assertThat(run("explode", "nosuch", "--item", "X", "--quantity", "1")).isEqualTo(2);
        assertThat(err.toString()).startsWith("scenario: REFERENCE_UNKNOWN (nosuch)").doesNotContain("at dev.mfg");
    }

    @Test
    void explode_unknownItem_exit2() {
        assertThat(run("explode", "melamine", "--item", "NOPE", "--quantity", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--item: REFERENCE_UNKNOWN (NOPE)");
    }

    @Test
    void explode_missingOption_exit2() {
        assertThat(run("explode", "melamine", "--item", "SET-50")).isEqualTo(2);
        assertThat(err.toString()).contains("--quantity");
    }

    @Test
    void explode_hostileQuantity_exit2Fast() {
        assertThat(run("explode", "melamine", "--item", "SET-50", "--quantity", "1e-100000000")).isEqualTo(2);
        assertThat(err.toString()).contains("SCALE_EXCEEDED");
    }

    @Test
    void explode_negativeQuantity_exit2() {
        assertThat(run("explode", "melamine", "--item", "SET-50", "--quantity", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("QTY_NEGATIVE");
    }

    @Test
    void help_exit0() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("explode");
        assertThat(run("explode", "--help")).isZero();
    }
}
