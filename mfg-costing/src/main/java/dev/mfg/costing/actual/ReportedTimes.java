package dev.mfg.costing.actual;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The times reported for an order, at most one {@link OperationTime} per operation. An operation without an entry
 * took zero hours (listed as a gap when it was completed on a work center with hourly rates).
 *
 * @param operations the reported times; an operation listed twice → {@code ID_DUPLICATE} at
 *     {@code times.operations[NO]}
 * @since 0.1
 */
public record ReportedTimes(ImmutableList<OperationTime> operations) {

    /** Validates the list. */
    public ReportedTimes {
        Objects.requireNonNull(operations, "operations");
        Set<Integer> seen = new HashSet<>();
        for (OperationTime t : operations) {
            if (!seen.add(t.operation())) {
                throw InvalidInputException.of(RuleCode.ID_DUPLICATE, "times.operations[" + t.operation() + "]",
                        t.operation(), "The operation (" + t.operation() + ") is reported twice.\nMaybe add the hours"
                                + " up.");
            }
        }
    }

    /**
     * @param times the reported times
     * @return them
     */
    public static ReportedTimes of(OperationTime... times) {
        return new ReportedTimes(Lists.immutable.withAll(Arrays.asList(times)));
    }

    /** {@return no times reported} */
    public static ReportedTimes none() {
        return new ReportedTimes(Lists.immutable.empty());
    }

    /**
     * @param operation an operation number
     * @return its reported time, if any
     */
    public Optional<OperationTime> forOperation(int operation) {
        return Optional.ofNullable(operations.detect(t -> t.operation() == operation));
    }
}
