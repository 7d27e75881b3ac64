/**
 * Reference scenarios built from the project's seed documents, bundled as JSON and loaded by name:
 * {@code melamine} (seed 004's 50-piece dinner set), {@code widget} (seed 003's FG-WIDGET-001), {@code factory}
 * (seed 001's supply-chain factory) and {@code weekly-build} (seed 000's week at Opulo). They are the
 * data of the README's main job and of the seed example tests. {@link dev.mfg.testkit.reference.MelamineSet}
 * keeps the set's master data built in Java.
 */
@NullMarked
package dev.mfg.testkit.reference;

import org.jspecify.annotations.NullMarked;
