/**
 * Implementation details shared by the core packages: the Immutables style and precondition helpers.
 * Not API: may change in any release.
 */
@NullMarked
package dev.mfg.core.internal;

import org.jspecify.annotations.NullMarked;
