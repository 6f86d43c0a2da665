package org.jixiao.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.batch.FileOutcome;
import org.jixiao.model.BudgetLine;
import org.jixiao.model.CellRef;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.score.BudgetScore;
import org.jixiao.score.GroupScore;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.Robustness;
import org.jixiao.score.ScoredEvaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One workbook's findings for the page: per evaluation sheet the total and grade, the 一级 subtotals, the budget
 * line, the robustness line as the text report prints it, every indicator, and every problem at its cell
 * ({@code Sheet!C7}) with what the sheet holds there and what jixiao computed for it, where the cell is a score,
 * rate, total or grade cell.
 */
final class DetailJson {

    private DetailJson() {
    }

    /** What a cell holds as submitted and as recomputed. */
    private record Values(String submitted, String recomputed) {
    }

    static String of(WebBatch batch, int index, FileOutcome.Scored outcome, List<ScoredEvaluation> evaluations) {
        ObjectNode root = Json.object();
        root.put("row", index);
        root.put("file", outcome.name());
        root.put("copy", "/api/batches/" + batch.id + "/download/copy?row=" + index);
        root.put("copyName", outcome.output().getFileName().toString());
        root.put("report", "/api/batches/" + batch.id + "/download/report?row=" + index);
        root.put("reportName", batch.reportDraftName(index));
        ArrayNode sheets = root.putArray("evaluations");
        evaluations.forEach(s -> sheets.add(evaluation(s)));
        return Json.write(root);
    }

    private static ObjectNode evaluation(ScoredEvaluation s) {
        var e = s.evaluation();
        ObjectNode node = Json.object();
        node.put("sheet", e.sheet());
        node.put("kind", e.kind().chinese());
        node.set("unit", Json.text(e.unit()));
        node.set("project", Json.text(e.project()));
        node.set("title", Json.text(e.title()));
        node.set("year", e.year().<JsonNode>map(Json::number).orElse(Json.nil()));
        node.put("rules", s.ruleChoice().describe());
        node.set("total", Json.number(s.total()));
        node.put("grade", s.grade().label());
        node.set("reportedTotal", Json.number(e.reportedTotal()));
        node.set("reportedGrade", Json.text(e.reportedGrade()));
        node.set("budget", s.budget().<JsonNode>map(DetailJson::budget).orElse(Json.nil()));
        ArrayNode groups = node.putArray("groups");
        s.groups().forEach(g -> groups.add(group(g)));
        node.set("robustness", robustness(s.robustness()));
        ArrayNode indicators = node.putArray("indicators");
        s.indicators().forEach(i -> indicators.add(indicator(i)));
        Map<String, Values> values = values(s);
        ArrayNode findings = node.putArray("findings");
        for (Problem p : s.allProblems()) {
            ObjectNode f = findings.addObject();
            String cell = p.cell().map(CellRef::toString).orElse("");
            f.put("cell", cell);
            f.put("code", p.code().name());
            f.put("title", p.code().title());
            f.put("severity", p.severity().name());
            f.put("severityLabel", p.severity().chinese());
            f.put("message", p.message());
            Values v = values.get(cell);
            f.set("submitted", v == null ? Json.nil() : Json.text(Optional.ofNullable(v.submitted())));
            f.set("recomputed", v == null ? Json.nil() : Json.text(Optional.ofNullable(v.recomputed())));
        }
        return node;
    }

    /** The cells whose submitted and recomputed values jixiao knows: scores, the rate, the total, the grade. */
    private static Map<String, Values> values(ScoredEvaluation s) {
        Map<String, Values> values = new HashMap<>();
        for (IndicatorScore i : s.indicators()) {
            values.put(i.indicator().scoreCell().toString(),
                    new Values(plain(i.indicator().reportedScore()), i.score().toPlainString()));
        }
        s.budget().ifPresent(b -> {
            BudgetLine line = b.line();
            line.scoreCell().ifPresent(c -> values.put(c.toString(), new Values(plain(line.reportedScore()),
                    b.score().toPlainString())));
            line.rateCell().ifPresent(c -> values.put(c.toString(), new Values(percent(line.reportedRate()),
                    percent(b.rate()))));
        });
        var e = s.evaluation();
        e.totalCell().ifPresent(c -> values.put(c.toString(), new Values(plain(e.reportedTotal()),
                s.total().toPlainString())));
        e.gradeCell().ifPresent(c -> values.put(c.toString(), new Values(e.reportedGrade().orElse(null),
                s.grade().label())));
        return values;
    }

    private static ObjectNode budget(BudgetScore b) {
        BudgetLine line = b.line();
        ObjectNode node = Json.object();
        node.put("label", line.label());
        node.set("planned", Json.number(line.budget().or(line::initialBudget)));
        node.set("executed", Json.number(line.executed()));
        node.set("rate", Json.number(b.rate().map(r -> r.setScale(4, RoundingMode.HALF_UP))));
        node.set("weight", Json.number(b.weight()));
        node.set("score", Json.number(b.score()));
        node.set("reportedScore", Json.number(line.reportedScore()));
        node.put("basis", b.basis());
        node.put("cell", line.scoreCell().orElse(line.labelCell()).toString());
        return node;
    }

    private static ObjectNode group(GroupScore g) {
        ObjectNode node = Json.object();
        node.put("name", g.name());
        node.set("weight", Json.number(g.knownWeight()));
        node.set("score", Json.number(g.score()));
        node.set("lost", Json.number(g.knownPointsLost()));
        return node;
    }

    private static ObjectNode robustness(Robustness r) {
        ObjectNode node = Json.object();
        node.put("iterations", r.iterations());
        node.put("spread", r.spread());
        node.put("sameGradeProbability", r.sameGradeProbability());
        node.put("p5", Json.round(r.totalP5()));
        node.put("p95", Json.round(r.totalP95()));
        // the same sentence as the text report's, so the page and the terminal say one thing
        node.put("line", String.format("分值随机浮动±%.0f%%（%d次），等级不变的概率 %.1f%%，总分 P5–P95 %.2f–%.2f",
                r.spread() * 100, r.iterations(), r.sameGradeProbability() * 100, r.totalP5(), r.totalP95()));
        return node;
    }

    private static ObjectNode indicator(IndicatorScore score) {
        Indicator i = score.indicator();
        ObjectNode node = Json.object();
        node.put("level1", i.path().level1());
        node.put("level2", i.path().level2());
        node.put("level3", i.path().name());
        node.set("weight", Json.number(score.knownWeight()));
        node.put("target", i.target().isBlank() ? "" : i.target().text());
        node.put("actual", i.actual().isBlank() ? "" : i.actual().text());
        node.set("reportedScore", Json.number(i.reportedScore()));
        node.set("score", Json.number(score.score()));
        node.put("basis", score.basis());
        node.put("rule", score.ruleDescription());
        node.put("cell", i.scoreCell().toString());
        return node;
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }

    private static String percent(Optional<BigDecimal> fraction) {
        return fraction.map(f -> f.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%")
                .orElse(null);
    }
}
