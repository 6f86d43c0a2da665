package org.jixiao.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Figure;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.rules.RuleChoice;
import org.jixiao.rules.RuleFit;
import org.jixiao.rules.RuleSet;
import org.jixiao.score.GroupScore;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.write.FillResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code --json} document: numbers as JSON numbers, rates as fractions (0.8274). */
final class JsonReport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String of(SourceWorkbook source, List<ScoredEvaluation> scored, FillResult filled) {
        ObjectNode root = NODES.objectNode();
        root.put("file", source.file().toString());
        root.put("format", source.format().extension());
        root.put("output", filled.file().toString());
        ObjectNode route = root.putObject("route");
        route.put("read", source.notLeanReason().isPresent() ? "poi" : "lean");
        source.notLeanReason().ifPresent(r -> route.put("readReason", r));
        route.put("fill", filled.notLeanReason().isPresent() ? "poi" : "lean");
        filled.notLeanReason().ifPresent(r -> route.put("fillReason", r));
        if (!scored.isEmpty()) {
            root.set("rules", rulesUsed(scored));
        }
        ArrayNode evaluations = root.putArray("evaluations");
        scored.forEach(s -> evaluations.add(evaluation(s)));
        return write(root);
    }

    /**
     * The top-level "rules": the set that scored every sheet (name, version, sha256 as before), or, where sheets
     * were scored by different sets, null for those three; "sets" lists each set used once, in sheet order, and
     * "how" says how the sheets' sets came to be used (given, auto, default, or mixed).
     */
    private static ObjectNode rulesUsed(List<ScoredEvaluation> scored) {
        List<RuleSet> sets = new ArrayList<>();
        scored.forEach(s -> {
            if (sets.stream().noneMatch(r -> r.sha256().equals(s.rules().sha256()))) {
                sets.add(s.rules());
            }
        });
        List<String> hows = scored.stream().map(s -> s.ruleChoice().how().id()).distinct().toList();
        ObjectNode node = NODES.objectNode();
        boolean one = sets.size() == 1;
        node.set("name", one ? NODES.textNode(sets.get(0).name()) : NODES.nullNode());
        node.set("version", one ? NODES.textNode(sets.get(0).version()) : NODES.nullNode());
        node.set("sha256", one ? NODES.textNode(sets.get(0).sha256()) : NODES.nullNode());
        node.put("how", hows.size() == 1 ? hows.get(0) : "mixed");
        ArrayNode list = node.putArray("sets");
        sets.forEach(r -> {
            ObjectNode set = list.addObject();
            set.put("name", r.name());
            set.put("version", r.version());
            set.put("sha256", r.sha256());
        });
        return node;
    }

    /** How one sheet's rule set was chosen, with the coverage that decided it and the runner-up. */
    private static ObjectNode ruleChoice(RuleChoice choice) {
        ObjectNode node = NODES.objectNode();
        node.put("name", choice.rules().name());
        node.put("version", choice.rules().version());
        node.put("sha256", choice.rules().sha256());
        node.put("how", choice.how().id());
        node.put("why", choice.why());
        node.setAll(fit(choice.fit()));
        node.set("runnerUp", choice.runnerUp().<JsonNode>map(r -> {
            ObjectNode runnerUp = NODES.objectNode();
            runnerUp.put("name", r.rules().name());
            runnerUp.setAll(fit(r));
            return runnerUp;
        }).orElse(NODES.nullNode()));
        return node;
    }

    /** matched, indicators and coverage (matched / indicators, a fraction) of one set on one sheet. */
    private static ObjectNode fit(RuleFit fit) {
        ObjectNode node = NODES.objectNode();
        node.put("matched", fit.matched());
        node.put("indicators", fit.indicators());
        node.put("coverage", fit.coverage());
        return node;
    }

    static String failure(ReadFailure failure) {
        ObjectNode root = NODES.objectNode();
        root.put("file", failure.file().toString());
        ObjectNode error = root.putObject("error");
        error.put("code", failure.reason().name());
        error.put("message", failure.message());
        return write(root);
    }

    private static ObjectNode evaluation(ScoredEvaluation scored) {
        var e = scored.evaluation();
        ObjectNode node = NODES.objectNode();
        node.put("sheet", e.sheet());
        node.put("kind", e.kind().id());
        node.set("rules", ruleChoice(scored.ruleChoice()));
        node.set("unit", text(e.unit()));
        node.set("project", text(e.project()));
        node.set("title", text(e.title()));
        node.set("year", e.year().<JsonNode>map(NODES::numberNode).orElse(NODES.nullNode()));
        node.set("budget", scored.budget().<JsonNode>map(b -> {
            ObjectNode budget = NODES.objectNode();
            budget.set("planned", number(b.line().budget().or(() -> b.line().initialBudget())));
            budget.set("executed", number(b.line().executed()));
            budget.set("rate", number(b.rate().map(r -> r.setScale(4, RoundingMode.HALF_UP))));
            budget.set("weight", number(Optional.of(b.weight())));
            budget.set("score", number(Optional.of(b.score())));
            budget.set("reportedScore", number(b.line().reportedScore()));
            budget.put("basis", b.basis());
            budget.put("cell", b.line().scoreCell().map(Object::toString).orElse(b.line().labelCell().toString()));
            return budget;
        }).orElse(NODES.nullNode()));
        node.set("total", number(Optional.of(scored.total())));
        node.put("grade", scored.grade().name());
        node.set("reportedTotal", number(e.reportedTotal()));
        node.set("reportedGrade", text(e.reportedGrade()));
        var robustness = scored.robustness();
        ObjectNode stability = node.putObject("robustness");
        stability.put("iterations", robustness.iterations());
        stability.put("seed", robustness.seed());
        stability.put("spread", robustness.spread());
        stability.put("sameGradeProbability", robustness.sameGradeProbability());
        stability.put("totalP5", round(robustness.totalP5()));
        stability.put("totalP95", round(robustness.totalP95()));
        ArrayNode lost = node.putArray("pointsLost");
        scored.groups().forEach(g -> {
            ObjectNode entry = lost.addObject();
            entry.put("name", g.name());
            entry.set("weight", number(g.knownWeight()));
            entry.set("score", number(Optional.of(g.score())));
            entry.set("lost", number(g.knownPointsLost()));
        });
        ArrayNode groups = node.putArray("groups");
        scored.groups().forEach(g -> groups.add(group(g)));
        ArrayNode indicators = node.putArray("indicators");
        scored.indicators().forEach(i -> indicators.add(indicator(i)));
        ArrayNode problems = node.putArray("problems");
        scored.allProblems().forEach(p -> problems.add(problem(p)));
        return node;
    }

    private static ObjectNode group(GroupScore group) {
        ObjectNode node = NODES.objectNode();
        node.put("name", group.name());
        node.set("weight", number(group.knownWeight()));
        node.set("score", number(Optional.of(group.score())));
        if (!group.children().isEmpty()) {
            ArrayNode children = node.putArray("groups");
            group.children().forEach(c -> children.add(group(c)));
        }
        return node;
    }

    private static ObjectNode indicator(IndicatorScore score) {
        Indicator i = score.indicator();
        ObjectNode node = NODES.objectNode();
        node.put("level1", i.path().level1());
        node.put("level2", i.path().level2());
        node.put("level3", i.path().name());
        node.set("weight", number(score.knownWeight().map(JsonReport::weight)));
        node.set("target", figure(i.target()));
        node.set("actual", figure(i.actual()));
        node.set("score", number(Optional.of(score.score())));
        node.set("reportedScore", number(i.reportedScore()));
        node.put("method", score.method().name());
        node.put("rule", score.ruleDescription());
        node.put("judgedByHand", score.judgedByHand());
        node.put("basis", score.basis());
        node.put("cell", i.scoreCell().toString());
        return node;
    }

    private static ObjectNode problem(Problem problem) {
        ObjectNode node = NODES.objectNode();
        node.put("code", problem.code().name());
        node.put("severity", problem.severity().name());
        node.set("cell", text(problem.cell().map(Object::toString)));
        node.put("message", problem.message());
        return node;
    }

    /** A target or actual value: the text as written; the number is in the basis. */
    private static JsonNode figure(Figure figure) {
        return figure.isBlank() ? NODES.nullNode() : NODES.textNode(figure.text());
    }

    private static BigDecimal weight(BigDecimal weight) {
        return weight.scale() > 4 ? weight.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros() : weight;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static JsonNode number(Optional<BigDecimal> value) {
        return value.<JsonNode>map(NODES::numberNode).orElse(NODES.nullNode());
    }

    private static JsonNode text(Optional<String> value) {
        return value.<JsonNode>map(NODES::textNode).orElse(NODES.nullNode());
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
