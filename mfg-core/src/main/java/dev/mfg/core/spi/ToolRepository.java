package dev.mfg.core.spi;

import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.Tool;

/**
 * Storage of tools and molds: {@link Tool} values keyed by {@link ToolId}, with
 * {@code idOf(value) == value.id()}. No finder beyond those of {@link Repository}: {@link #findAll()} lists
 * them sorted by id.
 *
 * <p>Keeps the contract of {@link Repository} (see the package documentation); the conformance kit's
 * {@code ToolRepositoryContract} checks an implementation.
 *
 * @since 0.1
 */
public interface ToolRepository extends Repository<ToolId, Tool> {

    /**
     * {@inheritDoc}
     *
     * @return {@code value.id()}
     */
    @Override
    default ToolId idOf(Tool value) {
        return value.id();
    }
}
