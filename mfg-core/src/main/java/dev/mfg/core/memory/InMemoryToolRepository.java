package dev.mfg.core.memory;

import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.spi.ToolRepository;

/**
 * The in-memory tools and molds. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryToolRepository extends InMemoryRepository<ToolId, Tool>
        implements ToolRepository {
    /** Creates an empty repository. */
    public InMemoryToolRepository() {
        super("tool");
    }
}
