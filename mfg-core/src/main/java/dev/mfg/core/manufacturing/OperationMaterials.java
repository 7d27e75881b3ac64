package dev.mfg.core.manufacturing;

import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.OperationTimes;
import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * One operation of a manufacturing BOM with its times and the materials it consumes (operation materials first,
 * then plain BOM lines, each by line number).
 *
 * @param times the operation with its work center and tool, and its times (minutes)
 * @param materials the materials consumed at this operation, for the order size
 * @since 0.1
 */
public record OperationMaterials(OperationTimes times, ImmutableList<MaterialRequirement> materials) {

    /** Validates non-null components. */
    public OperationMaterials {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(materials, "materials");
    }

    /** {@return the operation} */
    public Operation operation() {
        return times.operation();
    }

    /** {@return the operation number} */
    public int no() {
        return times.operation().no();
    }

    /** {@return the setup minutes (operation's, else its tool's, else 0)} */
    public BigDecimal setupMinutes() {
        return times.setupMinutes();
    }

    /** {@return the nominal run minutes per piece, before work center efficiency} */
    public BigDecimal runMinutesPerUnit() {
        return times.runMinutesPerPiece();
    }
}
