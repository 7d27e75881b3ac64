package dev.mfg.core.spi;

/**
 * The repositories of all master data, one per aggregate, as one value an application passes around (the
 * store it is wired to). Each accessor returns the same repository on every call; the repositories are
 * independent of each other (a write to one changes no other) and no cross-reference between them is checked
 * on write: validating the graph is the job of whoever loads a snapshot from them.
 *
 * <pre>{@code
 * RepositorySet store = InMemoryRepositories.create();        // or RepositorySet.of(jdbcItems, jdbcBoms, ...)
 * store.items().save(powder, 0);
 * ImmutableList<Bom> boms = store.boms().findByItem(ItemId.of("SET-50"));
 * }</pre>
 *
 * @since 0.1
 */
public interface RepositorySet {

    /** {@return the item master} */
    ItemRepository items();

    /** {@return the bills of material} */
    BomRepository boms();

    /** {@return the routings} */
    RoutingRepository routings();

    /** {@return the work centers} */
    WorkCenterRepository workCenters();

    /** {@return the tools and molds} */
    ToolRepository tools();

    /** {@return the work calendars} */
    CalendarRepository calendars();

    /**
     * Groups six repositories, for example the adapters of one database.
     *
     * @param items the item master
     * @param boms the bills of material
     * @param routings the routings
     * @param workCenters the work centers
     * @param tools the tools and molds
     * @param calendars the work calendars
     * @return a set whose accessors return exactly these repositories
     */
    static RepositorySet of(ItemRepository items, BomRepository boms, RoutingRepository routings,
            WorkCenterRepository workCenters, ToolRepository tools, CalendarRepository calendars) {
        return new DefaultRepositorySet(items, boms, routings, workCenters, tools, calendars);
    }
}
