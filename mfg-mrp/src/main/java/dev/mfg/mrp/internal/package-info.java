/** Implementation details of the MRP module. Not API: may change in any release. */
@NullMarked
package dev.mfg.mrp.internal;

import org.jspecify.annotations.NullMarked;
