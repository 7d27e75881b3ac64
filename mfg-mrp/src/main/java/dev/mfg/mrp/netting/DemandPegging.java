package dev.mfg.mrp.netting;

/**
 * How much of one demand is pegged to supply, and what is left unpegged.
 * {@code pegged + shortfall = demand.quantity()}; the shortfall is zero whenever the supplies suffice.
 *
 * @param demand the demand
 * @param pegged the quantity pegged to supplies, in micro-units
 * @param shortfall the quantity no supply serves, in micro-units
 * @since 0.1
 */
public record DemandPegging(PeggingDemand demand, long pegged, long shortfall) {}
