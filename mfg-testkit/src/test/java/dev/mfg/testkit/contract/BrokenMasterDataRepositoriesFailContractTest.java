package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomId;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.memory.InMemoryBomRepository;
import dev.mfg.core.memory.InMemoryRepositories;
import dev.mfg.core.memory.InMemoryRoutingRepository;
import dev.mfg.core.memory.InMemoryWorkCenterRepository;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingId;
import dev.mfg.core.spi.BomRepository;
import dev.mfg.core.spi.CalendarRepository;
import dev.mfg.core.spi.ItemRepository;
import dev.mfg.core.spi.Repository;
import dev.mfg.core.spi.RepositorySet;
import dev.mfg.core.spi.RoutingRepository;
import dev.mfg.core.spi.ToolRepository;
import dev.mfg.core.spi.Versioned;
import dev.mfg.core.spi.WorkCenterRepository;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/**
 * The kit must catch realistic adapter bugs in the master-data repositories: a prefix match in
 * {@code findByItem}, an unsorted {@code findByItem}, versions that step by two, a forgotten column, a lost
 * nested list, and a repository set that is not one store.
 */
class BrokenMasterDataRepositoriesFailContractTest {

    /** Forwards every {@link Repository} method to a correct store; subclasses break one thing. */
    abstract static class Forwarding<K extends Comparable<? super K>, V> implements Repository<K, V> {
        final Repository<K, V> store;

        Forwarding(Repository<K, V> store) {
            this.store = store;
        }

        @Override
        public Optional<Versioned<V>> findVersioned(K id) {
            return store.findVersioned(id);
        }

        @Override
        public ImmutableList<V> findAll() {
            return store.findAll();
        }

        @Override
        public int count() {
            return store.count();
        }

        @Override
        public long save(V value, long expectedVersion) {
            return store.save(value, expectedVersion);
        }

        @Override
        public void delete(K id, long expectedVersion) {
            store.delete(id, expectedVersion);
        }
    }

    /** {@code findByItem} as {@code WHERE item LIKE :item || '%'}: also returns AB's BOMs for A. */
    static final class PrefixMatchingBoms extends Forwarding<BomId, Bom> implements BomRepository {
        PrefixMatchingBoms() {
            super(new InMemoryBomRepository());
        }

        @Override
        public ImmutableList<Bom> findByItem(ItemId item) {
            return store.findAll().select(b -> b.item().value().startsWith(item.value()));
        }
    }

    /** Forgets the substitutes of every BOM line (a child table the adapter never wrote). */
    static final class SubstituteLosingBoms extends Forwarding<BomId, Bom> implements BomRepository {
        private final InMemoryBomRepository boms;

        SubstituteLosingBoms() {
            this(new InMemoryBomRepository());
        }

        private SubstituteLosingBoms(InMemoryBomRepository boms) {
            super(boms);
            this.boms = boms;
        }

        @Override
        public long save(Bom value, long expectedVersion) {
            ImmutableList<BomLine> lines = value.lines()
                    .collect(l -> BomLine.builder().from(l).substitutes(Lists.immutable.empty()).build());
            return super.save(Bom.builder().from(value).lines(lines).build(), expectedVersion);
        }

        @Override
        public ImmutableList<Bom> findByItem(ItemId item) {
            return boms.findByItem(item);
        }
    }

    /** {@code findByItem} newest version first: the right values in the wrong order. */
    static final class ReversedRoutings extends Forwarding<RoutingId, Routing> implements RoutingRepository {
        private final InMemoryRoutingRepository routings;

        ReversedRoutings() {
            this(new InMemoryRoutingRepository());
        }

        private ReversedRoutings(InMemoryRoutingRepository routings) {
            super(routings);
            this.routings = routings;
        }

        @Override
        public ImmutableList<Routing> findByItem(ItemId item) {
            return routings.findByItem(item).toReversed();
        }
    }

    /** Forgets the per-product piece rates (a column missing from the table). */
    static final class PieceRateLosingWorkCenters extends Forwarding<WorkCenterId, WorkCenter>
            implements WorkCenterRepository {
        PieceRateLosingWorkCenters() {
            super(new InMemoryWorkCenterRepository());
        }

        @Override
        public long save(WorkCenter value, long expectedVersion) {
            return super.save(WorkCenter.builder().from(value).pieceRates(Maps.immutable.empty()).build(),
                    expectedVersion);
        }
    }

    /** Checks versions correctly but increments them by two ({@code version = version + 2}). */
    static final class VersionsStepByTwoTools implements ToolRepository {
        private final TreeMap<ToolId, Versioned<Tool>> map = new TreeMap<>();

        @Override
        public synchronized Optional<Versioned<Tool>> findVersioned(ToolId id) {
            return Optional.ofNullable(map.get(id));
        }

        @Override
        public synchronized ImmutableList<Tool> findAll() {
            return Lists.immutable.fromStream(map.values().stream().map(Versioned::value));
        }

        @Override
        public synchronized int count() {
            return map.size();
        }

        @Override
        public synchronized long save(Tool value, long expectedVersion) {
            Versioned<Tool> current = map.get(value.id());
            long actual = current == null ? 0 : current.version();
            if (actual != expectedVersion) {
                throw new ConcurrencyConflictException("tool:" + value.id(), expectedVersion, actual);
            }
            long next = actual == 0 ? 1 : actual + 2;
            map.put(value.id(), new Versioned<>(value, next));
            return next;
        }

        @Override
        public synchronized void delete(ToolId id, long expectedVersion) {
            Versioned<Tool> current = map.get(id);
            if (current == null || current.version() != expectedVersion) {
                throw new ConcurrencyConflictException("tool:" + id, expectedVersion,
                        current == null ? 0 : current.version());
            }
            map.remove(id);
        }
    }

    /** A set whose items() opens a new, empty repository on every call, as a per-call connection factory might. */
    static final class ForgetfulSet implements RepositorySet {
        private final RepositorySet store = InMemoryRepositories.create();

        @Override
        public ItemRepository items() {
            return InMemoryRepositories.create().items();
        }

        @Override
        public BomRepository boms() {
            return store.boms();
        }

        @Override
        public RoutingRepository routings() {
            return store.routings();
        }

        @Override
        public WorkCenterRepository workCenters() {
            return store.workCenters();
        }

        @Override
        public ToolRepository tools() {
            return store.tools();
        }

        @Override
        public CalendarRepository calendars() {
            return store.calendars();
        }
    }

    @Test
    void findByItemCheck_catchesPrefixMatch() {
        BomRepositoryContract kit = PrefixMatchingBoms::new;
        assertThatThrownBy(kit::findByItem_itemsSharingPrefix_onlyThatItemSortedById)
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::findByItem_unknownItem_empty).isInstanceOf(AssertionError.class);
    }

    @Test
    void roundTripChecks_catchLostNestedSubstitutes() {
        BomRepositoryContract kit = SubstituteLosingBoms::new;
        assertThatThrownBy(kit::save_thenFind_roundTrips).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::save_manySamples_eachRoundTrips).isInstanceOf(AssertionError.class);
    }

    @Test
    void findByItemCheck_catchesWrongOrder() {
        RoutingRepositoryContract kit = ReversedRoutings::new;
        assertThatThrownBy(kit::findByItem_itemsSharingPrefix_onlyThatItemSortedById)
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::findByItem_samples_partitionFindAll).isInstanceOf(AssertionError.class);
    }

    @Test
    void roundTripChecks_catchLostPieceRates() {
        WorkCenterRepositoryContract kit = PieceRateLosingWorkCenters::new;
        assertThatThrownBy(kit::save_thenFind_roundTrips).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::save_manySamples_eachRoundTrips).isInstanceOf(AssertionError.class);
    }

    @Test
    void versionCheck_catchesStepOfTwo() {
        ToolRepositoryContract kit = VersionsStepByTwoTools::new;
        assertThatThrownBy(kit::save_updates_incrementVersionByOne).isInstanceOf(AssertionError.class);
    }

    @Test
    void setChecks_catchForgetfulAccessor() {
        RepositorySetContract kit = ForgetfulSet::new;
        assertThatThrownBy(kit::accessors_everyCall_sameState).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::save_eachRepository_changesNoOther).isInstanceOf(AssertionError.class);
    }
}
