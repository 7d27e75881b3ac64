package dev.mfg.core.error;

import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Input that breaks a rule of the model. Carries every {@link Problem} found (validation of an object graph
 * collects them all before throwing); {@link #rule()}, {@link #path()} and {@link #value()} describe the first.
 *
 * <p>Nothing is written when this is thrown: validation happens before any state changes.
 *
 * @since 0.1
 */
public class InvalidInputException extends ManufacturingException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: the library does not use Java serialization
    private final ImmutableList<Problem> problems;

    /**
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(Iterable<Problem> problems) {
        this(Lists.immutable.withAll(problems));
    }

    private InvalidInputException(ImmutableList<Problem> problems) {
        super(render(problems));
        this.problems = problems;
    }

    /**
     * A single-problem exception.
     *
     * @param problem the problem
     */
    public InvalidInputException(Problem problem) {
        this(Lists.immutable.of(Objects.requireNonNull(problem, "problem")));
    }

    /**
     * Shorthand for a single problem with a core rule.
     *
     * @param rule the rule broken
     * @param path the field path
     * @param value the offending value
     * @param message the explanation
     * @return the exception, to be thrown by the caller
     */
    public static InvalidInputException of(RuleCode rule, String path, Object value, String message) {
        return new InvalidInputException(Problem.of(rule, path, value, message));
    }

    private static String render(ImmutableList<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInputException needs at least one problem.");
        }
        if (problems.size() == 1) {
            return problems.getFirst().toString();
        }
        return problems.size() + " problems:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    /** {@return every problem found, in the order validation met them} */
    public ImmutableList<Problem> problems() {
        return problems;
    }

    /** {@return the rule code of the first problem} */
    public String rule() {
        return problems.getFirst().rule();
    }

    /** {@return the field path of the first problem} */
    public String path() {
        return problems.getFirst().path();
    }

    /** {@return the offending value of the first problem, as text} */
    public String value() {
        return problems.getFirst().value();
    }

    /**
     * @param rule a rule
     * @return whether any problem has this rule
     */
    public boolean hasRule(RuleCode rule) {
        return problems.anySatisfy(p -> p.rule().equals(rule.name()));
    }
}
