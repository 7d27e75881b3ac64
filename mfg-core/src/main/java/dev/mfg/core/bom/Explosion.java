package dev.mfg.core.bom;

import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The aggregated result of {@link BomExplosion#explode}: one {@link Requirement} per distinct component reached
 * (phantoms excluded, the exploded item itself excluded), sorted by low-level code then item id.
 *
 * @param item the exploded item
 * @param quantity the exploded quantity
 * @param date the date the BOMs and lines in force were taken on
 * @param requirements the rows
 * @since 0.1
 */
public record Explosion(ItemId item, BigDecimal quantity, LocalDate date, ImmutableList<Requirement> requirements) {
    /** Validates non-null. */
    public Explosion {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(requirements, "requirements");
    }

    /**
     * @param component a component
     * @return its row, if it was reached
     */
    public Optional<Requirement> requirement(ItemId component) {
        Objects.requireNonNull(component, "component");
        return requirements.detectOptional(r -> r.item().equals(component));
    }
}
