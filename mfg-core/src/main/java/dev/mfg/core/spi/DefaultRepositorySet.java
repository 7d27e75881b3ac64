package dev.mfg.core.spi;

import java.util.Objects;

/** The value behind {@link RepositorySet#of}. */
record DefaultRepositorySet(ItemRepository items, BomRepository boms, RoutingRepository routings,
        WorkCenterRepository workCenters, ToolRepository tools, CalendarRepository calendars)
        implements RepositorySet {

    DefaultRepositorySet {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(boms, "boms");
        Objects.requireNonNull(routings, "routings");
        Objects.requireNonNull(workCenters, "workCenters");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(calendars, "calendars");
    }
}
