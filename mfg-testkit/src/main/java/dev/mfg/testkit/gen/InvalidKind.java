package dev.mfg.testkit.gen;

import dev.mfg.core.error.RuleCode;

/**
 * A kind of invalid model that {@link ManufacturingGens#invalidModels(InvalidKind)} generates, with the rule
 * code building it must raise.
 *
 * @since 0.1
 */
public enum InvalidKind {
    /** A BOM line from a sub-assembly back to a finished good that uses it: a cycle. */
    CYCLE(RuleCode.BOM_CYCLE),
    /** A BOM line whose component is not in the item master. */
    UNKNOWN_COMPONENT(RuleCode.REFERENCE_UNKNOWN),
    /** A routing operation at a work center that does not exist. */
    UNKNOWN_WORK_CENTER(RuleCode.REFERENCE_UNKNOWN),
    /** A BOM line with a negative quantity. */
    NEGATIVE_QUANTITY(RuleCode.QTY_NEGATIVE),
    /** A BOM line with a zero quantity that is not optional. */
    ZERO_LINE_QUANTITY(RuleCode.LINE_QTY_ZERO),
    /** A BOM line with a scrap percentage of 100 or more. */
    SCRAP_AT_LEAST_100(RuleCode.SCRAP_OUT_OF_RANGE),
    /** A second active production BOM of an item whose effectivity overlaps the first's. */
    OVERLAPPING_EFFECTIVITY(RuleCode.EFFECTIVITY_OVERLAP),
    /** A BOM line in a unit of another category than its component's (KG of an EA item, EA of a KG item). */
    INCOMPATIBLE_UNITS(RuleCode.UOM_INCOMPATIBLE),
    /** Two items with the same id. */
    DUPLICATE_ITEM(RuleCode.ID_DUPLICATE),
    /** An item with a negative lead time. */
    NEGATIVE_LEAD_TIME(RuleCode.TIME_NEGATIVE),
    /** A routing operation with negative setup minutes. */
    NEGATIVE_SETUP_TIME(RuleCode.TIME_NEGATIVE),
    /** A work center with an efficiency of 0 % or less, or above 1000 %. */
    EFFICIENCY_OUT_OF_RANGE(RuleCode.EFFICIENCY_OUT_OF_RANGE);

    private final RuleCode rule;

    InvalidKind(RuleCode rule) {
        this.rule = rule;
    }

    /** {@return the rule code building a model of this kind raises} */
    public RuleCode rule() {
        return rule;
    }
}
