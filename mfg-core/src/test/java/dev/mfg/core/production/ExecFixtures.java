package dev.mfg.core.production;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.Direction;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.collections.api.factory.Lists;

/**
 * Seed 003's FG-WIDGET-001 (five operations; PLA 37 g + 5 % at OP-10, part label at OP-40, box and ship label at
 * OP-50) and seed 004's melamine cup press (4-cavity mold, 60 s cycle), for the execution tests.
 */
public final class ExecFixtures {
    public static final ItemId WIDGET = ItemId.of("FG-WIDGET-001");
    public static final ItemId PLA = ItemId.of("MAT-PLA-BLK");
    public static final ItemId LABEL = ItemId.of("PKG-LBL-001");
    public static final ItemId BOX = ItemId.of("PKG-BOX-6X6");
    public static final ItemId SHIP_LABEL = ItemId.of("PKG-LBL-SHIP");
    public static final ItemId CUP = ItemId.of("CUP");
    public static final ItemId POWDER = ItemId.of("POWDER");
    public static final LocalDate DAY = LocalDate.of(2024, 1, 15);
    public static final Instant T0 = Instant.parse("2024-01-15T08:00:00Z");
    public static final String MAIN = "MAIN";

    private ExecFixtures() {}

    static Item buy(ItemId id, Uom uom, String cost, Uom per) {
        return Item.builder().id(id).uom(uom).procurement(Procurement.BUY)
                .standardCost(UnitPrice.of(Money.of(cost, "EUR"), per)).build();
    }

    static WorkCenter wc(String id) {
        return WorkCenter.builder().id(WorkCenterId.of(id)).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(new BigDecimal("20")).build();
    }

    static BomLine mat(int no, ItemId c, String qty, Uom uom, String scrap, IssueType type, IssueLevel level) {
        return BomLine.builder().lineNo(no).component(c).quantity(new BigDecimal(qty)).uom(uom)
                .scrapPercent(new BigDecimal(scrap)).issueType(type).issueLevel(level).build();
    }

    static Operation op(int no, String wc, String run, BomLine... materials) {
        return Operation.builder().no(no).workCenter(WorkCenterId.of(wc)).runMinutesPerUnit(new BigDecimal(run))
                .materials(Lists.immutable.of(materials)).build();
    }

    /** The widget with every material issued by {@code type} at level PER_OPERATION. */
    public static MasterData widget(IssueType type) {
        return widget(type, IssueLevel.PER_OPERATION);
    }

    /** The widget with every material issued by {@code type} at {@code level}. */
    public static MasterData widget(IssueType type, IssueLevel level) {
        Routing routing = Routing.builder().item(WIDGET).operations(Lists.immutable.of(
                op(10, "FDM-POOL", "325", mat(1, PLA, "37", Uom.G, "5", type, level)),
                op(20, "POST-PRINT", "5"),
                op(30, "QC", "3"),
                op(40, "ASSEMBLY", "2", mat(1, LABEL, "1", Uom.EA, "0", type, level)),
                op(50, "SHIP", "2", mat(1, BOX, "1", Uom.EA, "0", type, level),
                        mat(2, SHIP_LABEL, "1", Uom.EA, "0", type, level))))
                .build();
        return MasterData.builder()
                .items(Lists.immutable.of(
                        Item.builder().id(WIDGET).uom(Uom.EA).procurement(Procurement.MAKE)
                                .standardCost(UnitPrice.of(Money.of("12.50", "EUR"), Uom.EA)).build(),
                        buy(PLA, Uom.KG, "25", Uom.KG), buy(LABEL, Uom.EA, "0.05", Uom.EA),
                        buy(BOX, Uom.EA, "0.80", Uom.EA), buy(SHIP_LABEL, Uom.EA, "0.10", Uom.EA)))
                .workCenters(Lists.immutable.of(wc("FDM-POOL"), wc("POST-PRINT"), wc("QC"), wc("ASSEMBLY"), wc("SHIP")))
                .routings(Lists.immutable.of(routing))
                .build();
    }

    /**
     * The widget with mixed issue types, for the stateful property: PLA BACKFLUSH per operation at OP-10, ship
     * labels BACKFLUSH per order at OP-20 (deferred to the last operation), part labels AUTO_ISSUE at OP-40, boxes
     * MANUAL at OP-50.
     */
    public static MasterData widgetMixed() {
        Routing routing = Routing.builder().item(WIDGET).operations(Lists.immutable.of(
                op(10, "FDM-POOL", "325", mat(1, PLA, "37", Uom.G, "5", IssueType.BACKFLUSH, IssueLevel.PER_OPERATION)),
                op(20, "POST-PRINT", "5", mat(1, SHIP_LABEL, "1", Uom.EA, "0", IssueType.BACKFLUSH,
                        IssueLevel.PER_ORDER)),
                op(30, "QC", "3"),
                op(40, "ASSEMBLY", "2", mat(1, LABEL, "1", Uom.EA, "0", IssueType.AUTO_ISSUE, IssueLevel.PER_ORDER)),
                op(50, "SHIP", "2", mat(1, BOX, "1", Uom.EA, "0", IssueType.MANUAL, IssueLevel.PER_ORDER))))
                .build();
        MasterData base = widget(IssueType.MANUAL);
        return MasterData.builder().items(base.items()).workCenters(base.workCenters())
                .routings(Lists.immutable.of(routing)).build();
    }

    /** Melamine cups: one press operation on WC-PRESS with the 4-cavity cup mold, 12 g of powder per cup. */
    public static MasterData melamine() {
        Tool mold = Tool.builder().id(ToolId.of("MOLD-CUP")).cavities(4).setupMinutes(new BigDecimal("90"))
                .lifeCycles(400_000).purchaseCost(new BigDecimal("40000")).build();
        Operation press = Operation.builder().no(10).description("Press").workCenter(WorkCenterId.of("WC-PRESS"))
                .tool(mold.id()).cycleSeconds(new BigDecimal("60"))
                .materials(Lists.immutable.of(mat(1, POWDER, "12", Uom.G, "0", IssueType.BACKFLUSH,
                        IssueLevel.PER_OPERATION)))
                .build();
        return MasterData.builder()
                .items(Lists.immutable.of(Item.builder().id(CUP).uom(Uom.EA).procurement(Procurement.MAKE).build(),
                        buy(POWDER, Uom.KG, "95", Uom.KG)))
                .workCenters(Lists.immutable.of(wc("WC-PRESS")))
                .tools(Lists.immutable.of(mold))
                .routings(Lists.immutable.of(Routing.builder().item(CUP).operations(Lists.immutable.of(press)).build()))
                .build();
    }

    /** A planned make-to-stock order. */
    public static ProductionOrder order(String id, ItemId item, long quantity) {
        return ProductionOrder.builder().id(ProductionOrderId.of(id)).item(item).quantity(BigDecimal.valueOf(quantity))
                .type(OrderType.MAKE_TO_STOCK).plannedStart(DAY).plannedEnd(DAY.plusDays(4)).build();
    }

    /** A receipt of {@code qty uom} of an item into MAIN in a lot, at {@code T0 + minutes}. */
    public static MaterialTransaction receipt(String key, ItemId item, String qty, Uom uom, String lot, long minutes) {
        return MaterialTransaction.builder().key(key).type(TransactionType.RECEIPT).item(item)
                .quantity(Quantity.of(qty, uom)).lot(lot).location(MAIN).timestamp(T0.plusSeconds(60 * minutes))
                .build();
    }

    /** An outbound adjustment (stock − qty) at {@code T0 + minutes}. */
    public static MaterialTransaction takeOut(String key, ItemId item, String qty, Uom uom, String lot, long minutes) {
        return MaterialTransaction.builder().key(key).type(TransactionType.ADJUSTMENT).direction(Direction.OUT)
                .reason("count").item(item).quantity(Quantity.of(qty, uom)).lot(lot).location(MAIN)
                .timestamp(T0.plusSeconds(60 * minutes)).build();
    }

    /** Asserts an {@link InvalidInputException} with this rule (and path prefix, when given). */
    public static void assertRule(ThrowingCallable call, String rule, String pathPrefix) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.rule()).isEqualTo(rule);
                assertThat(p.path()).startsWith(pathPrefix);
            });
        });
    }
}
