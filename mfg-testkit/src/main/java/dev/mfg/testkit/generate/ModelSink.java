package dev.mfg.testkit.generate;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.item.Item;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.testkit.scenario.Planning;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Receives a generated model piece by piece, so that a large model never has to be held in memory to be written
 * ({@link ModelGenerator#generate(SizeTier, ModelSink)}).
 *
 * <p>Call order, which is the section order of an {@code mfg-scenario/1} file: {@link #start} once; then every
 * {@link #item}; every {@link #workCenter}; every {@link #tool}; every {@link #bom}; every {@link #routing}; every
 * {@link #scheduledReceipt}; every {@link #demand}; then {@link #end} once. Within a section the values come in
 * the order {@link dev.mfg.testkit.scenario.ScenarioWriter} sorts them (by id), so a streamed file is
 * byte-identical to writing the whole model. Any section may be empty. Every reference points to a value of an
 * earlier section or of the item section (BOM components are items), so a sink may validate as it goes.
 *
 * @since 0.1
 */
public interface ModelSink {
    /**
     * Begins the model.
     *
     * @param name the scenario's name
     * @param currency the currency of every amount
     * @param planning the planning horizon
     */
    void start(String name, Currency currency, Planning planning);

    /**
     * @param item an item
     * @param onHand its stock on hand in its base unit (zero: no balance)
     */
    void item(Item item, BigDecimal onHand);

    /** @param workCenter a work center */
    void workCenter(WorkCenter workCenter);

    /** @param tool a tool or mold */
    void tool(Tool tool);

    /** @param bom a bill of material */
    void bom(Bom bom);

    /** @param routing a routing */
    void routing(dev.mfg.core.routing.Routing routing);

    /** @param receipt an open purchase or production order */
    void scheduledReceipt(ScheduledReceipt receipt);

    /** @param demand a sales order or forecast */
    void demand(Demand demand);

    /** Ends the model: nothing is sent after this. */
    void end();
}
