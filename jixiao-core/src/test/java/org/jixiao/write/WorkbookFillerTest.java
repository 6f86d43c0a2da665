package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.jixiao.Samples;
import org.jixiao.model.ProblemCode;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.ScoredEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkbookFillerTest {

    @TempDir
    Path tmp;

    private FillResult fill(String sample, Path output) throws IOException {
        Path input = tmp.resolve(sample);
        Files.copy(Samples.DIR.resolve(sample), input);
        SourceWorkbook source = Samples.read(input);
        return new WorkbookFiller().fill(source, Samples.score(source), output);
    }

    @ParameterizedTest(name = "{0}: total {2} at {1}, grade {4} at {3}")
    @CsvSource({
        SampleWorkbooks.HUALONG + ", 部门整体自评表!H21, 92.44, 部门整体自评表!G22, 优",
        SampleWorkbooks.CLEAN + ", 附件1!H23, 96.55, 附件1!J23, 优",
        SampleWorkbooks.LENIENT + ", 自评表!H23, 89.68, 自评表!G24, 良",
        SampleWorkbooks.LENIENT_XLS + ", 自评表!H23, 89.68, 自评表!G24, 良",
        SampleWorkbooks.DEPARTMENT + ", 评分表!J15, 95.45, 评分表!L15, 优"})
    void totalAndGradeLandInTheirCells(String sample, String totalCell, double total, String gradeCell, String grade)
            throws IOException {
        Path out = tmp.resolve("out-" + sample);
        FillResult result = fill(sample, out);
        assertThat(result.placements()).singleElement().satisfies(p -> {
            assertThat(p.totalCell().toString()).isEqualTo(totalCell);
            assertThat(p.gradeCell().toString()).isEqualTo(gradeCell);
        });
        try (Workbook workbook = open(out)) {
            assertThat(cell(workbook, totalCell).getNumericCellValue()).isEqualTo(total);
            assertThat(cell(workbook, gradeCell).getStringCellValue()).isEqualTo(grade);
        }
    }

    @Test
    void indicatorScoresRateAndBudgetScoreAreWritten() throws IOException {
        Path out = tmp.resolve("lenient.xlsx");
        fill(SampleWorkbooks.LENIENT, out);
        try (Workbook workbook = open(out)) {
            // 400/500 × 8, 18/20 × 8, 9 × 90/100, 85/90 × 10; budget 372.5/500
            assertThat(cell(workbook, "自评表!H13").getNumericCellValue()).isEqualTo(6.40);
            assertThat(cell(workbook, "自评表!H14").getNumericCellValue()).isEqualTo(7.20);
            assertThat(cell(workbook, "自评表!H18").getNumericCellValue()).isEqualTo(8.10);
            assertThat(cell(workbook, "自评表!H22").getNumericCellValue()).isEqualTo(9.44);
            assertThat(cell(workbook, "自评表!I6").getNumericCellValue()).isEqualTo(7.45);
            Cell rate = cell(workbook, "自评表!H6");
            assertThat(rate.getNumericCellValue()).isEqualTo(0.745);
            assertThat(new DataFormatter().formatCellValue(rate)).isEqualTo("74.50%");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleWorkbooks.CLEAN, SampleWorkbooks.LENIENT, SampleWorkbooks.LENIENT_XLS,
        SampleWorkbooks.DEPARTMENT, SampleWorkbooks.HUALONG})
    void everythingElseStaysAsItWas(String sample) throws IOException {
        Path out = tmp.resolve("out-" + sample);
        FillResult result = fill(sample, out);
        SourceWorkbook source = Samples.read(tmp.resolve(sample));
        Set<String> written = writtenCells(source, result);
        try (Workbook before = open(tmp.resolve(sample)); Workbook after = open(out)) {
            for (Sheet sheetBefore : before) {
                Sheet sheetAfter = after.getSheet(sheetBefore.getSheetName());
                assertThat(sheetAfter.getMergedRegions()).containsExactlyInAnyOrderElementsOf(sheetBefore.getMergedRegions());
                for (int c = 0; c < 12; c++) {
                    assertThat(sheetAfter.getColumnWidth(c)).isEqualTo(sheetBefore.getColumnWidth(c));
                }
                DataFormatter formatter = new DataFormatter();
                for (Row row : sheetBefore) {
                    for (Cell cell : row) {
                        String ref = sheetBefore.getSheetName() + "!" + cell.getAddress();
                        Cell other = sheetAfter.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        assertThat(other).as(ref).isNotNull();
                        if (written.contains(ref)) {
                            continue;
                        }
                        assertThat(formatter.formatCellValue(other)).as(ref).isEqualTo(formatter.formatCellValue(cell));
                        assertThat(other.getCellStyle().getBorderTop()).as(ref).isEqualTo(cell.getCellStyle().getBorderTop());
                        assertThat(other.getCellStyle().getDataFormatString()).as(ref)
                                .isEqualTo(cell.getCellStyle().getDataFormatString());
                        assertThat(other.getCellStyle().getWrapText()).as(ref).isEqualTo(cell.getCellStyle().getWrapText());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleWorkbooks.CLEAN, SampleWorkbooks.LENIENT, SampleWorkbooks.LENIENT_XLS,
        SampleWorkbooks.DEPARTMENT, SampleWorkbooks.HUALONG})
    void theFilledCopyReadsBackConsistent(String sample) throws IOException {
        Path out = tmp.resolve("out-" + sample);
        fill(sample, out);
        List<ScoredEvaluation> again = Samples.score(Samples.read(out));
        List<ScoredEvaluation> first = Samples.score(Samples.read(tmp.resolve(sample)));
        assertThat(again).hasSize(1);
        ScoredEvaluation s = again.get(0);
        assertThat(s.total()).isEqualByComparingTo(first.get(0).total());
        assertThat(s.evaluation().reportedTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo(s.total()));
        assertThat(s.evaluation().reportedGrade()).contains(s.grade().name());
        assertThat(s.allProblems()).extracting(p -> p.code()).doesNotContain(ProblemCode.SCORE_MISMATCH,
                ProblemCode.TOTAL_MISMATCH, ProblemCode.REPORTED_TOTAL_NOT_SUM, ProblemCode.GRADE_MISMATCH,
                ProblemCode.RATE_MISMATCH);
    }

    @Test
    void theInputIsNeverModified() throws IOException {
        Path input = tmp.resolve(SampleWorkbooks.LENIENT);
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.LENIENT), input);
        String before = sha256(input);
        long modified = Files.getLastModifiedTime(input).toMillis();
        SourceWorkbook source = Samples.read(input);
        new WorkbookFiller().fill(source, Samples.score(source), tmp.resolve("out.xlsx"));
        assertThat(sha256(input)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(input).toMillis()).isEqualTo(modified);
    }

    @Test
    void refusesToOverwriteTheInput() throws IOException {
        Path input = tmp.resolve(SampleWorkbooks.CLEAN);
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), input);
        String before = sha256(input);
        SourceWorkbook source = Samples.read(input);
        List<ScoredEvaluation> scored = Samples.score(source);
        assertThatThrownBy(() -> new WorkbookFiller().fill(source, scored, input))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("输入文件");
        assertThatThrownBy(() -> new WorkbookFiller().fill(source, scored, tmp.resolve("sub/../" + SampleWorkbooks.CLEAN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sha256(input)).isEqualTo(before);
    }

    @Test
    void xlsStaysXlsAndAMismatchedExtensionIsRefused() throws IOException {
        Path out = tmp.resolve("out.xls");
        fill(SampleWorkbooks.LENIENT_XLS, out);
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(out))) {
            assertThat(FileMagic.valueOf(in)).isEqualTo(FileMagic.OLE2);
        }
        SourceWorkbook source = Samples.read(tmp.resolve(SampleWorkbooks.LENIENT_XLS));
        assertThatThrownBy(() -> new WorkbookFiller().fill(source, Samples.score(source), tmp.resolve("out.xlsx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".xls");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("outdir"));
        fill(SampleWorkbooks.CLEAN, dir.resolve("filled.xlsx"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("filled.xlsx");
        }
    }

    private static Set<String> writtenCells(SourceWorkbook source, FillResult result) {
        List<String> cells = new ArrayList<>();
        for (ScoredEvaluation s : Samples.score(source)) {
            s.indicators().forEach(i -> cells.add(i.indicator().scoreCell().toString()));
            s.evaluation().budgetTotal().ifPresent(b -> {
                b.rateCell().ifPresent(c -> cells.add(c.toString()));
                b.scoreCell().ifPresent(c -> cells.add(c.toString()));
            });
        }
        result.placements().forEach(p -> {
            cells.add(p.totalCell().toString());
            cells.add(p.gradeCell().toString());
            cells.add(p.gradeCell().withColumn(p.gradeCell().column() - 1).toString());
        });
        return cells.stream().map(s -> s.replace("'", "")).collect(Collectors.toSet());
    }

    /** 评分说明 holds weights, scores and points lost as numbers, in both writers, and no cell for an empty 参数. */
    @ParameterizedTest
    @ValueSource(strings = {SampleWorkbooks.LENIENT, SampleWorkbooks.LENIENT_XLS})
    void explanationSheetWritesNumbersAsNumbers(String sample) throws IOException {
        Path out = tmp.resolve("notes-" + sample);
        fill(sample, out);
        try (Workbook workbook = open(out)) {
            Sheet notes = workbook.getSheet("评分说明");
            Row indicator = null;
            for (Row row : notes) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().equals("自评表!H13")) {
                    indicator = row;
                }
            }
            assertThat(indicator).as("the row of 自评表!H13").isNotNull();
            // 分值 8; 计算得分 400/500 × 8 = 6.40, shown with its two decimals; 参数 empty, so no cell
            assertThat(indicator.getCell(4).getNumericCellValue()).isEqualTo(8.0);
            assertThat(indicator.getCell(5).getNumericCellValue()).isEqualTo(6.40);
            assertThat(new DataFormatter().formatCellValue(indicator.getCell(5))).isEqualTo("6.40");
            assertThat(indicator.getCell(7)).isNull();
            assertThat(indicator.getCell(8).getStringCellValue()).isNotEmpty();
        }
    }

    static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    static Cell cell(Workbook workbook, String ref) {
        CellReference r = new CellReference(ref);
        return workbook.getSheet(r.getSheetName()).getRow(r.getRow()).getCell(r.getCol());
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
