package dev.mfg.mrp;

import java.math.BigDecimal;

/**
 * What one planned order serves of one demand. The demand is an independent demand id (sales order, forecast) or,
 * for dependent demand, the id ({@code PLN-n}) of the parent's planned order that needs the component. For a
 * component reached through a phantom, it is what the phantom's supply was pegged to (the grandparent's order or
 * an independent demand of the phantom).
 *
 * @param demand the demand id or the parent planned order id
 * @param quantity the quantity served, in the item's base unit, positive
 * @since 0.1
 */
public record PeggedDemand(String demand, BigDecimal quantity) {}
