package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.RuleSetFixtures;
import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.model.EvaluationKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorPath;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.model.Severity;
import org.jixiao.read.FigureParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The choice of a rule set for one sheet, one row per boundary: the least coverage (80%), the margin over the next
 * set (10 points), the user's set over a built-in one, the kind, weights that disagree, wildcard rows, 编码.
 */
class RuleSetChooserTest {

    @TempDir
    Path tmp;

    /** A department sheet of n indicators i0 … i(n-1) under L1/L2, each worth 5. */
    private static Evaluation sheet(int n) {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            indicators.add(RuleSetFixtures.indicator(i, "i" + i, "100", "100", "5", "5"));
        }
        return RuleSetFixtures.evaluation(indicators);
    }

    /** A set named name whose rows name the first `same` indicators at 5, the sheet's 分值, and the next `other` at 3. */
    private RuleSet set(String name, int same, int other, String extraSettings) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < same + other; i++) {
            rows.append(",L1,L2,i").append(i).append(',').append(i < same ? "5" : "3").append(",比率,,\n");
        }
        RuleSetLoad load = RuleSetFixtures.load(tmp.resolve(name), rows.toString(), null,
                "设置项,值\n名称," + name + "\n" + extraSettings);
        return load.ruleSet().orElseThrow(() -> new AssertionError(load.errors().toString()));
    }

    private static List<ProblemCode> codes(RuleChoice choice) {
        return choice.hints().stream().map(Problem::code).toList();
    }

    @ParameterizedTest(name = "{0} of 10 named with the sheet''s 分值, {1} with another → {2} {3}")
    @CsvSource(textBlock = """
            10, 0, auto,    10/10
            8,  0, auto,    8/10
            7,  0, default, 0/10
            7,  3, default, 0/10
            0,  10, default, 0/10
            """)
    void aSetIsChosenWhenItNamesFourFifthsOfTheSheetWithTheSheetsWeights(int same, int other, String how,
                                                                          String ratio) {
        RuleChoice choice = RuleSetChooser.withOwn(List.of(set("mine", same, other, ""))).choose(sheet(10));
        assertThat(choice.how().id()).isEqualTo(how);
        assertThat(choice.fit().ratio()).isEqualTo(ratio);
        assertThat(choice.rules().name()).isEqualTo(how.equals("auto") ? "mine" : BuiltInRuleSets.NATIONAL);
        if (how.equals("default") && same > 0) {
            assertThat(choice.runnerUp()).hasValueSatisfying(r -> assertThat(r.ratio()).isEqualTo(same + "/10"));
            assertThat(choice.why()).startsWith("默认：没有规则集与本表指标充分吻合（最接近：mine " + same + "/10");
        }
        assertThat(choice.hints()).isEmpty();
    }

    @ParameterizedTest(name = "A names {0}/20, B {1}/20 → {2}")
    @CsvSource(textBlock = """
            20, 17, A
            20, 18, A
            20, 19, default
            16, 16, default
            """)
    void theBestMustLeadTheNextByTenPointsAmongTheUsersOwnSets(int a, int b, String chosen) {
        RuleChoice choice = RuleSetChooser.withOwn(List.of(set("A", a, 0, ""), set("B", b, 0, "")))
                .choose(sheet(20));
        if (chosen.equals("A")) {
            assertThat(choice.how()).isEqualTo(RuleChoice.How.AUTO);
            assertThat(choice.rules().name()).isEqualTo("A");
            assertThat(choice.runnerUp().orElseThrow().rules().name()).isEqualTo("B");
            // B fits too (at least 80%): a 提示 names it and says A fits best
            assertThat(choice.hints()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.RULE_SET_ALTERNATIVE);
                assertThat(p.severity()).isEqualTo(Severity.INFO);
                assertThat(p.message()).contains("“B”（" + b + "/20）", "吻合度最高", "--rules B");
            });
        } else {
            assertThat(choice.how()).isEqualTo(RuleChoice.How.DEFAULT);
            assertThat(choice.rules()).isSameAs(BuiltInRuleSets.national());
            assertThat(choice.why()).contains("“A”（" + a + "/20）", "“B”（" + b + "/20）", "同样吻合");
            assertThat(codes(choice)).containsExactly(ProblemCode.RULE_SET_ALTERNATIVE);
        }
    }

    /** A sheet with exactly the indicators the department reference set names, at its 分值. */
    private static Evaluation referenceSheet() {
        List<Indicator> indicators = new ArrayList<>();
        for (RuleRow row : BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow().scope().indicatorRows()) {
            int i = indicators.size();
            indicators.add(new Indicator(new IndicatorPath(row.level1().text(), row.level2().text(), row.level3().text()),
                    Optional.empty(), row.weight(), FigureParser.parse("100%"), FigureParser.parse("100%"), "",
                    Optional.empty(), "", new CellRef("S", 5 + i, 3), new CellRef("S", 5 + i, 7)));
        }
        return RuleSetFixtures.evaluation(indicators);
    }

    /**
     * The department reference set exported and renamed, with the first `changed` 投入 rows moved by half a point
     * in pairs (+0.5, −0.5), so that its 投入 小计 and 满分合计 still hold.
     */
    private RuleSet copyOfReference(String name, int changed) throws IOException {
        Path dir = tmp.resolve(name);
        BuiltInRuleSets.export(BuiltInRuleSets.DEPARTMENT, dir);
        Path settings = dir.resolve("设置.csv");
        Files.writeString(settings, Files.readString(settings)
                .replace("名称,department-overall-reference,", "名称," + name + ","));
        Path rules = dir.resolve("指标规则.csv");
        String text = Files.readString(rules);
        String[][] moves = {{"绩效目标合理性,3,", "绩效目标合理性,3.5,"}, {"绩效指标明确性,2,", "绩效指标明确性,1.5,"},
            {"在职人员控制率,5,", "在职人员控制率,4.5,"}, {"“三公经费”变动率,5,", "“三公经费”变动率,5.5,"}};
        for (int i = 0; i < changed; i++) {
            assertThat(text).contains(moves[i][0]);
            text = text.replace(moves[i][0], moves[i][1]);
        }
        Files.writeString(rules, text);
        RuleSetLoad load = RuleSetLoader.load(dir);
        return load.ruleSet().orElseThrow(() -> new AssertionError(load.errors().toString()));
    }

    @ParameterizedTest(name = "a renamed copy of the reference set with {0} weights changed → {1}")
    @CsvSource(textBlock = """
            0, mine,                         26/26, 自有规则集优先
            2, mine,                         24/26, 自有规则集优先
            4, department-overall-reference, 26/26, 吻合度最高
            """)
    void aUsersSetWinsOverABuiltInOneThatFitsAsWell(int changed, String chosen, String ratio, String reason)
            throws IOException {
        RuleSet copy = copyOfReference("mine", changed);
        RuleChoice choice = RuleSetChooser.withOwn(List.of(copy)).choose(referenceSheet());
        assertThat(choice.how()).isEqualTo(RuleChoice.How.AUTO);
        assertThat(choice.rules().name()).isEqualTo(chosen);
        assertThat(choice.fit().ratio()).isEqualTo(ratio);
        assertThat(choice.why()).isEqualTo("自动选择：" + ratio + " 个指标与规则集一致；--rules 可指定");
        String other = chosen.equals("mine") ? "department-overall-reference" : "mine";
        assertThat(choice.runnerUp().orElseThrow().rules().name()).isEqualTo(other);
        assertThat(choice.hints()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("另有规则集与本表吻合：“" + other + "”").contains(reason, "--rules " + other));
        // without the user's set the built-in one is chosen, with nothing to mention
        RuleChoice builtIn = RuleSetChooser.builtIn().choose(referenceSheet());
        assertThat(builtIn.rules().name()).isEqualTo(BuiltInRuleSets.DEPARTMENT);
        assertThat(builtIn.hints()).isEmpty();
    }

    @Test
    void aSetForTheOtherKindIsNeverChosen() {
        RuleSet project = set("project-only", 10, 0, "适用类型,项目支出\n");
        assertThat(project.scope().kind()).contains(EvaluationKind.PROJECT);
        RuleChoice choice = RuleSetChooser.withOwn(List.of(project)).choose(sheet(10));
        assertThat(choice.how()).isEqualTo(RuleChoice.How.DEFAULT);
        assertThat(choice.runnerUp()).isEmpty();
        assertThat(choice.why()).isEqualTo("默认：没有适用于部门整体支出表并点名本表指标的其他规则集；--rules 可指定");
    }

    @Test
    void wildcardRowsNameNoIndicatorAndCodesDo() {
        RuleSet wildcard = RuleSetFixtures.valid(tmp.resolve("wild"), ",L1,*,*,,比率,,\n,L1,L2,i*,,比率,,\n");
        assertThat(wildcard.scope().indicatorRows()).isEmpty();
        assertThat(RuleSetChooser.withOwn(List.of(wildcard)).choose(sheet(5)).how()).isEqualTo(RuleChoice.How.DEFAULT);

        RuleSet coded = RuleSetFixtures.valid(tmp.resolve("coded"), "A1,,,,,比率,,\nA2,,,,5,比率,,\n");
        assertThat(coded.scope().indicatorRows()).hasSize(2);
        assertThat(coded.scope().kind()).as("no 一级 named: any kind").isEmpty();
        Evaluation withCodes = RuleSetFixtures.evaluation(List.of(coded(0, "A1"), coded(1, "A2")));
        RuleChoice choice = RuleSetChooser.withOwn(List.of(coded)).choose(withCodes);
        assertThat(choice.rules()).isSameAs(coded);
        assertThat(choice.fit().ratio()).isEqualTo("2/2");
        assertThat(choice.fit().coverage()).isEqualByComparingTo("1");
    }

    private static Indicator coded(int i, String code) {
        return new Indicator(new IndicatorPath("X", "Y", "z" + i), Optional.of(code),
                Optional.of(new BigDecimal("5")),
                FigureParser.parse("100"), FigureParser.parse("90"), "", Optional.empty(), "",
                new CellRef("S", 5 + i, 3), new CellRef("S", 5 + i, 7));
    }

    @Test
    void aGivenSetIsUsedWhateverTheFitAndASetThatFitsBetterIsNamed() {
        RuleSet mine = set("mine", 10, 0, "");
        RuleChoice forced = RuleSetChooser.withOwn(List.of(mine)).overriddenBy(BuiltInRuleSets.national())
                .choose(sheet(10));
        assertThat(forced.how()).isEqualTo(RuleChoice.How.GIVEN);
        assertThat(forced.rules()).isSameAs(BuiltInRuleSets.national());
        assertThat(forced.why()).isEqualTo("--rules 指定：通用规则，不点名指标");
        assertThat(forced.hints()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("规则集“mine”与本表更吻合（10/10 个指标一致，--rules 指定的“national-project-2020”为0/10）"));
        RuleChoice plain = RuleSetChooser.given(mine).choose(sheet(10));
        assertThat(plain.why()).isEqualTo("--rules 指定：10/10 个指标与规则集一致");
        assertThat(plain.hints()).isEmpty();
    }

    @Test
    void eachBuiltInSetIsLoadedOnceAndIsTheOneTheChooserHolds() {
        // loaded by a holder each (two start-up threads may load them at once): every look-up gives that instance
        for (String name : BuiltInRuleSets.names()) {
            RuleSet set = BuiltInRuleSets.find(name).orElseThrow();
            assertThat(BuiltInRuleSets.find(name).orElseThrow()).isSameAs(set);
            assertThat(RuleSetChooser.builtIn().candidates()).anySatisfy(c -> assertThat(c).isSameAs(set));
            assertThat(set.name()).isEqualTo(name);
        }
        assertThat(BuiltInRuleSets.national()).isSameAs(BuiltInRuleSets.find(BuiltInRuleSets.NATIONAL).orElseThrow());
        assertThat(BuiltInRuleSets.find("no-such-set")).isEmpty();
    }

    @Test
    void theFingerprintChangesWithTheSetsAndOnlyWithThem() {
        RuleSet mine = set("mine", 10, 0, "");
        assertThat(RuleSetChooser.builtIn().fingerprint()).isEqualTo(RuleSetChooser.withOwn(List.of()).fingerprint())
                .isNotEqualTo(RuleSetChooser.withOwn(List.of(mine)).fingerprint())
                .isNotEqualTo(RuleSetChooser.given(BuiltInRuleSets.national()).fingerprint());
        RuleSet reloaded = set("mine", 10, 0, "");
        assertThat(reloaded).isNotSameAs(mine);
        assertThat(RuleSetChooser.withOwn(List.of(reloaded)).fingerprint())
                .isEqualTo(RuleSetChooser.withOwn(List.of(mine)).fingerprint());
        assertThat(RuleSetChooser.withOwn(List.of(set("mine", 9, 0, ""))).fingerprint())
                .isNotEqualTo(RuleSetChooser.withOwn(List.of(mine)).fingerprint());
    }

    @Test
    void aCellForCellCopyOfABuiltInSetCountsOnce() {
        RuleSet department = BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow();
        assertThat(RuleSetChooser.withOwn(List.of(department)).candidates()).hasSize(2);
        assertThat(RuleSetChooser.builtIn().candidates()).extracting(RuleSet::name)
                .containsExactly(BuiltInRuleSets.NATIONAL, BuiltInRuleSets.DEPARTMENT);
    }

    @Test
    void theBuiltInSetsSayWhichSheetsTheyAreFor() {
        RuleSetScope national = BuiltInRuleSets.national().scope();
        assertThat(national.kind()).isEmpty();
        assertThat(national.namesIndicators()).isFalse();
        RuleSetScope department = BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow().scope();
        assertThat(department.kind()).contains(EvaluationKind.DEPARTMENT);
        // 30 rows: 4 小计 rows name no indicator, 26 do (the 否决 row among them)
        assertThat(department.indicatorRows()).hasSize(26);
        assertThat(department.describe()).isEqualTo("部门整体支出，点名 26 项指标");
    }

    @Test
    void theKindIsInferredFromTheFirstLevelsOrSetIn设置() {
        RuleSet project = RuleSetFixtures.valid(tmp.resolve("p"), ",产出指标,数量指标,培训人次,8,比率,,\n"
                + ",效益指标,*,*,,国标默认,,\n");
        assertThat(project.scope().kind()).contains(EvaluationKind.PROJECT);
        RuleSetLoad declared = RuleSetFixtures.load(tmp.resolve("d"), ",产出指标,数量指标,培训人次,8,比率,,\n", null,
                "设置项,值\n适用类型,部门整体支出\n");
        assertThat(declared.ruleSet().orElseThrow().scope().kind()).contains(EvaluationKind.DEPARTMENT);
        RuleSetLoad bad = RuleSetFixtures.load(tmp.resolve("b"), ",产出指标,数量指标,培训人次,8,比率,,\n", null,
                "设置项,值\n适用类型,专项资金\n");
        assertThat(bad.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(RuleSetError.Code.BAD_SETTING);
            assertThat(e.message()).contains("项目支出", "部门整体支出", "自动");
        });
    }
}
