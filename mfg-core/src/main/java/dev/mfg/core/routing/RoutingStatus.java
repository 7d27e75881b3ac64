package dev.mfg.core.routing;

/**
 * The life-cycle state of a {@link Routing}. Only ACTIVE routings are chosen for planning.
 *
 * @since 0.1
 */
public enum RoutingStatus {
    /** Being prepared; not used. */
    DRAFT,
    /** In use. */
    ACTIVE,
    /** No longer used; kept for history. */
    INACTIVE
}
