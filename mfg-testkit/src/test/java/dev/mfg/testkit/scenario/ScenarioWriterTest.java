package dev.mfg.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.SortedMaps;
import org.junit.jupiter.api.Test;

class ScenarioWriterTest {
    private final ScenarioWriter writer = ScenarioWriter.create();
    private final ScenarioReader reader = ScenarioReader.create();

    private static Item item(String id, Uom uom, Procurement p) {
        return Item.builder().id(ItemId.of(id)).uom(uom).procurement(p).build();
    }

    @Test
    void write_smallScenario_exactText() {
        // Items given out of order (B before A) and a quantity with trailing zeros: written sorted and plain.
        Scenario s = Scenario.builder().name("tiny")
                .planning(Planning.of(LocalDate.of(2026, 1, 5), 2, PlanningBucket.DAY))
                .masterData(MasterData.builder().items(Lists.immutable.of(
                        Item.builder().id(ItemId.of("B")).uom(Uom.KG).procurement(Procurement.BUY).leadTimeDays(0)
                                .safetyStock(new BigDecimal("1.500")).build(),
                        item("A", Uom.EA, Procurement.MAKE))).build())
                .onHandBalances(Lists.immutable.of(StockBalance.of(ItemId.of("B"), new BigDecimal("1E+3"))))
                .demands(Lists.immutable.of(Demand.forecast("F-2", ItemId.of("A"), BigDecimal.TEN,
                        LocalDate.of(2026, 1, 6)), Demand.salesOrder("F-1", ItemId.of("A"), BigDecimal.ONE,
                        LocalDate.of(2026, 1, 5))))
                .extensions(SortedMaps.immutable.of("", "{\"by\":\"hand\",\"big\":1E+999999999}"))
                .build();
        assertThat(writer.toJson(s)).isEqualTo("""
                {
                  "format": "mfg-scenario/1",
                  "name": "tiny",
                  "planning": {
                    "start": "2026-01-05",
                    "buckets": 2,
                    "bucket": "DAY"
                  },
                  "items": [
                    {
                      "id": "A",
                      "uom": "EA",
                      "procurement": "MAKE"
                    },
                    {
                      "id": "B",
                      "uom": "KG",
                      "procurement": "BUY",
                      "leadTimeDays": 0,
                      "onHand": 1000,
                      "safetyStock": 1.5
                    }
                  ],
                  "demands": [
                    {
                      "id": "F-1",
                      "item": "A",
                      "quantity": 1,
                      "due": "2026-01-05"
                    },
                    {
                      "id": "F-2",
                      "item": "A",
                      "quantity": 10,
                      "due": "2026-01-06",
                      "type": "FORECAST"
                    }
                  ],
                  "extensions": {
                    "by": "hand",
                    "big": 1E+999999999
                  }
                }
                """);
    }

    @Test
    void write_defaultsOmitted_explicitValuesKept() {
        String json = writer.toJson(reader.readString(ScenarioReaderTest.BASE));
        assertThat(json).doesNotContain("safetyStock").doesNotContain("scrapPercent").doesNotContain("baseQuantity")
                .doesNotContain("efficiencyPercent").doesNotContain("\"type\"").doesNotContain("\"status\"")
                .doesNotContain("\"name\": \"A\"").contains("\"leadTimeDays\": 3").contains("\"onHand\": 7")
                .contains("\"quantity\": 0.5").contains("\"amount\": 2.5");
    }

    @Test
    void write_readBase_writesBackToTheSameModel() {
        Scenario s = reader.readString(ScenarioReaderTest.BASE);
        assertThat(reader.readString(writer.toJson(s))).isEqualTo(s);
    }

    @Test
    void write_extensionsEverywhere_preservedVerbatim() {
        String json = ScenarioReaderTest.replace(ScenarioReaderTest.BASE, "{ \"no\": 10,",
                "{ \"extensions\": {\"machine\": \"M7\", \"k\": 1e-7}, \"no\": 10,");
        json = ScenarioReaderTest.replace(json, "\"hoursPerDay\": 8 }", "\"hoursPerDay\": 8, \"extensions\": {} }");
        Scenario s = reader.readString(json);
        assertThat(s.extensions().castToSortedMap())
                .containsEntry("routings[A@1].operations[10]", "{\"machine\":\"M7\",\"k\":1E-7}")
                .containsEntry("calendars[CAL]", "{}");
        String written = writer.toJson(s);
        assertThat(written).contains("\"machine\": \"M7\"").contains("\"k\": 1E-7");
        assertThat(reader.readString(written).extensions()).isEqualTo(s.extensions());
    }

    @Test
    void write_calendarWithTwoShifts_writesShifts() {
        String json = ScenarioReaderTest.replace(ScenarioReaderTest.BASE, "\"hoursPerDay\": 8 }",
                "\"shifts\": [ { \"start\": \"06:00\", \"hours\": 8 }, { \"start\": \"14:00\", \"hours\": 7.5 } ] }");
        Scenario s = reader.readString(json);
        assertThat(s.masterData().calendars().getFirst().workingTimePerDay()).hasMinutes(15 * 60 + 30);
        String written = writer.toJson(s);
        assertThat(written).contains("\"start\": \"14:00\"").contains("\"hours\": 7.5").doesNotContain("hoursPerDay");
        assertThat(reader.readString(written)).isEqualTo(s);
    }

    @Test
    void write_sameScenarioTwice_byteIdentical() {
        Scenario s = reader.readString(ScenarioReaderTest.BASE);
        assertThat(writer.toJson(s)).isEqualTo(writer.toJson(s)).endsWith("}\n").doesNotContain("\r");
    }
}
