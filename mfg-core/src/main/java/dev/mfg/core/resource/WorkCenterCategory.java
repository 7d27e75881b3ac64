package dev.mfg.core.resource;

/**
 * What kind of resource a {@link WorkCenter} is (seed 004 §1.4).
 *
 * @since 0.1
 */
public enum WorkCenterCategory {
    /** Machines (presses, printers): capacity in machine time. */
    MACHINE,
    /** People: capacity in labor time. */
    LABOR,
    /** A group of resources that share setups. */
    SETUP_GROUP
}
