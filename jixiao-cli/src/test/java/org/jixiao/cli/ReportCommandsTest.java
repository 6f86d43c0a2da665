package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.CliRun.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jixiao.Samples;
import org.jixiao.report.ReportDraft;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code jixiao report}, {@code jixiao check-report} (exit 0 consistent, 6 inconsistent, 3 unreadable) and
 * {@code jixiao batch --reports}, run as a user runs them. The batch's figures by hand: totals 92.44, 89.68 and
 * 95.45 average 277.57 / 3 = 92.52, median 92.44, sample standard deviation 2.89, range 5.77.
 */
class ReportCommandsTest {

    @TempDir
    Path tmp;


    private Path copy(String sample) throws IOException {
        return Files.copy(Samples.DIR.resolve(sample), tmp.resolve(sample));
    }

    private static List<String> paragraphs(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<String> texts = new ArrayList<>();
            for (XWPFParagraph p : document.getParagraphs()) {
                texts.add(p.getText());
            }
            document.getTables().forEach(t -> t.getRows().forEach(r -> texts.add(String.join("|",
                    r.getTableCells().stream().map(c -> c.getText()).toList()))));
            return texts;
        }
    }

    @Test
    void reportWritesTheDraftBesideTheWorkbookAndCheckReportFindsItConsistent() throws IOException {
        Path input = copy(SampleWorkbooks.HUALONG);
        byte[] before = Files.readAllBytes(input);
        CliRun report = run("report", input.toString());
        assertThat(report.code()).as(report.err()).isZero();
        Path draft = tmp.resolve("hualong-2022-department.自评报告.docx");
        assertThat(report.out()).contains("总分 total: 92.44", "等级 grade: 优", "已写出自评报告草稿 / draft written: " + draft);
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(paragraphs(draft)).contains("2022年度支出预算数48,865.73万元，支出执行数40,430.2万元，完成预算的82.74%。"
                + "【请填写：收入预算及来源构成、支出按功能和经济分类的构成及变化原因】");

        CliRun check = run("check-report", draft.toString(), "--against", input.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("40,430.2 ÷ 48,865.73 = 82.74%，报告写 82.74%：一致 / consistent",
                "结论 result: 一致 / consistent");
    }

    @Test
    void reportRefusesAnOutputThatIsNotDocx() throws IOException {
        Path input = copy(SampleWorkbooks.HUALONG);
        CliRun run = run("report", input.toString(), "-o", tmp.resolve("r.doc").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(".docx");
        assertThat(run("report", tmp.resolve("missing.xlsx").toString()).code()).isEqualTo(3);
    }

    @Test
    void checkReportExitsSixNamingEachAlteredFigure() throws IOException {
        Path input = copy(SampleWorkbooks.HUALONG);
        Path report = Files.writeString(tmp.resolve("altered.txt"), """
                2022 年度支出预算数 48,865.73 万元，支出执行数 40,430.2 万元，完成预算的 83.7%。
                自评综合得分为 94.44 分，自评结果为“良”。
                """, StandardCharsets.UTF_8);
        CliRun run = run("check-report", report.toString(), "--against", input.toString());
        assertThat(run.code()).isEqualTo(6);
        assertThat(run.out()).contains("[错误 RATE_ARITHMETIC]", "[错误 RATE_DIFFERS]", "[错误 TOTAL_DIFFERS]",
                "[错误 TOTAL_DIFFERS_FROM_RECOMPUTED]", "[错误 GRADE_OUT_OF_BAND]", "[错误 GRADE_DIFFERS_FROM_RECOMPUTED]",
                "段落 1 第 1 句 / paragraph 1 sentence 1（第 1 行 / line 1） ↔ 部门整体自评表!H6",
                "结论 result: 发现 6 处不一致 / 6 inconsistencies found");

        CliRun json = run("check-report", report.toString(), "--against", input.toString(), "--json");
        assertThat(json.code()).isEqualTo(6);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("consistent").asBoolean()).isFalse();
        assertThat(root.get("format").asText()).isEqualTo("txt");
        assertThat(root.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(root.get("against").asText()).isEqualTo("hualong-2022-department.xlsx 表“部门整体自评表”");
        JsonNode rate = root.get("figures").get(2);
        assertThat(rate.get("kind").asText()).isEqualTo("rate");
        assertThat(rate.get("value").decimalValue()).isEqualByComparingTo("83.7");
        assertThat(rate.get("location").get("paragraph").asInt()).isEqualTo(1);
        assertThat(rate.get("location").get("line").asInt()).isEqualTo(1);
        assertThat(root.get("findings")).hasSize(6);
        JsonNode finding = root.get("findings").get(2);
        assertThat(finding.get("code").asText()).isEqualTo("RATE_DIFFERS");
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("cell").asText()).isEqualTo("部门整体自评表!H6");
        assertThat(finding.get("location").get("sentence").asInt()).isEqualTo(1);
    }

    @Test
    void checkReportWithoutATableChecksTheReportByItself() throws IOException {
        Path report = Files.write(tmp.resolve("founding.txt"), ("2022 年度支出预算数 48,865.73 万元，支出执行数 40,430.2 万元，"
                + "完成预算的 82.7%。\n自评综合得分为 92.44 分，自评结果为'优'。\n").getBytes("GBK"));
        CliRun run = run("check-report", report.toString());
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("文本 text, GBK", "40,430.2 ÷ 48,865.73 = 82.74%，报告写 82.7%：一致 / consistent",
                "92.44 分在“优”的区间 [90,100] 内：一致 / consistent");
    }

    @Test
    void checkReportExitsThreeOnWhatItCannotRead() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.docx"));
        CliRun run = run("check-report", empty.toString(), "--json");
        assertThat(run.code()).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(run.out()).get("error").get("code").asText()).isEqualTo("EMPTY");
        Path report = Files.writeString(tmp.resolve("r.txt"), "自评得分为92.44分。");
        assertThat(run("check-report", report.toString(), "--against", empty.toString()).code()).isEqualTo(3);
    }

    @Test
    void batchWithReportsDraftsEachCopyAndTheBureauSummary() throws IOException {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        for (String sample : List.of(SampleWorkbooks.HUALONG, SampleWorkbooks.LENIENT, SampleWorkbooks.DEPARTMENT)) {
            Files.copy(Samples.DIR.resolve(sample), inbox.resolve(sample));
        }
        Files.write(inbox.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0});
        Path out = tmp.resolve("out");
        CliRun run = run("batch", inbox.toString(), "-o", out.toString(), "--reports", "--threads", "2");
        assertThat(run.code()).as(run.err()).isEqualTo(4);
        for (String name : List.of("hualong-2022-department", "national-project-lenient", "department-scoring")) {
            assertThat(out.resolve(name + ReportDraft.SUFFIX)).exists();
        }
        List<String> summary = paragraphs(out.resolve(ReportDraft.SUMMARY_NAME));
        assertThat(summary).contains("本次共收到自评表文件4个，评分评价表3张，另有1个文件无法读取或评分（见第六部分）。平均得分92.52分，"
                + "中位数92.44分，标准差2.89分（样本标准差）；最高95.45分（某区教育局），最低89.68分（某县村镇建设服务站），极差5.77分。");
        assertThat(summary).contains("按评分规则的等级区间（优≥90分，良80–90分，中60–80分，差<60分），“优”2张，“良”1张，“中”0张，“差”0张。");
        assertThat(summary).containsSubsequence("排名|单位|项目/评价表|执行率|总分|等级",
                "1|某区教育局|2022年度部门整体支出绩效评价评分表|—|95.45|优",
                "2|广州市番禺区化龙镇人民政府|部门整体支出绩效自评表|82.74%|92.44|优",
                "3|某县村镇建设服务站|农村人居环境整治提升项目|74.50%|89.68|良");
        assertThat(summary).anyMatch(p -> p.startsWith("broken.xlsx|"));
        assertThat(run.err()).contains("汇总报告 / drafts beside the copies, summary report: " + out.resolve(ReportDraft.SUMMARY_NAME));

        // a re-run reuses the copies whose drafts are there, and drafts again the one whose draft was deleted
        Path deleted = out.resolve("hualong-2022-department" + ReportDraft.SUFFIX);
        Files.delete(deleted);
        CliRun again = run("batch", inbox.toString(), "-o", out.toString(), "--reports");
        assertThat(again.code()).isEqualTo(4);
        assertThat(again.err()).contains("其中 2 个文件未变化，沿用上次结果");
        assertThat(deleted).exists();
    }
}
