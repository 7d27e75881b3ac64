package dev.mfg.core.routing;

/**
 * What a {@link Routing} is for (seed 004 §1.3). Only PRODUCTION routings are chosen for planning.
 *
 * @since 0.1
 */
public enum RoutingType {
    /** Making the item. */
    PRODUCTION,
    /** Repairing or reworking it. */
    REPAIR,
    /** Inspecting it. */
    INSPECTION
}
