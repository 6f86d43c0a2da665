package org.jixiao.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.jixiao.rules.GradeScale;

/**
 * Statistics of the totals as Excel computes them: sample standard deviation (STDEV.S), quartiles by
 * QUARTILE.INC (commons-math3 Percentile with the R_7 estimator), ranks by RANK.EQ (ties share the best rank:
 * 1, 1, 3); grade counts in the rule set's band order; per indicator the average 失分率 (points lost / 分值).
 */
record Statistics(int count, double mean, double median, double standardDeviation, double min, double max,
                  double q1, double q3, Map<String, Integer> grades, List<IndicatorLoss> losses, int[] ranks,
                  List<String> groupNames) {

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
        int[] ranks = new int[totals.length];
        if (totals.length > 0) {
            double[] negated = new double[totals.length];
            for (int i = 0; i < totals.length; i++) {
                negated[i] = -totals[i];
            }
            double[] ranked = new NaturalRanking(TiesStrategy.MINIMUM).rank(negated);
            for (int i = 0; i < ranked.length; i++) {
                ranks[i] = (int) ranked[i];
            }
        }
        List<String> groupNames = new ArrayList<>();
        rows.forEach(r -> r.groups().forEach(g -> {
            if (!groupNames.contains(g.name())) {
                groupNames.add(g.name());
            }
        }));
        boolean any = totals.length > 0;
        return new Statistics(totals.length, any ? stats.getMean() : Double.NaN,
                any ? quartiles.evaluate(50) : Double.NaN, totals.length > 1 ? stats.getStandardDeviation() : Double.NaN,
                any ? stats.getMin() : Double.NaN, any ? stats.getMax() : Double.NaN,
                any ? quartiles.evaluate(25) : Double.NaN, any ? quartiles.evaluate(75) : Double.NaN, grades,
                losses(rows), ranks, groupNames);
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
