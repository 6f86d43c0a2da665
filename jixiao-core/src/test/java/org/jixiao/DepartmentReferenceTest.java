package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.rules.RuleSetLoader;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.GroupScore;
import org.jixiao.score.Grade;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 部门整体 sample scored with department-overall-reference gives the totals worked out by hand from the rule
 * text (see DepartmentSheets.reference); the same sheet with an edited copy of the rules — one weight moved,
 * one tier edge changed, saved from Excel as GBK — gives the new totals.
 */
class DepartmentReferenceTest {

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private static ScoredEvaluation score(RuleSet rules) {
        return new Scorer(rules).score(Samples.read(SampleWorkbooks.DEPARTMENT_REFERENCE).evaluations().get(0));
    }

    @Test
    void referenceRulesGiveTheHandComputedTotals() {
        ScoredEvaluation s = score(BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow());
        assertThat(s.groups()).extracting(GroupScore::name, GroupScore::weight, GroupScore::score).containsExactly(
                tuple("投入", n("20"), n("17.75")), tuple("过程", n("35"), n("28.35")),
                tuple("产出", n("25"), n("19.00")), tuple("效果", n("20"), n("17.00")), tuple("否决", n("0"), n("0.00")));
        assertThat(s.total()).isEqualByComparingTo("82.10");
        assertThat(s.grade()).isEqualTo(Grade.良);
        assertThat(Samples.indicator(s, "预算调整率").score()).isEqualByComparingTo("2");
        assertThat(Samples.indicator(s, "结转结余率").counted()).isFalse();
        assertThat(Samples.indicator(s, "在职人员控制率").basis()).contains("1.5个步长");
    }

    @Test
    void anEditedCopySavedAsGbkGivesTheNewTotals(@TempDir Path dir) throws IOException {
        BuiltInRuleSets.export(BuiltInRuleSets.DEPARTMENT, dir);
        Path rules = dir.resolve("指标规则.csv");
        String text = Files.readString(rules, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String edited = text
                .replace(",产出,职责履行,实际完成率,10,", ",产出,职责履行,实际完成率,11,")
                .replace(",产出,职责履行,重点工作办结率,5,", ",产出,职责履行,重点工作办结率,4,")
                .replace("(0,10%]:2|(10%,20%]:1", "(0,10%):2|[10%,20%]:1");
        assertThat(edited).isNotEqualTo(text);
        Files.write(rules, edited.getBytes(Charset.forName("GBK")));
        RuleSetLoad load = RuleSetLoader.load(dir);
        assertThat(load.errors()).isEmpty();
        assertThat(load.notes()).anyMatch(note -> note.contains("GBK"));
        ScoredEvaluation s = score(load.ruleSet().orElseThrow());
        // 实际完成率 11 × 95% = 10.45 (+0.95); 办结率 still 0 of 4; 预算调整率 10% now in [10%,20%] → 1 (−1)
        assertThat(Samples.indicator(s, "实际完成率").score()).isEqualByComparingTo("10.45");
        assertThat(Samples.indicator(s, "预算调整率").score()).isEqualByComparingTo("1");
        assertThat(s.total()).isEqualByComparingTo("82.05");
        assertThat(load.ruleSet().get().sha256())
                .isNotEqualTo(BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow().sha256());
    }
}
