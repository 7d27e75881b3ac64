package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.mrp.horizon.BucketSize;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class MasterIndexCacheTest {
    private static final MrpOptions WEEKS = MrpOptions.builder().start(LocalDate.of(2026, 1, 5)).buckets(4)
            .bucketSize(BucketSize.WEEK).build();

    private static MasterData data() {
        return MasterData.builder().items(Lists.immutable.of(Item.builder().id(ItemId.of("A")).uom(Uom.EA)
                .procurement(Procurement.BUY).build())).build();
    }

    @Test
    void indexOf_sameInstanceAndHorizon_reusesTheIndex() {
        MasterIndexCache cache = new MasterIndexCache();
        MasterData data = data();
        MasterIndex first = cache.indexOf(data, WEEKS.horizon());
        assertThat(cache.indexOf(data, WEEKS.horizon())).isSameAs(first);
    }

    @Test
    void indexOf_equalButOtherInstance_indexesAgain() {
        MasterIndexCache cache = new MasterIndexCache();
        MasterData data = data();
        MasterData copy = MasterData.builder().from(data).build();
        assertThat(copy).isEqualTo(data).isNotSameAs(data);
        MasterIndex first = cache.indexOf(data, WEEKS.horizon());
        MasterIndex second = cache.indexOf(copy, WEEKS.horizon());
        assertThat(second).isNotSameAs(first);
        assertThat(second.serves(copy, WEEKS.horizon())).isTrue();
        assertThat(second.serves(data, WEEKS.horizon())).isFalse();
    }

    @Test
    void indexOf_otherHorizon_indexesAgain() {
        MasterIndexCache cache = new MasterIndexCache();
        MasterData data = data();
        MrpOptions longer = MrpOptions.builder().from(WEEKS).buckets(8).build();
        MrpOptions later = MrpOptions.builder().from(WEEKS).start(LocalDate.of(2026, 1, 12)).build();
        MasterIndex first = cache.indexOf(data, WEEKS.horizon());
        assertThat(cache.indexOf(data, longer.horizon())).isNotSameAs(first);
        assertThat(cache.indexOf(data, later.horizon())).isNotSameAs(first);
    }

    @Test
    void planRun_withAnIndexOfOtherMasterData_isRefused() {
        MasterIndex index = MasterIndex.of(data(), WEEKS.horizon());
        PlanningSnapshot other = PlanningSnapshot.builder().masterData(data()).build();
        assertThatThrownBy(() -> new PlanRun(other, WEEKS, index)).isInstanceOf(IllegalArgumentException.class);
    }
}
