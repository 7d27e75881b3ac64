package dev.mfg.costing;

import static dev.mfg.costing.Fx.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.manufacturing.ManufacturingBom;
import dev.mfg.core.manufacturing.MaterialRequirement;
import dev.mfg.core.manufacturing.OperationMaterials;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.costing.ModelGen.Spec;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rollup assembles each item's manufacturing BOM itself (so that a what-if BOM version can replace the stored
 * one); without an override it must agree with core's {@link ManufacturingBom}: same operations, setup and run
 * minutes, and per-unit material quantities equal to core's order quantities divided by the lot size.
 */
class ManufacturingBomAgreementProperties {

    @Test
    void rollUp_agreesWithCoreManufacturingBom() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 150)).forAll(longs().all(), integers().between(1, 25))
                .checkAssert((seed, lot) -> {
                    MasterData data = ModelGen.generate(seed).build();
                    BigDecimal l = BigDecimal.valueOf(lot);
                    CostReport r = CostRollup.create().rollUp(data, Spec.id(0), Fx.opts(l.toPlainString()));
                    Optional<ManufacturingBom> m = ManufacturingBom.of(data, Spec.id(0), DAY, l);
                    assertThat(r.operations().isEmpty()).isEqualTo(m.isEmpty());
                    if (m.isEmpty()) {
                        return;
                    }
                    assertThat(r.summary().operationCount()).isEqualTo(m.get().operationCount());
                    assertThat(r.summary().totalSetupMinutes()).isEqualByComparingTo(m.get().totalSetupMinutes());
                    assertThat(r.summary().totalRunMinutesPerUnit()).isEqualByComparingTo(m.get().totalRunMinutesPerUnit());
                    for (int k = 0; k < r.operations().size(); k++) {
                        OperationMaterials core = m.get().operations().get(k);
                        OperationCost ours = r.operations().get(k);
                        assertThat(ours.no()).isEqualTo(core.no());
                        assertThat(ours.materials()).hasSameSizeAs(core.materials());
                        for (int j = 0; j < core.materials().size(); j++) {
                            MaterialRequirement req = core.materials().get(j);
                            MaterialCost mc = ours.materials().get(j);
                            assertThat(mc.component()).isEqualTo(req.component());
                            assertThat(mc.quantityPerUnit().multiply(l))
                                    .isCloseTo(req.quantity(), org.assertj.core.api.Assertions.within(new BigDecimal("1e-20")));
                        }
                    }
                });
    }
}
