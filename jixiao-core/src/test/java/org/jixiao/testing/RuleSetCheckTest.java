package org.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.RuleSetFixtures;
import org.jixiao.Samples;
import org.jixiao.TestSheets;
import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetError;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test-support API: the founding case in a few lines, every failure with its cell, and how figures are found. */
class RuleSetCheckTest {

    private static final String HUALONG = SampleWorkbooks.HUALONG;
    private static final String REFERENCE = SampleWorkbooks.DEPARTMENT_REFERENCE;

    @TempDir
    Path tmp;

    private static RuleSet national() {
        return BuiltInRuleSets.national();
    }

    private static RuleSet department() {
        return BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow();
    }

    @Test
    void theFoundingCaseInFourLines() {
        RuleSetCheck.of(national()).samples(Samples.DIR)
                .expect(HUALONG, "总分", "92.44")
                .expect(HUALONG, "等级", "优")
                .expect(HUALONG, "预算执行", "8.27")
                .verify();
    }

    @Test
    void verifyListsEveryFailureWithFileSheetCellExpectedAndActual() {
        RuleSetCheck check = RuleSetCheck.of(department()).samples(Samples.DIR)
                .expect(REFERENCE, "总分", "82.00")
                .expect(REFERENCE, "评分表", "等级", "良")
                .expect(REFERENCE, "在职人员控制率", "5")
                .expect(REFERENCE, "等级", "优");
        assertThatThrownBy(check::verify).isInstanceOf(AssertionError.class).hasMessage(String.join(
                System.lineSeparator(),
                "3 / 4 条期望未通过 / 3 of 4 expectations failed（规则集 department-overall-reference）:",
                "  department-overall-reference.xlsx!评分表!J30：期望 82.00，实际 82.10 / expected 82.00, got 82.10（总分）",
                "  department-overall-reference.xlsx!评分表!J6：期望 5，实际 4.25 / expected 5, got 4.25（在职人员控制率）",
                // the sheet has no grade cell: the one the filled copy adds beside 总分
                "  department-overall-reference.xlsx!评分表!L30：期望 优，实际 良 / expected 优, got 良（等级）"));
        RuleSetCheck.Result result = check.run();
        assertThat(result.checked()).isEqualTo(4);
        assertThat(result.failures()).extracting(f -> f.actual().orElseThrow()).containsExactly("82.10", "4.25", "良");
    }

    @Test
    void numbersAreComparedAtTwoDecimalsAndTheGradeExactly() {
        RuleSetCheck check = RuleSetCheck.of(department()).samples(Samples.DIR)
                .expect(REFERENCE, "总分", "82.1")
                .expect(REFERENCE, "总分", "82.104")
                .expect(REFERENCE, "固定资产利用率", "2.849")
                .expect(REFERENCE, "总分", "82.11")
                .expect(REFERENCE, "等级", "良好");
        assertThat(check.run().failures()).extracting(RuleSetCheck.Failure::expected).containsExactly("82.11", "良好");
    }

    @Test
    void checksAreImmutableValues() {
        RuleSetCheck empty = RuleSetCheck.of(national());
        RuleSetCheck one = empty.expect(HUALONG, "总分", "92.44");
        assertThat(empty.expectations()).isEmpty();
        assertThat(one.expectations()).hasSize(1);
        assertThat(one.samples(Samples.DIR).sampleFolders()).containsExactly(Samples.DIR);
        assertThat(one.sampleFolders()).containsExactly(Path.of(""));
        assertThatThrownBy(empty::verify).isInstanceOf(AssertionError.class).hasMessageContaining("nothing to check");
        assertThatThrownBy(() -> empty.expect(HUALONG, "总分", "九十")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("期望值应为数字", "number").hasMessageContaining("九十");
        assertThatThrownBy(() -> empty.expect(HUALONG, "", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subtotalsByLevelNameOrPathNamingTheCellsTheyAddUp() {
        RuleSetCheck.Result result = RuleSetCheck.of(department()).samples(Samples.DIR)
                .expect(REFERENCE, "投入", "0")
                .expect(REFERENCE, "预算配置", "0")
                .expect(REFERENCE, "过程/预算执行", "0")
                .expect(REFERENCE, "过程/预算执行/预算调整率", "0")
                .run();
        // 投入 3 + 1.5 + 4.25 + 5 + 4; 预算配置 4.25 + 5 + 4
        assertThat(result.failures()).extracting(RuleSetCheck.Failure::location, f -> f.actual().orElseThrow())
                .containsExactly(
                        tuple(REFERENCE + "!评分表!J4:J8", "17.75"),
                        tuple(REFERENCE + "!评分表!J6:J8", "13.25"),
                        // 结转结余率 (J12) is the one of the either-or pair that is not counted
                        tuple(REFERENCE + "!评分表!J9:J11,J13:J14", "12.50"),
                        tuple(REFERENCE + "!评分表!J10", "2.00"));
    }

    @Test
    void theWordBudgetNamesTheBudgetScoreAndALevelOfThatNameNeedsItsPath() {
        RuleSetCheck check = RuleSetCheck.of(national()).samples(Samples.DIR)
                .expect(HUALONG, "预算执行", "8.27")
                .expect(HUALONG, "过程/预算执行", "7.5")
                .expect(REFERENCE, "预算执行", "1");
        assertThat(check.run().failures()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(REFERENCE + "!评分表");
            assertThat(f.message()).contains("没有预算执行得分", "过程/预算执行");
        });
        assertThat(check.run().checked()).isEqualTo(3);
        RuleSetCheck.Result budget = RuleSetCheck.of(national()).samples(Samples.DIR)
                .expect(HUALONG, "预算执行", "10").run();
        assertThat(budget.failures().get(0).location()).isEqualTo(HUALONG + "!部门整体自评表!I6");
    }

    @Test
    void unknownAmbiguousAndMissingThingsAreFailuresThatSayWhy() throws IOException {
        Object[][] twice = {
            {"项目支出绩效自评表"},
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标", "数量指标", "完成率", "≥100%", "90%", 50, 45},
            {"效益指标", "社会效益指标", "完成率", "≥100%", "100%", 50, 50},
            {"总分", null, null, null, null, 100, 95},
        };
        Path file = TestSheets.xlsx().sheet("表一", twice).sheet("表二", twice).save(tmp.resolve("两张表.xlsx"));
        RuleSetCheck.Result result = RuleSetCheck.of(national()).samples(tmp)
                .expect("两张表.xlsx", "总分", "95")
                .expect("两张表.xlsx", "表三", "总分", "95")
                .expect("两张表.xlsx", "表一", "完成率", "45")
                .expect("两张表.xlsx", "表一", "效益指标/社会效益指标/完成率", "50")
                .expect("两张表.xlsx", "表二", "没有的指标", "1")
                .expect("不存在.xlsx", "总分", "1")
                .expect(file.toString(), "表二", "产出指标", "45")
                .run();
        assertThat(result.failures()).extracting(RuleSetCheck.Failure::toString).satisfiesExactly(
                f -> assertThat(f).startsWith("两张表.xlsx：工作簿有 2 张评分表（表一、表二），请在“工作表”列写明是哪一张"),
                f -> assertThat(f).startsWith("两张表.xlsx：工作簿中没有评分表“表三”；评分表有：表一、表二"),
                f -> assertThat(f).startsWith("两张表.xlsx!表一：“完成率”指代多处：产出指标/数量指标/完成率、效益指标/社会效益指标/完成率；"
                        + "请写成 一级/二级/三级 路径"),
                f -> assertThat(f).startsWith("两张表.xlsx!表二：表“表二”中没有名为或编码为“没有的指标”的指标").contains("指标有：完成率"),
                f -> assertThat(f).startsWith("不存在.xlsx：找不到样例工作簿；查找了：" + tmp));
        assertThat(RuleSetCheck.of(national()).samples(tmp).expect("不存在.xlsx", "总分", "1")
                .expect("不存在.xlsx", "等级", "优").missingSampleErrors())
                .singleElement().satisfies(e -> {
                    assertThat(e.code()).isEqualTo(RuleSetError.Code.SAMPLE_NOT_FOUND);
                    assertThat(e.value()).isEqualTo("不存在.xlsx");
                    assertThat(e.message()).contains("共 2 行", tmp.toString());
                });
    }

    @Test
    void anIndicatorByItsCode() throws IOException {
        Object[][] rows = {
            {"项目支出绩效自评表"},
            {"指标编码", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"CC-01", "产出指标", "数量指标", "培训人次", "≥500", "480", 60, 60},
            {"CC-02", "满意度指标", "满意度", "满意度", "≥90%", "95%", 40, 40},
            {"总分", null, null, null, null, null, 100, 100},
        };
        TestSheets.xlsx().sheet("Sheet1", rows).save(tmp.resolve("coded.xlsx"));
        RuleSetCheck.Result result = RuleSetCheck.of(national()).samples(tmp)
                .expect("coded.xlsx", "CC-01", "60").expect("coded.xlsx", "满意度", "40").run();
        // 60 × 480/500 = 57.60
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("coded.xlsx!Sheet1!H3");
            assertThat(f.actual()).contains("57.60");
        });
    }

    @Test
    void theRuleSetIsForcedEvenWhereAnotherFitsTheSheetBetter() {
        // without --rules the reference sample gets the reference set (82.10); checked with the national set it
        // keeps its own weights and the national default
        RuleSetCheck.Result result = RuleSetCheck.of(national()).samples(Samples.DIR)
                .expect(REFERENCE, "总分", "82.10").run();
        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.actual()).isNotEqualTo("82.10"));
    }

    @Test
    void aSetOnDiskWithItsOwnTableFindsSamplesBesideIt() throws IOException {
        Path dir = tmp.resolve("评分 规则");
        BuiltInRuleSets.export(BuiltInRuleSets.NATIONAL, dir);
        Files.copy(Samples.DIR.resolve(HUALONG), tmp.resolve(HUALONG));
        Files.writeString(dir.resolve("测试.csv"), "样例工作簿,指标,期望值\n" + HUALONG + ",总分,92.44\n" + HUALONG
                + ",等级,优\n", StandardCharsets.UTF_8);
        RuleSetCheck check = RuleSetCheck.load(dir);
        assertThat(check.sampleFolders()).containsExactly(dir.toAbsolutePath(), tmp.toAbsolutePath());
        check.verify();
        Files.writeString(dir.resolve("测试.csv"), "样例工作簿,指标\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleSetCheck.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("测试.csv 第1行 列“期望值”");
        Path invalid = tmp.resolve("invalid");
        RuleSetFixtures.load(invalid, ",*,*,a,5,分挡,,\n", null, null);
        assertThatThrownBy(() -> RuleSetCheck.load(invalid)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNKNOWN_RULE_TYPE");
        assertThatThrownBy(() -> RuleSetCheck.builtIn("nope")).hasMessageContaining("department-overall-reference");
        assertThat(RuleSetCheck.besides(tmp.resolve("rules.xlsx"))).containsExactly(tmp.toAbsolutePath());
        assertThat(List.of(check.ruleSetName())).containsExactly("national-project-2020");
    }
}
