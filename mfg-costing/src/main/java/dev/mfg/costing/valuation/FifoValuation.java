package dev.mfg.costing.valuation;

import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Stock in FIFO layers, oldest first; an issue takes the oldest layers at their cost and splits the last one it
 * touches. Exact: no division is involved. Immutable value.
 *
 * @param item the item
 * @param currency the currency
 * @param layers the layers, oldest first
 * @since 0.1
 */
public record FifoValuation(ItemId item, Currency currency, ImmutableList<Layer> layers) implements InventoryValuation {
    /** Validates non-null components. */
    public FifoValuation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(layers, "layers");
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
        Layer layer = new Layer(q, c);
        return new Receipt(new FifoValuation(item, currency, layers.newWith(layer)), layer.value(),
                Money.zero(currency));
    }

    @Override
    public Issue issue(BigDecimal quantity) {
        BigDecimal q = Checks.positive(item, quantity);
        Checks.requireStock(item, quantity(), q);
        List<Layer> left = new ArrayList<>();
        BigDecimal toTake = q;
        Money cost = Money.zero(currency);
        for (Layer l : layers) {
            if (toTake.signum() == 0) {
                left.add(l);
            } else if (l.quantity().compareTo(toTake) <= 0) {
                cost = cost.plus(l.value());
                toTake = toTake.subtract(l.quantity());
            } else {
                cost = cost.plus(l.unitCost().multipliedBy(toTake));
                left.add(new Layer(l.quantity().subtract(toTake), l.unitCost()));
                toTake = BigDecimal.ZERO;
            }
        }
        return new Issue(new FifoValuation(item, currency, Lists.immutable.withAll(left)), cost);
    }
}
