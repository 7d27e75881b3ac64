/** Date windows in which a BOM, routing or line is in force: {@link dev.mfg.core.effectivity.Effectivity}. */
@NullMarked
package dev.mfg.core.effectivity;

import org.jspecify.annotations.NullMarked;
