package dev.mfg.core.routing;

import dev.mfg.core.bom.BomLine;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * One operation of a {@link Routing} (seed 004 §1.3): where it runs, with which tool, and how long it takes.
 *
 * <pre>{@code
 * Operation press = Operation.builder().no(10).description("Press").workCenter(WorkCenterId.of("WC-PRESS"))
 *         .tool(ToolId.of("MOLD-CUP")).cycleSeconds(new BigDecimal("60")).moveMinutes(new BigDecimal("10"))
 *         .build(); // 4 cavities from the mold: 15 s = 0.25 min per piece
 * }</pre>
 *
 * <p>Run time is given either per unit ({@link #runMinutesPerUnit()}) or per cycle ({@link #cycleSeconds()},
 * one cycle making {@link #cavities()} pieces), never both ({@code OPERATION_TIME_AMBIGUOUS}); with neither
 * the run time is zero (a waiting step such as cooling). Cavities default to the tool's when the operation
 * names a tool, else 1. Times are in the units their names carry and must not be negative
 * ({@code TIME_NEGATIVE}). See {@link OperationTimes} for the derived times.
 *
 * <p>Immutable and thread-safe. Validated on construction (all problems at once); decimals are normalised.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class Operation {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the operation number, positive (10, 20, 30 ... leave room for inserts)} */
    public abstract int no();

    /** {@return the description} By default empty. */
    @Value.Default
    public String description() {
        return "";
    }

    /** {@return the work center it runs on} */
    public abstract WorkCenterId workCenter();

    /** {@return the tool or mold it needs, if any} */
    public abstract Optional<ToolId> tool();

    /** {@return the setup time in minutes, fixed per lot} By default 0; then the tool's setup time applies. */
    @Value.Default
    public BigDecimal setupMinutes() {
        return BigDecimal.ZERO;
    }

    /** {@return the run time per unit in minutes, if given that way} */
    public abstract Optional<BigDecimal> runMinutesPerUnit();

    /** {@return the time of one cycle (press) in seconds, if given that way} */
    public abstract Optional<BigDecimal> cycleSeconds();

    /**
     * {@return the pieces made per cycle, if given} Absent: the tool's cavities when a tool is named, else 1.
     */
    public abstract OptionalInt cavities();

    /** {@return the wait before the operation starts, in minutes} Adds lead time, never cost. By default 0. */
    @Value.Default
    public BigDecimal queueMinutes() {
        return BigDecimal.ZERO;
    }

    /** {@return the transfer time to the next operation, in minutes} Adds lead time, never cost. By default 0. */
    @Value.Default
    public BigDecimal moveMinutes() {
        return BigDecimal.ZERO;
    }

    /** {@return whether the operation requires an inspection} By default false. */
    @Value.Default
    public boolean inspection() {
        return false;
    }

    /** {@return whether the operation is critical (cannot be skipped)} By default false. */
    @Value.Default
    public boolean critical() {
        return false;
    }

    /** {@return the skill code the operation requires, if any} */
    public abstract Optional<String> skill();

    /** {@return the dates on which the operation is part of its routing} By default always. */
    @Value.Default
    public Effectivity effectivity() {
        return Effectivity.ALWAYS;
    }

    /**
     * {@return the materials this operation consumes, defined on the operation itself} (seed 003's
     * {@code routing_operation_materials}). Quantities are per one unit of the routing's item (base quantity 1);
     * each line's {@code operation} is empty or this operation's number. By default none. How these combine
     * with plain BOM lines is stated on {@code dev.mfg.core.manufacturing.ManufacturingBom}.
     */
    @Value.Default
    public ImmutableList<BomLine> materials() {
        return Lists.immutable.empty();
    }

    @Value.Check
    final Operation normalize() {
        Problems p = new Problems();
        String path = "operation[" + no() + "]";
        if (no() <= 0) {
            p.add(RuleCode.OPERATION_NO_INVALID, path + ".no", no(), "The operation number (" + no()
                    + ") must be positive.\nMaybe number operations 10, 20, 30.");
        }
        time(p, setupMinutes(), path + ".setupMinutes");
        runMinutesPerUnit().ifPresent(v -> time(p, v, path + ".runMinutesPerUnit"));
        cycleSeconds().ifPresent(v -> time(p, v, path + ".cycleSeconds"));
        time(p, queueMinutes(), path + ".queueMinutes");
        time(p, moveMinutes(), path + ".moveMinutes");
        if (runMinutesPerUnit().isPresent() && cycleSeconds().isPresent()) {
            p.add(RuleCode.OPERATION_TIME_AMBIGUOUS, path + ".cycleSeconds",
                    cycleSeconds().get().toPlainString(), "Operation (" + no() + ") gives both runMinutesPerUnit ("
                            + runMinutesPerUnit().get().toPlainString() + ") and cycleSeconds ("
                            + cycleSeconds().get().toPlainString() + ").\nMaybe keep only one of them.");
        }
        if (cavities().isPresent() && (cavities().getAsInt() < 1 || cavities().getAsInt() > Tool.MAX_CAVITIES)) {
            p.add(RuleCode.CAVITIES_INVALID, path + ".cavities", cavities().getAsInt(), "The cavities of operation ("
                    + no() + ") must be 1 to " + Tool.MAX_CAVITIES + ", was (" + cavities().getAsInt() + ").");
        }
        java.util.Set<Integer> lineNos = new java.util.HashSet<>();
        for (BomLine m : materials()) {
            if (!lineNos.add(m.lineNo())) {
                p.add(RuleCode.ID_DUPLICATE, path + ".materials[" + m.lineNo() + "].lineNo", m.lineNo(),
                        "The material line number (" + m.lineNo() + ") repeats in operation (" + no() + ").");
            }
            if (m.operation().isPresent() && m.operation().getAsInt() != no()) {
                p.add(RuleCode.OPERATION_UNKNOWN, path + ".materials[" + m.lineNo() + "].operation",
                        m.operation().getAsInt(), "A material of operation (" + no() + ") names operation ("
                                + m.operation().getAsInt() + ").\nMaybe leave the line's operation empty.");
            }
        }
        skill().ifPresent(s -> {
            if (s.isBlank()) {
                p.add(RuleCode.VALUE_MISSING, path + ".skill", "", "The skill, when given, must not be blank.");
            }
        });
        p.throwIfAny();
        if (same(setupMinutes()) && same(queueMinutes()) && same(moveMinutes())
                && runMinutesPerUnit().map(Operation::same).orElse(true)
                && cycleSeconds().map(Operation::same).orElse(true)) {
            return this;
        }
        ImmutableOperation o = ((ImmutableOperation) this).withSetupMinutes(Decimals.strip(setupMinutes()))
                .withQueueMinutes(Decimals.strip(queueMinutes())).withMoveMinutes(Decimals.strip(moveMinutes()));
        if (runMinutesPerUnit().isPresent()) {
            o = o.withRunMinutesPerUnit(Decimals.strip(runMinutesPerUnit().get()));
        }
        if (cycleSeconds().isPresent()) {
            o = o.withCycleSeconds(Decimals.strip(cycleSeconds().get()));
        }
        return o;
    }

    private static boolean same(BigDecimal v) {
        return Decimals.strip(v).equals(v);
    }

    private void time(Problems p, BigDecimal v, String path) {
        p.collect(() -> Decimals.checkQuantity(v, path));
        if (v.signum() < 0) {
            p.add(RuleCode.TIME_NEGATIVE, path, v.toPlainString(), "The time " + path + " (" + v.toPlainString()
                    + ") of operation (" + no() + ") must not be negative.");
        }
    }

    /** Builds {@link Operation} values. */
    public static final class Builder extends ImmutableOperation.Builder {
        Builder() {}
    }
}
