package dev.mfg.core.memory;

import dev.mfg.core.spi.RepositorySet;

/**
 * Factory of in-memory {@link RepositorySet}s: the embedded default store, and the reference the conformance
 * kit compares adapters with.
 *
 * <pre>{@code
 * RepositorySet store = InMemoryRepositories.create();
 * store.items().save(powder, 0);
 * }</pre>
 *
 * @since 0.1
 */
public final class InMemoryRepositories {
    private InMemoryRepositories() {}

    /**
     * @return a fresh set of six empty, thread-safe in-memory repositories that share nothing with any other set
     */
    public static RepositorySet create() {
        return RepositorySet.of(new InMemoryItemRepository(), new InMemoryBomRepository(),
                new InMemoryRoutingRepository(), new InMemoryWorkCenterRepository(), new InMemoryToolRepository(),
                new InMemoryCalendarRepository());
    }
}
