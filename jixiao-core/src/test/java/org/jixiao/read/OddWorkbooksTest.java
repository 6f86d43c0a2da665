package org.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.Samples;
import org.jixiao.TestSheets;
import org.jixiao.model.ProblemCode;
import org.jixiao.score.ScoredEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd but legitimate workbooks: uncalculated formulas, formula errors, oceans of formatted empty rows. */
class OddWorkbooksTest {

    @TempDir
    Path tmp;

    private static final Object[][] TABLE = {
        {"部门整体支出绩效评价表"},
        {"一级指标", "二级指标", "三级指标", "分值", "自评得分"},
        {"投入", "预算配置", "在职人员控制率", 50, "=SUM(40,5)"},
        {"产出", "职责履行", "重点工作完成", 50, "=SUM(1)/0"},
        {"合计", null, null, "=D3+D4", "=SUM(E3:E4)"},
    };

    @Test
    void formulasWithoutCachedValuesAreEvaluatedAndErrorsReportedAtTheirCell() throws IOException {
        // written without evaluation: the file holds formulas but no cached results
        Path file = TestSheets.xlsx().sheet("表", TABLE).save(tmp.resolve("uncalculated.xlsx"));
        ScoredEvaluation s = Samples.scoreOnly("uncalculated.xlsx", file);
        assertThat(s.evaluation().indicators().get(0).reportedScore()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("45"));
        assertThat(s.evaluation().totalWeight()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(s.allProblems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.FORMULA_ERROR);
            assertThat(p.cell().orElseThrow().toString()).isEqualTo("表!E4");
        });
    }

    @Test
    void sixtyThousandFormattedEmptyRowsCostNothing() throws IOException {
        Path file = tmp.resolve("formatted.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet table = workbook.createSheet("表");
            Object[][] plain = {{"部门整体支出绩效评价表"}, {"一级指标", "二级指标", "三级指标", "分值", "自评得分"},
                {"投入", "预算配置", "在职人员控制率", 50, 45}, {"产出", "职责履行", "重点工作完成", 50, 50},
                {"合计", null, null, 100, 95}};
            for (int r = 0; r < plain.length; r++) {
                var row = table.createRow(r);
                for (int c = 0; c < plain[r].length; c++) {
                    if (plain[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (plain[r][c] != null) {
                        row.createCell(c).setCellValue(plain[r][c].toString());
                    }
                }
            }
            CellStyle yellow = workbook.createCellStyle();
            yellow.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int r = plain.length; r < 60_000; r++) {
                table.createRow(r).createCell(0).setCellStyle(yellow);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        ScoredEvaluation s = Samples.scoreOnly("formatted.xlsx", file);
        assertThat(s.total()).isEqualByComparingTo("95");
        assertThat(s.evaluation().lastRow()).isLessThan(10);
    }
}
