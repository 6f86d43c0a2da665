package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.Samples;
import org.jixiao.read.SpreadsheetFormat;
import org.jixiao.samples.MacroWorkbooks;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MainTest {

    @TempDir
    Path tmp;


    private Path copy(String sample) throws IOException {
        return Files.copy(Samples.DIR.resolve(sample), tmp.resolve(sample));
    }

    @Test
    void jsonForTheFoundingCase() throws IOException {
        Path input = copy(SampleWorkbooks.HUALONG);
        Path output = tmp.resolve("filled.xlsx");
        CliRun run = run("score", input.toString(), "-o", output.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode e = root.get("evaluations").get(0);
        assertThat(e.get("kind").asText()).isEqualTo("department");
        assertThat(e.get("unit").asText()).isEqualTo("广州市番禺区化龙镇人民政府");
        assertThat(e.get("year").asInt()).isEqualTo(2022);
        assertThat(e.get("total").isNumber()).isTrue();
        assertThat(e.get("total").decimalValue()).isEqualByComparingTo("92.44");
        assertThat(e.get("grade").asText()).isEqualTo("优");
        assertThat(e.get("reportedTotal").decimalValue()).isEqualByComparingTo("92.44");
        assertThat(e.get("budget").get("rate").decimalValue()).isEqualByComparingTo("0.8274");
        assertThat(e.get("budget").get("planned").decimalValue()).isEqualByComparingTo("48865.73");
        assertThat(e.get("budget").get("executed").decimalValue()).isEqualByComparingTo("40430.2");
        assertThat(e.get("budget").get("score").decimalValue()).isEqualByComparingTo("8.27");
        assertThat(e.get("groups")).hasSize(4);
        assertThat(e.get("indicators")).hasSize(13);
        JsonNode first = e.get("indicators").get(0);
        assertThat(first.get("level1").asText()).isEqualTo("投入");
        assertThat(first.get("cell").asText()).isEqualTo("部门整体自评表!H8");
        assertThat(e.get("problems")).isEmpty();
        assertThat(e.get("robustness").get("sameGradeProbability").asDouble()).isBetween(0.0, 1.0);
        assertThat(e.get("robustness").get("seed").asLong()).isEqualTo(20221231L);
        assertThat(e.get("pointsLost").get(0).get("name").asText()).isEqualTo("投入");
        assertThat(e.get("pointsLost").get(0).get("lost").decimalValue()).isEqualByComparingTo("0.20");
        assertThat(Files.exists(output)).isTrue();
    }

    @Test
    void tableWithSubmittedVersusComputed() throws IOException {
        Path input = copy(SampleWorkbooks.LENIENT);
        CliRun run = run("score", input.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("产出指标", "45.38", "总分 total: 89.68", "等级 grade: 良", "填报总分 submitted: 98",
                "差异（填报−计算） difference: 8.32", "问题 problems: 16", "自评表!H23");
        Path defaultOutput = tmp.resolve("national-project-lenient.scored.xlsx");
        assertThat(run.out()).contains(defaultOutput.toAbsolutePath().toString());
        assertThat(defaultOutput).exists();
    }

    @Test
    void aTableWithoutWeightsScoresItsSubmittedRows() throws IOException {
        // budget 20 of 20, rows 20 + 10 + 40 + 10 as submitted (no 分值 printed): 100.00, 优
        Path input = tmp.resolve("unweighted.xlsx");
        SampleWorkbooks.writeUnweighted(input);
        CliRun text = run("score", input.toString(), "-o", tmp.resolve("text.xlsx").toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("总分 total: 100.00   等级 grade: 优", "问题 problems: 1（错误 0，警告 1，提示 0）",
                "项目自评表!D13: [警告 WEIGHTS_NOT_PRINTED] 表中指标行未列分值")
                .doesNotContain("SCORE_OUT_OF_RANGE", "WEIGHT_MISSING");
        // groups without a known 分值 show — for 分值 and 失分
        assertThat(text.out().lines().filter(l -> l.strip().startsWith("效益指标")).findFirst().orElseThrow())
                .matches("\\s+效益指标\\s+—\\s+40\\.00\\s+—");

        CliRun json = run("score", input.toString(), "-o", tmp.resolve("json.xlsx").toString(), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode e = new ObjectMapper().readTree(json.out()).get("evaluations").get(0);
        assertThat(e.get("total").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(e.get("grade").asText()).isEqualTo("优");
        assertThat(e.get("budget").get("weight").decimalValue()).isEqualByComparingTo("20");
        assertThat(e.get("indicators")).hasSize(4).allSatisfy(i -> {
            assertThat(i.get("method").asText()).isEqualTo("AS_SUBMITTED");
            assertThat(i.get("basis").asText()).startsWith("按填报得分（表中无分值）");
            assertThat(i.get("weight").isNull()).isTrue();
            assertThat(i.get("judgedByHand").asBoolean()).isFalse();
        });
        assertThat(e.get("indicators").get(2).get("score").decimalValue()).isEqualByComparingTo("40");
        assertThat(e.get("pointsLost")).allSatisfy(g -> {
            assertThat(g.get("weight").isNull()).isTrue();
            assertThat(g.get("lost").isNull()).isTrue();
        });
        assertThat(e.get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("code").asText()).isEqualTo("WEIGHTS_NOT_PRINTED");
            assertThat(p.get("cell").asText()).isEqualTo("项目自评表!D13");
        });
        assertThat(e.get("robustness").get("totalP5").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void unreadableInputsGiveOneLineAndExit3AndWriteNothing() throws IOException {
        Path empty = Files.write(tmp.resolve("empty.xlsx"), new byte[0]);
        Path text = Files.writeString(tmp.resolve("renamed.xlsx"), "这不是工作簿", StandardCharsets.UTF_8);
        Path noTable = copy(SampleWorkbooks.MALFORMED);
        for (Path input : new Path[] {empty, text, noTable}) {
            Path output = tmp.resolve("out-" + input.getFileName());
            CliRun run = run("score", input.toString(), "-o", output.toString());
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                    .contains(input.getFileName().toString());
            assertThat(output).doesNotExist();
        }
    }

    @Test
    void jsonFailureDocument() throws IOException {
        Path text = Files.writeString(tmp.resolve("renamed.xlsx"), "hello", StandardCharsets.UTF_8);
        CliRun run = run("score", text.toString(), "--json");
        assertThat(run.code()).isEqualTo(3);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("error").get("code").asText()).isEqualTo("NOT_OFFICE_FILE");
    }

    @Test
    void usageErrorsExit2() throws IOException {
        assertThat(run("score").code()).isEqualTo(2);
        assertThat(run("score", "a.xlsx", "--no-such-option").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        Path input = copy(SampleWorkbooks.CLEAN);
        CliRun same = run("score", input.toString(), "-o", input.toString());
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("输入文件");
    }

    @Test
    void helpAndVersionGoToStdoutAndExit0() {
        CliRun overview = run("--help");
        assertThat(overview.code()).isZero();
        assertThat(overview.out()).contains("用法 usage: jixiao", "score", "batch", "diff", "rules", "jixiao help COMMAND");
        CliRun score = run("score", "--help");
        assertThat(score.code()).isZero();
        assertThat(score.out()).contains("用法 usage: jixiao score IN.xlsx", "IN.xlsx   输入工作簿",
                "  -o, --output=OUT.xlsx", "输出文件", "      --json", "      --rules=PATH|NAME", "  -v, --verbose");
        assertThat(run("help", "batch").out()).contains("-o, --output=OUTDIR", "--threads=N", "--time-limit=SECONDS");
        assertThat(run("batch", "--help").out()).isEqualTo(run("help", "batch").out());
        assertThat(run("rules", "-h").out()).contains("export NAME DIR", "check PATH");
        assertThat(run("--version").out().strip()).isEqualTo("jixiao 0.1.0");
        assertThat(run("diff", "-V").out().strip()).isEqualTo("jixiao 0.1.0");
        assertThat(run("--help").err()).isEmpty();
    }

    @Test
    void usageErrorsNameTheProblemInChineseFirstAndPointToHelp() {
        CliRun unknownOption = run("score", "a.xlsx", "--no-such-option");
        assertThat(unknownOption.err()).startsWith("未知选项 / unknown option: --no-such-option")
                .contains("用法 usage: jixiao score", "jixiao score --help");
        assertThat(run("score").err()).startsWith("缺少参数 / missing argument: IN.xlsx");
        assertThat(run("score", "a.xlsx", "b.xlsx").err()).startsWith("多余的参数 / unexpected argument: b.xlsx");
        assertThat(run("diff", "a.xlsx").err()).startsWith("缺少参数 / missing argument: B.xlsx");
        assertThat(run("score", "a.xlsx", "-o").err()).startsWith("选项 -o/--output 缺少值");
        assertThat(run("batch", "in").err()).startsWith("缺少必需的选项 / missing required option: -o/--output=OUTDIR");
        CliRun badNumber = run("batch", "in", "-o", "out", "--threads=two");
        assertThat(badNumber.code()).isEqualTo(2);
        assertThat(badNumber.err()).startsWith("选项 --threads 应为整数，而不是“two”");
        assertThat(run("batch", "in", "-o", "out", "--time-limit", "0").err()).startsWith("--time-limit 应为正整数秒");
        CliRun unknownCommand = run("frobnicate");
        assertThat(unknownCommand.code()).isEqualTo(2);
        assertThat(unknownCommand.err()).startsWith("未知命令 / unknown command: frobnicate").contains("命令 commands:");
        assertThat(run("--frob").err()).startsWith("未知选项 / unknown option: --frob").contains("命令 commands:");
        assertThat(run("help", "frob").code()).isEqualTo(2);
        assertThat(run("rules", "frob").err()).startsWith("未知的 rules 子命令 / unknown rules action: frob");
        assertThat(run("rules", "export", "x").err()).startsWith("rules export 需要 2 个参数");
        CliRun nothing = run();
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("用法 usage: jixiao 命令 COMMAND");
    }

    @Test
    void rulesListExportCheck() throws IOException {
        CliRun list = run("rules", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("national-project-2020", "department-overall-reference");
        // the national set is one catch-all row; the listing says what it does rather than just "1 条规则"
        assertThat(list.out().lines().filter(l -> l.startsWith("national-project-2020")).findFirst().orElseThrow())
                .contains("1 条规则（其余指标：国标默认）");
        Path dir = tmp.resolve("my-rules");
        assertThat(run("rules", "export", "department-overall-reference", dir.toString()).code()).isZero();
        CliRun check = run("rules", "check", dir.toString());
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("规则集有效");
        Files.writeString(dir.resolve("指标规则.csv"), "编码,一级指标,二级指标,三级指标,分值,规则类型,参数,说明\n"
                + ",*,*,a,5,分挡,,\n,*,*,b,-1,比率,,\n", StandardCharsets.UTF_8);
        CliRun bad = run("rules", "check", dir.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("2 处错误", "第2行", "分档", "第3行", "分值");
        assertThat(run("rules", "export", "no-such-set", dir.toString()).code()).isEqualTo(2);
    }

    @Test
    void scoreWithABuiltInRuleSetWritesProvenance() throws IOException {
        Path input = copy(SampleWorkbooks.DEPARTMENT_REFERENCE);
        Path output = tmp.resolve("ref-filled.xlsx");
        CliRun run = run("score", input.toString(), "--rules", "department-overall-reference", "--json", "-o",
                output.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("rules").get("name").asText()).isEqualTo("department-overall-reference");
        assertThat(root.get("rules").get("sha256").asText()).hasSize(64);
        JsonNode e = root.get("evaluations").get(0);
        assertThat(e.get("total").decimalValue()).isEqualByComparingTo("82.10");
        assertThat(e.get("indicators").get(0).get("rule").asText()).startsWith("定性分档（指标规则第");
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(output.toFile(), null, true)) {
            var notes = workbook.getSheet("评分说明");
            assertThat(notes).isNotNull();
            assertThat(notes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("department-overall-reference");
            assertThat(notes.getRow(3).getCell(1).getStringCellValue()).isEqualTo(root.get("rules").get("sha256").asText());
        }
        assertThat(run("score", input.toString(), "--rules", tmp.resolve("missing").toString()).code()).isEqualTo(2);
    }

    @Test
    void batchExitCodesAndProgress() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), in.resolve("a.xlsx"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.LENIENT_XLS), in.resolve("b.xls"));
        CliRun ok = run("batch", in.toString(), "-o", tmp.resolve("out").toString(), "--threads", "2");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("开始批量评分 2 个文件", "已完成 2/2", "共 2 个文件，评分 2 张评价表，0 个文件无法评分");
        assertThat(tmp.resolve("out/汇总.xlsx")).exists();
        assertThat(tmp.resolve("out/b.xls")).exists();
        Files.write(in.resolve("c.xlsx"), new byte[0]);
        CliRun failed = run("batch", in.toString(), "-o", tmp.resolve("out").toString(), "--quiet");
        assertThat(failed.code()).isEqualTo(4);
        assertThat(failed.err()).isEmpty();
        assertThat(Files.readString(tmp.resolve("out/errors.csv"))).contains("c.xlsx,EMPTY_FILE");
        assertThat(run("batch", in.toString()).code()).isEqualTo(2);
        assertThat(run("batch", in.toString(), "-o", tmp.resolve("x").toString(), "--threads", "0").code()).isEqualTo(2);
    }

    @Test
    void scoreOnAnXlsmWritesAnXlsmAndRefusesAnotherExtensionNamingTheRightOne() throws IOException {
        byte[] vba = {1, 2, 3, 4, 5, 6, 7, 8};
        Path input = MacroWorkbooks.xlsm(tmp.resolve("宏自评表.xlsm"), vba);
        CliRun run = run("score", input.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path defaultOutput = tmp.resolve("宏自评表.scored.xlsm");
        assertThat(run.out()).contains(defaultOutput.toAbsolutePath().toString(), "总分 total: 96.55");
        assertThat(MacroWorkbooks.entries(Files.readAllBytes(defaultOutput)).get(MacroWorkbooks.VBA_PART)).isEqualTo(vba);
        assertThat(Samples.read(defaultOutput).format()).isEqualTo(SpreadsheetFormat.XLSM);

        Path wrong = tmp.resolve("宏自评表.xlsx");
        CliRun refused = run("score", input.toString(), "-o", wrong.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("输出文件扩展名应为 .xlsm", "Excel 启用宏的工作簿", "must be named .xlsm");
        assertThat(wrong).doesNotExist();
    }

    @Test
    void anEtIsScoredAsWhatItHoldsOrRefusedWithExit3AndHowToSaveItInWps() throws IOException {
        Path ooxml = Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), tmp.resolve("单位.et"));
        CliRun scored = run("score", ooxml.toString(), "--json");
        assertThat(scored.code()).as(scored.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(scored.out());
        assertThat(root.get("format").asText()).isEqualTo("xlsx");
        assertThat(tmp.resolve("单位.scored.xlsx")).exists();

        Path proprietary = Files.write(tmp.resolve("专有.et"), new byte[] {'W', 'P', 'S', 0, 1, 2, 3, 4, 5, 6, 7, 8});
        CliRun refused = run("score", proprietary.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err().strip()).doesNotContain("\n")
                .startsWith("无法读取 / cannot read: 专有.et: 是 WPS 表格专有格式")
                .contains("文件 → 另存为 → Excel 工作簿(*.xlsx)", "WPS_NATIVE");
        CliRun json = run("score", proprietary.toString(), "--json");
        assertThat(json.code()).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(json.out()).get("error").get("code").asText()).isEqualTo("WPS_NATIVE");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("单位.et", "单位.scored.xlsx", "专有.et");
        }
    }

    @Test
    void batchFindsXlsmAndEtFiles() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        MacroWorkbooks.xlsm(in.resolve("a.xlsm"), new byte[] {42});
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.LENIENT_XLS), in.resolve("b.et"));
        Files.write(in.resolve("c.et"), new byte[] {'W', 'P', 'S', 0, 1, 2, 3, 4, 5, 6, 7, 8});
        CliRun run = run("batch", in.toString(), "-o", tmp.resolve("out").toString(), "--threads", "2");
        assertThat(run.code()).as(run.err()).isEqualTo(4);
        assertThat(run.err()).contains("开始批量评分 3 个文件", "共 3 个文件，评分 2 张评价表，1 个文件无法评分");
        assertThat(tmp.resolve("out/a.xlsm")).exists();
        assertThat(tmp.resolve("out/b.et.xls")).exists();
        assertThat(Files.readString(tmp.resolve("out/errors.csv"))).contains("c.et,WPS_NATIVE");
    }

    @Test
    void diffASubmissionAgainstItsReviewedCopy() throws IOException {
        Path submitted = copy(SampleWorkbooks.LENIENT);
        Path reviewed = tmp.resolve("reviewed.xlsx");
        assertThat(run("score", submitted.toString(), "-o", reviewed.toString()).code()).isZero();
        Path csv = tmp.resolve("diff.csv");
        CliRun diff = run("diff", submitted.toString(), reviewed.toString(), "-o", csv.toString());
        assertThat(diff.code()).as(diff.err()).isZero();
        // the reviewed copy holds the recomputed scores: 培训人次 8 → 6.4, 总分 98 → 89.68, grade cell 优 → 良
        assertThat(diff.out()).contains("产出指标/数量指标/培训人次  填报得分: 8 → 6.4", "总分  填报总分: 98 → 89.68");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("培训人次,填报得分,8,6.4,自评表!H13,自评表!H13");
        CliRun same = run("diff", submitted.toString(), submitted.toString());
        assertThat(same.out()).contains("共 0 处差异");
    }
}
