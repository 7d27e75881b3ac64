package dev.mfg.mrp.netting;

/**
 * A quantity of one supply allocated to one demand.
 *
 * @param demandId the demand's id
 * @param quantity the allocated quantity in micro-units, positive
 * @since 0.1
 */
public record Peg(String demandId, long quantity) {}
