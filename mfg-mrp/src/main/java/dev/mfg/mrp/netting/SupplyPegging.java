package dev.mfg.mrp.netting;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * What one supply serves: its pegs to demands in pegging order, what it holds as safety stock, and the excess
 * pegged to nothing (for example lot-sizing excess carried past the horizon).
 * {@code Σ pegs + safetyStock + excess = supply.quantity()}.
 *
 * @param supply the supply
 * @param pegs its allocations to demands, in demand order
 * @param safetyStock the part holding safety stock, in micro-units
 * @param excess the unpegged rest, in micro-units
 * @since 0.1
 */
public record SupplyPegging(PeggingSupply supply, ImmutableList<Peg> pegs, long safetyStock, long excess) {
    /** {@return the quantity pegged to demands, in micro-units} */
    public long pegged() {
        return pegs.sumOfLong(Peg::quantity);
    }
}
