package dev.mfg.testkit.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.mrp.CapacityLoad;
import dev.mfg.mrp.ComponentRequirement;
import dev.mfg.mrp.ItemPlan;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PeggedDemand;
import dev.mfg.mrp.PlanBucket;
import dev.mfg.mrp.PlanRecord;
import dev.mfg.mrp.PlannedOrder;
import dev.mfg.mrp.ToolLoad;
import dev.mfg.mrp.message.ActionMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes an {@link MrpResult} as {@code mfg-plan/1} JSON (scenario-format.md, "Plan") or as readable tables.
 *
 * <p>Extension of the format: {@code toolLoads} ({@code tool, bucket, loadHours, capacityHours}) lists the load of
 * tools whose copies limit capacity, written only when some operation needs a tool.
 *
 * <p>Deterministic: the same result gives byte-identical JSON, except {@code summary.elapsedMillis}, which is
 * written only when asked. Quantities are written exactly as plain decimals (never through {@code double});
 * load and capacity hours are rounded half-up to 6 fractional digits like every derived quantity.
 *
 * @since 0.1
 */
public final class PlanWriter {
    private PlanWriter() {}

    /**
     * Writes the whole plan as {@code mfg-plan/1} JSON.
     *
     * @param scenario the scenario's name
     * @param plan the plan
     * @param out the destination (not closed)
     * @param withElapsed whether to write {@code summary.elapsedMillis} (omit it for byte-identical output)
     */
    public static void writeJson(String scenario, MrpResult plan, Writer out, boolean withElapsed) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", "mfg-plan/1");
            g.writeStringField("scenario", scenario);
            g.writeArrayFieldStart("buckets");
            for (PlanBucket b : plan.buckets()) {
                g.writeStartObject();
                g.writeNumberField("index", b.index());
                g.writeStringField("start", b.start().toString());
                g.writeStringField("end", b.end().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("items");
            for (ItemPlan item : plan.items()) {
                g.writeStartObject();
                g.writeStringField("item", item.item().value());
                g.writeNumberField("lowLevelCode", item.lowLevelCode());
                g.writeArrayFieldStart("records");
                for (PlanRecord r : item.records()) {
                    g.writeStartObject();
                    g.writeNumberField("bucket", r.bucket());
                    number(g, "grossRequirements", r.grossRequirements());
                    number(g, "scheduledReceipts", r.scheduledReceipts());
                    number(g, "projectedOnHand", r.projectedOnHand());
                    number(g, "netRequirements", r.netRequirements());
                    number(g, "plannedOrderReceipts", r.plannedOrderReceipts());
                    number(g, "plannedOrderReleases", r.plannedOrderReleases());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("plannedOrders");
            for (int x = 0; x < plan.plannedOrderCount(); x++) {
                PlannedOrder o = plan.plannedOrder(x); // one at a time: a large plan is never built whole
                g.writeStartObject();
                g.writeStringField("id", o.id());
                g.writeStringField("item", o.item().value());
                g.writeStringField("type", o.type().name());
                number(g, "quantity", o.quantity());
                g.writeStringField("releaseDate", o.releaseDate().toString());
                g.writeStringField("dueDate", o.dueDate().toString());
                g.writeArrayFieldStart("pegging");
                for (PeggedDemand p : o.pegging()) {
                    g.writeStartObject();
                    g.writeStringField("demand", p.demand());
                    number(g, "quantity", p.quantity());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (o.excess().signum() != 0) {
                    number(g, "excess", o.excess());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("materialRequirements");
            for (int x = 0; x < plan.materialRequirementCount(); x++) {
                ComponentRequirement m = plan.materialRequirement(x);
                g.writeStartObject();
                g.writeStringField("item", m.item().value());
                number(g, "quantity", m.quantity());
                g.writeStringField("needDate", m.needDate().toString());
                g.writeStringField("order", m.order());
                if (m.operation().isPresent()) {
                    g.writeNumberField("operation", m.operation().getAsInt());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("messages");
            for (ActionMessage m : plan.messages()) {
                g.writeStartObject();
                g.writeStringField("type", m.type().name());
                g.writeStringField("item", m.item().value());
                g.writeStringField("reference", m.reference());
                g.writeStringField("text", m.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("capacity");
            for (CapacityLoad c : plan.capacity()) {
                g.writeStartObject();
                g.writeStringField("workCenter", c.workCenter().value());
                g.writeNumberField("bucket", c.bucket());
                number(g, "loadHours", Decimals.roundQuantity(c.loadHours()));
                number(g, "capacityHours", Decimals.roundQuantity(c.capacityHours()));
                g.writeEndObject();
            }
            g.writeEndArray();
            // Extension of mfg-plan/1: the load of tools that limit capacity (written only when there is any).
            if (!plan.toolLoads().isEmpty()) {
                g.writeArrayFieldStart("toolLoads");
                for (ToolLoad t : plan.toolLoads()) {
                    g.writeStartObject();
                    g.writeStringField("tool", t.tool().value());
                    g.writeNumberField("bucket", t.bucket());
                    number(g, "loadHours", t.loadHours());
                    number(g, "capacityHours", t.capacityHours());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeFieldName("summary");
            writeSummaryObject(g, plan, withElapsed);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes only the {@code summary} object, with the engine's elapsed time (for timing large runs).
     *
     * @param plan the plan
     * @param out the destination (not closed)
     */
    public static void writeSummaryJson(MrpResult plan, Writer out) {
        try (JsonGenerator g = generator(out)) {
            writeSummaryObject(g, plan, true);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSummaryObject(JsonGenerator g, MrpResult plan, boolean withElapsed) throws IOException {
        g.writeStartObject();
        g.writeNumberField("items", plan.summary().items());
        g.writeNumberField("plannedOrders", plan.summary().plannedOrders());
        if (withElapsed) {
            g.writeNumberField("elapsedMillis", plan.summary().elapsedMillis());
        }
        g.writeEndObject();
    }

    /**
     * Writes readable tables: one MRP record per item (items with nothing in any row are counted, not shown),
     * then planned orders, material requirements by operation, messages and overloaded capacity.
     *
     * @param plan the plan
     * @param out the destination
     */
    public static void writeTable(MrpResult plan, PrintWriter out) {
        int inactive = 0;
        for (ItemPlan item : plan.items()) {
            if (isInactive(item)) {
                inactive++;
                continue;
            }
            out.printf(Locale.ROOT, "%s (low-level code %d)%n", item.item(), item.lowLevelCode());
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", "bucket"));
            for (PlanRecord r : item.records()) {
                header.append(String.format(Locale.ROOT, " %10d", r.bucket()));
            }
            out.println(header);
            row(out, "gross requirements", item, PlanRecord::grossRequirements);
            row(out, "scheduled receipts", item, PlanRecord::scheduledReceipts);
            row(out, "projected on hand", item, PlanRecord::projectedOnHand);
            row(out, "net requirements", item, PlanRecord::netRequirements);
            row(out, "planned receipts", item, PlanRecord::plannedOrderReceipts);
            row(out, "planned releases", item, PlanRecord::plannedOrderReleases);
            out.println();
        }
        if (inactive > 0) {
            out.printf(Locale.ROOT, "(%d items with no stock, demand or supply in the horizon are not shown)%n%n",
                    inactive);
        }
        out.printf(Locale.ROOT, "Planned orders (%d)%n", plan.plannedOrderCount());
        out.printf(Locale.ROOT, "%-8s %-20s %-5s %14s %-10s %-10s %s%n", "ID", "ITEM", "TYPE", "QUANTITY", "RELEASE",
                "DUE", "PEGGING");
        for (int x = 0; x < plan.plannedOrderCount(); x++) {
            PlannedOrder o = plan.plannedOrder(x);
            StringBuilder peg = new StringBuilder();
            for (PeggedDemand p : o.pegging()) {
                peg.append(peg.length() == 0 ? "" : ", ").append(p.demand()).append(' ').append(text(p.quantity()));
            }
            if (o.excess().signum() != 0) {
                peg.append(peg.length() == 0 ? "" : ", ").append("excess ").append(text(o.excess()));
            }
            out.printf(Locale.ROOT, "%-8s %-20s %-5s %14s %-10s %-10s %s%n", o.id(), o.item(), o.type(),
                    text(o.quantity()), o.releaseDate(), o.dueDate(), peg);
        }
        if (plan.materialRequirementCount() > 0) {
            out.println();
            out.printf(Locale.ROOT, "Material requirements (%d)%n", plan.materialRequirementCount());
            out.printf(Locale.ROOT, "%-20s %14s %-10s %-8s %s%n", "ITEM", "QUANTITY", "NEED DATE", "ORDER", "OP");
            for (int x = 0; x < plan.materialRequirementCount(); x++) {
                ComponentRequirement m = plan.materialRequirement(x);
                out.printf(Locale.ROOT, "%-20s %14s %-10s %-8s %s%n", m.item(), text(m.quantity()), m.needDate(),
                        m.order(), m.operation().isPresent() ? String.valueOf(m.operation().getAsInt()) : "");
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Messages (%d)%n", plan.messages().size());
        for (ActionMessage m : plan.messages()) {
            out.printf(Locale.ROOT, "%-18s %-20s %-10s %s%n", m.type(), m.item(), m.reference(), m.text());
        }
        long overloads = plan.capacity().count(CapacityLoad::overloaded);
        if (!plan.capacity().isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "Capacity: %d work-center buckets loaded, %d overloaded%n", plan.capacity().size(),
                    overloads);
            for (CapacityLoad c : plan.capacity()) {
                if (c.overloaded()) {
                    out.printf(Locale.ROOT, "  %-16s bucket %3d load %12s h of %12s h%n", c.workCenter(), c.bucket(),
                            text(Decimals.roundQuantity(c.loadHours())), text(Decimals.roundQuantity(c.capacityHours())));
                }
            }
        }
        long toolOverloads = plan.toolLoads().count(ToolLoad::overloaded);
        if (toolOverloads > 0) {
            out.printf(Locale.ROOT, "Tools: %d tool buckets overloaded%n", toolOverloads);
            for (ToolLoad t : plan.toolLoads()) {
                if (t.overloaded()) {
                    out.printf(Locale.ROOT, "  %-16s bucket %3d load %12s h of %12s h%n", t.tool(), t.bucket(),
                            text(t.loadHours()), text(t.capacityHours()));
                }
            }
        }
        out.flush();
    }

    private static boolean isInactive(ItemPlan item) {
        for (PlanRecord r : item.records()) {
            if (r.grossRequirements().signum() != 0 || r.scheduledReceipts().signum() != 0
                    || r.projectedOnHand().signum() != 0 || r.netRequirements().signum() != 0
                    || r.plannedOrderReceipts().signum() != 0 || r.plannedOrderReleases().signum() != 0) {
                return false;
            }
        }
        return true;
    }

    private static void row(PrintWriter out, String label, ItemPlan item,
            java.util.function.Function<PlanRecord, BigDecimal> value) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", label));
        for (PlanRecord r : item.records()) {
            line.append(String.format(Locale.ROOT, " %10s", text(value.apply(r))));
        }
        out.println(line);
    }

    private static String text(BigDecimal v) {
        return Decimals.strip(v).toPlainString();
    }

    private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(Decimals.strip(value));
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature(), true);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n"));
        pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
        g.setPrettyPrinter(pp);
        return g;
    }
}
