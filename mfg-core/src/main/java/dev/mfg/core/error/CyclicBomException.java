package dev.mfg.core.error;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A bill of materials refers back to itself. {@link #cycle()} is the offending path, first item repeated at
 * the end ({@code [A, B, C, A]}; a self-reference is {@code [A, A]}).
 *
 * @since 0.1
 */
public final class CyclicBomException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final ImmutableList<String> cycle;

    /**
     * @param cycle the item ids along the cycle, first repeated at the end
     * @param path the field path of the BOM that closes the cycle
     */
    public CyclicBomException(ImmutableList<String> cycle, String path) {
        super(Problem.of(RuleCode.BOM_CYCLE, path, String.join(" -> ", cycle),
                "The BOM structure contains a cycle (" + String.join(" -> ", cycle) + ")."
                        + "\nMaybe remove one of these lines or end its effectivity."));
        this.cycle = cycle;
    }

    /** {@return the item ids along the cycle, the first repeated at the end} */
    public ImmutableList<String> cycle() {
        return cycle;
    }
}
