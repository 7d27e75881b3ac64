package dev.mfg.core.inventory;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One append-only entry of the material ledger (seed 001 {@code material_transactions}): what moved, how much,
 * from and to where, at what cost, why, for which order, operation and work center, and when.
 *
 * <pre>{@code
 * MaterialTransaction receipt = MaterialTransaction.builder().key("GRN-0001/1").type(TransactionType.RECEIPT)
 *         .item(ItemId.of("MAT-PLA-BLK")).quantity(Quantity.of("1.5", Uom.KG)).lot("LOT-A").location("MAIN")
 *         .timestamp(Instant.parse("2024-01-15T08:00:00Z")).build();
 * }</pre>
 *
 * <p>The {@link #key()} is chosen by the client and makes posting idempotent: posting the same key with an equal
 * transaction returns the original entry; with a different one it is rejected. Validated on construction, all
 * problems at once:
 * <ul>
 *   <li>key blank, all zeros or starting with {@code $} → {@code ID_RESERVED}; longer than 128 characters or with
 *       control characters or surrounding spaces → {@code ID_INVALID};</li>
 *   <li>quantity not positive → {@code QTY_NOT_POSITIVE}; location or lot invalid → {@code ID_INVALID};</li>
 *   <li>a missing order on an order type, a missing or superfluous {@code toLocation} (TRANSFER only, different
 *       from {@code location}) or {@code direction} (ADJUSTMENT only) → {@code TX_FIELD_INVALID};</li>
 *   <li>SCRAP or ADJUSTMENT without a reason → {@code REASON_MISSING}; a negative unit cost →
 *       {@code RATE_NEGATIVE}.</li>
 * </ul>
 * Immutable and thread-safe; equality is by value (decimals normalised), which is how a replay is recognised.
 *
 * <p><b>Reversals</b> (RELIABILITY invariant 8). A transaction with {@link #reverses()} set undoes the ledger entry
 * posted under that key: it repeats the original's type, item, quantity, locations, lot, order, operation, work
 * center and unit cost (build it with {@link #reversalOf(LedgerEntry, String, Instant)}), and every effect of the
 * {@link TransactionType} table is negated ({@link #stockDelta()}, {@link #toLocationDelta()},
 * {@link #wipDelta()}). The original stays in the ledger; the reversal is a second entry after it. The ledger
 * checks the rest against the original (see {@link dev.mfg.core.spi.MaterialLedger}); on its own a reversal only
 * needs a valid {@code reverses} key different from its own ({@code ID_RESERVED} / {@code ID_INVALID} /
 * {@code TX_FIELD_INVALID} at {@code .reverses}).
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class MaterialTransaction {
    /** Longest idempotency key accepted. */
    public static final int MAX_KEY_LENGTH = 128;

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the client-chosen idempotency key, unique per distinct transaction} */
    public abstract String key();

    /** {@return the kind of movement} */
    public abstract TransactionType type();

    /** {@return the item moved (the component, or the product for RECEIPT_FROM_ORDER)} */
    public abstract ItemId item();

    /** {@return the quantity, positive, with its unit} */
    public abstract Quantity quantity();

    /** {@return the lot, or {@link StockKey#NO_LOT}} By default no lot. */
    @Value.Default
    public String lot() {
        return StockKey.NO_LOT;
    }

    /** {@return the stock location (the source of a transfer)} */
    public abstract String location();

    /** {@return the destination of a TRANSFER; absent for every other type} */
    public abstract Optional<String> toLocation();

    /** {@return the direction of an ADJUSTMENT; absent for every other type} */
    public abstract Optional<Direction> direction();

    /** {@return the cost of one {@code quantity().uom()} at the time of the transaction, if known} */
    public abstract Optional<Money> unitCost();

    /** {@return the reason code (scrap: {@code quality_defect}, ...; adjustments: free text)} */
    public abstract Optional<String> reason();

    /** {@return the production order (or build reference) the movement belongs to} */
    public abstract Optional<String> order();

    /** {@return the operation number within the order, if any} */
    public abstract OptionalInt operation();

    /** {@return the work center of that operation, if any} */
    public abstract Optional<WorkCenterId> workCenter();

    /** {@return the shift the movement was reported in, if any (PER_SHIFT issue level)} */
    public abstract Optional<String> shift();

    /** {@return when the movement happened; posting order is (timestamp, sequence)} */
    public abstract Instant timestamp();

    /**
     * {@return the idempotency key of the ledger entry this transaction reverses; absent for an ordinary posting}
     * A reversal has every effect of its type negated; see the class comment.
     */
    public abstract Optional<String> reverses();

    /** {@return whether this transaction reverses an earlier entry ({@link #reverses()} is present)} */
    public final boolean isReversal() {
        return reverses().isPresent();
    }

    /**
     * The reversal of a posted entry: a copy of its transaction (type, item, quantity, lot, location, toLocation,
     * direction, unit cost, reason, order, operation, work center, shift) with a new key, a new timestamp and
     * {@link #reverses()} set to the original's key. Posting it undoes the original exactly.
     *
     * @param entry the entry to reverse, as returned by the ledger; not itself a reversal (post the original
     *     again under a new key instead)
     * @param key the reversal's own idempotency key
     * @param timestamp when the reversal is posted; not before the original's timestamp
     * @return the reversal, not yet posted
     * @throws InvalidInputException {@code REVERSAL_OF_REVERSAL} at {@code transaction[KEY].reverses} if the entry is
     *     itself a reversal, or the usual key checks
     */
    public static MaterialTransaction reversalOf(LedgerEntry entry, String key, Instant timestamp) {
        java.util.Objects.requireNonNull(entry, "entry");
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(timestamp, "timestamp");
        MaterialTransaction original = entry.transaction();
        if (original.isReversal()) {
            throw InvalidInputException.of(RuleCode.REVERSAL_OF_REVERSAL, "transaction[" + key + "].reverses",
                    original.key(), "The entry (" + original.key() + ") is itself a reversal (of "
                            + original.reverses().orElseThrow() + ") and cannot be reversed."
                            + "\nMaybe post the original again under a new key instead.");
        }
        return builder().from(original).key(key).timestamp(timestamp).reverses(original.key()).build();
    }

    /**
     * The fields a reversal must repeat from the entry it reverses, in the order they are compared and reported:
     * type, item, quantity (amount and unit), location, toLocation, direction, lot, order, operation, work center
     * and unit cost. Key, timestamp, reason and shift may differ.
     */
    public static final java.util.List<String> REVERSAL_FIELDS = java.util.List.of("type", "item", "quantity",
            "location", "toLocation", "direction", "lot", "order", "operation", "workCenter", "unitCost");

    /**
     * {@return the first of {@link #REVERSAL_FIELDS} on which this transaction differs from {@code original},
     * or empty when it repeats them all} The ledger and actual costing use it to reject a reversal that does not
     * match the entry it names ({@code REVERSAL_MISMATCH} at the field).
     *
     * @param original the transaction of the entry this one reverses
     */
    public final Optional<String> reversalMismatch(MaterialTransaction original) {
        java.util.Objects.requireNonNull(original, "original");
        for (String f : REVERSAL_FIELDS) {
            if (!reversalField(original, f).equals(reversalField(this, f))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the value of one of {@link #REVERSAL_FIELDS} as text for a message: "none" when absent}
     *
     * @param field one of {@link #REVERSAL_FIELDS}
     * @throws IllegalArgumentException for any other name
     */
    public final String reversalFieldText(String field) {
        Object v = reversalField(this, field);
        if (v instanceof Optional) {
            return ((Optional<?>) v).map(String::valueOf).orElse("none");
        }
        if (v instanceof OptionalInt) {
            OptionalInt o = (OptionalInt) v;
            return o.isPresent() ? String.valueOf(o.getAsInt()) : "none";
        }
        return String.valueOf(v);
    }

    private static Object reversalField(MaterialTransaction t, String field) {
        switch (field) {
            case "type":
                return t.type();
            case "item":
                return t.item();
            case "quantity":
                return t.quantity();
            case "location":
                return t.location();
            case "toLocation":
                return t.toLocation();
            case "direction":
                return t.direction();
            case "lot":
                return t.lot();
            case "order":
                return t.order();
            case "operation":
                return t.operation();
            case "workCenter":
                return t.workCenter();
            case "unitCost":
                return t.unitCost();
            default:
                throw new IllegalArgumentException("Not a field a reversal repeats: " + field);
        }
    }

    /** {@return the quantity in the base unit of its category (G, EA, M, ...), exact} */
    public final BigDecimal baseQuantity() {
        return Decimals.strip(quantity().amount().multiply(quantity().uom().factorToBase()));
    }

    /**
     * {@return the signed change of stock at {@link #location()}, base unit; zero if the type leaves it alone}
     * Negated for a reversal.
     */
    public final BigDecimal stockDelta() {
        return isReversal() ? plainStockDelta().negate() : plainStockDelta();
    }

    /**
     * {@return the signed change of stock at {@link #toLocation()}, base unit: +q for a TRANSFER (−q for its
     * reversal), zero for every other type}
     */
    public final BigDecimal toLocationDelta() {
        if (type() != TransactionType.TRANSFER) {
            return BigDecimal.ZERO;
        }
        return isReversal() ? baseQuantity().negate() : baseQuantity();
    }

    /** {@return the signed change of the order's work in process of {@link #item()}, base unit; negated for a reversal} */
    public final BigDecimal wipDelta() {
        return isReversal() ? plainWipDelta().negate() : plainWipDelta();
    }

    private BigDecimal plainStockDelta() {
        BigDecimal q = baseQuantity();
        switch (type()) {
            case RECEIPT:
            case RETURN_TO_STOCK:
            case RECEIPT_FROM_ORDER:
                return q;
            case ADJUSTMENT:
                return direction().orElse(Direction.IN) == Direction.IN ? q : q.negate();
            case TRANSFER:
            case ISSUE_TO_ORDER:
                return q.negate();
            case SCRAP:
                return order().isPresent() ? BigDecimal.ZERO : q.negate();
            default:
                return BigDecimal.ZERO;
        }
    }

    private BigDecimal plainWipDelta() {
        BigDecimal q = baseQuantity();
        switch (type()) {
            case ISSUE_TO_ORDER:
                return q;
            case RETURN_TO_STOCK:
            case CONSUMPTION:
                return q.negate();
            case SCRAP:
                return order().isPresent() ? q.negate() : BigDecimal.ZERO;
            default:
                return BigDecimal.ZERO;
        }
    }

    /**
     * Checks an idempotency key.
     *
     * @param key the key
     * @param path the field path for the error
     * @return the key
     * @throws InvalidInputException with {@code ID_RESERVED} or {@code ID_INVALID}
     */
    public static String checkKey(String key, String path) {
        Problems p = new Problems();
        checkKey(p, key, path);
        p.throwIfAny();
        return key;
    }

    private static void checkKey(Problems p, String key, String path) {
        if (key.isBlank() || key.chars().allMatch(c -> c == '0') || key.startsWith("$")) {
            p.add(RuleCode.ID_RESERVED, path, key, "The key (" + key + ") is reserved: blank, all zeros or"
                    + " starting with '$'.\nMaybe use a business key such as (PO-7/OP-10/complete).");
        } else if (key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(Character::isISOControl)
                || !key.equals(key.strip())) {
            p.add(RuleCode.ID_INVALID, path, key.length() > MAX_KEY_LENGTH ? key.length() + " characters" : key,
                    "A key must be 1-" + MAX_KEY_LENGTH + " characters without control characters or surrounding"
                            + " spaces.");
        }
    }

    private static void checkCode(Problems p, String value, String path, boolean emptyAllowed) {
        if (emptyAllowed && value.isEmpty()) {
            return;
        }
        if (value.isBlank() || value.length() > 64 || value.chars().anyMatch(Character::isISOControl)
                || !value.equals(value.strip())) {
            p.add(RuleCode.ID_INVALID, path, value, "The code (" + value + ") must be 1-64 characters, not blank,"
                    + " without control characters or surrounding spaces.");
        }
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        String path = "transaction[" + key() + "]";
        checkKey(p, key(), path + ".key");
        if (!quantity().isPositive()) {
            p.add(RuleCode.QTY_NOT_POSITIVE, path + ".quantity", quantity(),
                    "The quantity (" + quantity() + ") must be positive; the type gives the direction.");
        }
        checkCode(p, location(), path + ".location", false);
        checkCode(p, lot(), path + ".lot", true);
        toLocation().ifPresent(t -> checkCode(p, t, path + ".toLocation", false));
        order().ifPresent(o -> checkCode(p, o, path + ".order", false));
        shift().ifPresent(s -> checkCode(p, s, path + ".shift", false));
        if (type().requiresOrder() && order().isEmpty()) {
            p.add(RuleCode.TX_FIELD_INVALID, path + ".order", "", "A " + type() + " must name its order.");
        }
        if (type() == TransactionType.TRANSFER) {
            if (toLocation().isEmpty() || toLocation().get().equals(location())) {
                p.add(RuleCode.TX_FIELD_INVALID, path + ".toLocation", toLocation().orElse(""),
                        "A TRANSFER needs a toLocation different from its location (" + location() + ").");
            }
        } else if (toLocation().isPresent()) {
            p.add(RuleCode.TX_FIELD_INVALID, path + ".toLocation", toLocation().get(),
                    "Only a TRANSFER has a toLocation, not a " + type() + ".");
        }
        if (type() == TransactionType.ADJUSTMENT) {
            if (direction().isEmpty()) {
                p.add(RuleCode.TX_FIELD_INVALID, path + ".direction", "", "An ADJUSTMENT needs a direction (IN/OUT).");
            }
        } else if (direction().isPresent()) {
            p.add(RuleCode.TX_FIELD_INVALID, path + ".direction", direction().get(),
                    "Only an ADJUSTMENT has a direction, not a " + type() + ".");
        }
        if ((type() == TransactionType.SCRAP || type() == TransactionType.ADJUSTMENT)
                && reason().map(String::isBlank).orElse(true)) {
            p.add(RuleCode.REASON_MISSING, path + ".reason", "", "A " + type() + " needs a reason code."
                    + "\nMaybe use quality_defect, machine_error, operator_error or material_defect.");
        }
        unitCost().ifPresent(c -> {
            if (c.amount().signum() < 0) {
                p.add(RuleCode.RATE_NEGATIVE, path + ".unitCost", c, "The unit cost (" + c + ") must not be negative.");
            }
        });
        reverses().ifPresent(r -> {
            checkKey(p, r, path + ".reverses");
            if (r.equals(key())) {
                p.add(RuleCode.TX_FIELD_INVALID, path + ".reverses", r, "A transaction cannot reverse itself ("
                        + r + ").\nMaybe name the key of the entry to undo.");
            }
        });
        if (operation().isPresent() && operation().getAsInt() <= 0) {
            p.add(RuleCode.OPERATION_NO_INVALID, path + ".operation", operation().getAsInt(),
                    "The operation number must be positive.");
        }
        p.throwIfAny();
    }

    /** Builds {@link MaterialTransaction} values. */
    public static final class Builder extends ImmutableMaterialTransaction.Builder {
        Builder() {}
    }
}
