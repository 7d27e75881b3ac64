package dev.mfg.core.memory;

import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.spi.WorkCenterRepository;

/**
 * The in-memory work centers. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryWorkCenterRepository extends InMemoryRepository<WorkCenterId, WorkCenter>
        implements WorkCenterRepository {
    /** Creates an empty repository. */
    public InMemoryWorkCenterRepository() {
        super("workCenter");
    }
}
