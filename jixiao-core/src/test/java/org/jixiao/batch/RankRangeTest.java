package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.rules.GradeScale;
import org.junit.jupiter.api.Test;

/** Rank ranges under one weighting perturbation shared by every evaluation of a batch. */
class RankRangeTest {

    private static SummaryRow row(String file, double xScore, double yScore) {
        BigDecimal total = BigDecimal.valueOf(xScore + yScore);
        return new SummaryRow(file, "S", "", "", Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), total, "良", Optional.empty(),
                List.of(new SummaryRow.Loss("产出/x", BigDecimal.valueOf(50), BigDecimal.valueOf(xScore)),
                        new SummaryRow.Loss("产出/y", BigDecimal.valueOf(50), BigDecimal.valueOf(yScore))),
                List.of(), new SummaryRow.Stability(1, 80, 80));
    }

    private static Statistics statistics(SummaryRow... rows) {
        List<FileOutcome> outcomes = List.of(new FileOutcome.Scored(java.nio.file.Path.of("a"), "a",
                java.nio.file.Path.of("a"), List.of(rows), false));
        return Statistics.of(outcomes, GradeScale.NATIONAL);
    }

    @Test
    void aDominatedEvaluationNeverOvertakes() {
        // 50 + 50 against 25 + 25: under any shared weights the first keeps rank 1
        Statistics s = statistics(row("a", 50, 50), row("b", 25, 25));
        assertThat(s.bestRanks()).containsExactly(1, 2);
        assertThat(s.worstRanks()).containsExactly(1, 2);
    }

    @Test
    void mirroredStrengthsSwapPlacesWithTheWeights() {
        // A is strong on x, B on y (80 each): a larger factor on x puts A first, on y puts B first
        Statistics s = statistics(row("a", 50, 30), row("b", 30, 50));
        assertThat(s.ranks()).containsExactly(1, 1);
        assertThat(s.bestRanks()).containsExactly(1, 1);
        assertThat(s.worstRanks()).containsExactly(2, 2);
    }

    @Test
    void rowsWithoutWeightKeepTheirScoresInEveryDraw() {
        // A: budget 20 of 20 and 80 submitted on rows without 分值 (weight 0), 100 in all; B: 45 + 45 = 90.
        // Perturbing only A's budget must keep it at 100, first in every draw, not drop it to its budget's 20
        SummaryRow a = new SummaryRow("a", "S", "", "", Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), BigDecimal.valueOf(100), "优", Optional.empty(),
                List.of(new SummaryRow.Loss("预算执行/预算执行率", BigDecimal.valueOf(20), BigDecimal.valueOf(20)),
                        new SummaryRow.Loss("产出/x", BigDecimal.ZERO, BigDecimal.valueOf(40)),
                        new SummaryRow.Loss("产出/y", BigDecimal.ZERO, BigDecimal.valueOf(40))),
                List.of(), new SummaryRow.Stability(1, 100, 100));
        Statistics s = statistics(a, row("b", 45, 45));
        assertThat(s.bestRanks()).containsExactly(1, 2);
        assertThat(s.worstRanks()).containsExactly(1, 2);
        // no 分值, no 失分率: only B's rows count towards the average loss of 产出/x
        assertThat(s.losses()).filteredOn(l -> l.indicator().equals("产出/x")).singleElement()
                .satisfies(l -> assertThat(l.evaluations()).isEqualTo(1));
    }

    @Test
    void rankEqSharesTheBestRankBetweenTiesAsExcelDoes() {
        // Excel: =RANK.EQ(x, {90, 80, 90, 70, 95}) gives 2, 4, 2, 5, 1
        double[] totals = {90, 80, 90, 70, 95};
        org.assertj.core.api.Assertions.assertThat(Statistics.rankEq(totals, new double[totals.length]))
                .containsExactly(2, 4, 2, 5, 1);
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 50; round++) {
            double[] values = new double[1 + random.nextInt(40)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(10);
            }
            int[] ranks = Statistics.rankEq(values, new double[values.length]);
            for (int i = 0; i < values.length; i++) {
                int greater = 0;
                for (double other : values) {
                    greater += other > values[i] ? 1 : 0;
                }
                org.assertj.core.api.Assertions.assertThat(ranks[i]).isEqualTo(1 + greater);
            }
        }
    }

    @Test
    void rowsOfOneTemplateShareTheirPerturbedWeightsWithoutChangingAnyRank() {
        // three templates (indicator sets and 分值) among 60 rows, scores at random; the ranks must be those of each
        // row perturbed on its own, as the reference below computes them, draw for draw
        java.util.Random random = new java.util.Random(11);
        String[][] names = {{"产出/a", "产出/b", "效益/c"}, {"产出/a", "效益/c"}, {"产出/a", "产出/b", "效益/c", "满意度/d"}};
        int[][] weights = {{30, 30, 40}, {50, 50}, {25, 25, 25, 25}};
        List<SummaryRow> rows = new java.util.ArrayList<>();
        for (int r = 0; r < 60; r++) {
            int t = r % 3;
            List<SummaryRow.Loss> losses = new java.util.ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int j = 0; j < names[t].length; j++) {
                BigDecimal score = BigDecimal.valueOf(random.nextInt(weights[t][j] * 100 + 1), 2);
                losses.add(new SummaryRow.Loss(names[t][j], BigDecimal.valueOf(weights[t][j]), score));
                total = total.add(score);
            }
            rows.add(new SummaryRow("f" + r, "S", "", "", Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), total, "良", Optional.empty(), losses, List.of(),
                    new SummaryRow.Stability(1, 80, 80)));
        }
        Statistics s = statistics(rows.toArray(SummaryRow[]::new));
        int[][] expected = referenceRankRanges(rows);
        assertThat(s.bestRanks()).containsExactly(expected[0]);
        assertThat(s.worstRanks()).containsExactly(expected[1]);
    }

    /** Every row perturbed on its own, draw by draw (500 draws, seed 20221232, factors 0.75 + 0.5·u). */
    private static int[][] referenceRankRanges(List<SummaryRow> rows) {
        List<String> keys = rows.stream().flatMap(r -> r.losses().stream()).map(SummaryRow.Loss::indicator).distinct()
                .sorted().toList();
        int n = rows.size();
        int[] best = new int[n];
        int[] worst = new int[n];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        for (int k = 0; k < 500; k++) {
            double[] totals = new double[n];
            for (int i = 0; i < n; i++) {
                double perturbed = 0;
                double total = 0;
                double weightSum = 0;
                for (SummaryRow.Loss l : rows.get(i).losses()) {
                    weightSum += l.weight().doubleValue();
                }
                for (SummaryRow.Loss l : rows.get(i).losses()) {
                    double f = 0.75 + 0.5 * org.jixiao.score.GradeRobustness.uniform(20221232L,
                            (long) k * keys.size() + keys.indexOf(l.indicator()));
                    perturbed += l.weight().doubleValue() * f;
                    total += l.score().doubleValue() * f;
                }
                totals[i] = total * weightSum / perturbed;
            }
            for (int i = 0; i < n; i++) {
                int rank = 1;
                for (double other : totals) {
                    rank += other > totals[i] ? 1 : 0;
                }
                best[i] = Math.min(best[i], rank);
                worst[i] = Math.max(worst[i], rank);
            }
        }
        return new int[][] {best, worst};
    }
}
