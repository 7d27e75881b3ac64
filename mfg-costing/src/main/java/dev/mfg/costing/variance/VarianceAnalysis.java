package dev.mfg.costing.variance;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.costing.CostReport;
import dev.mfg.costing.MaterialCost;
import dev.mfg.costing.OperationCost;
import dev.mfg.costing.internal.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Variances of an order's actual inputs against a standard {@link CostReport} (no ledger: pure functions).
 *
 * <p>Notation: G good quantity, S scrapped, P = G + S produced. Per component (lines of one component summed; the
 * actual quantity is in the unit of its first standard line): standard quantity per unit q, standard price
 * SP = standard cost per unit / q, SQ_P = q × P, SQ_G = q × G, actual quantity AQ and price AP.
 * <ul>
 *   <li>material price {@code (AP − SP) × AQ}; usage {@code (AQ − SQ_P) × SP}; yield {@code (SQ_P − SQ_G) × SP}.
 *       A component consumed but absent from the standard has SP := AP (all usage). A cost-only line without an
 *       actual entry is taken at standard (no variance).</li>
 *   <li>per operation, standard hours SH_P = effective run minutes per unit × P / 60, SH_G likewise with G,
 *       actual hours AH:
 *       HOURLY labor: rate {@code (AR − SR) × AH}, efficiency {@code (AH − SH_P) × SR}, yield
 *       {@code (SH_P − SH_G) × SR}. PIECE_RATE labor, N paid pieces ({@link ActualOperation#pieces()}, by
 *       default P): rate {@code (APR − PR) × N}, yield {@code (N − G) × PR} (= {@code S × PR} by default), and no
 *       efficiency variance: slow work shows in machine and overhead efficiency (seed 004 §1.6).</li>
 *   <li>machine: efficiency {@code (AH − SH_P) × MR}, yield {@code (SH_P − SH_G) × MR}; overhead: spending
 *       {@code (AOR − OR) × AH}, efficiency {@code (AH − SH_P) × OR}, yield {@code (SH_P − SH_G) × OR}.</li>
 *   <li>setup: {@code actual setup hours × setup rate − setup minutes / 60 × setup rate × G / L}.</li>
 *   <li>tooling: the tool wears per piece produced: yield {@code S × tooling per unit}; when the actual wear is
 *       given ({@link ActualOperation#toolingCost()}, e.g. counted cycles, rounded up per cycle), usage
 *       {@code actual wear − P × tooling per unit}.</li>
 * </ul>
 * The standard cost is the sum of the standard terms above (G × each per-unit standard), equal to
 * {@code G × report.jointUnitCost()} up to the 34-digit quotients; the variances then sum exactly to actual minus
 * standard. Rates come from the work centers in {@code data} (the standard's), so pass the same snapshot the
 * report was rolled up from.
 *
 * @since 0.1
 */
public final class VarianceAnalysis {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private VarianceAnalysis() {}

    /**
     * @param data the master data the standard was rolled up from (work center rates)
     * @param standard the standard cost report of the item
     * @param actual what the order consumed and produced
     * @return the variances
     * @throws InvalidInputException {@code OPERATION_UNKNOWN} at {@code actual.operations[NO]} for an operation not
     *     in the standard, {@code REFERENCE_UNKNOWN} for a work center missing from {@code data}
     */
    public static VarianceReport analyze(MasterData data, CostReport standard, ActualProduction actual) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(actual, "actual");
        BigDecimal g = actual.goodQuantity();
        BigDecimal s = actual.scrappedQuantity();
        BigDecimal p = actual.producedQuantity();
        List<Variance> out = new ArrayList<>();
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO}; // standard, actual
        Builder b = new Builder(standard, out, totals);

        // ------------------------------------------------------------ materials
        Map<ItemId, BigDecimal[]> perComponent = new LinkedHashMap<>(); // q per unit, cost per unit, costOnly(1/0)
        List<MaterialCost> all = new ArrayList<>();
        standard.operations().forEach(o -> all.addAll(o.materials().castToList()));
        all.addAll(standard.unassignedMaterials().castToList());
        for (MaterialCost m : all) {
            BigDecimal[] acc = perComponent.computeIfAbsent(m.component(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE});
            acc[0] = acc[0].add(m.quantityPerUnit());
            acc[1] = acc[1].add(m.cost().amount());
            if (!m.costOnly()) {
                acc[2] = BigDecimal.ZERO;
            }
        }
        Map<ItemId, ActualMaterial> actualMaterials = new LinkedHashMap<>();
        actual.materials().forEach(m -> actualMaterials.put(m.component(), m));
        perComponent.forEach((c, acc) -> {
            ActualMaterial am = actualMaterials.remove(c);
            BigDecimal q = acc[0];
            BigDecimal sp = q.signum() == 0 ? BigDecimal.ZERO : Amounts.divide(acc[1], q);
            BigDecimal sqG = q.multiply(g);
            BigDecimal standardCost = sqG.multiply(sp);
            if (am == null && acc[2].signum() > 0) {
                b.add(standardCost, standardCost); // cost-only without actual: at standard
                return;
            }
            BigDecimal aq = am == null ? BigDecimal.ZERO : am.quantity();
            BigDecimal ap = am == null ? sp : am.unitPrice();
            BigDecimal sqP = q.multiply(p);
            b.add(standardCost, aq.multiply(ap));
            String who = c.value();
            b.variance(VarianceKind.MATERIAL_PRICE, who, ap.subtract(sp).multiply(aq),
                    "material price (" + who + "): (actual price " + f(ap) + " - standard price " + f(sp)
                            + ") x actual quantity " + f(aq));
            b.variance(VarianceKind.MATERIAL_USAGE, who, aq.subtract(sqP).multiply(sp),
                    "material usage (" + who + "): (actual quantity " + f(aq) + " - standard quantity " + f(sqP)
                            + " for " + f(p) + " produced) x standard price " + f(sp));
            b.variance(VarianceKind.MATERIAL_YIELD, who, sqP.subtract(sqG).multiply(sp),
                    "material yield (" + who + "): standard quantity " + f(q) + " x " + f(s) + " scrapped x standard price "
                            + f(sp));
        });
        actualMaterials.values().forEach(am -> {
            String who = am.component().value();
            BigDecimal cost = am.quantity().multiply(am.unitPrice());
            b.add(BigDecimal.ZERO, cost);
            b.variance(VarianceKind.MATERIAL_USAGE, who, cost, "material usage (" + who + "): not in the standard; "
                    + "actual quantity " + f(am.quantity()) + " x actual price " + f(am.unitPrice()));
        });

        // ------------------------------------------------------------ operations
        Map<Integer, ActualOperation> actualOps = new LinkedHashMap<>();
        actual.operations().forEach(o -> actualOps.put(o.no(), o));
        for (ActualOperation ao : actual.operations()) {
            if (standard.operations().noneSatisfy(o -> o.no() == ao.no())) {
                throw InvalidInputException.of(RuleCode.OPERATION_UNKNOWN, "actual.operations[" + ao.no() + "]", ao.no(),
                        "The operation (" + ao.no() + ") is not in the standard routing of (" + standard.item() + ").");
            }
        }
        for (OperationCost oc : standard.operations()) {
            WorkCenter wc = data.workCenter(oc.workCenter()).orElseThrow(() -> InvalidInputException.of(
                    RuleCode.REFERENCE_UNKNOWN, "operation[" + oc.no() + "].workCenter", oc.workCenter(),
                    "The work center (" + oc.workCenter() + ") is not in the master data."));
            ActualOperation ao = Optional.ofNullable(actualOps.get(oc.no()))
                    .orElseGet(() -> ActualOperation.builder().no(oc.no()).build());
            String who = "op " + oc.no() + " (" + oc.workCenter() + ")";
            BigDecimal ah = ao.runHours();
            BigDecimal shP = Amounts.divide(oc.effectiveRunMinutesPerUnit().multiply(p), SIXTY);
            BigDecimal shG = Amounts.divide(oc.effectiveRunMinutesPerUnit().multiply(g), SIXTY);
            if (oc.laborCalc() == LaborCalc.PIECE_RATE) {
                BigDecimal pr = wc.pieceRateFor(standard.item());
                BigDecimal apr = ao.laborRate().orElse(pr);
                BigDecimal paid = ao.pieces().orElse(p);
                b.add(g.multiply(pr), paid.multiply(apr));
                b.variance(VarianceKind.LABOR_RATE, who, apr.subtract(pr).multiply(paid), "labor rate " + who
                        + ": (actual piece rate " + f(apr) + " - standard piece rate " + f(pr) + ") x " + f(paid)
                        + " pieces");
                b.variance(VarianceKind.LABOR_YIELD, who, paid.subtract(g).multiply(pr), "labor yield " + who + ": "
                        + (ao.pieces().isPresent() ? f(paid) + " paid - " + f(g) + " good" : f(s) + " scrapped")
                        + " x piece rate " + f(pr) + " (piece rate: no labor efficiency variance)");
            } else {
                BigDecimal sr = wc.laborRatePerHour();
                BigDecimal ar = ao.laborRate().orElse(sr);
                b.add(shG.multiply(sr), ah.multiply(ar));
                b.variance(VarianceKind.LABOR_RATE, who, ar.subtract(sr).multiply(ah), "labor rate " + who
                        + ": (actual rate " + f(ar) + " - standard rate " + f(sr) + ") x actual hours " + f(ah));
                b.variance(VarianceKind.LABOR_EFFICIENCY, who, ah.subtract(shP).multiply(sr), "labor efficiency " + who
                        + ": (actual hours " + f(ah) + " - standard hours " + f(shP) + " for " + f(p)
                        + " produced) x standard rate " + f(sr));
                b.variance(VarianceKind.LABOR_YIELD, who, shP.subtract(shG).multiply(sr), "labor yield " + who
                        + ": standard hours of " + f(s) + " scrapped " + f(shP.subtract(shG)) + " x standard rate " + f(sr));
            }
            BigDecimal mr = wc.machineRatePerHour();
            b.add(shG.multiply(mr), ah.multiply(mr));
            b.variance(VarianceKind.MACHINE_EFFICIENCY, who, ah.subtract(shP).multiply(mr), "machine efficiency " + who
                    + ": (actual hours " + f(ah) + " - standard hours " + f(shP) + ") x machine rate " + f(mr));
            b.variance(VarianceKind.MACHINE_YIELD, who, shP.subtract(shG).multiply(mr), "machine yield " + who
                    + ": standard hours of " + f(s) + " scrapped " + f(shP.subtract(shG)) + " x machine rate " + f(mr));
            BigDecimal or = wc.overheadRatePerHour();
            BigDecimal aor = ao.overheadRatePerHour().orElse(or);
            b.add(shG.multiply(or), ah.multiply(aor));
            b.variance(VarianceKind.OVERHEAD_SPENDING, who, aor.subtract(or).multiply(ah), "overhead spending " + who
                    + ": (actual rate " + f(aor) + " - standard rate " + f(or) + ") x actual hours " + f(ah));
            b.variance(VarianceKind.OVERHEAD_EFFICIENCY, who, ah.subtract(shP).multiply(or), "overhead efficiency "
                    + who + ": (actual hours " + f(ah) + " - standard hours " + f(shP) + ") x overhead rate " + f(or));
            b.variance(VarianceKind.OVERHEAD_YIELD, who, shP.subtract(shG).multiply(or), "overhead yield " + who
                    + ": standard hours of " + f(s) + " scrapped " + f(shP.subtract(shG)) + " x overhead rate " + f(or));
            BigDecimal setupRate = wc.setupRatePerHour();
            BigDecimal stdSetup = Amounts.divide(oc.setupMinutes().multiply(setupRate).multiply(g),
                    SIXTY.multiply(standard.lotSize()));
            BigDecimal actSetup = ao.setupHours().multiply(setupRate);
            b.add(stdSetup, actSetup);
            b.variance(VarianceKind.SETUP, who, actSetup.subtract(stdSetup), "setup " + who + ": actual setup hours "
                    + f(ao.setupHours()) + " x setup rate " + f(setupRate) + " - standard " + f(oc.setupMinutes())
                    + " min per lot of " + f(standard.lotSize()) + " for " + f(g) + " good = " + f(stdSetup));
            BigDecimal tool = oc.tooling().amount();
            BigDecimal standardWear = p.multiply(tool);
            BigDecimal actualTooling = ao.toolingCost().orElse(standardWear);
            b.add(g.multiply(tool), actualTooling);
            b.variance(VarianceKind.TOOLING_YIELD, who, s.multiply(tool), "tooling yield " + who + ": " + f(s)
                    + " scrapped x tooling per piece " + f(tool));
            b.variance(VarianceKind.TOOLING_USAGE, who, actualTooling.subtract(standardWear), "tooling usage " + who
                    + ": actual tool wear " + f(actualTooling) + " - tooling per piece " + f(tool) + " x " + f(p)
                    + " produced");
        }
        return VarianceReport.builder().item(standard.item()).currency(standard.currency()).standardCost(totals[0])
                .actualCost(totals[1]).variances(org.eclipse.collections.api.factory.Lists.immutable.withAll(out))
                .build();
    }

    /** Numbers in explanations: rounded half-even to 6 places, trailing zeros stripped. */
    static String f(BigDecimal v) {
        BigDecimal r = v.setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    private static final class Builder {
        private final CostReport standard;
        private final List<Variance> out;
        private final BigDecimal[] totals;

        Builder(CostReport standard, List<Variance> out, BigDecimal[] totals) {
            this.standard = standard;
            this.out = out;
            this.totals = totals;
        }

        void add(BigDecimal standardCost, BigDecimal actualCost) {
            totals[0] = totals[0].add(standardCost);
            totals[1] = totals[1].add(actualCost);
        }

        void variance(VarianceKind kind, String subject, BigDecimal amount, String formula) {
            if (amount.signum() != 0) {
                out.add(new Variance(kind, subject, amount, standard.currency(), formula + " = " + f(amount) + " "
                        + standard.currency().getCurrencyCode() + (amount.signum() > 0 ? " (unfavourable)" : " (favourable)")));
            }
        }
    }
}
