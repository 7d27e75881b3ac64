package dev.mfg.core.error;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Collects problems while validating an object graph, then throws them all at once.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * if (scrap.signum() < 0) problems.add(RuleCode.SCRAP_OUT_OF_RANGE, "lines[0].scrapPercent", scrap, "...");
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe: one collector per validation run.
 *
 * @since 0.1
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Creates an empty collector. */
    public Problems() {}

    /**
     * Adds a problem.
     *
     * @param problem the problem
     * @return this collector
     */
    public Problems add(Problem problem) {
        list.add(problem);
        return this;
    }

    /**
     * Adds a problem with a core rule.
     *
     * @param rule the rule
     * @param path the field path
     * @param value the offending value
     * @param message the explanation
     * @return this collector
     */
    public Problems add(RuleCode rule, String path, Object value, String message) {
        return add(Problem.of(rule, path, value, message));
    }

    /**
     * Adds every problem of an exception (used when a nested validation throws).
     *
     * @param e the exception
     * @return this collector
     */
    public Problems addAll(InvalidInputException e) {
        e.problems().forEach(list::add);
        return this;
    }

    /**
     * Runs a check and collects what it throws instead of propagating it.
     *
     * @param check a validation that may throw {@link InvalidInputException}
     * @return this collector
     */
    public Problems collect(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            addAll(e);
        }
        return this;
    }

    /** {@return whether no problem was collected} */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** {@return the problems collected so far} */
    public ImmutableList<Problem> toList() {
        return Lists.immutable.withAll(list);
    }

    /**
     * Throws an {@link InvalidInputException} with every collected problem, if there is any.
     *
     * @throws InvalidInputException if any problem was collected
     */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
