package dev.mfg.testkit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfg.mrp.MrpPlanner;
import dev.mfg.mrp.MrpResult;
import dev.mfg.testkit.reference.ReferenceScenarios;
import dev.mfg.testkit.scenario.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static MrpResult planMelamine() {
        Scenario s = ReferenceScenarios.melamine();
        return MrpPlanner.create(ScenarioPlanning.options(s)).plan(ScenarioPlanning.snapshot(s));
    }

    private static String json(MrpResult plan) {
        StringWriter w = new StringWriter();
        PlanWriter.writeJson("melamine", plan, w, false);
        return w.toString();
    }

    private static JsonNode records(JsonNode root, String item) {
        for (JsonNode i : root.get("items")) {
            if (i.get("item").asText().equals(item)) {
                return i.get("records");
            }
        }
        throw new AssertionError("no item " + item);
    }

    @Test
    void writeJson_melamine_followsPlanFormat() throws Exception {
        JsonNode root = JSON.readTree(json(planMelamine()));
        assertThat(root.get("format").asText()).isEqualTo("mfg-plan/1");
        assertThat(root.get("scenario").asText()).isEqualTo("melamine");
        assertThat(root.get("buckets")).hasSize(12);
        assertThat(root.get("buckets").get(0).get("start").asText()).isEqualTo("2026-01-05");
        assertThat(root.get("buckets").get(0).get("end").asText()).isEqualTo("2026-01-11");
        assertThat(root.get("summary").has("elapsedMillis")).isFalse();
        assertThat(root.get("plannedOrders").size()).isEqualTo(root.get("summary").get("plannedOrders").asInt());
        for (String field : new String[] {"items", "plannedOrders", "materialRequirements", "messages", "capacity"}) {
            assertThat(root.has(field)).as(field).isTrue();
        }
    }

    @Test
    void writeJson_melamineSetGross_isTheScenarioDemandPerWeek() throws Exception {
        // Bucket 0 (Jan 5-11): FC-W01 25. Bucket 1 (Jan 12-18): FC-W02 25 + SO-1002 30 = 55.
        // Bucket 4 (Feb 2-8): FC-W05 25 + SO-1001 40 = 65. No stock and lot-for-lot: receipts equal gross.
        JsonNode set = records(JSON.readTree(json(planMelamine())), "SET-50");
        assertThat(set.get(0).get("grossRequirements").decimalValue()).isEqualByComparingTo("25");
        assertThat(set.get(1).get("grossRequirements").decimalValue()).isEqualByComparingTo("55");
        assertThat(set.get(4).get("grossRequirements").decimalValue()).isEqualByComparingTo("65");
        assertThat(set.get(1).get("plannedOrderReceipts").decimalValue()).isEqualByComparingTo("55");
    }

    @Test
    void writeJson_everyRecordBalances() throws Exception {
        // POH[t] = POH[t-1] + SR[t] + PR[t] - gross[t], checked on the printed numbers.
        JsonNode root = JSON.readTree(json(planMelamine()));
        Scenario s = ReferenceScenarios.melamine();
        for (JsonNode item : root.get("items")) {
            BigDecimal poh = s.onHand(dev.mfg.core.item.ItemId.of(item.get("item").asText()));
            for (JsonNode r : item.get("records")) {
                poh = poh.add(r.get("scheduledReceipts").decimalValue()).add(r.get("plannedOrderReceipts").decimalValue())
                        .subtract(r.get("grossRequirements").decimalValue());
                if (!poh.equals(BigDecimal.ZERO) || r.get("projectedOnHand").decimalValue().signum() != 0) {
                    assertThat(r.get("projectedOnHand").decimalValue()).as(item.get("item").asText())
                            .isEqualByComparingTo(poh);
                }
            }
        }
    }

    @Test
    void writeJson_toolLoads_moldCapacityFromThePressCalendar() throws Exception {
        // MOLD-CUP (one copy) runs on WC-PRESS, calendar 3-SHIFT: 24 h a day, Monday to Saturday, holiday
        // 2026-01-07. Week 0 (Jan 5-11) has 5 working days: 120 h; week 1 (Jan 12-18) has 6: 144 h.
        JsonNode root = JSON.readTree(json(planMelamine()));
        JsonNode first = null;
        JsonNode second = null;
        for (JsonNode t : root.get("toolLoads")) {
            if (t.get("tool").asText().equals("MOLD-CUP") && t.get("bucket").asInt() == 0) {
                first = t;
            }
            if (t.get("tool").asText().equals("MOLD-CUP") && t.get("bucket").asInt() == 1) {
                second = t;
            }
        }
        assertThat(first.get("capacityHours").decimalValue()).isEqualByComparingTo("120");
        assertThat(second.get("capacityHours").decimalValue()).isEqualByComparingTo("144");
    }

    @Test
    void writeJson_samePlan_byteIdentical() {
        assertThat(json(planMelamine())).isEqualTo(json(planMelamine()));
    }

    @Test
    void writeSummaryJson_hasElapsed() throws Exception {
        StringWriter w = new StringWriter();
        PlanWriter.writeSummaryJson(planMelamine(), w);
        JsonNode summary = JSON.readTree(w.toString());
        assertThat(summary.has("elapsedMillis")).isTrue();
        assertThat(summary.get("items").asInt()).isPositive();
    }

    @Test
    void writeTable_showsRecordsOrdersAndMessages() {
        StringWriter w = new StringWriter();
        PlanWriter.writeTable(planMelamine(), new PrintWriter(w));
        assertThat(w.toString()).contains("SET-50 (low-level code 0)").contains("gross requirements")
                .contains("Planned orders (").contains("Messages (");
        // The grade-C co-product has no stock, demand or supply: counted, not shown.
        assertThat(w.toString()).doesNotContain("DISH-L-C (low-level code").contains("items with no stock");
    }
}
