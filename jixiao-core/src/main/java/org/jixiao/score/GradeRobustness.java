package org.jixiao.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.rules.GradeScale;
import org.jixiao.rules.Interval;

/**
 * Perturbs the weights of a scored evaluation a few thousand times — each 分值 multiplied by a uniform factor in
 * [1 − spread, 1 + spread], all renormalised to the original total, each item keeping its achievement ratio
 * (score / 分值) — and reports how often the grade stays the same and the range of the total. Rows without a 分值
 * (a table that prints none) have no weight to perturb: their submitted scores add to every draw unchanged. A
 * fixed seed makes every run repeat. Immutable and thread-safe; each call has its own random generator.
 */
public final class GradeRobustness {

    static final int DEFAULT_ITERATIONS = 2000;
    static final double DEFAULT_SPREAD = 0.25;
    public static final long DEFAULT_SEED = 20221231L;

    private final GradeScale scale;
    private final int iterations;
    private final double spread;
    private final long seed;
    private final int decimals;

    GradeRobustness(GradeScale scale, int decimals) {
        this(scale, decimals, DEFAULT_ITERATIONS, DEFAULT_SPREAD, DEFAULT_SEED);
    }

    GradeRobustness(GradeScale scale, int decimals, int iterations, double spread, long seed) {
        if (iterations < 1 || spread < 0 || spread >= 1) {
            throw new IllegalArgumentException("iterations ≥ 1 and 0 ≤ spread < 1 required: " + iterations + ", "
                    + spread);
        }
        this.scale = scale;
        this.decimals = decimals;
        this.iterations = iterations;
        this.spread = spread;
        this.seed = seed;
    }

    Robustness of(ScoredEvaluation scored) {
        return of(scored.budget(), scored.indicators(), scored.grade().label(), scored.total());
    }

    /** The same from the parts of a scored evaluation, so the scorer can compute it once while scoring. */
    Robustness of(java.util.Optional<BudgetScore> budget, List<IndicatorScore> indicators, String grade,
                  BigDecimal scoredTotal) {
        List<double[]> items = new ArrayList<>();
        budget.ifPresent(b -> items.add(item(b.weight(), b.score())));
        indicators.stream().filter(i -> i.counted() && i.weighted())
                .forEach(i -> items.add(item(i.weight(), i.score())));
        items.removeIf(item -> item[0] <= 0);
        double fixed = indicators.stream().filter(i -> i.counted() && !i.weighted())
                .mapToDouble(i -> i.score().doubleValue()).sum();
        int n = items.size();
        double[] weights = new double[n];
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = items.get(i)[0];
            ratios[i] = items.get(i)[1];
        }
        long count = (long) iterations * n;
        double[] uniforms = seed == DEFAULT_SEED && count <= SHARED_UNIFORMS ? sharedUniforms((int) count) : null;
        // with factor f = low + width·u, Σ w·f = low·Σw + width·Σ w·u (and the same for the achieved points), so
        // each draw needs only the two sums over u
        double low = 1 - spread;
        double width = 2 * spread;
        double weightSum = 0;
        double achievedSum = 0;
        double[] achieved = new double[n];
        for (int i = 0; i < n; i++) {
            achieved[i] = weights[i] * ratios[i];
            weightSum += weights[i];
            achievedSum += achieved[i];
        }
        double[] totals = new double[iterations];
        GradeTest gradeTest = new GradeTest(grade);
        int same = 0;
        // the draws' perturbed 分值 sums depend only on the 分值: evaluations of one template share them
        double[] denominators = uniforms == null ? null : denominators(weights, weightSum, uniforms);
        for (int k = 0; k < iterations; k++) {
            double weightedU = 0;
            double achievedU = 0;
            if (uniforms != null) {
                int base = k * n;
                int i = 0;
                // unrolled by hand (C1 does not), adding in the same order as the plain loop
                for (; i + 3 < n; i += 4) {
                    achievedU += achieved[i] * uniforms[base + i];
                    achievedU += achieved[i + 1] * uniforms[base + i + 1];
                    achievedU += achieved[i + 2] * uniforms[base + i + 2];
                    achievedU += achieved[i + 3] * uniforms[base + i + 3];
                }
                for (; i < n; i++) {
                    achievedU += achieved[i] * uniforms[base + i];
                }
            } else {
                long base = (long) k * n;
                for (int i = 0; i < n; i++) {
                    double u = uniform(seed, base + i);
                    weightedU += weights[i] * u;
                    achievedU += achieved[i] * u;
                }
            }
            double denominator = denominators != null ? denominators[k] : low * weightSum + width * weightedU;
            // with nothing to perturb every draw is the fixed part; 0/0 would make it NaN
            double total = n == 0 ? fixed : fixed + (low * achievedSum + width * achievedU) * weightSum / denominator;
            totals[k] = total;
            if (gradeTest.keeps(total)) {
                same++;
            }
        }
        return new Robustness(iterations, seed, spread, same / (double) iterations,
                items.isEmpty() ? scoredTotal.doubleValue() : quantileOfUnsorted(totals, 0.05),
                items.isEmpty() ? scoredTotal.doubleValue() : quantileOfUnsorted(totals, 0.95));
    }

    /**
     * Each draw's perturbed 分值 total, {@code low·Σw + width·Σ w·u}, added up in the same order as a draw would,
     * so the totals come out the same to the last bit. Kept per 分值 list (up to {@link #MAX_DENOMINATORS} lists)
     * for the evaluations of a batch that share a template; only the default seed's shared stream is used here.
     */
    private double[] denominators(double[] weights, double weightSum, double[] uniforms) {
        WeightsKey key = new WeightsKey(weights, iterations, spread);
        double[] known = DENOMINATORS.get(key);
        if (known != null) {
            return known;
        }
        int n = weights.length;
        double low = 1 - spread;
        double width = 2 * spread;
        double[] denominators = new double[iterations];
        for (int k = 0; k < iterations; k++) {
            int base = k * n;
            double weightedU = 0;
            for (int i = 0; i < n; i++) {
                weightedU += weights[i] * uniforms[base + i];
            }
            denominators[k] = low * weightSum + width * weightedU;
        }
        if (DENOMINATORS.size() < MAX_DENOMINATORS) {
            DENOMINATORS.putIfAbsent(key, denominators);
        }
        return denominators;
    }

    private static final int MAX_DENOMINATORS = 256;
    private static final java.util.Map<WeightsKey, double[]> DENOMINATORS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The 分值 of an evaluation's perturbed items, with the draw count and spread, compared by content. */
    private record WeightsKey(double[] weights, int iterations, double spread) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WeightsKey k && java.util.Arrays.equals(weights, k.weights) && iterations == k.iterations
                    && Double.compare(spread, k.spread) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(weights) * 31 + iterations;
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(weights) + " × " + iterations + " ± " + spread;
        }
    }

    /**
     * Whether a total keeps the grade: the rounded total checked against the scale's bands, which is what the
     * scale would return for it, with the bands turned into plain numbers once rather than in every draw. Only a
     * total outside every band (above 100, below 0) asks the scale itself.
     */
    private final class GradeTest {
        private final String grade;
        private final double factor = Math.pow(10, decimals);
        private final boolean[] own;
        private final double[] lows;
        private final double[] highs;
        private final boolean[] lowClosed;
        private final boolean[] highClosed;

        GradeTest(String grade) {
            this.grade = grade;
            List<GradeScale.Band> bands = scale.bands();
            int n = bands.size();
            own = new boolean[n];
            lows = new double[n];
            highs = new double[n];
            lowClosed = new boolean[n];
            highClosed = new boolean[n];
            for (int i = 0; i < n; i++) {
                own[i] = bands.get(i).label().equals(grade);
                Interval interval = bands.get(i).interval();
                lows[i] = interval.lower().map(BigDecimal::doubleValue).orElse(Double.NEGATIVE_INFINITY);
                highs[i] = interval.upper().map(BigDecimal::doubleValue).orElse(Double.POSITIVE_INFINITY);
                lowClosed[i] = interval.lower().isEmpty() || interval.lowerClosed();
                highClosed[i] = interval.upper().isEmpty() || interval.upperClosed();
            }
        }

        boolean keeps(double total) {
            double rounded = Math.round(total * factor) / factor;
            boolean inAnotherBand = false;
            for (int i = 0; i < lows.length; i++) {
                boolean aboveLower = lowClosed[i] ? rounded >= lows[i] : rounded > lows[i];
                boolean belowUpper = highClosed[i] ? rounded <= highs[i] : rounded < highs[i];
                if (aboveLower && belowUpper) {
                    if (own[i]) {
                        return true;
                    }
                    inAnotherBand = true;
                }
            }
            // a total in another grade's band changes the grade; one outside every band goes by the scale's rule
            return !inAnotherBand
                    && scale.gradeOf(BigDecimal.valueOf(total).setScale(decimals, RoundingMode.HALF_UP)).equals(grade);
        }
    }

    private static final int SHARED_UNIFORMS = 1 << 20;
    /** The default seed's stream, grown on demand; replaced whole, never written after publication. */
    private static volatile double[] shared = new double[0];

    /**
     * The first {@code count} values of the default seed's stream. Every evaluation of a batch draws from that
     * seed, so the values are computed once and shared (up to 2^20, 8 MB) rather than in every evaluation.
     */
    private static double[] sharedUniforms(int count) {
        double[] table = shared;
        if (table.length < count) {
            synchronized (GradeRobustness.class) {
                table = shared;
                if (table.length < count) {
                    table = new double[Math.max(count, Math.min(SHARED_UNIFORMS, 2 * table.length))];
                    for (int p = 0; p < table.length; p++) {
                        table[p] = uniform(DEFAULT_SEED, p);
                    }
                    shared = table;
                }
            }
        }
        return table;
    }

    /** Value {@code position} in [0, 1) of the SplitMix64 stream for {@code seed}, computed directly. */
    public static double uniform(long seed, long position) {
        long z = seed + (position + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53;
    }

    /**
     * The R-7 quantile of sorted values (Excel's PERCENTILE.INC, commons-math's default R_7), computed here so a
     * one-workbook run does not load commons-math, whose Java 5 classes cannot go into a start-up archive.
     */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    /**
     * The same R-7 quantile of values in any order, found by selection rather than a full sort (two quantiles of
     * two thousand draws per evaluation); rearranges {@code values}.
     */
    static double quantileOfUnsorted(double[] values, double p) {
        double h = (values.length - 1) * p;
        int lower = (int) Math.floor(h);
        select(values, lower);
        double low = values[lower];
        double high = low;
        if (lower + 1 < values.length) {
            high = values[lower + 1];
            for (int i = lower + 2; i < values.length; i++) {
                high = Math.min(high, values[i]);
            }
        }
        return low + (h - lower) * (high - low);
    }

    /** Hoare's selection: afterwards values[k] is the k-th smallest, nothing larger before it, nothing smaller after. */
    private static void select(double[] values, int k) {
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double a = values[lo];
            double b = values[mid];
            double c = values[hi];
            double pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** {weight, achievement ratio}. */
    private static double[] item(BigDecimal weight, BigDecimal score) {
        double w = weight.doubleValue();
        return new double[] {w, w <= 0 ? 0 : score.doubleValue() / w};
    }
}
