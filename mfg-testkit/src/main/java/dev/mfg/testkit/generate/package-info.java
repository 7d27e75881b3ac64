/**
 * A seeded, deterministic generator of valid manufacturing models with a size ladder (S, M, L, XL), shaped after
 * seed 001's supply-chain factory: Zipf-like product popularity, 3–5 routing steps, work center efficiency bands,
 * seasonal demand with noise and spikes, components shared across levels, phantoms, scrap and multi-cavity
 * operations. Valid by construction: acyclic (components always sit on a deeper level) and every reference
 * resolved.
 */
@NullMarked
package dev.mfg.testkit.generate;

import org.jspecify.annotations.NullMarked;
