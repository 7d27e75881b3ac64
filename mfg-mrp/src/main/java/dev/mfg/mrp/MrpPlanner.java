package dev.mfg.mrp;

import dev.mfg.mrp.internal.DefaultMrpPlanner;
import java.util.Objects;

/**
 * Regenerative multi-level MRP: plans every item of a {@link PlanningSnapshot} level by level, in low-level-code
 * order, with the semantics of the scenario format ("Planning semantics").
 *
 * <pre>{@code
 * MrpPlanner planner = MrpPlanner.create(MrpOptions.builder().start(LocalDate.of(2026, 1, 5)).buckets(12).build());
 * MrpResult plan = planner.plan(snapshot);
 * }</pre>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Gross requirements</b> of a bucket: independent demands due in it (a demand due before the start counts
 *       in bucket 0 and raises {@code PAST_DUE}; one due at or after the horizon end is ignored and raises
 *       {@code BEYOND_HORIZON}) plus dependent demand of the parents' planned order releases, placed in the
 *       release bucket. A negative on hand is a backlog: it is netted like a requirement in bucket 0 (it does not
 *       appear in the gross row, but the projected on hand starts from it).</li>
 *   <li><b>BOM</b>: each planned order explodes the planning BOM ({@code BomCatalog.find(item, date)}) and the lines in
 *       force on its release date (after the {@code EXPEDITE} move, so never before the start), so engineering changes
 *       dated inside the horizon are planned; with a routing, the version is still chosen by the release date while
 *       each component is dated at its operation's start (see Lead time). A phantom's pass-through explodes, for each
 *       parent order it serves, the BOM and lines in force on the day that parent needs it (the parent's release or
 *       operation day; for the phantom's own independent demand and any unpegged rest of the lot: the start of the
 *       lot's bucket). Whether an item is a phantom is decided once, by its BOM in force on the start: an item that
 *       becomes a phantom later is planned with orders that explode the phantom BOM, one that stops being a phantom
 *       passes through its later non-phantom BOM too (no orders). An item with no BOM in force on an order's release
 *       date is a leaf for that order. A BATCH or ORDER line of a phantom goes once per pass-through lot and BOM period
 *       it serves. Low-level codes consider every BOM version and line, so every date plans level by level. Cost-only
 *       and optional lines create no demand. A UNIT line needs {@code release × quantity / baseQuantity × (1 +
 *       scrap%)}, a BATCH or ORDER line {@code quantity × (1 + scrap%)} once per planned order, both converted from
 *       the line's unit to the component's base unit; each order's requirement is rounded half-up to 6 fractional
 *       digits.</li>
 *   <li><b>Lead time</b>: the item's {@code leadTimeDays} in calendar days. A MAKE item without it but with a
 *       routing (chosen for the planning start date and the order quantity) is scheduled backward operation by
 *       operation from its due date (the start of the receipt bucket, 00:00) on the work centers' calendars with
 *       {@code MasterData.scheduler()}; its release date is the schedule's order start, and each component is
 *       needed when the setup of the operation that consumes it starts (the line's operation, or the first
 *       operation when the line names none or one not in the routing), in the bucket holding that date. Any other
 *       item has lead time 0. The release date is the due date minus the lead time; before the start it is moved
 *       to the start (bucket 0) with an {@code EXPEDITE} message, and so are component needs.</li>
 *   <li><b>Capacity</b>: every planned order of a MAKE item with a routing is scheduled backward from its due
 *       date; each operation's setup + run hours load its work center in the bucket where its setup starts.
 *       Work centers with any load are listed for every bucket against their effective capacity × working days;
 *       an overloaded bucket raises {@code OVERLOAD}. Scheduled receipts are not loaded. Each operation's minutes
 *       ({@code setup + quantity × run / efficiency}) are added as exact fractions, and each bucket's sum is
 *       rounded once, half-up, to 6 decimals of an hour.</li>
 *   <li><b>Tools</b>: a tool can be mounted on as many machines at once as it has copies. The same setup + run
 *       hours, in the same bucket, also load the tool an operation names; a tool with any load is listed for every
 *       bucket ({@link ToolLoad}) against {@code copies × working hours of the bucket}, on the calendar of the work
 *       center with the smallest id among those of its loaded operations; a load above that raises
 *       {@code OVERLOAD} with the tool id as reference. A tool's status and remaining life are not checked.</li>
 *   <li><b>Phantoms</b> use their own on hand and scheduled receipts first; the shortfall passes to their
 *       components in the same bucket; no planned orders; their lead time, lot sizing and safety stock are
 *       ignored.</li>
 *   <li><b>Scheduled receipts</b>: one dated before the start counts in bucket 0; one at or after the horizon end is
 *       ignored ({@code BEYOND_HORIZON}). Receipts of an item are served FIFO (by date, then id): receipt
 *       <i>j</i> is needed from the first bucket where on hand plus the earlier receipts no longer cover the
 *       cumulative gross requirements plus safety stock. None → {@code CANCEL}; needed before it arrives →
 *       {@code EXPEDITE}; needed in a later bucket → {@code DEFER}.</li>
 *   <li><b>BELOW_SAFETY_STOCK</b>: the on hand at the start is below the item's safety stock (supply is otherwise
 *       unconstrained, so no planned bucket ends below safety stock).</li>
 *   <li><b>Pegging</b>: per item, FIFO by date (on hand, then scheduled receipts and planned orders by receipt
 *       bucket) to demands ordered by bucket, then sales orders, dependent demand, forecasts, then id (sales orders
 *       and forecasts by id as text; dependent demand by the number n of the parent's order {@code PLN-n}, which
 *       identifies it).</li>
 *   <li><b>Ids</b> {@code PLN-n}: see {@link PlannedOrder}.</li>
 * </ul>
 *
 * <p>Implementations are thread-safe; the same snapshot gives an equal result whatever the order of its lists and
 * whatever the planner planned before. The default planner's only state is a cache that never changes a result: it
 * keeps, softly, the index of the last {@link dev.mfg.core.masterdata.MasterData} instance it planned (items in
 * low-level-code order, BOM edges, routing flags), so planning the same master data again with the same planner
 * (what-if runs, {@link #replan} after demand or stock changes) skips indexing it; reuse one planner per options to
 * benefit. Invalid input is rejected when the snapshot and options are built, before planning.
 *
 * @since 0.1
 */
public interface MrpPlanner {

    /**
     * {@return the default planner for the options}
     *
     * @param options the horizon and switches
     */
    static MrpPlanner create(MrpOptions options) {
        return new DefaultMrpPlanner(Objects.requireNonNull(options, "options"));
    }

    /** {@return the options this planner plans with} */
    MrpOptions options();

    /**
     * Plans a snapshot.
     *
     * @param snapshot the validated snapshot
     * @return the plan
     * @throws ArithmeticException if a quantity sum overflows 9.2 × 10<sup>12</sup> units
     * @throws dev.mfg.core.error.LimitExceededException if an item needs more than a million planned orders
     */
    MrpResult plan(PlanningSnapshot snapshot);

    /**
     * Net change: plans {@code current} again after a change to {@code previous}, reusing the previous plan of
     * the items the change cannot reach. The result is equal to {@code plan(current)} (all lists, in the same
     * order; only {@link PlanSummary#elapsedMillis()} may differ), so ids {@code PLN-n} are renumbered as a full
     * regeneration numbers them.
     *
     * <ul>
     *   <li>An item is <b>changed</b> when it is added or removed, or its {@code Item}, its BOMs in the effective
     *       structure ({@code MasterData.bomCatalog()}, with routing-operation materials), its routings, its on
     *       hand, its scheduled receipts or its demands differ; a changed work center (or its calendar) or tool
     *       changes every item whose routing, old or new, uses it. The changed items and everything below them in
     *       the old and the new BOM structure are <b>affected</b> and planned again; phantoms are always planned
     *       again.</li>
     *   <li>The other items keep their previous orders (replayed in netting order), pegging, records and
     *       receipt and safety-stock messages; their orders are still scheduled and exploded, so capacity, tool
     *       loads, {@code OVERLOAD}, material requirements and order {@code EXPEDITE} messages are recomputed for
     *       all orders. Net change saves netting, lot sizing and pegging of unaffected items, not indexing,
     *       scheduling or building the result, so today it takes about as long as {@code plan(current)}.</li>
     *   <li>It regenerates ({@code plan(current)}) when a change cannot be attributed to items: the global
     *       unit-of-measure conversions differ, or a demand, receipt or item id starts with {@code PLN-} (it could
     *       not be told from an order id in pegging).</li>
     * </ul>
     *
     * <p>The default implementation regenerates; the planner of {@link #create} does net change.
     *
     * @param previous the snapshot {@code previousPlan} was planned from
     * @param previousPlan {@code plan(previous)} by a planner with these options
     * @param current the snapshot to plan
     * @return a plan equal to {@code plan(current)}
     * @throws dev.mfg.core.error.InvalidInputException {@code PLAN_MISMATCH} if the previous plan's buckets are
     *         not this planner's ({@code previousPlan.buckets}), its items are not the previous snapshot's
     *         ({@code previousPlan.items}) or its orders are not numbered {@code PLN-1, PLN-2, ...} by item
     *         ({@code previousPlan.plannedOrders})
     * @throws NullPointerException if an argument is null
     * @since 0.3
     */
    default MrpResult replan(PlanningSnapshot previous, MrpResult previousPlan, PlanningSnapshot current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(previousPlan, "previousPlan");
        return plan(Objects.requireNonNull(current, "current"));
    }

    /**
     * Net change with the changed items given by the caller: as {@link #replan(PlanningSnapshot, MrpResult,
     * PlanningSnapshot)}, but the snapshots are not diffed item by item; {@code changed} must name every item
     * whose own inputs differ (as defined there), else the result is unspecified. Items added or removed count as
     * changed anyway, items below changed ones are affected as usual, and global changes (unit conversions) still
     * regenerate.
     *
     * @param previous the snapshot {@code previousPlan} was planned from
     * @param previousPlan {@code plan(previous)} by a planner with these options
     * @param current the snapshot to plan
     * @param changed the changed items
     * @return a plan equal to {@code plan(current)}
     * @since 0.3
     */
    default MrpResult replan(PlanningSnapshot previous, MrpResult previousPlan, PlanningSnapshot current,
            java.util.Set<dev.mfg.core.item.ItemId> changed) {
        Objects.requireNonNull(changed, "changed");
        return replan(previous, previousPlan, current);
    }
}
