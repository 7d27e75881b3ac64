/**
 * The storage SPI: one repository interface per aggregate, which an integrator implements over any store, and
 * {@link dev.mfg.core.spi.RepositorySet} grouping them.
 *
 * <table>
 *   <caption>Repositories and their keys</caption>
 *   <tr><th>Repository</th><th>Value</th><th>Key ({@code idOf})</th><th>Extra finders</th></tr>
 *   <tr><td>{@link dev.mfg.core.spi.ItemRepository}</td><td>Item</td><td>ItemId</td><td></td></tr>
 *   <tr><td>{@link dev.mfg.core.spi.BomRepository}</td><td>Bom</td><td>BomId (item, version)</td>
 *       <td>{@code findByItem}</td></tr>
 *   <tr><td>{@link dev.mfg.core.spi.RoutingRepository}</td><td>Routing</td><td>RoutingId (item, version)</td>
 *       <td>{@code findByItem}</td></tr>
 *   <tr><td>{@link dev.mfg.core.spi.WorkCenterRepository}</td><td>WorkCenter</td><td>WorkCenterId</td><td></td></tr>
 *   <tr><td>{@link dev.mfg.core.spi.ToolRepository}</td><td>Tool</td><td>ToolId</td><td></td></tr>
 *   <tr><td>{@link dev.mfg.core.spi.CalendarRepository}</td><td>WorkCalendar</td><td>CalendarId</td><td></td></tr>
 * </table>
 *
 * <h2>Contract shared by every repository ({@link dev.mfg.core.spi.Repository})</h2>
 * <ul>
 *   <li>Absent values are {@link java.util.Optional#empty()}, never null.</li>
 *   <li>Optimistic versions: an absent record has version 0; the first save expects 0 and stores version 1;
 *       every successful write increments the version by exactly 1; a write with a stale expected version throws
 *       {@link dev.mfg.core.error.ConcurrencyConflictException} and changes nothing.</li>
 *   <li>Values are immutable, so a repository never hands out a mutable alias.</li>
 *   <li>{@code findAll()} returns values sorted by id, so every output built from it is deterministic; finders
 *       such as {@code findByItem} return their values in the same id order, and only exact matches.</li>
 *   <li>Repositories are independent: no write checks or changes another repository; cross-references are
 *       validated when a snapshot is loaded, not on write.</li>
 * </ul>
 * Writes to several stores become atomic together only inside a {@link dev.mfg.core.spi.UnitOfWork} that spans
 * them (one database transaction, say); {@link dev.mfg.core.spi.UnitOfWork#none()} names the absence of one.
 * The conformance kit in {@code mfg-testkit} checks an implementation against this contract; the in-memory
 * implementation in {@code dev.mfg.core.memory} is the reference.
 */
@NullMarked
package dev.mfg.core.spi;

import org.jspecify.annotations.NullMarked;
