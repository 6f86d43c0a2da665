package org.jixiao.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.jixiao.RuleSetFixtures;
import org.jixiao.rules.GradeScale;
import org.junit.jupiter.api.Test;

class GradeRobustnessTest {

    private static ScoredEvaluation twoRows(String firstActual, String secondActual) {
        return new Scorer().score(RuleSetFixtures.evaluation(List.of(
                RuleSetFixtures.indicator(0, "a", "≥100", firstActual, "50", null),
                RuleSetFixtures.indicator(1, "b", "≥100", secondActual, "50", null))));
    }

    @Test
    void aTotalOnABoundaryKeepsItsGradeHalfTheTime() {
        // ratios 1.0 and 0.6 at weights 50/50 give exactly 80 (良). Perturbed and renormalised to 100 the total is
        // 100 (u1 + 0.6 u2) / (u1 + u2), which is ≥ 80 exactly when u1 ≥ u2: probability 1/2 for iid factors.
        ScoredEvaluation s = twoRows("100", "60");
        assertThat(s.total()).isEqualByComparingTo("80");
        Robustness r = new GradeRobustness(GradeScale.NATIONAL, 2, 4000, 0.25, 7).of(s);
        assertThat(r.sameGradeProbability()).isCloseTo(0.5, within(0.04));
        // the total lies between 100(0.75 + 0.6 × 1.25)/2 = 75 and 100(1.25 + 0.6 × 0.75)/2 = 85
        assertThat(r.totalP5()).isBetween(75.0, 80.0);
        assertThat(r.totalP95()).isBetween(80.0, 85.0);
    }

    @Test
    void fullMarksEverywhereNeverMoveAndTheSeedRepeats() {
        ScoredEvaluation full = twoRows("100", "100");
        Robustness r = new GradeRobustness(GradeScale.NATIONAL, 2).of(full);
        assertThat(r.sameGradeProbability()).isEqualTo(1.0);
        assertThat(r.totalP5()).isCloseTo(100.0, within(1e-9));
        ScoredEvaluation boundary = twoRows("100", "60");
        assertThat(new GradeRobustness(GradeScale.NATIONAL, 2).of(boundary))
                .isEqualTo(new GradeRobustness(GradeScale.NATIONAL, 2).of(boundary));
    }

    @Test
    void theDefaultSeedsSharedStreamGivesTheSameAnalyticAnswer() {
        // the default seed draws from a table shared by every evaluation; it must be as uniform as the direct path
        Robustness r = new GradeRobustness(GradeScale.NATIONAL, 2).of(twoRows("100", "60"));
        assertThat(r.sameGradeProbability()).isCloseTo(0.5, within(0.04));
        double sum = 0;
        int[] deciles = new int[10];
        for (int p = 0; p < 100_000; p++) {
            double u = GradeRobustness.uniform(GradeRobustness.DEFAULT_SEED, p);
            assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            sum += u;
            deciles[(int) (u * 10)]++;
        }
        assertThat(sum / 100_000).isCloseTo(0.5, within(0.005));
        // each decile holds 10,000 ± a few hundred (binomial sd ≈ 95)
        for (int count : deciles) {
            assertThat(count).isBetween(9_600, 10_400);
        }
    }

    @Test
    void quantilesAreExcelsPercentileInc() {
        // Excel: =PERCENTILE.INC({1,2,3,4,10}, 0.05) = 1.2 and =PERCENTILE.INC({1,2,3,4,10}, 0.95) = 8.8
        double[] sorted = {1, 2, 3, 4, 10};
        assertThat(GradeRobustness.quantile(sorted, 0.05)).isCloseTo(1.2, within(1e-12));
        assertThat(GradeRobustness.quantile(sorted, 0.95)).isCloseTo(8.8, within(1e-12));
        assertThat(GradeRobustness.quantile(new double[] {7}, 0.95)).isEqualTo(7.0);
    }

    @Test
    void selectionGivesTheSameQuantilesAsSorting() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 300; round++) {
            double[] values = new double[1 + random.nextInt(300)];
            for (int i = 0; i < values.length; i++) {
                // few distinct values in some rounds, so ties and runs of equal pivots are covered
                values[i] = round % 3 == 0 ? random.nextInt(4) : random.nextGaussian() * 10;
            }
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            for (double p : new double[] {0, 0.05, 0.25, 0.5, 0.95, 1}) {
                assertThat(GradeRobustness.quantileOfUnsorted(values.clone(), p)).as("p=" + p + " round " + round)
                        .isEqualTo(GradeRobustness.quantile(sorted, p));
            }
        }
    }

    @Test
    void evaluationsOfOneTemplateShareTheirDrawsWithoutChangingABit() {
        // five rows with unequal 分值; three evaluations of that template with different results. The second and
        // third reuse the first's perturbed 分值 sums; each must equal the draws added up afresh, to the last bit
        String[] weights = {"10", "15", "20", "25", "30"};
        String[][] actuals = {{"100", "90", "80", "70", "60"}, {"60", "70", "80", "90", "100"}, {"95", "85", "85", "75", "100"}};
        for (String[] actual : actuals) {
            List<org.jixiao.model.Indicator> rows = new java.util.ArrayList<>();
            for (int i = 0; i < weights.length; i++) {
                rows.add(RuleSetFixtures.indicator(i, "i" + i, "≥100", actual[i], weights[i], null));
            }
            ScoredEvaluation scored = new Scorer().score(RuleSetFixtures.evaluation(rows));
            Robustness r = new GradeRobustness(GradeScale.NATIONAL, 2).of(scored);
            double[] expected = drawnAfresh(scored);
            assertThat(r.totalP5()).isEqualTo(expected[0]);
            assertThat(r.totalP95()).isEqualTo(expected[1]);
            assertThat(r.sameGradeProbability()).isEqualTo(expected[2]);
        }
    }

    /** P5, P95 and the share of draws keeping the grade, each draw's sums added up on the spot (default seed). */
    private static double[] drawnAfresh(ScoredEvaluation scored) {
        List<IndicatorScore> items = scored.indicators();
        int n = items.size();
        double[] w = new double[n];
        double[] achieved = new double[n];
        double weightSum = 0;
        double achievedSum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = items.get(i).weight().doubleValue();
            achieved[i] = w[i] * (items.get(i).score().doubleValue() / w[i]);
            weightSum += w[i];
            achievedSum += achieved[i];
        }
        double[] totals = new double[GradeRobustness.DEFAULT_ITERATIONS];
        int same = 0;
        for (int k = 0; k < totals.length; k++) {
            double weightedU = 0;
            double achievedU = 0;
            for (int i = 0; i < n; i++) {
                double u = GradeRobustness.uniform(GradeRobustness.DEFAULT_SEED, (long) k * n + i);
                weightedU += w[i] * u;
                achievedU += achieved[i] * u;
            }
            totals[k] = (0.75 * achievedSum + 0.5 * achievedU) * weightSum / (0.75 * weightSum + 0.5 * weightedU);
            String grade = GradeScale.NATIONAL.gradeOf(java.math.BigDecimal.valueOf(totals[k])
                    .setScale(2, java.math.RoundingMode.HALF_UP));
            same += grade.equals(scored.grade().label()) ? 1 : 0;
        }
        java.util.Arrays.sort(totals);
        return new double[] {GradeRobustness.quantile(totals, 0.05), GradeRobustness.quantile(totals, 0.95),
                same / (double) totals.length};
    }
}
