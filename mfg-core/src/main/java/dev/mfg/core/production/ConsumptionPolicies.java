package dev.mfg.core.production;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.resource.WorkCenterId;
import java.util.Objects;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;

/**
 * Which {@link ConsumptionPolicy} applies to a material at a work center: the material's override, else the
 * work center's default, else the fallback (CONSUME_ALL by default, seed 003's recommendation).
 *
 * <pre>{@code
 * ConsumptionPolicies p = ConsumptionPolicies.of(ConsumptionPolicy.CONSUME_ALL)
 *         .withWorkCenter(WorkCenterId.of("ASSEMBLY"), ConsumptionPolicy.GOOD_ONLY)
 *         .withMaterial(ItemId.of("PKG-BOX-6X6"), ConsumptionPolicy.PROPORTIONAL);
 * }</pre>
 *
 * @param fallback the policy when nothing more specific is set
 * @param byWorkCenter defaults per work center
 * @param byMaterial overrides per material
 * @since 0.1
 */
public record ConsumptionPolicies(ConsumptionPolicy fallback, ImmutableMap<WorkCenterId, ConsumptionPolicy> byWorkCenter,
        ImmutableMap<ItemId, ConsumptionPolicy> byMaterial) {

    /** Validates non-null components. */
    public ConsumptionPolicies {
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(byWorkCenter, "byWorkCenter");
        Objects.requireNonNull(byMaterial, "byMaterial");
    }

    /** {@return CONSUME_ALL everywhere} */
    public static ConsumptionPolicies defaults() {
        return of(ConsumptionPolicy.CONSUME_ALL);
    }

    /**
     * @param fallback the policy everywhere
     * @return policies without work center defaults or material overrides
     */
    public static ConsumptionPolicies of(ConsumptionPolicy fallback) {
        return new ConsumptionPolicies(fallback, Maps.immutable.empty(), Maps.immutable.empty());
    }

    /**
     * @param workCenter a work center
     * @param policy its default
     * @return a copy with that default
     */
    public ConsumptionPolicies withWorkCenter(WorkCenterId workCenter, ConsumptionPolicy policy) {
        return new ConsumptionPolicies(fallback, byWorkCenter.newWithKeyValue(workCenter, policy), byMaterial);
    }

    /**
     * @param material a material
     * @param policy its override
     * @return a copy with that override
     */
    public ConsumptionPolicies withMaterial(ItemId material, ConsumptionPolicy policy) {
        return new ConsumptionPolicies(fallback, byWorkCenter, byMaterial.newWithKeyValue(material, policy));
    }

    /**
     * @param workCenter the operation's work center
     * @param material the material
     * @return the policy that applies
     */
    public ConsumptionPolicy policyFor(WorkCenterId workCenter, ItemId material) {
        ConsumptionPolicy m = byMaterial.get(material);
        if (m != null) {
            return m;
        }
        ConsumptionPolicy w = byWorkCenter.get(workCenter);
        return w != null ? w : fallback;
    }
}
