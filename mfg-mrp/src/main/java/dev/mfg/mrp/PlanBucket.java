package dev.mfg.mrp;

import java.time.LocalDate;

/**
 * One time bucket of a plan: its index and its first and last day (both inclusive).
 *
 * @param index the bucket index, from 0
 * @param start the first day
 * @param end the last day
 * @since 0.1
 */
public record PlanBucket(int index, LocalDate start, LocalDate end) {}
