package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.Samples;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewMarksTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {SampleWorkbooks.LENIENT, SampleWorkbooks.LENIENT_XLS})
    void findingsAreMarkedCommentedAndListed(String sample) throws IOException {
        Path input = Files.copy(Samples.DIR.resolve(sample), tmp.resolve(sample));
        SourceWorkbook source = Samples.read(input);
        Path out = tmp.resolve("marked-" + sample);
        new WorkbookFiller().fill(source, Samples.score(source), out);
        try (Workbook workbook = WorkbookFillerTest.open(out)) {
            // 培训人次 submitted 8, computed 6.40: a warning on its score cell, yellow, with the finding and the basis
            Cell training = WorkbookFillerTest.cell(workbook, "自评表!H13");
            assertThat(training.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            String comment = training.getCellComment().getString().getString();
            assertThat(comment).contains("SCORE_MISMATCH").contains("得分依据：完成400人次/目标500人次=80.00%，8×80.00%=6.40");
            // a row without findings keeps its fill but still explains its score
            Cell station = WorkbookFillerTest.cell(workbook, "自评表!H16");
            assertThat(station.getCellStyle().getFillPattern().getCode()).isZero();
            assertThat(station.getCellComment().getString().getString()).startsWith("得分依据：");
            Sheet review = workbook.getSheet(ReviewMarks.SHEET);
            assertThat(review).isNotNull();
            assertThat(review.getRow(2).getCell(1).getStringCellValue()).contains("错误");
            Cell firstLink = review.getRow(7).getCell(1);
            assertThat(firstLink.getStringCellValue()).isEqualTo("自评表!I6");
            assertThat(firstLink.getHyperlink().getAddress()).isEqualTo("'自评表'!I6");
        }
        assertThat(Samples.score(Samples.read(out))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleWorkbooks.LENIENT, SampleWorkbooks.LENIENT_XLS})
    void noMarksWritesACleanCopy(String sample) throws IOException {
        SourceWorkbook source = Samples.read(sample);
        Path out = tmp.resolve("clean-" + sample);
        new WorkbookFiller().fill(source, Samples.score(source), out, FillOptions.CLEAN);
        try (Workbook workbook = WorkbookFillerTest.open(out)) {
            Cell training = WorkbookFillerTest.cell(workbook, "自评表!H13");
            assertThat(training.getNumericCellValue()).isEqualTo(6.40);
            assertThat(training.getCellComment()).isNull();
            assertThat(training.getCellStyle().getFillPattern().getCode()).isZero();
            assertThat(workbook.getSheet(ReviewMarks.SHEET)).isNull();
            assertThat(workbook.getSheet("评分说明")).isNotNull();
        }
    }
}
