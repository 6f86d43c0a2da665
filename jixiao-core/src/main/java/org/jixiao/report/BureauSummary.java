package org.jixiao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jixiao.batch.BatchResult;
import org.jixiao.batch.FileOutcome;
import org.jixiao.batch.SummaryRow;
import org.jixiao.model.ProblemCode;

/**
 * The blocks of a batch's 评价结果汇总报告: how many evaluations, the grade distribution with its chart, average
 * and spread, the units ranked, the indicators most often losing points, the findings by type, and the files that
 * could not be read.
 */
final class BureauSummary {

    static final List<String> NATIONAL_GRADES = List.of("优", "良", "中", "差");
    static final int INDICATORS_SHOWN = 10;

    private BureauSummary() {
    }

    static List<Block> of(BatchResult result, String batchName) {
        List<Block> blocks = new ArrayList<>();
        List<SummaryRow> rows = result.rows();
        List<FileOutcome.Failed> failed = result.failures();
        long files = result.outcomes().size() - result.skipped().size();
        blocks.add(new Block.Title("绩效自评评价结果汇总报告", batchName.isBlank() ? List.of() : List.of("（" + batchName + "）")));
        blocks.add(new Block.Para(List.of(Block.Span.text("【起草说明：本稿由 jixiao 根据批量评分结果生成，得分与等级均按评分规则重新"
                + "计算；各单位的评分副本、自评报告草稿和汇总.xlsx 在同一输出文件夹中。定稿前请删除本说明。】")), Block.Align.NOTE));

        blocks.add(new Block.Heading(1, "一、总体情况"));
        StringBuilder overall = new StringBuilder("本次共收到自评表文件" + files + "个，评分评价表" + rows.size() + "张");
        overall.append(failed.isEmpty() ? "，全部文件均已评分。" : "，另有" + failed.size() + "个文件无法读取或评分（见第六部分）。");
        if (!rows.isEmpty()) {
            double[] totals = rows.stream().mapToDouble(r -> r.total().doubleValue()).sorted().toArray();
            double mean = java.util.Arrays.stream(totals).average().orElse(Double.NaN);
            SummaryRow best = rows.stream().max(Comparator.comparing(SummaryRow::total)).orElseThrow();
            SummaryRow worst = rows.stream().min(Comparator.comparing(SummaryRow::total)).orElseThrow();
            overall.append(String.format("平均得分%.2f分，中位数%.2f分", mean, median(totals)));
            if (totals.length > 1) {
                overall.append(String.format("，标准差%.2f分（样本标准差）", standardDeviation(totals, mean)));
            }
            overall.append("；最高" + Format.score(best.total()) + "分（" + name(best) + "），最低" + Format.score(worst.total())
                    + "分（" + name(worst) + "），极差" + Format.score(best.total().subtract(worst.total())) + "分。");
        }
        blocks.add(Block.Para.text(overall.toString()));

        blocks.add(new Block.Heading(1, "二、等级分布"));
        Map<String, Integer> grades = new LinkedHashMap<>();
        NATIONAL_GRADES.forEach(g -> grades.put(g, 0));
        rows.forEach(r -> grades.merge(r.grade(), 1, Integer::sum));
        List<List<String>> gradeRows = new ArrayList<>();
        grades.forEach((g, n) -> gradeRows.add(List.of(g, String.valueOf(n),
                rows.isEmpty() ? "—" : String.format("%.1f%%", 100.0 * n / rows.size()))));
        StringBuilder distribution = new StringBuilder("按评分规则的等级区间（优≥90分，良80–90分，中60–80分，差<60分），");
        List<String> parts = new ArrayList<>();
        grades.forEach((g, n) -> parts.add("“" + g + "”" + n + "张"));
        distribution.append(String.join("，", parts)).append("。");
        blocks.add(Block.Para.text(distribution.toString()));
        blocks.add(new Block.Table(List.of("等级", "评价表数", "占比"), gradeRows, List.of(30, 35, 35),
                List.of(false, true, true)));
        blocks.add(new Block.Chart("等级分布", "评价表数", List.copyOf(grades.keySet()), List.copyOf(grades.values())));

        blocks.add(new Block.Heading(1, "三、各单位得分排名"));
        blocks.add(Block.Para.text("按重新计算的总分从高到低排列，同分同名次。"));
        List<SummaryRow> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.comparing(SummaryRow::total).reversed().thenComparing(SummaryRow::file)
                .thenComparing(SummaryRow::sheet));
        List<List<String>> rankRows = new ArrayList<>();
        for (SummaryRow r : ranked) {
            long rank = 1 + rows.stream().filter(o -> o.total().compareTo(r.total()) > 0).count();
            rankRows.add(List.of(String.valueOf(rank), r.unit().isBlank() ? r.file() : r.unit(), r.title(),
                    r.rate().map(Format::rate).orElse("—"), Format.score(r.total()), r.grade()));
        }
        blocks.add(new Block.Table(List.of("排名", "单位", "项目/评价表", "执行率", "总分", "等级"), rankRows,
                List.of(8, 30, 30, 12, 10, 10), List.of(true, false, false, true, true, false)));

        blocks.add(new Block.Heading(1, "四、失分较多的指标"));
        List<List<String>> lossRows = losses(rows);
        if (lossRows.isEmpty()) {
            blocks.add(Block.Para.text("各评价表的指标均未失分。"));
        } else {
            blocks.add(Block.Para.text("按失分的评价表数从多到少列出前" + lossRows.size() + "项，失分率为失分占分值的比例。"));
            blocks.add(new Block.Table(List.of("指标", "涉及评价表", "失分评价表", "平均失分率"), lossRows,
                    List.of(46, 18, 18, 18), List.of(false, true, true, true)));
        }

        blocks.add(new Block.Heading(1, "五、发现的问题（按类型）"));
        Map<String, int[]> byCode = new TreeMap<>();
        for (SummaryRow r : rows) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (SummaryRow.ProblemLine p : r.problems()) {
                int[] counts = byCode.computeIfAbsent(p.code(), k -> new int[2]);
                counts[0]++;
                if (seen.add(p.code())) {
                    counts[1]++;
                }
            }
        }
        if (byCode.isEmpty()) {
            blocks.add(Block.Para.text("各评价表均未发现问题。"));
        } else {
            List<Map.Entry<String, int[]>> entries = new ArrayList<>(byCode.entrySet());
            entries.sort(Comparator.comparing((Map.Entry<String, int[]> x) -> -x.getValue()[0]).thenComparing(Map.Entry::getKey));
            List<List<String>> problemRows = new ArrayList<>();
            for (Map.Entry<String, int[]> entry : entries) {
                problemRows.add(List.of(title(entry.getKey()), entry.getKey(), String.valueOf(entry.getValue()[0]),
                        String.valueOf(entry.getValue()[1])));
            }
            blocks.add(Block.Para.text("共发现问题" + entries.stream().mapToInt(x -> x.getValue()[0]).sum() + "个，分类如下。"));
            blocks.add(new Block.Table(List.of("问题类型", "代码", "个数", "涉及评价表"), problemRows, List.of(36, 36, 12, 16),
                    List.of(false, false, true, true)));
        }

        blocks.add(new Block.Heading(1, "六、无法读取的文件"));
        if (failed.isEmpty()) {
            blocks.add(Block.Para.text("无。"));
        } else {
            blocks.add(new Block.Table(List.of("文件", "原因代码", "说明"), failed.stream()
                    .map(f -> List.of(f.name(), f.code(), Format.chinese(f.message()))).toList(), List.of(30, 20, 50),
                    List.of(false, false, false)));
        }
        blocks.add(new Block.Heading(1, "七、意见和建议"));
        blocks.add(Block.Para.of(Block.Span.fill("对评价结果的分析、对各单位的意见和下一步工作建议")));
        return blocks;
    }

    /** Indicators by how many evaluations lost points on them, then by average 失分率, the first ten. */
    private static List<List<String>> losses(List<SummaryRow> rows) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (SummaryRow row : rows) {
            for (SummaryRow.Loss loss : row.losses()) {
                if (loss.weight().signum() <= 0) {
                    continue;
                }
                double[] s = sums.computeIfAbsent(loss.indicator(), k -> new double[3]);
                s[0]++;
                if (loss.score().compareTo(loss.weight()) < 0) {
                    s[1]++;
                }
                s[2] += loss.weight().subtract(loss.score()).divide(loss.weight(), java.math.MathContext.DECIMAL64)
                        .doubleValue();
            }
        }
        List<Map.Entry<String, double[]>> entries = new ArrayList<>(sums.entrySet().stream()
                .filter(x -> x.getValue()[1] > 0).toList());
        entries.sort(Comparator.comparing((Map.Entry<String, double[]> x) -> -x.getValue()[1])
                .thenComparing(x -> -x.getValue()[2] / x.getValue()[0]).thenComparing(Map.Entry::getKey));
        return entries.stream().limit(INDICATORS_SHOWN).map(x -> List.of(x.getKey().replace('/', '：'),
                String.valueOf((int) x.getValue()[0]), String.valueOf((int) x.getValue()[1]),
                String.format("%.1f%%", 100 * x.getValue()[2] / x.getValue()[0]))).toList();
    }

    private static String title(String code) {
        try {
            return ProblemCode.valueOf(code).title();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String name(SummaryRow row) {
        return row.unit().isBlank() ? row.file() : row.unit();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double standardDeviation(double[] values, double mean) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

}
