package dev.mfg.costing.valuation;

import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Stock in FIFO layers, oldest first; an issue takes the oldest layers at their cost and splits the last one it
 * touches. Exact: no division is involved. Immutable value.
 *
 * @param item the item
 * @param currency the currency
 * @param layers the layers, oldest first (ascending receipt number)
 * @param receipts the number of receipts so far; the next receipt's layer gets {@code receipts + 1}
 * @since 0.1
 */
public record FifoValuation(ItemId item, Currency currency, ImmutableList<Layer> layers, long receipts)
        implements InventoryValuation {
    /** Validates the components. */
    public FifoValuation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(layers, "layers");
        long max = maxReceipt(layers);
        if (receipts < max) {
            throw new IllegalArgumentException("The receipt count (" + receipts + ") is below a layer's receipt number ("
                    + max + ").");
        }
    }

    /**
     * A FIFO state from hand-built layers; the receipt count starts at the highest receipt number among them.
     *
     * @param item the item
     * @param currency the currency
     * @param layers the layers, oldest first
     */
    public FifoValuation(ItemId item, Currency currency, ImmutableList<Layer> layers) {
        this(item, currency, layers, maxReceipt(layers));
    }

    @Override
    public CostingMethod method() {
        return CostingMethod.FIFO;
    }

    @Override
    public BigDecimal quantity() {
        return layers.injectInto(BigDecimal.ZERO, (s, l) -> s.add(l.quantity()));
    }

    @Override
    public Money value() {
        return layers.injectInto(Money.zero(currency), (s, l) -> s.plus(l.value()));
    }

    @Override
    public Receipt receive(BigDecimal quantity, Money unitCost) {
        BigDecimal q = Checks.positive(item, quantity);
        Money c = Checks.unitCost(item, currency, unitCost);
        Layer layer = new Layer(q, c, receipts + 1);
        return new Receipt(new FifoValuation(item, currency, layers.newWith(layer), receipts + 1), layer.value(),
                Money.zero(currency), q, Optional.of(layer));
    }

    @Override
    public Issue issue(BigDecimal quantity) {
        BigDecimal q = Checks.positive(item, quantity);
        Checks.requireStock(item, quantity(), q);
        List<Layer> left = new ArrayList<>();
        List<Layer> taken = new ArrayList<>();
        BigDecimal toTake = q;
        Money cost = Money.zero(currency);
        for (Layer l : layers) {
            if (toTake.signum() == 0) {
                left.add(l);
            } else if (l.quantity().compareTo(toTake) <= 0) {
                cost = cost.plus(l.value());
                taken.add(l);
                toTake = toTake.subtract(l.quantity());
            } else {
                Layer piece = l.withQuantity(toTake);
                cost = cost.plus(piece.value());
                taken.add(piece);
                left.add(l.withQuantity(l.quantity().subtract(toTake)));
                toTake = BigDecimal.ZERO;
            }
        }
        return new Issue(new FifoValuation(item, currency, Lists.immutable.withAll(left), receipts), cost, q,
                Lists.immutable.withAll(taken));
    }

    /**
     * {@inheritDoc} Under FIFO: removes exactly the layer the receipt created (found by its receipt number).
     * Rejected with {@code REVERSAL_NOT_EXACT} when that layer was partly or wholly issued since: its cost went
     * into those issues, and no removal of other layers would be the receipt's inverse (reverse those issues
     * first).
     */
    @Override
    public Reversal reverse(Receipt receipt) {
        Checks.sameValuation(this, receipt.after());
        Layer created = receipt.layer().orElseThrow();
        int at = created.receipt() == 0 ? -1 : layers.detectIndex(l -> l.receipt() == created.receipt());
        if (at < 0 || layers.get(at).quantity().compareTo(created.quantity()) != 0
                || !layers.get(at).unitCost().equals(created.unitCost())) {
            BigDecimal left = at < 0 ? BigDecimal.ZERO : layers.get(at).quantity();
            throw Checks.notExact(item, left.toPlainString(), "the layer of receipt #" + created.receipt() + " ("
                    + created.quantity().toPlainString() + " at " + created.unitCost() + ") has ("
                    + left.toPlainString() + ") left; the rest was issued at its cost."
                    + "\nMaybe reverse the issues that took from it first.");
        }
        List<Layer> left = new ArrayList<>(layers.castToList());
        left.remove(at);
        return new Reversal(new FifoValuation(item, currency, Lists.immutable.withAll(left), receipts),
                created.value().negated(), Money.zero(currency));
    }

    /**
     * {@inheritDoc} Under FIFO: puts back exactly the pieces of layers the issue took, each at its receipt's place
     * (merged into what is left of the same receipt's layer), so the value rises by exactly the issue's cost.
     */
    @Override
    public Reversal reverse(Issue issue) {
        Checks.sameValuation(this, issue.after());
        List<Layer> merged = new ArrayList<>();
        int i = 0;
        ImmutableList<Layer> back = issue.consumed();
        int j = 0;
        while (i < layers.size() || j < back.size()) {
            if (j == back.size()) {
                merged.add(layers.get(i++));
            } else if (i == layers.size() || back.get(j).receipt() <= layers.get(i).receipt()) {
                Layer piece = back.get(j++);
                if (i < layers.size() && piece.receipt() != 0 && layers.get(i).receipt() == piece.receipt()) {
                    Layer rest = layers.get(i++);
                    merged.add(rest.withQuantity(piece.quantity().add(rest.quantity())));
                } else {
                    merged.add(piece);
                }
            } else {
                merged.add(layers.get(i++));
            }
        }
        return new Reversal(new FifoValuation(item, currency, Lists.immutable.withAll(merged),
                Math.max(receipts, maxReceipt(back))), issue.cost(),
                Money.zero(currency));
    }

    private static long maxReceipt(ImmutableList<Layer> layers) {
        long max = 0;
        for (Layer l : layers) {
            max = Math.max(max, l.receipt());
        }
        return max;
    }
}
