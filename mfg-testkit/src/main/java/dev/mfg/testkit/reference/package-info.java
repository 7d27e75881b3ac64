/**
 * Reference scenarios built from the project's seed documents, by name: {@code melamine} (seed 004's 50-piece
 * dinner set). They are the data of the README's main job and of the seed example tests.
 */
@NullMarked
package dev.mfg.testkit.reference;

import org.jspecify.annotations.NullMarked;
