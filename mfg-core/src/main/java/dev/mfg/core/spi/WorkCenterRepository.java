package dev.mfg.core.spi;

import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.resource.WorkCenter;

/**
 * Storage of work centers (machines, lines, labor pools): {@link WorkCenter} values keyed by {@link WorkCenterId}, with
 * {@code idOf(value) == value.id()}. No finder beyond those of {@link Repository}: {@link #findAll()} lists
 * them sorted by id.
 *
 * <p>Keeps the contract of {@link Repository} (see the package documentation); the conformance kit's
 * {@code WorkCenterRepositoryContract} checks an implementation.
 *
 * @since 0.1
 */
public interface WorkCenterRepository extends Repository<WorkCenterId, WorkCenter> {

    /**
     * {@inheritDoc}
     *
     * @return {@code value.id()}
     */
    @Override
    default WorkCenterId idOf(WorkCenter value) {
        return value.id();
    }
}
