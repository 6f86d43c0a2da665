package org.jixiao.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jixiao.rules.GradeScale;

/**
 * Statistics of the totals as Excel computes them: sample standard deviation (STDEV.S), quartiles by
 * QUARTILE.INC (commons-math3 Percentile with the R_7 estimator), ranks by RANK.EQ (ties share the best rank:
 * 1, 1, 3); grade counts in the rule set's band order; per indicator the average 失分率 (points lost / 分值).
 */
record Statistics(int count, double mean, double median, double standardDeviation, double min, double max,
                  double q1, double q3, Map<String, Integer> grades, List<IndicatorLoss> losses, int[] ranks,
                  List<String> groupNames, int[] bestRanks, int[] worstRanks) {

    /** An indicator's average share of its 分值 lost, over the evaluations that have it. */
    record IndicatorLoss(String indicator, int evaluations, double averageWeight, double averageLossRate) {
    }

    static Statistics of(List<FileOutcome> outcomes, GradeScale scale) {
        List<SummaryRow> rows = outcomes.stream().filter(o -> o instanceof FileOutcome.Scored)
                .flatMap(o -> ((FileOutcome.Scored) o).rows().stream()).toList();
        double[] totals = rows.stream().mapToDouble(r -> r.total().doubleValue()).toArray();
        DescriptiveStatistics stats = new DescriptiveStatistics(totals);
        Percentile quartiles = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        quartiles.setData(totals);
        Map<String, Integer> grades = new LinkedHashMap<>();
        scale.bands().forEach(b -> grades.put(b.label(), 0));
        rows.forEach(r -> grades.merge(r.grade(), 1, Integer::sum));
        int[] ranks = rankEq(totals, new double[totals.length]);
        List<String> groupNames = new ArrayList<>();
        rows.forEach(r -> r.groups().forEach(g -> {
            if (!groupNames.contains(g.name())) {
                groupNames.add(g.name());
            }
        }));
        boolean any = totals.length > 0;
        int[][] rankRanges = rankRanges(rows);
        return new Statistics(totals.length, any ? stats.getMean() : Double.NaN,
                any ? quartiles.evaluate(50) : Double.NaN, totals.length > 1 ? stats.getStandardDeviation() : Double.NaN,
                any ? stats.getMin() : Double.NaN, any ? stats.getMax() : Double.NaN,
                any ? quartiles.evaluate(25) : Double.NaN, any ? quartiles.evaluate(75) : Double.NaN, grades,
                losses(rows), ranks, groupNames, rankRanges[0], rankRanges[1]);
    }

    private static final int RANK_ITERATIONS = 500;

    /**
     * The best and the worst RANK.EQ each evaluation reaches when one weighting perturbation is applied to all of
     * them: per draw, every indicator name gets one factor in [0.75, 1.25], each evaluation's weights are
     * renormalised to their total and each item keeps its achievement ratio. Seeded, so it repeats.
     */
    private static int[][] rankRanges(List<SummaryRow> rows) {
        int n = rows.size();
        int[] bestRanks = new int[n];
        int[] worstRanks = new int[n];
        if (n == 0) {
            return new int[][] {bestRanks, worstRanks};
        }
        java.util.Arrays.fill(bestRanks, Integer.MAX_VALUE);
        java.util.Arrays.fill(worstRanks, Integer.MIN_VALUE);
        org.apache.commons.math3.random.MersenneTwister random =
                new org.apache.commons.math3.random.MersenneTwister(org.jixiao.score.GradeRobustness.DEFAULT_SEED);
        List<String> keys = rows.stream().flatMap(r -> r.losses().stream()).map(SummaryRow.Loss::indicator).distinct()
                .sorted().toList();
        Map<String, Integer> keyIndex = new java.util.HashMap<>();
        keys.forEach(k -> keyIndex.put(k, keyIndex.size()));
        // each row as plain arrays once, not as BigDecimals and map look-ups in every draw
        int[][] itemKeys = new int[n][];
        double[][] itemWeights = new double[n][];
        double[][] itemScores = new double[n][];
        for (int i = 0; i < n; i++) {
            List<SummaryRow.Loss> items = rows.get(i).losses().stream().filter(l -> l.weight().signum() > 0).toList();
            itemKeys[i] = items.stream().mapToInt(l -> keyIndex.get(l.indicator())).toArray();
            itemWeights[i] = items.stream().mapToDouble(l -> l.weight().doubleValue()).toArray();
            itemScores[i] = items.stream().mapToDouble(l -> l.score().doubleValue()).toArray();
        }
        double[] factors = new double[keys.size()];
        double[] perturbedTotals = new double[n];
        double[] sorted = new double[n];
        for (int k = 0; k < RANK_ITERATIONS; k++) {
            for (int j = 0; j < factors.length; j++) {
                factors[j] = 0.75 + 0.5 * random.nextDouble();
            }
            for (int i = 0; i < n; i++) {
                double weights = 0;
                double perturbed = 0;
                double total = 0;
                for (int j = 0; j < itemKeys[i].length; j++) {
                    double f = factors[itemKeys[i][j]];
                    weights += itemWeights[i][j];
                    perturbed += itemWeights[i][j] * f;
                    total += itemScores[i][j] * f;
                }
                perturbedTotals[i] = perturbed == 0 ? rows.get(i).total().doubleValue() : total * weights / perturbed;
            }
            int[] ranked = rankEq(perturbedTotals, sorted);
            for (int i = 0; i < n; i++) {
                int rank = ranked[i];
                bestRanks[i] = Math.min(bestRanks[i], rank);
                worstRanks[i] = Math.max(worstRanks[i], rank);
            }
        }
        return new int[][] {bestRanks, worstRanks};
    }

    /**
     * Excel's RANK.EQ, highest first, ties sharing the best rank: one plus how many values are greater. Sorts a
     * primitive copy into {@code scratch} and counts by binary search, without boxing a pair per value.
     */
    static int[] rankEq(double[] values, double[] scratch) {
        int n = values.length;
        System.arraycopy(values, 0, scratch, 0, n);
        java.util.Arrays.sort(scratch, 0, n);
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (scratch[mid] <= values[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks[i] = 1 + (n - lo);
        }
        return ranks;
    }

    private static List<IndicatorLoss> losses(List<SummaryRow> rows) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (SummaryRow row : rows) {
            for (SummaryRow.Loss loss : row.losses()) {
                if (loss.weight().signum() <= 0) {
                    continue;
                }
                double[] s = sums.computeIfAbsent(loss.indicator(), k -> new double[3]);
                s[0]++;
                s[1] += loss.weight().doubleValue();
                s[2] += loss.weight().subtract(loss.score()).doubleValue() / loss.weight().doubleValue();
            }
        }
        List<IndicatorLoss> losses = new ArrayList<>();
        sums.forEach((name, s) -> losses.add(new IndicatorLoss(name, (int) s[0], s[1] / s[0], s[2] / s[0])));
        losses.sort(Comparator.comparingDouble(IndicatorLoss::averageLossRate).reversed()
                .thenComparing(IndicatorLoss::indicator));
        return losses;
    }

    /** Labels of the histogram bins: below 60 in one, then 5 points wide where grades are decided. */
    static final List<String> HISTOGRAM_LABELS = List.of("[0,60)", "[60,65)", "[65,70)", "[70,75)", "[75,80)",
            "[80,85)", "[85,90)", "[90,95)", "[95,100]");

    int[] histogram(List<SummaryRow> rows) {
        int[] bins = new int[HISTOGRAM_LABELS.size()];
        for (SummaryRow row : rows) {
            double total = row.total().doubleValue();
            int bin = total < 60 ? 0 : Math.min(HISTOGRAM_LABELS.size() - 1, 1 + (int) ((total - 60) / 5));
            bins[bin]++;
        }
        return bins;
    }
}
