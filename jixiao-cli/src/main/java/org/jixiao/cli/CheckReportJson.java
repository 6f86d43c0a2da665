package org.jixiao.cli;

import java.nio.file.Path;

import org.jixiao.report.ReportCheckResult;
import org.jixiao.report.ReportComparison;
import org.jixiao.report.ReportFinding;
import org.jixiao.report.ReportLocation;
import org.jixiao.report.StatedFigure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON document of {@code jixiao check-report --json}. A class of its own so that building the command list,
 * which every command does, does not start Jackson: its ObjectMapper took a third of a one-workbook batch's
 * start-up when it was a static field of {@link CheckReportCommand}. Stateless and thread-safe.
 */
final class CheckReportJson {

    private CheckReportJson() {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String of(ReportCheckResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("file", result.file().toString());
        root.put("format", result.format());
        root.put("encoding", result.encoding());
        root.set("against", result.against().<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
        root.put("consistent", result.consistent());
        ArrayNode figures = root.putArray("figures");
        for (StatedFigure f : result.figures()) {
            ObjectNode node = figures.addObject();
            node.put("kind", f.kind().id());
            node.set("value", f.value().<JsonNode>map(NODES::numberNode).orElse(NODES.nullNode()));
            node.set("grade", f.grade().<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
            node.put("unit", f.kind() == StatedFigure.Kind.BUDGET || f.kind() == StatedFigure.Kind.EXECUTION ? "万元"
                    : f.unit());
            node.put("text", f.text());
            node.put("part", f.part());
            node.set("location", location(f.location()));
            node.put("excerpt", f.excerpt());
        }
        ArrayNode comparisons = root.putArray("checks");
        for (ReportComparison c : result.comparisons()) {
            ObjectNode node = comparisons.addObject();
            node.put("check", c.check());
            node.put("consistent", c.consistent());
            node.put("message", c.message());
            node.set("location", c.location().<JsonNode>map(CheckReportJson::location).orElse(NODES.nullNode()));
            node.set("cell", c.cell().<JsonNode>map(cell -> NODES.textNode(cell.toString())).orElse(NODES.nullNode()));
        }
        ArrayNode findings = root.putArray("findings");
        for (ReportFinding f : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("code", f.code().name());
            node.put("severity", f.severity().name());
            node.put("message", f.message());
            node.set("location", f.location().<JsonNode>map(CheckReportJson::location).orElse(NODES.nullNode()));
            node.set("cell", f.cell().<JsonNode>map(cell -> NODES.textNode(cell.toString())).orElse(NODES.nullNode()));
        }
        return write(root);
    }

    private static ObjectNode location(ReportLocation l) {
        ObjectNode node = NODES.objectNode();
        node.set("paragraph", l.inTable() ? NODES.nullNode() : NODES.numberNode(l.paragraph()));
        node.set("sentence", l.inTable() ? NODES.nullNode() : NODES.numberNode(l.sentence()));
        node.set("line", l.line() > 0 ? NODES.numberNode(l.line()) : NODES.nullNode());
        node.set("table", l.inTable() ? NODES.numberNode(l.table()) : NODES.nullNode());
        node.set("row", l.inTable() ? NODES.numberNode(l.row()) : NODES.nullNode());
        node.set("column", l.inTable() ? NODES.numberNode(l.column()) : NODES.nullNode());
        node.put("section", l.section());
        node.put("text", l.toString());
        return node;
    }

    static String failure(Path file, String code, String message) {
        ObjectNode root = NODES.objectNode();
        root.put("file", file.toString());
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return write(root);
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
