package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.model.Severity;
import org.jixiao.read.FigureParser;
import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleChoice;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.rules.RuleSetLoader;
import org.jixiao.rules.RuleType;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.GroupScore;
import org.jixiao.score.Grade;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The samples scored with no rule set named (issue 20): each gets the set that fits its indicators, with the
 * totals worked out by hand for that set — department-overall-reference.xlsx the reference set's 82.10 良 (see
 * DepartmentReferenceTest and DepartmentSheets.reference), the others the national default's totals of
 * SampleScoringTest. A 否决 row without 分值 is a veto under every set.
 */
class RuleChoiceSamplesTest {

    @TempDir
    Path tmp;

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0} → {1} ({2} {3}), {4} {5}")
    @CsvSource(textBlock = """
            department-overall-reference.xlsx, department-overall-reference, auto,    26/26, 82.10, 良
            department-scoring.xlsx,           national-project-2020,        default, 0/11,  95.45, 优
            hualong-2022-department.xlsx,      national-project-2020,        default, 0/13,  92.44, 优
            national-project-clean.xlsx,       national-project-2020,        default, 0/10,  96.55, 优
            national-project-lenient.xlsx,     national-project-2020,        default, 0/10,  89.68, 良
            national-project-lenient.xls,      national-project-2020,        default, 0/10,  89.68, 良
            """)
    void withoutRulesEachSampleGetsTheSetThatFitsItsIndicators(String sample, String rules, String how,
                                                              String ratio, String total, String grade) {
        ScoredEvaluation s = Samples.scoreOnly(sample);
        assertThat(s.rules().name()).isEqualTo(rules);
        assertThat(s.ruleChoice().how().id()).isEqualTo(how);
        assertThat(s.ruleChoice().fit().ratio()).isEqualTo(ratio);
        assertThat(s.total()).isEqualByComparingTo(total);
        assertThat(s.grade().label()).isEqualTo(grade);
        assertThat(s.allProblems()).extracting(Problem::severity).doesNotContain(Severity.ERROR);
    }

    @Test
    void theDepartmentSamplesNameTheReferenceSetAsTheClosestButFarBelowTheBar() {
        // all their indicators are named by the reference set, but only 在职人员控制率 and “三公经费”变动率
        // (department-scoring) or 在职人员控制率 and 重点支出安排率 (hualong) with the sheet's 分值
        assertThat(Samples.scoreOnly(SampleWorkbooks.DEPARTMENT).ruleChoice().runnerUp().orElseThrow().ratio())
                .isEqualTo("2/11");
        RuleChoice hualong = Samples.scoreOnly(SampleWorkbooks.HUALONG).ruleChoice();
        assertThat(hualong.runnerUp().orElseThrow().ratio()).isEqualTo("2/13");
        assertThat(hualong.why()).isEqualTo("默认：没有规则集与本表指标充分吻合（最接近：department-overall-reference 2/13，"
                + "自动选择需至少 80%）；--rules 可指定");
        assertThat(hualong.hints()).isEmpty();
        assertThat(Samples.scoreOnly(SampleWorkbooks.CLEAN).ruleChoice().runnerUp()).as("another kind").isEmpty();
    }

    @Test
    void theReferenceSampleIsScoredAsByHandWithTheVetoRowWeighingNothing() {
        ScoredEvaluation s = Samples.scoreOnly(SampleWorkbooks.DEPARTMENT_REFERENCE);
        assertThat(s.groups()).extracting(GroupScore::name, GroupScore::weight, GroupScore::score).containsExactly(
                tuple("投入", n("20"), n("17.75")), tuple("过程", n("35"), n("28.35")),
                tuple("产出", n("25"), n("19.00")), tuple("效果", n("20"), n("17.00")), tuple("否决", n("0"), n("0.00")));
        assertThat(s.grade()).isEqualTo(Grade.良);
        assertThat(s.allProblems()).extracting(Problem::code)
                .doesNotContain(ProblemCode.WEIGHT_MISSING, ProblemCode.WEIGHT_TOTAL_MISMATCH);
    }

    @Test
    void aVetoRowWithoutWeightIsAVetoEvenUnderTheNationalSet() {
        ScoredEvaluation s = new Scorer(BuiltInRuleSets.national())
                .score(Samples.read(SampleWorkbooks.DEPARTMENT_REFERENCE).evaluations().get(0));
        IndicatorScore veto = Samples.indicator(s, "重大违纪违规");
        assertThat(veto.ruleType()).isEqualTo(RuleType.VETO);
        assertThat(veto.weight()).isEqualByComparingTo("0");
        assertThat(veto.ruleDescription()).isEqualTo("否决（默认否决规则）");
        assertThat(s.allProblems()).extracting(Problem::code).doesNotContain(ProblemCode.WEIGHT_MISSING);
        // the national default keeps the sheet's 分值 (结转结余率 and 结转结余变动率 both count: 103), the veto row
        // adds nothing to them; not triggered (否), so the total is the sheet's 97.82 优
        assertThat(s.allProblems()).filteredOn(p -> p.code() == ProblemCode.WEIGHT_TOTAL_MISMATCH)
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("分值合计103，"));
        assertThat(s.total()).isEqualByComparingTo("97.82");
        assertThat(s.grade()).isEqualTo(Grade.优);
    }

    @ParameterizedTest(name = "triggered under {0}: total {1}, grade {2}")
    @CsvSource(textBlock = """
            national-project-2020,        97.82, 差
            department-overall-reference, 82.10, 差
            own-veto-rule,                97.82, 中
            """)
    void aTriggeredVetoCapsTheGradeAsTheSetsVetoRuleSays(String set, String total, String grade) throws IOException {
        RuleSet rules = switch (set) {
            case "own-veto-rule" -> RuleSetFixtures.valid(tmp.resolve("own"), ",*,*,*,,国标默认,,\n"
                    + ",否决,否决事项,重大安全事故,,否决,封顶等级=中,\n");
            default -> BuiltInRuleSets.find(set).orElseThrow();
        };
        Evaluation triggered = withActual(Samples.read(SampleWorkbooks.DEPARTMENT_REFERENCE).evaluations().get(0),
                "重大违纪违规", "是");
        ScoredEvaluation s = new Scorer(rules).score(triggered);
        assertThat(s.total()).isEqualByComparingTo(total);
        assertThat(s.grade().label()).isEqualTo(grade);
        assertThat(s.allProblems()).extracting(Problem::code).contains(ProblemCode.VETO_APPLIED)
                .doesNotContain(ProblemCode.WEIGHT_MISSING);
    }

    /** The evaluation with one indicator's 实际完成值 replaced. */
    private static Evaluation withActual(Evaluation e, String name, String actual) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : e.indicators()) {
            indicators.add(!i.path().name().equals(name) ? i : new Indicator(i.path(), i.code(), i.weight(), i.target(),
                    FigureParser.parse(actual), i.standard(), i.reportedScore(), i.deviationNote(), i.nameCell(),
                    i.scoreCell()));
        }
        assertThat(indicators).isNotEqualTo(e.indicators());
        return new Evaluation(e.sheet(), e.kind(), e.title(), e.unit(), e.project(), e.year(), e.budgetLines(),
                indicators, e.labelWeights(), e.reportedTotal(), e.totalCell(), e.totalWeight(), e.reportedGrade(),
                e.gradeCell(), e.lastRow(), e.problems());
    }

    @Test
    void aRenamedCopyOfTheReferenceSetInTheUsersFolderIsChosenAndTheBuiltInOneNamed() throws IOException {
        Path folder = tmp.resolve("rules");
        Path mine = folder.resolve("某区部门整体");
        BuiltInRuleSets.export(BuiltInRuleSets.DEPARTMENT, mine);
        Path settings = mine.resolve("设置.csv");
        Files.writeString(settings, Files.readString(settings)
                .replace("名称,department-overall-reference,", "名称,my-county-department,"));
        Map<Path, RuleSetLoad> loads = RuleSetLoader.loadFolder(folder);
        assertThat(loads).containsOnlyKeys(mine);
        RuleSet own = loads.get(mine).ruleSet().orElseThrow();
        assertThat(own.name()).isEqualTo("my-county-department");
        Scorer scorer = new Scorer(RuleSetChooser.withOwn(List.of(own)));

        ScoredEvaluation s = scorer.score(Samples.read(SampleWorkbooks.DEPARTMENT_REFERENCE).evaluations().get(0));
        assertThat(s.rules()).isSameAs(own);
        assertThat(s.ruleChoice().describe())
                .isEqualTo("my-county-department （自动选择：26/26 个指标与规则集一致；--rules 可指定）");
        assertThat(s.total()).isEqualByComparingTo("82.10");
        assertThat(s.allProblems()).filteredOn(p -> p.code() == ProblemCode.RULE_SET_ALTERNATIVE).singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.INFO);
                    assertThat(p.message()).contains("“department-overall-reference”（26/26）", "自有规则集优先",
                            "--rules department-overall-reference");
                });
        // the founding case fits neither: still the national 92.44 优, without a 提示
        ScoredEvaluation hualong = scorer.score(Samples.read(SampleWorkbooks.HUALONG).evaluations().get(0));
        assertThat(hualong.rules().name()).isEqualTo(BuiltInRuleSets.NATIONAL);
        assertThat(hualong.total()).isEqualByComparingTo("92.44");
        assertThat(hualong.allProblems()).isEmpty();
    }
}
