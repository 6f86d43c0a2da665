package org.jixiao.score;

/**
 * How robust a grade is to the weighting: under random perturbation of every 分值 by up to ±{@code spread}
 * (renormalised to the same total), the share of draws that keep the grade and the 5th–95th percentile range of
 * the total. Immutable and thread-safe.
 */
public record Robustness(int iterations, long seed, double spread, double sameGradeProbability, double totalP5,
                         double totalP95) {
}
