package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.Samples;
import org.jixiao.model.ProblemCode;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.ScoredEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filled copy of a table whose indicator rows print no 分值 (Hubei/Yunnan layout, issue 15 item 4). */
class UnweightedTableFillTest {

    private static final String BASIS = "按填报得分（表中无分值）";

    @TempDir
    Path tmp;

    @Test
    void scoresBasisAndTotalAreWrittenAndReadBack() throws IOException {
        Path input = tmp.resolve("unweighted.xlsx");
        SampleWorkbooks.writeUnweighted(input);
        SourceWorkbook source = Samples.read(input);
        Path out = tmp.resolve("unweighted.scored.xlsx");
        new WorkbookFiller().fill(source, Samples.score(source), out);

        try (Workbook workbook = WorkbookFillerTest.open(out)) {
            // the submitted 20, 10, 40, 10 are written back as the scores; 总分 20 + 80 = 100
            List<String> scoreCells = List.of("项目自评表!H13", "项目自评表!H14", "项目自评表!H15", "项目自评表!H16");
            assertThat(scoreCells).extracting(ref -> WorkbookFillerTest.cell(workbook, ref).getNumericCellValue())
                    .containsExactly(20.0, 10.0, 40.0, 10.0);
            assertThat(WorkbookFillerTest.cell(workbook, "项目自评表!H17").getNumericCellValue()).isEqualTo(100.0);
            assertThat(WorkbookFillerTest.cell(workbook, "项目自评表!I6").getNumericCellValue()).isEqualTo(20.0);

            // each score cell explains its basis; the warning sits, yellow, on the first row's name
            for (String ref : scoreCells) {
                assertThat(WorkbookFillerTest.cell(workbook, ref).getCellComment().getString().getString())
                        .as(ref).contains("得分依据：" + BASIS);
            }
            Cell first = WorkbookFillerTest.cell(workbook, "项目自评表!D13");
            assertThat(first.getCellComment().getString().getString()).contains("WEIGHTS_NOT_PRINTED");
            assertThat(first.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());

            // 评分说明: 分值 left empty (not 0), 计算得分 as a number, 得分依据 naming the method
            Sheet notes = workbook.getSheet("评分说明");
            Row row = rowStartingWith(notes, "项目自评表!H15");
            assertThat(row.getCell(4)).isNull();
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(40.0);
            assertThat(row.getCell(8).getStringCellValue()).startsWith(BASIS);
            Row group = rowStartingWith(notes, "效益指标");
            assertThat(group.getCell(1)).isNull();
            assertThat(group.getCell(2).getNumericCellValue()).isEqualTo(40.0);
            assertThat(group.getCell(3)).isNull();
            Row header = rowStartingWith(notes, "表 项目自评表");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("总分 100.00");
            assertThat(rowStartingWith(notes, "等级稳健性").getCell(1).getStringCellValue())
                    .contains("等级不变的概率100.0%", "总分P5–P95为100.00–100.00").doesNotContain("NaN");
        }

        // read back, the copy agrees with itself: same total, no mismatch, still the one warning
        ScoredEvaluation again = Samples.score(Samples.read(out)).get(0);
        assertThat(again.total()).isEqualByComparingTo("100.00");
        assertThat(again.allProblems()).extracting(p -> p.code()).containsExactly(ProblemCode.WEIGHTS_NOT_PRINTED);
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text);
    }
}
