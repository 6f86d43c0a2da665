package org.jixiao.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.IntStream;

import org.jixiao.rules.GradeScale;
import org.jixiao.score.GradeRobustness;

/**
 * Statistics of the totals as Excel computes them: sample standard deviation (STDEV.S, two-pass), quartiles by
 * QUARTILE.INC (the R-7 estimator), ranks by RANK.EQ (ties share the best rank: 1, 1, 3); grade counts in the
 * rule set's band order; per indicator the average 失分率 (points lost / 分值). Computed here rather than with
 * commons-math, whose Java 5 classes cannot go into the start-up archive and cost more to load than to run.
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
        double[] sorted = totals.clone();
        java.util.Arrays.sort(sorted);
        int n = totals.length;
        double mean = 0;
        for (double total : totals) {
            mean += total;
        }
        mean /= n;
        double squares = 0;
        for (double total : totals) {
            squares += (total - mean) * (total - mean);
        }
        Map<String, Integer> grades = new LinkedHashMap<>();
        scale.bands().forEach(b -> grades.put(b.label(), 0));
        rows.forEach(r -> grades.merge(r.grade(), 1, Integer::sum));
        int[] ranks = rankEq(totals, new double[n]);
        List<String> groupNames = new ArrayList<>();
        rows.forEach(r -> r.groups().forEach(g -> {
            if (!groupNames.contains(g.name())) {
                groupNames.add(g.name());
            }
        }));
        boolean any = n > 0;
        int[][] rankRanges = rankRanges(rows);
        return new Statistics(n, any ? mean : Double.NaN, any ? GradeRobustness.quantile(sorted, 0.5) : Double.NaN,
                n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN, any ? sorted[0] : Double.NaN,
                any ? sorted[n - 1] : Double.NaN, any ? GradeRobustness.quantile(sorted, 0.25) : Double.NaN,
                any ? GradeRobustness.quantile(sorted, 0.75) : Double.NaN, grades, losses(rows), ranks, groupNames,
                rankRanges[0], rankRanges[1]);
    }

    private static final int RANK_ITERATIONS = 500;

    /**
     * The best and the worst RANK.EQ each evaluation reaches when one weighting perturbation is applied to all of
     * them: per draw, every indicator name gets one factor in [0.75, 1.25], each evaluation's weights are
     * renormalised to their total and each item keeps its achievement ratio. Draw k's factors are fixed positions
     * of a seeded stream, so the draws can run in parallel and still repeat exactly.
     */
    private static int[][] rankRanges(List<SummaryRow> rows) {
        int n = rows.size();
        if (n == 0) {
            return new int[][] {new int[0], new int[0]};
        }
        List<String> keys = rows.stream().flatMap(r -> r.losses().stream()).map(SummaryRow.Loss::indicator).distinct()
                .sorted().toList();
        Map<String, Integer> keyIndex = new java.util.HashMap<>();
        keys.forEach(k -> keyIndex.put(k, keyIndex.size()));
        // each row as plain arrays once, not as BigDecimals and map look-ups in every draw
        int[][] itemKeys = new int[n][];
        double[][] itemWeights = new double[n][];
        double[][] itemScores = new double[n][];
        double[] unperturbed = new double[n];
        double[] weightSums = new double[n];
        // rows without 分值 (a table that prints none) keep their submitted scores in every draw
        double[] fixed = new double[n];
        for (int i = 0; i < n; i++) {
            List<SummaryRow.Loss> items = rows.get(i).losses().stream().filter(l -> l.weight().signum() > 0).toList();
            itemKeys[i] = items.stream().mapToInt(l -> keyIndex.get(l.indicator())).toArray();
            itemWeights[i] = items.stream().mapToDouble(l -> l.weight().doubleValue()).toArray();
            itemScores[i] = items.stream().mapToDouble(l -> l.score().doubleValue()).toArray();
            unperturbed[i] = rows.get(i).total().doubleValue();
            fixed[i] = rows.get(i).losses().stream().filter(l -> l.weight().signum() <= 0)
                    .mapToDouble(l -> l.score().doubleValue()).sum();
            for (double w : itemWeights[i]) {
                weightSums[i] += w; // the same sum, in the same order, as each draw used to add up
            }
        }
        // rows with the same indicators and 分值 (one template) share each draw's perturbed 分值 sum: it is added
        // up once per shape and draw, in the same order as for each row alone
        Map<Shape, Integer> shapes = new java.util.HashMap<>();
        int[] shapeOfRow = new int[n];
        for (int i = 0; i < n; i++) {
            shapeOfRow[i] = shapes.computeIfAbsent(new Shape(itemKeys[i], itemWeights[i]), s -> shapes.size());
        }
        Shape[] shapeList = new Shape[shapes.size()];
        shapes.forEach((shape, index) -> shapeList[index] = shape);
        int factorCount = keys.size();
        RankExtremes extremes = IntStream.range(0, RANK_ITERATIONS).parallel().collect(
                () -> new RankExtremes(n, shapeList.length),
                (acc, k) -> {
                    double[] factors = acc.factors(factorCount);
                    for (int j = 0; j < factorCount; j++) {
                        factors[j] = 0.75 + 0.5 * GradeRobustness.uniform(RANK_SEED, (long) k * factorCount + j);
                    }
                    double[] perturbedOfShape = acc.perturbed;
                    for (int s = 0; s < shapeList.length; s++) {
                        int[] keysOfShape = shapeList[s].keys();
                        double[] weightsOfShape = shapeList[s].weights();
                        double perturbed = 0;
                        for (int j = 0; j < keysOfShape.length; j++) {
                            perturbed += weightsOfShape[j] * factors[keysOfShape[j]];
                        }
                        perturbedOfShape[s] = perturbed;
                    }
                    double[] totals = acc.totals;
                    for (int i = 0; i < n; i++) {
                        int[] keysOfRow = itemKeys[i];
                        double[] scoresOfRow = itemScores[i];
                        double total = 0;
                        for (int j = 0; j < keysOfRow.length; j++) {
                            total += scoresOfRow[j] * factors[keysOfRow[j]];
                        }
                        double perturbed = perturbedOfShape[shapeOfRow[i]];
                        totals[i] = perturbed == 0 ? unperturbed[i] : fixed[i] + total * weightSums[i] / perturbed;
                    }
                    acc.add(rankEq(totals, acc.scratch));
                }, RankExtremes::merge);
        return new int[][] {extremes.best, extremes.worst};
    }

    /** The rank perturbation's own seed, apart from the weight-robustness stream of each evaluation. */
    private static final long RANK_SEED = GradeRobustness.DEFAULT_SEED + 1;

    /** The indicators (as key indices) and 分值 of a row, compared by content. */
    private record Shape(int[] keys, double[] weights) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && java.util.Arrays.equals(keys, s.keys) && java.util.Arrays.equals(weights, s.weights);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(keys) + java.util.Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(keys) + java.util.Arrays.toString(weights);
        }
    }

    /** Best and worst ranks over the draws one worker has made, with its scratch arrays. */
    private static final class RankExtremes {
        final int[] best;
        final int[] worst;
        final double[] totals;
        final double[] scratch;
        final double[] perturbed;
        private double[] factors = new double[0];

        RankExtremes(int n, int shapes) {
            perturbed = new double[shapes];
            best = new int[n];
            worst = new int[n];
            java.util.Arrays.fill(best, Integer.MAX_VALUE);
            java.util.Arrays.fill(worst, Integer.MIN_VALUE);
            totals = new double[n];
            scratch = new double[n];
        }

        double[] factors(int count) {
            if (factors.length != count) {
                factors = new double[count];
            }
            return factors;
        }

        void add(int[] ranks) {
            for (int i = 0; i < ranks.length; i++) {
                best[i] = Math.min(best[i], ranks[i]);
                worst[i] = Math.max(worst[i], ranks[i]);
            }
        }

        void merge(RankExtremes other) {
            for (int i = 0; i < best.length; i++) {
                best[i] = Math.min(best[i], other.best[i]);
                worst[i] = Math.max(worst[i], other.worst[i]);
            }
        }
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
