package org.jixiao.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Jackson's tree, with BigDecimals kept exact (92.44 stays 92.44, never 92.43999…). Thread-safe. */
final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static JsonNode nil() {
        return NODES.nullNode();
    }

    static JsonNode number(BigDecimal value) {
        return NODES.numberNode(value);
    }

    static JsonNode number(int value) {
        return NODES.numberNode(value);
    }

    static JsonNode number(Optional<BigDecimal> value) {
        return value.<JsonNode>map(NODES::numberNode).orElse(NODES.nullNode());
    }

    static JsonNode text(Optional<String> value) {
        return value.<JsonNode>map(NODES::textNode).orElse(NODES.nullNode());
    }

    /** Two decimals, half up, as scores are shown. */
    static BigDecimal round(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
    }

    static BigDecimal round4(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP) : BigDecimal.ZERO;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw WebError.badRequest("JSON 无效 / invalid JSON: " + e.getOriginalMessage());
        }
    }
}
