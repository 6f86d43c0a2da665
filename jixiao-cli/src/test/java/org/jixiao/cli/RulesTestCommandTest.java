package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.Samples;
import org.jixiao.TestSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao rules test}: the shipped sets pass, an exported copy with one wrong expectation exits 5 naming the
 * file, cell, expected and actual value, and a malformed table exits 2 with its mistakes at their line and column.
 */
class RulesTestCommandTest {

    @TempDir
    Path tmp;


    @Test
    void theShippedSetsPassWithOrWithoutASamplesFolder() {
        CliRun national = run("rules", "test", "national-project-2020");
        assertThat(national.code()).as(national.out() + national.err()).isZero();
        assertThat(national.out()).contains("规则集 rules: national-project-2020 2020.1，测试表 test table: 测试.csv",
                "全部通过 / all passed: 18 条期望 expectations，3 个样例工作簿 sample workbooks");
        CliRun department = run("rules", "test", "department-overall-reference", Samples.DIR.toString());
        assertThat(department.code()).as(department.out() + department.err()).isZero();
        assertThat(department.out()).contains("全部通过 / all passed");
        assertThat(department.err()).isEmpty();
    }

    @Test
    void anExportedCopyWithOneWrongExpectationExits5NamingFileCellExpectedAndActual() throws IOException {
        Path copy = tmp.resolve("我的 部门规则");
        assertThat(run("rules", "export", "department-overall-reference", copy.toString()).code()).isZero();
        Path table = copy.resolve("测试.csv");
        String text = Files.readString(table, StandardCharsets.UTF_8);
        String edited = text.replace("department-overall-reference.xlsx,评分表,总分,82.10,",
                "department-overall-reference.xlsx,评分表,总分,83.10,");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(table, edited, StandardCharsets.UTF_8);

        CliRun run = run("rules", "test", copy.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(5);
        assertThat(run.out()).contains("1 / 23 条期望未通过 / 1 of 23 expectations failed",
                "  department-overall-reference.xlsx!评分表!J30：期望 83.10，实际 82.10 / expected 83.10, got 82.10"
                        + "（测试.csv 第2行：总分）");
        assertThat(run.out().lines().filter(l -> l.startsWith("  "))).hasSize(1);

        // and back to the shipped value: it passes
        Files.writeString(table, text, StandardCharsets.UTF_8);
        assertThat(run("rules", "test", copy.toString(), Samples.DIR.toString()).code()).isZero();
    }

    @Test
    void aMalformedTableExits2WithEveryMistakeAtItsLineAndColumnAndScoresNothing() throws IOException {
        Path copy = tmp.resolve("bad");
        run("rules", "export", "national-project-2020", copy.toString());
        Files.writeString(copy.resolve("测试.csv"), """
                样例工作簿,工作表,指标,期望值,颜色
                hualong-2022-department.xlsx,部门整体自评表,总分,九十二
                ,部门整体自评表,等级,优
                hualong-2022-department.xlsx,部门整体自评表,预算执行,
                """, StandardCharsets.UTF_8);
        CliRun run = run("rules", "test", copy.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).doesNotContain("通过");
        assertThat(run.err().lines()).containsExactly(
                "测试表有 4 处错误 / 4 error(s) in the test table:",
                "  测试.csv 第1行 列“颜色”: 未知的列名；可用列：样例工作簿、工作表、指标、期望值、说明（或 sample、sheet、figure、"
                        + "expected、note） [UNKNOWN_COLUMN]",
                "  测试.csv 第2行 列“期望值” 值“九十二”: 期望值应为数字，如 92.44（按两位小数比较）；只有“等级”行写等级文字，如 优"
                        + " [BAD_NUMBER]",
                "  测试.csv 第3行 列“样例工作簿”: “样例工作簿”不能为空 [MISSING_VALUE]",
                "  测试.csv 第4行 列“期望值”: “期望值”不能为空 [MISSING_VALUE]");
    }

    @Test
    void aSampleFoundNowhereExits2NamingTheFoldersSearched() throws IOException {
        Path copy = tmp.resolve("elsewhere");
        run("rules", "export", "national-project-2020", copy.toString());
        Files.writeString(copy.resolve("测试.csv"), "样例工作簿,指标,期望值\n不存在.xlsx,总分,90\n", StandardCharsets.UTF_8);
        CliRun run = run("rules", "test", copy.toString(), tmp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("测试.csv 第2行 列“样例工作簿” 值“不存在.xlsx”: 找不到样例工作簿；查找了：" + tmp,
                "[SAMPLE_NOT_FOUND]", "jixiao rules test " + copy + " SAMPLES_DIR");
    }

    @Test
    void aRuleSetWorkbookWithASheetNamedTest() throws IOException {
        Object[][] rules = {{"一级指标", "二级指标", "三级指标", "规则类型"}, {"*", "*", "*", "国标默认"}};
        Object[][] tests = {
            {"sample", "sheet", "figure", "expected"},
            {"hualong-2022-department.xlsx", "部门整体自评表", "总分", 92.44},
            {"hualong-2022-department.xlsx", "部门整体自评表", "质量达标率", 9.87},
        };
        Path book = TestSheets.xlsx().sheet("指标规则", rules).sheet("测试", tests).save(tmp.resolve("规则 集.xlsx"));
        CliRun run = run("rules", "test", book.toString(), Samples.DIR.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("测试表 test table: 规则 集.xlsx!测试，2 条期望", "全部通过");
    }

    @Test
    void usageAndInvalidSets() throws IOException {
        assertThat(run("rules", "test").err()).startsWith("rules test 需要 1–2 个参数");
        assertThat(run("rules", "test", "a", "b", "c").err()).startsWith("多余的参数 / unexpected argument: c");
        CliRun unknown = run("rules", "test", "no-such-set");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("找不到规则集");
        Path dir = tmp.resolve("invalid");
        run("rules", "export", "department-overall-reference", dir.toString());
        Files.writeString(dir.resolve("指标规则.csv"), "编码,一级指标,二级指标,三级指标,分值,规则类型,参数,说明\n"
                + ",*,*,a,5,分挡,,\n", StandardCharsets.UTF_8);
        CliRun invalid = run("rules", "test", dir.toString());
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("规则集有 1 处错误", "UNKNOWN_RULE_TYPE");
        Files.createDirectories(tmp.resolve("no-table"));
        run("rules", "export", "national-project-2020", tmp.resolve("no-table").toString());
        Files.delete(tmp.resolve("no-table").resolve("测试.csv"));
        CliRun noTable = run("rules", "test", tmp.resolve("no-table").toString());
        assertThat(noTable.code()).isEqualTo(2);
        assertThat(noTable.err()).contains("没有测试表", "[MISSING_TABLE]");
        CliRun notAFolder = run("rules", "test", "national-project-2020", tmp.resolve("nowhere").toString());
        assertThat(notAFolder.code()).isEqualTo(2);
        assertThat(notAFolder.err()).contains("SAMPLES_DIR not found");
        assertThat(run("rules", "--help").out()).contains("test RULES [SAMPLES_DIR]", "5 有期望未通过");
    }
}
