package dev.mfg.testkit.contract;

import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.spi.WorkCenterRepository;
import java.math.BigDecimal;

/**
 * Conformance of a {@link WorkCenterRepository}. Samples are {@link Samples#workCenter(int)}: every optional
 * field, rates with six fractional digits, per-product piece rates, unicode and 64-character ids. The counter of
 * {@link #modified} is encoded in the setup rate per hour.
 *
 * @since 0.1
 */
public interface WorkCenterRepositoryContract extends RepositoryContract<WorkCenterId, WorkCenter> {

    @Override
    WorkCenterRepository newRepository();

    /** {@return {@link Samples#workCenter(int)}} */
    @Override
    default WorkCenter sample(int i) {
        return Samples.workCenter(i);
    }

    /** {@return the work center with setup rate {@code n} per hour} */
    @Override
    default WorkCenter modified(WorkCenter value, int n) {
        return WorkCenter.builder().from(value).setupRatePerHour(BigDecimal.valueOf(n)).build();
    }

    /** {@return the setup rate per hour} */
    @Override
    default int counterOf(WorkCenter value) {
        return value.setupRatePerHour().intValueExact();
    }
}
