package org.jixiao.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.batch.BatchResult;
import org.jixiao.batch.FileOutcome;
import org.jixiao.batch.SummaryRow;
import org.jixiao.rules.GradeScale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The results document of a finished batch, built once: one row per scored evaluation (with its row index in
 * the outcomes, which the detail and copy downloads take), the files that could not be scored with the
 * reader's reason codes (those refused at upload included), the grade counts in the rule set's band order, the
 * totals' histogram in 汇总.xlsx's bins, and the indicators on which points were lost most often. Numbers are
 * JSON numbers as {@code jixiao score --json} writes them.
 */
final class ResultsJson {

    /** 汇总.xlsx's histogram bins: below 60 in one, then 5 points wide where grades are decided. */
    static final List<String> BINS = List.of("<60", "60–65", "65–70", "70–75", "75–80", "80–85", "85–90", "90–95",
            "95–100");

    /** Indicators listed under 最常失分: enough to see a pattern across departments, few enough to read. */
    static final int LOSSES_SHOWN = 12;

    private ResultsJson() {
    }

    static String of(WebBatch batch, BatchResult result) {
        ObjectNode root = Json.object();
        root.put("id", batch.id);
        root.put("label", batch.label());
        root.put("rules", batch.rulesName());
        root.put("elapsedMs", result.elapsed().toMillis());
        List<FileOutcome> outcomes = result.outcomes();
        List<Integer> rowIndex = new ArrayList<>();
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof FileOutcome.Scored scored) {
                for (SummaryRow row : scored.rows()) {
                    rows.add(row);
                    rowIndex.add(i);
                }
            }
        }
        int[] ranks = ranks(rows);
        ArrayNode table = root.putArray("rows");
        for (int r = 0; r < rows.size(); r++) {
            table.add(row(rows.get(r), rowIndex.get(r), ranks[r]));
        }
        ArrayNode failures = root.putArray("failures");
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Failed failed) {
                ObjectNode f = failures.addObject();
                f.put("file", failed.name());
                f.put("code", failed.code());
                f.put("message", failed.message());
                f.put("stage", "batch");
            }
        }
        for (WebBatch.Rejected refused : batch.rejectedFiles()) {
            ObjectNode f = failures.addObject();
            f.put("file", refused.name());
            f.put("code", refused.code());
            f.put("message", refused.message());
            f.put("stage", "upload");
        }
        ArrayNode skipped = root.putArray("skipped");
        outcomes.stream().filter(o -> o instanceof FileOutcome.Skipped).map(o -> (FileOutcome.Skipped) o)
                .forEach(s -> skipped.addObject().put("file", s.name()).put("why", s.why()));
        ObjectNode counts = root.putObject("counts");
        counts.put("files", outcomes.size() + batch.rejectedFiles().size());
        counts.put("scoredFiles", outcomes.stream().filter(o -> o instanceof FileOutcome.Scored).count());
        counts.put("evaluations", rows.size());
        counts.put("failed", failures.size());
        counts.put("skipped", skipped.size());
        root.set("grades", grades(rows, batch.chooser().fallback().grades()));
        root.set("histogram", histogram(rows));
        root.set("losses", losses(rows));
        root.set("statistics", statistics(rows));
        return Json.write(root);
    }

    private static ObjectNode row(SummaryRow row, int index, int rank) {
        ObjectNode node = Json.object();
        node.put("row", index);
        node.put("file", row.file());
        node.put("sheet", row.sheet());
        node.put("unit", row.unit());
        node.put("title", row.title());
        node.set("year", row.year().<JsonNode>map(Json::number).orElse(Json.nil()));
        node.put("kind", row.kind());
        node.put("rules", row.rules());
        node.set("budget", Json.number(row.budget()));
        node.set("executed", Json.number(row.executed()));
        node.set("rate", Json.number(row.rate().map(r -> r.setScale(4, java.math.RoundingMode.HALF_UP))));
        node.set("total", Json.number(row.total()));
        node.put("grade", row.grade());
        node.set("reportedTotal", Json.number(row.reportedTotal()));
        node.set("difference", Json.number(row.difference()));
        node.put("rank", rank);
        ArrayNode groups = node.putArray("groups");
        row.groups().forEach(g -> groups.addObject().put("name", g.name()).set("score", Json.number(g.score())));
        long errors = row.problems().stream().filter(p -> p.severity().equals("错误")).count();
        long warnings = row.problems().stream().filter(p -> p.severity().equals("警告")).count();
        ObjectNode problems = node.putObject("problems");
        problems.put("errors", errors);
        problems.put("warnings", warnings);
        problems.put("infos", row.problems().size() - errors - warnings);
        node.put("sameGradeProbability", row.stability().sameGradeProbability());
        return node;
    }

    /** Excel's RANK.EQ, highest first, ties sharing the best rank, as 汇总.xlsx ranks. */
    static int[] ranks(List<SummaryRow> rows) {
        BigDecimal[] totals = rows.stream().map(SummaryRow::total).toArray(BigDecimal[]::new);
        int[] ranks = new int[totals.length];
        for (int i = 0; i < totals.length; i++) {
            int higher = 0;
            for (BigDecimal other : totals) {
                if (other.compareTo(totals[i]) > 0) {
                    higher++;
                }
            }
            ranks[i] = higher + 1;
        }
        return ranks;
    }

    /** Counts per grade in the default set's band order (优 良 中 差), any other set's own labels after them. */
    private static ArrayNode grades(List<SummaryRow> rows, GradeScale scale) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        scale.bands().forEach(b -> counts.put(b.label(), 0));
        rows.forEach(r -> counts.merge(r.grade(), 1, Integer::sum));
        ArrayNode grades = Json.array();
        counts.forEach((grade, n) -> grades.addObject().put("grade", grade).put("count", n));
        return grades;
    }

    private static ObjectNode histogram(List<SummaryRow> rows) {
        int[] bins = new int[BINS.size()];
        for (SummaryRow row : rows) {
            double total = row.total().doubleValue();
            bins[total < 60 ? 0 : Math.min(BINS.size() - 1, 1 + (int) ((total - 60) / 5))]++;
        }
        ObjectNode node = Json.object();
        ArrayNode labels = node.putArray("labels");
        BINS.forEach(labels::add);
        ArrayNode counts = node.putArray("counts");
        Arrays.stream(bins).forEach(counts::add);
        return node;
    }

    /**
     * Per indicator (一级/三级 name, the key 汇总.xlsx's 失分率 uses): how many evaluations lost points on it, of
     * how many that have it, the average points lost and the average share of its 分值 lost; most often lost
     * first.
     */
    private static ArrayNode losses(List<SummaryRow> rows) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (SummaryRow row : rows) {
            for (SummaryRow.Loss loss : row.losses()) {
                if (loss.weight().signum() <= 0) {
                    continue; // a row without 分值 has nothing to lose
                }
                double lost = loss.weight().subtract(loss.score()).doubleValue();
                double[] s = sums.computeIfAbsent(loss.indicator(), k -> new double[4]);
                s[0]++;
                if (lost > 0.005) {
                    s[1]++;
                }
                s[2] += Math.max(0, lost);
                s[3] += Math.max(0, lost) / loss.weight().doubleValue();
            }
        }
        List<Map.Entry<String, double[]>> entries = new ArrayList<>(sums.entrySet());
        entries.removeIf(e -> e.getValue()[1] == 0);
        entries.sort((a, b) -> a.getValue()[1] != b.getValue()[1] ? Double.compare(b.getValue()[1], a.getValue()[1])
                : Double.compare(b.getValue()[3], a.getValue()[3]));
        ArrayNode losses = Json.array();
        for (Map.Entry<String, double[]> e : entries.subList(0, Math.min(LOSSES_SHOWN, entries.size()))) {
            double[] s = e.getValue();
            String key = e.getKey();
            int slash = key.indexOf('/');
            ObjectNode node = losses.addObject();
            node.put("indicator", slash < 0 ? key : key.substring(slash + 1));
            node.put("level1", slash < 0 ? "" : key.substring(0, slash));
            node.put("lostIn", (int) s[1]);
            node.put("evaluations", (int) s[0]);
            node.put("averageLost", Json.round(s[2] / s[0]));
            node.put("averageLossRate", Json.round4(s[3] / s[0]));
        }
        return losses;
    }

    private static ObjectNode statistics(List<SummaryRow> rows) {
        ObjectNode node = Json.object();
        node.put("count", rows.size());
        if (rows.isEmpty()) {
            return node;
        }
        double[] totals = rows.stream().mapToDouble(r -> r.total().doubleValue()).sorted().toArray();
        double sum = Arrays.stream(totals).sum();
        node.put("mean", Json.round(sum / totals.length));
        node.put("median", Json.round(totals.length % 2 == 1 ? totals[totals.length / 2]
                : (totals[totals.length / 2 - 1] + totals[totals.length / 2]) / 2));
        node.put("min", Json.round(totals[0]));
        node.put("max", Json.round(totals[totals.length - 1]));
        return node;
    }
}
