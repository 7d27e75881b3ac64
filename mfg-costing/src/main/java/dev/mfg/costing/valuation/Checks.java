package dev.mfg.costing.valuation;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** Argument checks shared by the valuation states. */
final class Checks {
    private Checks() {}

    /** Validates a positive quantity. */
    static BigDecimal positive(ItemId item, BigDecimal quantity) {
        String path = "valuation[" + item + "].quantity";
        BigDecimal q = Decimals.checkQuantity(Objects.requireNonNull(quantity, "quantity"), path);
        if (q.signum() <= 0) {
            throw InvalidInputException.of(RuleCode.QTY_NOT_POSITIVE, path, q.toPlainString(),
                    "The quantity received or issued of (" + item + ") must be positive, was (" + q.toPlainString()
                            + ").");
        }
        return q;
    }

    /** Validates a unit cost: same currency, not negative. */
    static Money unitCost(ItemId item, Currency currency, Money unitCost) {
        Objects.requireNonNull(unitCost, "unitCost");
        String path = "valuation[" + item + "].unitCost";
        if (!unitCost.currency().equals(currency)) {
            throw InvalidInputException.of(RuleCode.CURRENCY_MISMATCH, path, unitCost, "The unit cost (" + unitCost
                    + ") of (" + item + ") is not in (" + currency.getCurrencyCode() + ").");
        }
        if (unitCost.amount().signum() < 0) {
            throw InvalidInputException.of(RuleCode.RATE_NEGATIVE, path, unitCost, "The unit cost (" + unitCost
                    + ") of (" + item + ") must not be negative.");
        }
        return unitCost;
    }

    /** Throws when an issue exceeds the stock. */
    static void requireStock(ItemId item, BigDecimal onHand, BigDecimal issued) {
        if (issued.compareTo(onHand) > 0) {
            throw new dev.mfg.core.error.InsufficientStockException(item.value(), "valuation",
                    Decimals.strip(issued.subtract(onHand)));
        }
    }

    /** Throws {@code REVERSAL_MISMATCH} unless a result to reverse comes from this item and method. */
    static void sameValuation(InventoryValuation self, InventoryValuation other) {
        if (!self.item().equals(other.item()) || self.method() != other.method()
                || !self.currency().equals(other.currency())) {
            throw InvalidInputException.of(RuleCode.REVERSAL_MISMATCH, "valuation[" + self.item() + "].reversal",
                    other.item() + "/" + other.method() + "/" + other.currency().getCurrencyCode(),
                    "A result of (" + other.item() + ", " + other.method() + ", " + other.currency().getCurrencyCode()
                            + ") cannot be reversed on the valuation of (" + self.item() + ", " + self.method() + ", "
                            + self.currency().getCurrencyCode() + ").");
        }
    }

    /** {@return the REVERSAL_NOT_EXACT error} */
    static InvalidInputException notExact(ItemId item, Object value, String why) {
        return InvalidInputException.of(RuleCode.REVERSAL_NOT_EXACT, "valuation[" + item + "].reversal", value,
                "The reversal of (" + item + ") cannot be valued as the exact inverse: " + why);
    }
}
