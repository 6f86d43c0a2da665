package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.model.CellRef;
import org.jixiao.model.FailureReason;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public entry point, on the committed samples; the expected figures come from the founding report. */
class JixiaoTest {

    @TempDir
    Path tmp;

    private static final Jixiao JIXIAO = Jixiao.create();

    @Test
    void scoresTheFoundingCaseFromAPathAndFromAStream() throws IOException {
        Path hualong = Samples.DIR.resolve(SampleWorkbooks.HUALONG);
        WorkbookScore fromPath = JIXIAO.score(hualong);
        WorkbookScore fromStream;
        try (InputStream in = Files.newInputStream(hualong)) {
            fromStream = JIXIAO.score(in, "化龙镇.xlsx");
        }
        for (WorkbookScore scored : List.of(fromPath, fromStream)) {
            assertThat(scored.failure()).isEmpty();
            SheetScore sheet = scored.sheets().get(0);
            assertThat(scored.sheets()).hasSize(1);
            assertThat(sheet.total()).isEqualByComparingTo("92.44");
            assertThat(sheet.grade()).isEqualTo("优");
            assertThat(sheet.ruleSet()).isEqualTo("national-project-2020");
            // 40,430.2 / 48,865.73 = 82.74 % of the 10 points of the budget row, rounded to 8.27
            assertThat(sheet.budget().orElseThrow().score()).isEqualByComparingTo("8.27");
            assertThat(sheet.budget().orElseThrow().rate().orElseThrow()).isBetween(new BigDecimal("0.8273"),
                    new BigDecimal("0.8275"));
            BigDecimal rows = sheet.indicators().stream().filter(IndicatorResult::counted).map(IndicatorResult::score)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(rows.add(new BigDecimal("8.27"))).isEqualByComparingTo("92.44");
            assertThat(sheet.subtotals()).isNotEmpty();
        }
        assertThat(fromPath.getSheet("部门整体自评表").total()).isEqualByComparingTo("92.44");
        assertThat(fromPath.findSheet("没有这张表")).isEmpty();
        assertThatThrownBy(() -> fromPath.getSheet("没有这张表")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("评分表有：部门整体自评表");
        assertThat(fromStream.file()).isEqualTo(Path.of("化龙镇.xlsx"));
        assertThat(fromPath.notLeanReason()).isEmpty();
    }

    @Test
    void fillWritesTheTotalIntoACopyAndLeavesTheSubmissionAlone() throws IOException {
        Path input = Files.copy(Samples.DIR.resolve(SampleWorkbooks.HUALONG), tmp.resolve("自评表.xlsx"));
        byte[] before = Files.readAllBytes(input);
        WorkbookScore scored = JIXIAO.score(input);
        FilledCopy copy = JIXIAO.fill(scored, tmp.resolve("自评表-评分.xlsx"));
        assertThat(copy.file()).isEqualTo(tmp.resolve("自评表-评分.xlsx")).exists();
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        CellRef total = scored.sheets().get(0).evaluation().totalCell().orElseThrow();
        try (Workbook workbook = WorkbookFactory.create(copy.file().toFile(), null, true)) {
            Cell cell = workbook.getSheet(total.sheet()).getRow(total.row()).getCell(total.column());
            assertThat(cell.getNumericCellValue()).isEqualTo(92.44);
        }
        assertThat(JIXIAO.score(copy.file()).sheets().get(0).total()).isEqualByComparingTo("92.44");
        assertThatThrownBy(() -> JIXIAO.fill(scored, input)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JIXIAO.fill(scored, tmp.resolve("副本.xls"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".xlsx");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void anUnreadableWorkbookIsAValueAndCannotBeFilled() throws IOException {
        Path text = Files.writeString(tmp.resolve("不是工作簿.xlsx"), "不是工作簿", StandardCharsets.UTF_8);
        WorkbookScore scored = JIXIAO.score(text);
        assertThat(scored.sheets()).isEmpty();
        assertThat(scored.problems()).isEmpty();
        assertThat(scored.failure().orElseThrow().reason()).isEqualTo(FailureReason.NOT_OFFICE_FILE);
        assertThat(scored.failure().orElseThrow().message()).startsWith("不是工作簿.xlsx: 不是 Excel 工作簿");
        assertThatThrownBy(() -> JIXIAO.fill(scored, tmp.resolve("out.xlsx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不是工作簿.xlsx");
        assertThat(tmp.resolve("out.xlsx")).doesNotExist();

        WorkbookScore tooLarge = JIXIAO.withLimits(ReadLimits.defaults().withMaxFileBytes(1_000))
                .score(Samples.DIR.resolve(SampleWorkbooks.HUALONG));
        assertThat(tooLarge.failure().orElseThrow().reason()).isEqualTo(FailureReason.TOO_LARGE);
    }

    @Test
    void ruleSelectionFindsOrListsTheChoices() {
        assertThat(RuleSelection.builtInNames()).contains("national-project-2020", "department-overall-reference");
        assertThat(RuleSelection.findBuiltIn("nope")).isEmpty();
        assertThatThrownBy(() -> RuleSelection.fixed("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("national-project-2020").hasMessageContaining("department-overall-reference");
        assertThat(RuleSelection.fixed("department-overall-reference").names())
                .containsExactly("department-overall-reference");
        // forced onto the department set, the reference sample scores 82.10 as its own table says
        WorkbookScore reference = JIXIAO.withRules(RuleSelection.fixed("department-overall-reference"))
                .score(Samples.DIR.resolve(SampleWorkbooks.DEPARTMENT_REFERENCE));
        assertThat(reference.sheets().get(0).total()).isEqualByComparingTo("82.10");
        assertThat(reference.sheets().get(0).grade()).isEqualTo("良");
        assertThatThrownBy(() -> RuleSelection.withOwnFolder(tmp.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void optionsAreValidatedValues() {
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxFileBytes(0)).hasMessageContaining("maxFileBytes");
        assertThatThrownBy(() -> BatchSettings.into(tmp).withThreads(0)).hasMessageContaining("threads");
        assertThat(ReadLimits.defaults()).isEqualTo(ReadLimits.defaults());
        Jixiao clean = JIXIAO.withCopy(new CopyOptions(CopyOptions.Marks.CLEAN));
        assertThat(clean.copy().marks()).isEqualTo(CopyOptions.Marks.CLEAN);
        assertThat(JIXIAO.copy()).isEqualTo(CopyOptions.DEFAULTS);
    }

    @Test
    void batchScoresAFolderAndListsWhatFailed() throws IOException {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.HUALONG), inbox.resolve("a.xlsx"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), inbox.resolve("b.xlsx"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.MALFORMED), inbox.resolve("c.xlsx"));
        BatchSummary summary = JIXIAO.batch(List.of(inbox), BatchSettings.into(tmp.resolve("out")).withThreads(2));
        assertThat(summary.filledCopies()).hasSize(2).allSatisfy(p -> assertThat(p).exists());
        assertThat(summary.failures()).singleElement().satisfies(f -> {
            assertThat(f.input().getFileName()).hasToString("c.xlsx");
            assertThat(f.code()).isEqualTo("TRUNCATED");
        });
        assertThat(summary.summaryWorkbook()).exists().hasFileName("汇总.xlsx");
        assertThat(Files.readString(summary.summaryCsv(), StandardCharsets.UTF_8)).contains("92.44");
    }
}
