/** Time-phased material requirements planning over the core model. */
@NullMarked
package dev.mfg.mrp;

import org.jspecify.annotations.NullMarked;
