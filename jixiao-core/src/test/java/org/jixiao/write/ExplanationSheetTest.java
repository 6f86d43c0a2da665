package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.Samples;
import org.jixiao.read.ReadOptions;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 一级指标 table of 评分说明 includes the budget block and adds up to the total it shows (issue 20, item 4),
 * in the patching writer and in POI's (forced, as LeanFillEquivalenceTest does, by reading through POI).
 */
class ExplanationSheetTest {

    @TempDir
    Path tmp;

    /** The table's rows from 一级指标 to 合计: name → [分值, 得分] as written (null for an empty cell). */
    private static Map<String, BigDecimal[]> levelOneTable(Sheet notes) {
        Map<String, BigDecimal[]> table = new LinkedHashMap<>();
        boolean inside = false;
        for (Row row : notes) {
            Cell first = row.getCell(0);
            String name = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
            if (name.equals("一级指标")) {
                inside = true;
                continue;
            }
            if (inside) {
                table.put(name, new BigDecimal[] {number(row.getCell(1)), number(row.getCell(2))});
                if (name.equals("合计")) {
                    return table;
                }
            }
        }
        throw new AssertionError("no 一级指标 table ending in 合计");
    }

    private static BigDecimal number(Cell cell) {
        return cell == null || cell.getCellType() != CellType.NUMERIC ? null
                : new BigDecimal(org.apache.poi.ss.util.NumberToTextConverter.toText(cell.getNumericCellValue()));
    }

    @ParameterizedTest(name = "{0} writer")
    @CsvSource({"lean", "poi"})
    void theFoundingCasesLevelOneRowsAddUpToItsTotalWithTheBudgetBlock(String writer) throws IOException {
        Path input = Samples.DIR.resolve(SampleWorkbooks.HUALONG);
        SourceWorkbook source = (SourceWorkbook) (writer.equals("lean") ? new WorkbookReader()
                : new WorkbookReader(ReadOptions.DEFAULTS.throughPoi())).read(input);
        assertThat(source.lean().isPresent()).as("the writer follows the reader").isEqualTo(writer.equals("lean"));
        Scorer scorer = new Scorer();
        List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
        Path out = tmp.resolve(writer + ".xlsx");
        FillResult filled = new WorkbookFiller().fill(source, scored, out);
        assertThat(filled.notLeanReason().isEmpty()).isEqualTo(writer.equals("lean"));

        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(out))) {
            Map<String, BigDecimal[]> table = levelOneTable(workbook.getSheet("评分说明"));
            // 预算执行 10 × 40,430.2 / 48,865.73 = 8.27; 投入 14.80 + 过程 21.00 + 产出 29.87 + 效果 18.50 = 84.17
            assertThat(new ArrayList<>(table.keySet())).containsExactly("预算执行", "投入", "过程", "产出", "效果", "合计");
            assertThat(table.get("预算执行")).containsExactly(new BigDecimal("10"), new BigDecimal("8.27"));
            BigDecimal weights = BigDecimal.ZERO;
            BigDecimal scores = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal[]> row : table.entrySet()) {
                if (!row.getKey().equals("合计")) {
                    weights = weights.add(row.getValue()[0]);
                    scores = scores.add(row.getValue()[1]);
                }
            }
            assertThat(table.get("合计")[1]).isEqualByComparingTo(scores).isEqualByComparingTo("92.44");
            assertThat(table.get("合计")[0]).isEqualByComparingTo(weights).isEqualByComparingTo("100");
        }
    }
}
