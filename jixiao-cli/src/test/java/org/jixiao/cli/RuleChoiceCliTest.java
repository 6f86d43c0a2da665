package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.CliRun.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rule set follows the sheet, from the command line (issue 20): with no flags each sheet names the set it was
 * scored by and why; --rules wins; the user's own sets come from --rules-dir or JIXIAO_RULES_DIR; the batch
 * summary has a 规则集 column and reuses an output only under the same rules.
 */
class RuleChoiceCliTest {

    private static final String REFERENCE_AUTO =
            "  规则集 rules: department-overall-reference （自动选择：26/26 个指标与规则集一致；--rules 可指定）  版本 2013.1";

    @TempDir
    Path tmp;


    private Path copy(String sample) throws IOException {
        return Files.copy(Samples.DIR.resolve(sample), tmp.resolve(sample));
    }

    /** A rules folder holding the reference set exported with `rules export` and renamed my-county in 设置. */
    private Path rulesFolder() throws IOException {
        Path folder = tmp.resolve("my-rules");
        Path set = folder.resolve("my-county");
        CliRun export = run("rules", "export", "department-overall-reference", set.toString());
        assertThat(export.code()).as(export.err()).isZero();
        Path settings = set.resolve("设置.csv");
        Files.writeString(settings, Files.readString(settings)
                .replace("名称,department-overall-reference,", "名称,my-county,"));
        return folder;
    }

    @Test
    void withNoFlagsTheReferenceSampleIsScoredByTheSetThatFitsAndSaysSo() throws IOException {
        CliRun run = run("score", copy(SampleWorkbooks.DEPARTMENT_REFERENCE).toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(REFERENCE_AUTO, "总分 total: 82.10   等级 grade: 良", "（错误 0，")
                .doesNotContain("WEIGHT_MISSING", "RULE_SET_ALTERNATIVE");
    }

    @Test
    void theFoundingCaseKeepsTheNationalDefaultAndSaysWhy() throws IOException {
        CliRun run = run("score", copy(SampleWorkbooks.HUALONG).toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("  规则集 rules: national-project-2020 （默认：没有规则集与本表指标充分吻合（最接近："
                + "department-overall-reference 2/13，自动选择需至少 80%）；--rules 可指定）", "总分 total: 92.44   等级 grade: 优");
    }

    @Test
    void jsonSaysHowEachSheetsSetWasChosenWithTheCoverage() throws IOException {
        CliRun reference = run("score", copy(SampleWorkbooks.DEPARTMENT_REFERENCE).toString(), "--json");
        assertThat(reference.code()).as(reference.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(reference.out());
        assertThat(root.get("rules").get("name").asText()).isEqualTo("department-overall-reference");
        assertThat(root.get("rules").get("how").asText()).isEqualTo("auto");
        assertThat(root.get("rules").get("sha256").asText()).hasSize(64);
        assertThat(root.get("rules").get("sets")).hasSize(1);
        JsonNode rules = root.get("evaluations").get(0).get("rules");
        assertThat(rules.get("name").asText()).isEqualTo("department-overall-reference");
        assertThat(rules.get("how").asText()).isEqualTo("auto");
        assertThat(rules.get("matched").asInt()).isEqualTo(26);
        assertThat(rules.get("indicators").asInt()).isEqualTo(26);
        assertThat(rules.get("coverage").decimalValue()).isEqualByComparingTo("1");
        assertThat(rules.get("why").asText()).isEqualTo("自动选择：26/26 个指标与规则集一致；--rules 可指定");
        assertThat(rules.get("runnerUp").isNull()).isTrue();
        assertThat(root.get("evaluations").get(0).get("total").decimalValue()).isEqualByComparingTo("82.10");

        CliRun hualong = run("score", copy(SampleWorkbooks.HUALONG).toString(), "--json");
        JsonNode h = new ObjectMapper().readTree(hualong.out()).get("evaluations").get(0).get("rules");
        assertThat(h.get("how").asText()).isEqualTo("default");
        assertThat(h.get("name").asText()).isEqualTo("national-project-2020");
        assertThat(h.get("matched").asInt()).isZero();
        assertThat(h.get("runnerUp").get("name").asText()).isEqualTo("department-overall-reference");
        assertThat(h.get("runnerUp").get("matched").asInt()).isEqualTo(2);
        assertThat(h.get("runnerUp").get("indicators").asInt()).isEqualTo(13);
        // 2 / 13 = 0.153846… → 0.1538
        assertThat(h.get("runnerUp").get("coverage").decimalValue()).isEqualByComparingTo("0.1538");
    }

    @Test
    void eachSheetOfAWorkbookGetsItsOwnSetAndTheTopLevelRulesSaysThereAreSeveral() throws IOException {
        Path mixed = tmp.resolve("mixed.xlsx");
        SampleWorkbooks.writeMixed(mixed);
        CliRun text = run("score", mixed.toString(), "-o", tmp.resolve("mixed-text.xlsx").toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains(REFERENCE_AUTO, "总分 total: 82.10", "总分 total: 96.55",
                "  规则集 rules: national-project-2020 （默认：没有适用于项目支出表并点名本表指标的其他规则集；--rules 可指定）");
        CliRun json = run("score", mixed.toString(), "--json", "-o", tmp.resolve("mixed.scored.xlsx").toString());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("rules").get("name").isNull()).isTrue();
        assertThat(root.get("rules").get("how").asText()).isEqualTo("mixed");
        assertThat(root.get("rules").get("sets")).extracting(n -> n.get("name").asText())
                .containsExactly("department-overall-reference", "national-project-2020");
        assertThat(root.get("evaluations")).extracting(e -> e.get("rules").get("how").asText())
                .containsExactly("auto", "default");
        // 评分说明 names the second table's set, whose settings the sheet's header does not describe
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(tmp.resolve("mixed.scored.xlsx")))) {
            List<String> ruleRows = new java.util.ArrayList<>();
            for (Row row : workbook.getSheet("评分说明")) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("规则集 rule set")) {
                    ruleRows.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(ruleRows).containsExactly("department-overall-reference", "national-project-2020 2020.1");
        }

        Path in = Files.createDirectories(tmp.resolve("mixed-in"));
        Files.copy(mixed, in.resolve("mixed.xlsx"));
        Path out = tmp.resolve("mixed-out");
        assertThat(run("batch", in.toString(), "-o", out.toString()).code()).isZero();
        assertThat(summary(out)).extracting(r -> r.get("工作表") + " " + r.get("规则集") + " " + r.get("总分"))
                .containsExactly("评分表 department-overall-reference（自动选择 26/26） 82.1",
                        "附件1 national-project-2020（默认） 96.55");
    }

    @Test
    void rulesStillWinsAndASetThatFitsBetterIsNamed() throws IOException {
        Path reference = copy(SampleWorkbooks.DEPARTMENT_REFERENCE);
        CliRun national = run("score", reference.toString(), "--rules", "national-project-2020", "-o",
                tmp.resolve("n.xlsx").toString());
        assertThat(national.code()).as(national.err()).isZero();
        assertThat(national.out()).contains("  规则集 rules: national-project-2020 （--rules 指定：通用规则，不点名指标）",
                        "总分 total: 97.82   等级 grade: 优",
                        "[提示 RULE_SET_ALTERNATIVE] 规则集“department-overall-reference”与本表更吻合（26/26 个指标一致，")
                .doesNotContain("WEIGHT_MISSING");
        CliRun json = run("score", reference.toString(), "--rules", "national-project-2020", "--json", "-o",
                tmp.resolve("n2.xlsx").toString());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("rules").get("how").asText()).isEqualTo("given");
        assertThat(root.get("evaluations").get(0).get("rules").get("runnerUp").get("name").asText())
                .isEqualTo("department-overall-reference");

        CliRun forced = run("score", copy(SampleWorkbooks.HUALONG).toString(), "--rules", "department-overall-reference");
        assertThat(forced.out()).contains(
                "  规则集 rules: department-overall-reference （--rules 指定：2/13 个指标与规则集一致）",
                "总分 total: 57.34   等级 grade: 差");
    }

    @Test
    void aRenamedCopyInTheRulesFolderIsChosenAndNamed() throws IOException {
        Path folder = rulesFolder();
        Path reference = copy(SampleWorkbooks.DEPARTMENT_REFERENCE);
        CliRun run = run("score", reference.toString(), "--rules-dir", folder.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "  规则集 rules: my-county （自动选择：26/26 个指标与规则集一致；--rules 可指定）",
                "[提示 RULE_SET_ALTERNATIVE] 另有规则集与本表吻合：“department-overall-reference”（26/26）；本表按“my-county”"
                        + "（26/26）评分，自有规则集优先；如需改用请加 --rules department-overall-reference",
                "总分 total: 82.10   等级 grade: 良");
        // --rules may name a set of the folder; it wins as any given set does
        CliRun named = run("score", copy(SampleWorkbooks.HUALONG).toString(), "--rules-dir", folder.toString(),
                "--rules", "my-county");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.out()).contains("  规则集 rules: my-county （--rules 指定：2/13 个指标与规则集一致）",
                "总分 total: 57.34");
        CliRun unknown = run("score", reference.toString(), "--rules-dir", folder.toString(), "--rules", "no-such-set");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("找不到规则集；可用的规则集有：national-project-2020、department-overall-reference、my-county");
    }

    @Test
    void aBrokenOrMissingRulesFolderStopsWithExit2NamingIt() throws IOException {
        Path reference = copy(SampleWorkbooks.DEPARTMENT_REFERENCE);
        Path missing = tmp.resolve("nowhere");
        CliRun none = run("score", reference.toString(), "--rules-dir", missing.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("规则集文件夹不存在或不是文件夹 / rules folder not found: " + missing + "（来自 --rules-dir）");
        Path folder = rulesFolder();
        Path broken = Files.createDirectories(folder.resolve("broken"));
        Files.writeString(broken.resolve("指标规则.csv"), "编码,一级指标,二级指标,三级指标,分值,规则类型,参数,说明\n"
                + ",投入,目标设定,绩效目标合理性,3,比例,,\n", StandardCharsets.UTF_8);
        CliRun bad = run("score", reference.toString(), "--rules-dir", folder.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("规则集无效 / invalid rule set " + broken, "UNKNOWN_RULE_TYPE");
        assertThat(tmp.resolve("department-overall-reference.scored.xlsx")).doesNotExist();
    }

    @Test
    void theEnvironmentVariableNamesTheRulesFolderOnceForEveryCommand() throws IOException, InterruptedException {
        Path folder = rulesFolder();
        Path reference = copy(SampleWorkbooks.DEPARTMENT_REFERENCE);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "score", reference.toString(), "-o", tmp.resolve("env.xlsx").toString())
                .redirectErrorStream(true);
        builder.environment().put(RuleSources.RULES_DIR_ENV, folder.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("  规则集 rules: my-county （自动选择：26/26 个指标与规则集一致；--rules 可指定）");
        // --rules-dir wins over the variable; a missing folder from the variable is named as such
        CliRun viaOption = run("score", reference.toString(), "--rules-dir", folder.toString(), "-o",
                tmp.resolve("opt.xlsx").toString());
        assertThat(viaOption.out()).contains("规则集 rules: my-county （");
        StringWriter err = new StringWriter();
        assertThat(RuleSources.chooser(Optional.empty(), Optional.empty(),
                name -> name.equals(RuleSources.RULES_DIR_ENV) ? tmp.resolve("gone").toString() : null,
                new PrintWriter(err, true))).isEmpty();
        assertThat(err.toString()).contains("（来自 环境变量 JIXIAO_RULES_DIR）");
    }

    @Test
    void theBatchSummaryNamesEachSheetsSetAndReusesOnlyUnderTheSameRules() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.DEPARTMENT_REFERENCE), in.resolve("reference.xlsx"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.HUALONG), in.resolve("hualong.xlsx"));
        Path out = tmp.resolve("out");
        CliRun first = run("batch", in.toString(), "-o", out.toString(), "--threads", "2");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(summaryRules(out)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "reference.xlsx", "department-overall-reference（自动选择 26/26）",
                "hualong.xlsx", "national-project-2020（默认）"));
        assertThat(summaryTotals(out)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "reference.xlsx", "82.1", "hualong.xlsx", "92.44"));
        assertThat(workbookRules(out)).containsExactlyInAnyOrderEntriesOf(summaryRules(out));

        CliRun again = run("batch", in.toString(), "-o", out.toString());
        assertThat(again.err()).contains("其中 2 个文件未变化，沿用上次结果");

        Path folder = rulesFolder();
        CliRun withOwn = run("batch", in.toString(), "-o", out.toString(), "--rules-dir", folder.toString());
        assertThat(withOwn.code()).as(withOwn.err()).isZero();
        assertThat(withOwn.err()).doesNotContain("沿用上次结果");
        assertThat(summaryRules(out)).containsEntry("reference.xlsx", "my-county（自动选择 26/26）")
                .containsEntry("hualong.xlsx", "national-project-2020（默认）");

        CliRun forced = run("batch", in.toString(), "-o", out.toString(), "--rules-dir", folder.toString(),
                "--rules", "national-project-2020");
        assertThat(forced.err()).doesNotContain("沿用上次结果");
        assertThat(summaryRules(out)).containsEntry("reference.xlsx", "national-project-2020（--rules 指定）");
        assertThat(summaryTotals(out)).containsEntry("reference.xlsx", "97.82");

        CliRun sameAgain = run("batch", in.toString(), "-o", out.toString(), "--rules-dir", folder.toString(),
                "--rules", "national-project-2020");
        assertThat(sameAgain.err()).contains("其中 2 个文件未变化，沿用上次结果");
    }

    private static List<CSVRecord> summary(Path out) throws IOException {
        String text = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text)).getRecords();
    }

    private static Map<String, String> summaryRules(Path out) throws IOException {
        return summary(out).stream().collect(Collectors.toMap(r -> r.get("文件"), r -> r.get("规则集")));
    }

    private static Map<String, String> summaryTotals(Path out) throws IOException {
        return summary(out).stream().collect(Collectors.toMap(r -> r.get("文件"), r -> r.get("总分")));
    }

    private static Map<String, String> workbookRules(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("汇总.xlsx")))) {
            Sheet sheet = workbook.getSheet("汇总");
            Row header = sheet.getRow(0);
            int file = -1;
            int rules = -1;
            for (Cell cell : header) {
                file = cell.getStringCellValue().equals("文件") ? cell.getColumnIndex() : file;
                rules = cell.getStringCellValue().equals("规则集") ? cell.getColumnIndex() : rules;
            }
            Map<String, String> byFile = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                byFile.put(sheet.getRow(r).getCell(file).getStringCellValue(),
                        sheet.getRow(r).getCell(rules).getStringCellValue());
            }
            return byFile;
        }
    }

    @Test
    void diffNamesEachSheetsSetAndListsADifferentOneAsADifference() throws IOException {
        Path reference = copy(SampleWorkbooks.DEPARTMENT_REFERENCE);
        Path hualong = copy(SampleWorkbooks.HUALONG);
        CliRun diff = run("diff", reference.toString(), hualong.toString());
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains(REFERENCE_AUTO.replace("  版本 2013.1", ""),
                "评分  规则集: department-overall-reference → national-project-2020");
        CliRun given = run("diff", reference.toString(), hualong.toString(), "--rules", "national-project-2020");
        assertThat(given.out()).contains("规则集 rules: national-project-2020 （--rules 指定").doesNotContain("评分  规则集");
    }

    @Test
    void helpListsTheRulesFolderOnTheScoringCommands() {
        for (String command : List.of("score", "batch", "diff")) {
            assertThat(run(command, "--help").out()).as(command).contains("--rules-dir=DIR", "JIXIAO_RULES_DIR",
                    "--rules=PATH|NAME");
        }
        assertThat(run("rules", "list").out()).contains("适用：部门整体支出，点名 26 项指标",
                "适用：不限类型，不点名指标（通用规则）");
    }
}
