package dev.mfg.testkit.contract;

import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.spi.ToolRepository;

/**
 * Conformance of a {@link ToolRepository}. Samples are {@link Samples#tool(int)}: product lists, costs with
 * four fractional digits, every status, unicode and 64-character ids. The counter of {@link #modified} is
 * encoded in the cycles used.
 *
 * @since 0.1
 */
public interface ToolRepositoryContract extends RepositoryContract<ToolId, Tool> {

    @Override
    ToolRepository newRepository();

    /** {@return {@link Samples#tool(int)}} */
    @Override
    default Tool sample(int i) {
        return Samples.tool(i);
    }

    /** {@return the tool with {@code n} cycles used} */
    @Override
    default Tool modified(Tool value, int n) {
        return Tool.builder().from(value).cyclesUsed(n).build();
    }

    /** {@return the cycles used} */
    @Override
    default int counterOf(Tool value) {
        return Math.toIntExact(value.cyclesUsed());
    }
}
