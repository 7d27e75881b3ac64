package dev.mfg.mrp.netting;

import java.math.BigDecimal;

/**
 * One bucket of an item's time-phased record in exact decimals, as the plan output prints it
 * ({@code items[].records[]} of {@code mfg-plan/1}).
 *
 * @param bucket the bucket index
 * @param grossRequirements gross requirements
 * @param scheduledReceipts scheduled receipts
 * @param projectedOnHand projected on hand at the end of the bucket
 * @param netRequirements net requirement (shortfall to safety stock before planned receipts)
 * @param plannedOrderReceipts planned order receipts
 * @param plannedOrderReleases planned order releases
 * @since 0.1
 */
public record ItemRecordRow(int bucket, BigDecimal grossRequirements, BigDecimal scheduledReceipts,
        BigDecimal projectedOnHand, BigDecimal netRequirements, BigDecimal plannedOrderReceipts,
        BigDecimal plannedOrderReleases) {}
