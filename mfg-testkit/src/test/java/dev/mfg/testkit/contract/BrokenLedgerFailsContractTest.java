package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.Balances;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.LedgerOptions;
import dev.mfg.core.inventory.LegResult;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.LotStock;
import dev.mfg.core.inventory.LotUse;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.NegativeStockPolicy;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.spi.MaterialLedger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/** The ledger kit must catch broken ledgers: each one below fails at least the check named for its defect. */
class BrokenLedgerFailsContractTest {

    /** Delegates everything to a correct in-memory ledger; subclasses break one thing. */
    abstract static class Forwarding implements MaterialLedger {
        final InMemoryMaterialLedger inner;

        Forwarding() {
            this(LedgerOptions.defaults());
        }

        Forwarding(LedgerOptions options) {
            inner = new InMemoryMaterialLedger(options);
        }

        @Override
        public LedgerEntry post(MaterialTransaction transaction) {
            return inner.post(transaction);
        }

        @Override
        public ImmutableList<LedgerEntry> postBatch(List<MaterialTransaction> transactions) {
            return inner.postBatch(transactions);
        }

        @Override
        public Optional<LedgerEntry> find(String key) {
            return inner.find(key);
        }

        @Override
        public ImmutableList<LedgerEntry> entries() {
            return inner.entries();
        }

        @Override
        public int size() {
            return inner.size();
        }

        @Override
        public Balances balances() {
            return inner.balances();
        }

        @Override
        public BigDecimal onHand(StockKey key) {
            return inner.onHand(key);
        }

        @Override
        public BigDecimal wip(String order, ItemId item) {
            return inner.wip(order, item);
        }

        @Override
        public void allocate(String order, int operation, List<Allocation> allocations) {
            inner.allocate(order, operation, allocations);
        }

        @Override
        public void releaseAllocations(String order) {
            inner.releaseAllocations(order);
        }

        @Override
        public ImmutableList<Allocation> allocations(String order) {
            return inner.allocations(order);
        }

        @Override
        public BigDecimal allocated(StockKey key) {
            return inner.allocated(key);
        }

        @Override
        public ImmutableList<LotUse> usesOfLot(ItemId item, String lot) {
            return inner.usesOfLot(item, lot);
        }

        @Override
        public ImmutableList<LotUse> lotsUsedBy(String order) {
            return inner.lotsUsedBy(order);
        }

        @Override
        public ImmutableList<LotStock> lots(ItemId item, String location) {
            return inner.lots(item, location);
        }
    }

    /** Applies a batch leg by leg and stops at the failing one: the legs before it stay written. */
    static final class PartialBatches extends Forwarding {
        @Override
        public ImmutableList<LedgerEntry> postBatch(List<MaterialTransaction> transactions) {
            List<LedgerEntry> out = new ArrayList<>();
            for (int i = 0; i < transactions.size(); i++) {
                try {
                    out.add(inner.post(transactions.get(i)));
                } catch (RuntimeException e) {
                    List<LegResult> legs = new ArrayList<>();
                    for (int j = 0; j < transactions.size(); j++) {
                        legs.add(new LegResult(j, transactions.get(j).key(), j == i ? ruleOf(e) : LegResult.LINKED_FAILED));
                    }
                    throw new LinkedBatchException(Lists.immutable.withAll(legs), i, e);
                }
            }
            return Lists.immutable.withAll(out);
        }

        private static String ruleOf(RuntimeException e) {
            String name = e.getClass().getSimpleName();
            return name.startsWith("Insufficient") ? "INSUFFICIENT_STOCK"
                    : name.startsWith("Idempotency") ? "IDEMPOTENCY_CONFLICT" : name;
        }
    }

    /** Recognises a replay by its key alone and ignores the payload. */
    static final class PayloadBlind extends Forwarding {
        @Override
        public LedgerEntry post(MaterialTransaction transaction) {
            return inner.find(transaction.key()).orElseGet(() -> inner.post(transaction));
        }
    }

    /**
     * Checks a withdrawal only against the latest balance, not against the later prefixes a backdated entry
     * precedes (the inner ledger allows negative stock, so only this check guards it).
     */
    static final class LatestBalanceOnly extends Forwarding {
        LatestBalanceOnly() {
            super(new LedgerOptions(NegativeStockPolicy.ALLOW, Sets.immutable.empty(), Optional.empty()));
        }

        @Override
        public LedgerEntry post(MaterialTransaction transaction) {
            if (inner.find(transaction.key()).isEmpty()) {
                StockKey key = StockKey.of(transaction.item(), transaction.location(), transaction.lot());
                BigDecimal after = inner.onHand(key).add(transaction.stockDelta());
                if (after.signum() < 0) {
                    throw new InsufficientStockException(key.item().value(), key.location(), after.negate());
                }
            }
            return inner.post(transaction);
        }
    }

    /** Serves a balance view that lags one entry behind the ledger. */
    static final class LaggingBalances extends Forwarding {
        @Override
        public Balances balances() {
            ImmutableList<LedgerEntry> all = inner.entries();
            return LedgerFold.fold(all.take(Math.max(0, all.size() - 1)));
        }
    }

    /**
     * Stores a reversal without its {@code reverses} reference (an adapter that forgot the column): the reversal is
     * applied as a second copy of the original instead of its inverse.
     */
    static final class DropsReverses extends Forwarding {
        @Override
        public LedgerEntry post(MaterialTransaction transaction) {
            return inner.post(MaterialTransaction.builder().from(transaction).reverses(Optional.empty()).build());
        }
    }

    @Test
    void reversalCheck_catchesDroppedReverses() {
        MaterialLedgerContract kit = DropsReverses::new;
        assertThatThrownBy(kit::reverse_randomEntry_restoresBalancesBothEntriesKept).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit::reverse_rules_refusedWithRuleAndNothingWritten).isInstanceOf(AssertionError.class);
    }

    @Test
    void atomicBatchCheck_catchesPartialBatches() {
        MaterialLedgerContract kit = PartialBatches::new;
        assertThatThrownBy(kit::postBatch_badLegAtRandomPosition_nothingApplied).isInstanceOf(AssertionError.class);
    }

    @Test
    void idempotencyCheck_catchesPayloadBlind() {
        MaterialLedgerContract kit = PayloadBlind::new;
        assertThatThrownBy(kit::post_sameKeyDifferentPayload_conflictUnchanged).isInstanceOf(AssertionError.class);
    }

    @Test
    void prefixCheck_catchesLatestBalanceOnly() {
        MaterialLedgerContract kit = LatestBalanceOnly::new;
        assertThatThrownBy(kit::post_randomDatedSequence_acceptedIffNoPrefixGoesNegative)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void foldCheck_catchesLaggingBalances() {
        MaterialLedgerContract kit = LaggingBalances::new;
        assertThatThrownBy(kit::balances_equalFoldAfterEveryStep).isInstanceOf(AssertionError.class);
    }
}
