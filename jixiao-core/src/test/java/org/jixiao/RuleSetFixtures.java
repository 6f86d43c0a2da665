package org.jixiao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.model.EvaluationKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorPath;
import org.jixiao.read.FigureParser;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.rules.RuleSetLoader;

/** Rule sets written as CSV text and evaluations built from records, for rule tests. */
public final class RuleSetFixtures {

    public static final String RULES_HEADER = "编码,一级指标,二级指标,三级指标,分值,规则类型,参数,说明\n";

    private RuleSetFixtures() {
    }

    /** Writes the three CSV files (settings and grades optional) into dir and loads them. */
    public static RuleSetLoad load(Path dir, String rulesBody, String grades, String settings) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("指标规则.csv"), RULES_HEADER + rulesBody, StandardCharsets.UTF_8);
            if (grades != null) {
                Files.writeString(dir.resolve("等级.csv"), grades, StandardCharsets.UTF_8);
            }
            if (settings != null) {
                Files.writeString(dir.resolve("设置.csv"), settings, StandardCharsets.UTF_8);
            }
            return RuleSetLoader.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleSet valid(Path dir, String rulesBody) {
        RuleSetLoad load = load(dir, rulesBody, null, null);
        return load.ruleSet().orElseThrow(() -> new AssertionError(load.errors().toString()));
    }

    /** An indicator row 5+i of sheet S named name under 一级 L1 / 二级 L2. */
    public static Indicator indicator(int i, String name, String target, String actual, String weight,
                                      String reported) {
        return new Indicator(new IndicatorPath("L1", "L2", name), Optional.empty(), num(weight),
                FigureParser.parse(target), FigureParser.parse(actual), "", num(reported), "",
                new CellRef("S", 5 + i, 3), new CellRef("S", 5 + i, 7));
    }

    public static Evaluation evaluation(List<Indicator> indicators) {
        return new Evaluation("S", EvaluationKind.DEPARTMENT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), indicators, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 40, List.of());
    }

    static Optional<BigDecimal> num(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(value));
    }
}
