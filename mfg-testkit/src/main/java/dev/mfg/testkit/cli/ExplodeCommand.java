package dev.mfg.testkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.Explosion;
import dev.mfg.core.bom.ExplosionOptions;
import dev.mfg.core.bom.Requirement;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.testkit.reference.ReferenceScenarios;
import dev.mfg.testkit.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explode SCENARIO --item ID --quantity Q [--date D] [--json]}: the total requirement of every component
 * over all levels, aggregated per item with its low-level code (scenario-format.md). Quantities are shown
 * rounded half-up to 6 fractional digits. SCENARIO is a scenario file or the name of a bundled scenario; the date
 * defaults to the scenario's planning start.
 *
 * @since 0.1
 */
@Command(name = "explode", mixinStandardHelpOptions = true,
        description = "Total requirement per component over all levels (aggregated per item, not a tree).")
public final class ExplodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (mfg-scenario/1 JSON) or a bundled scenario: factory, melamine, weekly-build, widget.")
    String scenario;

    @Option(names = "--item", required = true, paramLabel = "ID", description = "The item to explode.")
    String item;

    @Option(names = "--quantity", required = true, paramLabel = "Q", description = "Quantity of the item.")
    BigDecimal quantity;

    @Option(names = "--date", paramLabel = "D",
            description = "Date selecting BOMs and lines in force (ISO-8601); default: the scenario's planning start.")
    LocalDate date;

    @Option(names = "--json", description = "Print mfg-explosion/1 JSON instead of a table.")
    boolean json;

    /** Created by picocli. */
    public ExplodeCommand() {}

    @Override
    public Integer call() {
        Scenario loaded = ReferenceScenarios.fileOrName(scenario);
        MasterData data = loaded.masterData();
        LocalDate on = date != null ? date : loaded.planning().start();
        ItemId id = CommandInputs.requireItem(loaded, item, scenario);
        Explosion explosion = BomExplosion.create().explode(data.bomCatalog(), id,
                Decimals.checkQuantity(quantity, "--quantity"), on,
                ExplosionOptions.builder().itemMaster(data.items()).unitConverter(data.unitConverter()).build());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(explosion, out);
        } else {
            writeTable(explosion, out);
        }
        out.flush();
        return 0;
    }

    static void writeTable(Explosion e, PrintWriter out) {
        out.printf(Locale.ROOT, "Explosion of %s %s on %s%n", Decimals.strip(e.quantity()).toPlainString(),
                e.item(), e.date());
        out.printf(Locale.ROOT, "%-24s %20s %-6s %4s%n", "ITEM", "QUANTITY", "UOM", "LLC");
        for (Requirement r : e.requirements()) {
            out.printf(Locale.ROOT, "%-24s %20s %-6s %4d%n", r.item(),
                    Decimals.roundQuantity(r.quantity()).toPlainString(), r.uom(), r.lowLevelCode());
        }
    }

    static void writeJson(Explosion e, Writer out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature(), true);
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "mfg-explosion/1");
            g.writeStringField("item", e.item().value());
            g.writeFieldName("quantity");
            g.writeNumber(Decimals.strip(e.quantity()));
            g.writeStringField("date", e.date().toString());
            g.writeArrayFieldStart("requirements");
            for (Requirement r : e.requirements()) {
                g.writeStartObject();
                g.writeStringField("item", r.item().value());
                g.writeFieldName("quantity");
                g.writeNumber(Decimals.roundQuantity(r.quantity()));
                g.writeStringField("uom", r.uom().code());
                g.writeNumberField("lowLevelCode", r.lowLevelCode());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
