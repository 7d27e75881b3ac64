package dev.mfg.testkit.contract;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomStatus;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.bom.CoProduct;
import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.bom.OutputKind;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.bom.Substitute;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.CapacityUnit;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Shift;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.ToolStatus;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingStatus;
import dev.mfg.core.routing.RoutingType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.SortedSets;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Valid sample values of every master-data aggregate for the conformance kit. Samples are chosen to catch
 * adapters that lose data: ids in Greek and with accents, ids of the full 64 characters, every optional field
 * both present and absent (odd indexes fill them, even indexes leave defaults), nested lists and maps
 * (lines with substitutes, co-products, operations, piece rates, shifts, holidays), decimals with 6 fractional
 * digits. For a given aggregate, distinct indexes give distinct ids.
 *
 * @since 0.1
 */
public final class Samples {
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private Samples() {}

    /**
     * A code of exactly 64 characters that starts with {@code prefix + i + "-"}, so distinct {@code i} give
     * distinct codes.
     *
     * @param prefix the start of the code
     * @param i an index ≥ 0
     * @return the code
     */
    public static String code64(String prefix, int i) {
        return (prefix + i + "-").repeat(64).substring(0, 64);
    }

    /**
     * @param prefix the start of the code
     * @param i an index ≥ 0
     * @return an ASCII code, a unicode code or a 64-character code, by {@code i % 3}; distinct for distinct i
     */
    static String code(String prefix, int i) {
        return switch (i % 3) {
            case 0 -> prefix + "-" + i;
            case 1 -> "Καφές-κύπελλο-" + prefix + "-" + i;
            default -> code64(prefix + "-LONG-", i);
        };
    }

    private static Effectivity effectivity(int i) {
        return switch (i % 4) {
            case 0 -> Effectivity.ALWAYS;
            case 1 -> Effectivity.of(JAN_2026, LocalDate.of(2027, 7, 1));
            case 2 -> Effectivity.from(LocalDate.of(2025, 3, 15));
            default -> Effectivity.until(LocalDate.of(2030, 12, 31));
        };
    }

    /**
     * @param i an index ≥ 0
     * @return a valid item; odd indexes carry lead time, standard cost and a lot-sizing policy
     */
    public static Item item(int i) {
        String id = switch (i % 3) {
            case 0 -> "ITEM-" + i;
            case 1 -> "Καφές-κύπελλο-" + i;
            default -> ("LONG-" + i + "-").repeat(20).substring(0, 64);
        };
        Item.Builder b = Item.builder().id(ItemId.of(id)).name("Sample " + i).uom(i % 2 == 0 ? Uom.EA : Uom.KG)
                .procurement(i % 2 == 0 ? Procurement.MAKE : Procurement.BUY);
        if (i % 2 == 1) {
            b.leadTimeDays(i).standardCost(UnitPrice.of(Money.of(new BigDecimal("14.99"), "EGP"), Uom.KG))
                    .lotSizing(LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY)
                            .quantity(new BigDecimal("500.125")).multiple(new BigDecimal("25")).build());
        }
        return b.build();
    }

    /** {@return the item a BOM or routing sample of index {@code i} makes: one of three, by {@code i % 3}} */
    static ItemId madeItem(int i) {
        return ItemId.of(switch (i % 3) {
            case 0 -> "FG-WIDGET-001";
            case 1 -> "Πιάτο-μελαμίνης-Ø24";
            default -> code64("SET-50-", 50);
        });
    }

    /** {@return a version distinct for distinct {@code i}: the number, or a 64-character label when i % 4 == 3} */
    static String version(int i) {
        return i % 4 == 3 ? code64("REV-", i) : String.valueOf(i);
    }

    /**
     * @param i an index ≥ 0
     * @return a valid BOM of {@code madeItem(i)} at {@code version(i)}; see {@link #bom(ItemId, String, int)}
     */
    public static Bom bom(int i) {
        return bom(madeItem(i), version(i), i);
    }

    /**
     * A valid BOM with every kind of content: one line with substitutes, an operation, scrap and notes; odd
     * indexes add a cost-only batch line, an optional zero line, co- and by-products, a base quantity and unit,
     * and dated effectivities. Types and statuses cycle with {@code i}.
     *
     * @param item the item made (must not be one of the sample components, which start with {@code CMP-})
     * @param version the version
     * @param i an index ≥ 0 choosing the variant
     * @return the BOM
     */
    public static Bom bom(ItemId item, String version, int i) {
        BomLine main = BomLine.builder().lineNo(10).component(ItemId.of("CMP-Harz-Ü-" + (i % 5)))
                .quantity(new BigDecimal("0.150375")).uom(Uom.KG).scrapPercent(new BigDecimal("2.5"))
                .issueType(IssueType.values()[i % 3]).issueLevel(IssueLevel.values()[i % 3]).operation(20)
                .substitutes(Lists.immutable.of(
                        Substitute.of(ItemId.of("CMP-ALT-α"), new BigDecimal("0.16"), 1),
                        Substitute.of(ItemId.of(code64("CMP-ALT-", i)), new BigDecimal("0.000001"), 2)))
                .effectivity(effectivity(i)).notes("Ölfrei – 油不要 – " + i).build();
        Bom.Builder b = Bom.builder().item(item).version(version).type(BomType.values()[i % 3])
                .status(BomStatus.values()[i % 4]).effectivity(effectivity(i + 1));
        if (i % 2 == 0) {
            return b.lines(Lists.immutable.of(main)).createdBy("José Müller 👷").build();
        }
        BomLine carton = BomLine.builder().lineNo(20).component(ItemId.of("CMP-CARTON")).quantity(BigDecimal.ONE)
                .uom(Uom.EA).per(QuantityBasis.BATCH).costOnly(true).build();
        BomLine decal = BomLine.builder().lineNo(30).component(ItemId.of("CMP-DECAL")).quantity(BigDecimal.ZERO)
                .uom(Uom.PCS).optional(true).per(QuantityBasis.ORDER).effectivity(Effectivity.from(JAN_2026))
                .build();
        return b.lines(Lists.immutable.of(decal, main, carton)).baseQuantity(new BigDecimal("12.5")).uom(Uom.DZ)
                .approvedBy("李工程师").coProducts(Lists.immutable.of(
                        CoProduct.builder().item(ItemId.of("OUT-GRADE-B")).quantity(new BigDecimal("0.08"))
                                .uom(Uom.EA).costSharePercent(new BigDecimal("7.5")).build(),
                        CoProduct.builder().item(ItemId.of("OUT-REGRIND")).quantity(new BigDecimal("0.02"))
                                .uom(Uom.KG).kind(OutputKind.BY_PRODUCT).build()))
                .build();
    }

    /**
     * @param i an index ≥ 0
     * @return a valid routing of {@code madeItem(i)} at {@code version(i)}; see {@link #routing(ItemId, String, int)}
     */
    public static Routing routing(int i) {
        return routing(madeItem(i), version(i), i);
    }

    /**
     * A valid routing with at least two operations (a press with tool, cycle time, cavities, setup, queue, move,
     * inspection, skill, effectivity; a trim with run time per unit); odd indexes add a waiting operation and a
     * lot-size range. Types and statuses cycle with {@code i}.
     *
     * @param item the item made
     * @param version the version
     * @param i an index ≥ 0 choosing the variant
     * @return the routing
     */
    public static Routing routing(ItemId item, String version, int i) {
        Operation press = Operation.builder().no(10).description("Pressen – 成型 " + i)
                .workCenter(WorkCenterId.of(code("WC", i))).tool(ToolId.of("MOLD-Ø24"))
                .setupMinutes(new BigDecimal("90.5")).cycleSeconds(new BigDecimal("60.125")).cavities(4)
                .queueMinutes(new BigDecimal("15")).moveMinutes(new BigDecimal("10.000001")).inspection(true)
                .critical(i % 2 == 0).skill("Presse-Bediener — Stufe " + (i % 3)).effectivity(effectivity(i))
                .build();
        Operation trim = Operation.builder().no(20).workCenter(WorkCenterId.of("WC-TRIM"))
                .runMinutesPerUnit(new BigDecimal("0.25")).build();
        Routing.Builder b = Routing.builder().item(item).version(version).type(RoutingType.values()[i % 3])
                .status(RoutingStatus.values()[i % 3]).effectivity(effectivity(i + 2));
        ImmutableList<Operation> ops = Lists.immutable.of(press, trim);
        if (i % 2 == 1) {
            Operation cooling = Operation.builder().no(15).description("Abkühlen")
                    .workCenter(WorkCenterId.of("WC-COOL")).queueMinutes(new BigDecimal("30")).build();
            ops = ops.newWith(cooling);
            b.lotSizeFrom(new BigDecimal("10.5")).lotSizeTo(new BigDecimal("5000"));
        } else if (i % 4 == 2) {
            b.lotSizeFrom(BigDecimal.ONE);
        }
        return b.operations(ops).build();
    }

    /**
     * A valid work center; odd indexes fill every optional field (plant, cost center, calendar, rates, per-product
     * piece rates, bottleneck). Categories, capacity units and labor calculations cycle with {@code i}.
     *
     * @param i an index ≥ 0
     * @return the work center, id distinct for distinct {@code i}
     */
    public static WorkCenter workCenter(int i) {
        WorkCenter.Builder b = WorkCenter.builder().id(WorkCenterId.of(code("WC", i)))
                .category(WorkCenterCategory.values()[i % 3]).capacityUnit(CapacityUnit.values()[i % 3])
                .dailyCapacity(new BigDecimal(i % 2 == 0 ? "24" : "7.5"));
        if (i % 2 == 0) {
            return b.build();
        }
        return b.description("Presse Nr. " + i + " – 成型机").plantLocation("Halle 3 / Süd").costCenter("CC-4711")
                .multiplier(new BigDecimal("2")).efficiencyPercent(new BigDecimal("85.5"))
                .utilizationPercent(new BigDecimal("92")).calendar(CalendarId.of(code("CAL", i)))
                .setupRatePerHour(new BigDecimal("40.25")).laborRatePerHour(new BigDecimal("18.123456"))
                .machineRatePerHour(new BigDecimal("55")).overheadRatePerHour(new BigDecimal("12.5"))
                .laborCalc(LaborCalc.PIECE_RATE).pieceRate(new BigDecimal("0.35"))
                .pieceRates(Maps.immutable.of(ItemId.of("DISH-L"), new BigDecimal("0.4"),
                        ItemId.of("Καφές-κύπελλο"), new BigDecimal("0.125")))
                .bottleneck(true).build();
    }

    /**
     * A valid tool or mold; odd indexes fill the optional fields. Statuses cycle with {@code i}.
     *
     * @param i an index ≥ 0
     * @return the tool, id distinct for distinct {@code i}
     */
    public static Tool tool(int i) {
        Tool.Builder b = Tool.builder().id(ToolId.of(code("MOLD", i))).lifeCycles(400_000L + i)
                .status(ToolStatus.values()[i % 4]);
        if (i % 2 == 0) {
            return b.build();
        }
        return b.description("Form Ø24 – 模具").products(Lists.immutable.of(ItemId.of("DISH-L"),
                        ItemId.of("Καφές-κύπελλο"), ItemId.of(code64("LID-", i))))
                .cavities(1 + i % 8).setupMinutes(new BigDecimal("90.25")).cyclesUsed(12_000)
                .purchaseCost(new BigDecimal("40000.1234")).copies(1 + i % 3).build();
    }

    /**
     * A valid work calendar; odd indexes have three shifts (one across midnight), Saturday work and holidays,
     * even indexes the defaults (Monday to Friday, 08:00 for 8 hours, no holidays).
     *
     * @param i an index ≥ 0
     * @return the calendar, id distinct for distinct {@code i}
     */
    public static WorkCalendar calendar(int i) {
        WorkCalendar.Builder b = WorkCalendar.builder().id(CalendarId.of(code("CAL", i)));
        if (i % 2 == 0) {
            return b.build();
        }
        return b.workingDays(SortedSets.immutable.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.SATURDAY))
                .shifts(Lists.immutable.of(Shift.of(LocalTime.of(22, 0), Duration.ofHours(8)),
                        Shift.of(LocalTime.of(6, 0), Duration.ofHours(8)),
                        Shift.of(LocalTime.of(14, 0), Duration.ofMinutes(7 * 60 + 30))))
                .holidays(SortedSets.immutable.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1),
                        LocalDate.of(2026, 4, 12)))
                .build();
    }
}
