package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.TestSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 测试 table: where it is read from, which columns it takes, and every mistake at its line and column. */
class ExpectationTableTest {

    @TempDir
    Path tmp;

    @Test
    void bothBuiltInSetsShipATableThatExportWritesAndThatLoadsBackTheSame() throws IOException {
        for (String name : BuiltInRuleSets.names()) {
            ExpectationTable shipped = ExpectationTable.builtIn(name);
            assertThat(shipped.errors()).as(name).isEmpty();
            assertThat(shipped.expectations()).as(name).hasSizeGreaterThanOrEqualTo(10);
            Path dir = tmp.resolve(name);
            BuiltInRuleSets.export(name, dir);
            ExpectationTable exported = ExpectationTable.load(dir);
            assertThat(exported.errors()).isEmpty();
            assertThat(exported.file()).isEqualTo("测试.csv");
            assertThat(exported.expectations()).isEqualTo(shipped.expectations());
        }
        assertThat(ExpectationTable.builtIn(BuiltInRuleSets.NATIONAL).expectations())
                .extracting(Expectation::sample, Expectation::figure, Expectation::expected)
                .contains(tuple("hualong-2022-department.xlsx", "总分", "92.44"),
                        tuple("hualong-2022-department.xlsx", "等级", "优"),
                        tuple("hualong-2022-department.xlsx", "预算执行", "8.27"));
        assertThatThrownBy(() -> ExpectationTable.builtIn("no-such-set")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("national-project-2020");
    }

    @Test
    void theTableLeavesTheRuleSetAndItsHashAlone() throws IOException {
        Path dir = tmp.resolve("set");
        BuiltInRuleSets.export(BuiltInRuleSets.DEPARTMENT, dir);
        Files.writeString(dir.resolve("测试.csv"), "颜色\n红\n", StandardCharsets.UTF_8);
        RuleSetLoad load = RuleSetLoader.load(dir);
        assertThat(load.errors()).isEmpty();
        assertThat(load.ruleSet().orElseThrow().sha256())
                .isEqualTo(BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow().sha256());
        assertThat(ExpectationTable.load(dir).isValid()).isFalse();
    }

    @Test
    void everyMistakeIsReportedAtItsLineAndColumn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(dir.resolve("测试.csv"), """
                样例工作簿,工作表,指标,期望值,颜色
                a.xlsx,评分表,总分,八十
                ,评分表,,82
                a.xlsx,,等级,
                a.xlsx,,等级,优
                a.xlsx,,预算执行,8.27分
                """, StandardCharsets.UTF_8);
        ExpectationTable table = ExpectationTable.load(dir);
        assertThat(table.isValid()).isFalse();
        assertThat(table.expectations()).isEmpty();
        assertThat(table.errors()).extracting(RuleSetError::code, RuleSetError::line, RuleSetError::column)
                .containsExactly(
                        tuple(RuleSetError.Code.UNKNOWN_COLUMN, 1, "颜色"),
                        tuple(RuleSetError.Code.BAD_NUMBER, 2, "期望值"),
                        tuple(RuleSetError.Code.MISSING_VALUE, 3, "样例工作簿"),
                        tuple(RuleSetError.Code.MISSING_VALUE, 3, "指标"),
                        tuple(RuleSetError.Code.MISSING_VALUE, 4, "期望值"),
                        tuple(RuleSetError.Code.BAD_NUMBER, 6, "期望值"));
        assertThat(table.errors().get(1).toString())
                .isEqualTo("测试.csv 第2行 列“期望值” 值“八十”: 期望值应为数字，如 92.44（按两位小数比较）；只有“等级”行写等级文字，"
                        + "如 优 [BAD_NUMBER]");
    }

    @Test
    void aMissingRequiredColumnIsReportedOnceNotOnEveryRow() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("columns"));
        Files.writeString(dir.resolve("测试.csv"), "样例工作簿,指标\na.xlsx,总分\nb.xlsx,总分\n", StandardCharsets.UTF_8);
        assertThat(ExpectationTable.load(dir).errors()).extracting(RuleSetError::code, RuleSetError::line,
                RuleSetError::column).containsExactly(tuple(RuleSetError.Code.MISSING_COLUMN, 1, "期望值"));
    }

    @Test
    void englishHeadersTestsCsvAndGbkAreReadLikeTheOtherTables() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("english"));
        Files.write(dir.resolve("tests.csv"), "Sample,Sheet,Figure,Expected,Note\n样例.xlsx,评分表,过程/预算执行,12.5,小计\n"
                .getBytes(Charset.forName("GBK")));
        ExpectationTable table = ExpectationTable.load(dir);
        assertThat(table.errors()).isEmpty();
        assertThat(table.notes()).anyMatch(n -> n.contains("GBK"));
        assertThat(table.expectations()).singleElement().isEqualTo(
                new Expectation("tests.csv", 2, "样例.xlsx", "评分表", "过程/预算执行", "12.5"));
        assertThat(table.expectations().get(0).kind()).isEqualTo(Expectation.Kind.NAMED);
    }

    @Test
    void aSheetNamedTestInARuleSetWorkbookWithNumbersTypedAsNumbers() throws IOException {
        Object[][] tests = {
            {"样例工作簿", "工作表", "指标", "期望值"},
            {"hualong-2022-department.xlsx", "部门整体自评表", "总分", 92.44},
            {"hualong-2022-department.xlsx", null, "等级", "优"},
        };
        Path book = TestSheets.xlsx().sheet("指标规则", new Object[][] {{"一级指标", "规则类型"}, {"*", "国标默认"}})
                .sheet("测试", tests).save(tmp.resolve("我的规则.xlsx"));
        assertThat(RuleSetLoader.load(book).errors()).isEmpty();
        ExpectationTable table = ExpectationTable.load(book);
        assertThat(table.errors()).isEmpty();
        assertThat(table.file()).isEqualTo("我的规则.xlsx!测试");
        assertThat(table.expectations()).extracting(Expectation::line, Expectation::sheet, Expectation::expected,
                Expectation::kind).containsExactly(tuple(2, "部门整体自评表", "92.44", Expectation.Kind.TOTAL),
                tuple(3, "", "优", Expectation.Kind.GRADE));
    }

    @Test
    void aSetWithoutATableOrWithAnEmptyOneSaysWhereTheTableGoes() throws IOException {
        Path dir = tmp.resolve("none");
        BuiltInRuleSets.export(BuiltInRuleSets.NATIONAL, dir);
        Files.delete(dir.resolve("测试.csv"));
        assertThat(ExpectationTable.load(dir).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(RuleSetError.Code.MISSING_TABLE);
            assertThat(e.message()).contains("测试.csv", "样例工作簿、工作表、指标、期望值");
        });
        Files.writeString(dir.resolve("测试.csv"), "样例工作簿,指标,期望值\n", StandardCharsets.UTF_8);
        assertThat(ExpectationTable.load(dir).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("没有任何测试行"));
    }

    @Test
    void figuresAndExpectedNumbers() {
        assertThat(Expectation.of("a", "", "Total", "1").kind()).isEqualTo(Expectation.Kind.TOTAL);
        assertThat(Expectation.of("a", "", " 等 级 ", "优").kind()).isEqualTo(Expectation.Kind.GRADE);
        assertThat(Expectation.of("a", "", "budget", "1").kind()).isEqualTo(Expectation.Kind.BUDGET);
        assertThat(Expectation.of("a", "", "过程/预算执行", "1").kind()).isEqualTo(Expectation.Kind.NAMED);
        assertThat(Expectation.of("a", "", "总分", "９２．４４").expectedNumber()).hasValueSatisfying(
                n -> assertThat(n).isEqualByComparingTo("92.44"));
        assertThat(Expectation.of("a", "", "总分", "1,234.5").expectedNumber()).hasValueSatisfying(
                n -> assertThat(n).isEqualByComparingTo("1234.5"));
        assertThat(Expectation.of("a", "", "总分", "92%").expectedNumber()).isEmpty();
        assertThat(Expectation.of("a", "", "总分", "1e3").expectedNumber()).isEmpty();
    }
}
