package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.LibreOffice;
import org.jixiao.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 汇总.xlsx as Excel and POI see it: sheet order, frozen panes, filters and their defined names, column widths,
 * number formats, bold headers, charts whose series point at the rows they draw and cache their values, and how
 * every sheet prints.
 */
class SummaryWorkbookTest {

    @TempDir
    static Path dir;
    static BatchResult result;
    static XSSFWorkbook summary;

    @BeforeAll
    static void run() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("hualong-2022-department.xlsx", "national-project-clean.xlsx",
                "national-project-lenient.xlsx", "malformed-truncated.xlsx")) {
            Files.copy(Samples.DIR.resolve(name), in.resolve(name));
        }
        result = new Batch(BatchOptions.of(dir.resolve("out")).withThreads(1), ProgressListener.NONE)
                .run(List.of(in.toString()));
        summary = new XSSFWorkbook(Files.newInputStream(result.summaryWorkbook()));
    }

    @Test
    void sheetsComeInOrderWithTheSummaryActive() {
        assertThat(List.of(summary.getSheetName(0), summary.getSheetName(1), summary.getSheetName(2),
                summary.getSheetName(3))).containsExactly("汇总", "统计", "问题", "无法读取");
        assertThat(summary.getActiveSheetIndex()).isZero();
    }

    @Test
    void theSummarySheetFreezesTwoColumnsAndTheHeaderAndFiltersEveryRow() {
        XSSFSheet sheet = summary.getSheet("汇总");
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 2);
        assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
        int rows = result.rows().size();
        assertThat(sheet.getLastRowNum()).isEqualTo(rows);
        int lastColumn = sheet.getRow(0).getLastCellNum() - 1;
        String last = org.jixiao.model.CellRef.columnName(lastColumn);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + last + (rows + 1));
        XSSFName filter = summary.getNames("_xlnm._FilterDatabase").stream()
                .filter(n -> n.getSheetIndex() == 0).findFirst().orElseThrow();
        assertThat(filter.getRefersToFormula()).isEqualTo("'汇总'!$A$1:$" + last + "$" + (rows + 1));
        assertThat(sheet.getColumnWidth(1)).isEqualTo(14 * 256);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
        assertThat(summary.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
    }

    @Test
    void everySheetPrintsOnA4OnePageWideWithItsHeaderRepeatedAndTheBatchInTheFooter() throws IOException {
        for (XSSFSheet sheet : List.of(summary.getSheet("汇总"), summary.getSheet("统计"), summary.getSheet("问题"),
                summary.getSheet("无法读取"))) {
            String name = sheet.getSheetName();
            var setup = sheet.getCTWorksheet().getPageSetup();
            assertThat(setup.getPaperSize()).as(name).isEqualTo(9L);
            assertThat(setup.getFitToWidth()).as(name).isEqualTo(1L);
            assertThat(setup.getFitToHeight()).as(name).isZero();
            assertThat(sheet.getFitToPage()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).as(name + " is wider than a portrait page").isTrue();
            assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).as(name).isEqualTo(0.5);
            // the batch is named by the output folder, "out" here
            assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("绩效自评汇总 out　&A　第 &P 页 共 &N 页");
            assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
        }
        XSSFSheet table = summary.getSheet("汇总");
        assertThat(table.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        assertThat(table.isPrintGridlines()).isTrue();
        // printed up to 排名; the grade-stability columns after it stay on screen
        Row header = table.getRow(0);
        String lastPrinted = org.jixiao.model.CellRef.columnName(column(header, "排名"));
        assertThat(summary.getPrintArea(0)).isEqualTo("'汇总'!$A$1:$" + lastPrinted + "$" + (result.rows().size() + 1));
        assertThat(column(header, "等级稳定概率")).isGreaterThan(column(header, "排名"));
        // long text wraps in a capped column, and its row is as tall as its lines
        Cell file = table.getRow(1).getCell(column(header, "文件"));
        assertThat(file.getCellStyle().getWrapText()).isTrue();
        assertThat(table.getColumnWidth(column(header, "文件"))).isLessThanOrEqualTo(16 * 256);
        assertThat(header.getCell(0).getCellStyle().getWrapText()).isTrue();
        XSSFSheet statistics = summary.getSheet("统计");
        int titles = statistics.getRepeatingRows().getFirstRow();
        assertThat(statistics.getRow(titles).getCell(0).getStringCellValue()).isEqualTo("指标（一级/三级）");
        XSSFSheet problems = summary.getSheet("问题");
        Row longest = null;
        for (Row row : problems) {
            if (row.getRowNum() > 0 && (longest == null || row.getCell(5).getStringCellValue().length()
                    > longest.getCell(5).getStringCellValue().length())) {
                longest = row;
            }
        }
        assertThat(longest).isNotNull();
        assertThat(longest.getCell(5).getCellStyle().getWrapText()).isTrue();
        assertThat(longest.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
        org.jixiao.SchemaValidation.assertValid(result.summaryWorkbook());
    }

    @Test
    void numbersCarryTheirColumnsFormats() {
        XSSFSheet sheet = summary.getSheet("汇总");
        Row header = sheet.getRow(0);
        Row hualong = sheet.getRow(1 + List.of(result.rows().stream().map(SummaryRow::file).toArray())
                .indexOf("hualong-2022-department.xlsx"));
        assertThat(format(hualong.getCell(column(header, "总分")))).isEqualTo("0.00");
        assertThat(hualong.getCell(column(header, "总分")).getNumericCellValue()).isEqualTo(92.44);
        assertThat(hualong.getCell(column(header, "等级")).getStringCellValue()).isEqualTo("优");
        assertThat(format(hualong.getCell(column(header, "全年预算数")))).isEqualTo("#,##0.00");
        assertThat(hualong.getCell(column(header, "全年预算数")).getNumericCellValue()).isEqualTo(48865.73);
        assertThat(format(hualong.getCell(column(header, "执行率")))).isEqualTo("0.00%");
        assertThat(format(hualong.getCell(column(header, "排名")))).isEqualTo("0");
        assertThat(hualong.getCell(column(header, "单位")).getCellType()).isEqualTo(CellType.STRING);
    }

    @Test
    void chartsDrawTheGradeAndHistogramRowsAndCacheTheirValues() {
        XSSFSheet sheet = summary.getSheet("统计");
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(2);
        XDDFChartData.Series grades = charts.get(0).getChartSeries().get(0).getSeries(0);
        assertThat(grades.getCategoryData().getDataRangeReference()).isEqualTo("'统计'!$A$12:$A$15");
        assertThat(grades.getValuesData().getDataRangeReference()).isEqualTo("'统计'!$B$12:$B$15");
        for (int i = 0; i < 4; i++) {
            Row row = sheet.getRow(11 + i);
            assertThat(grades.getCategoryData().getPointAt(i)).isEqualTo(row.getCell(0).getStringCellValue());
            assertThat(grades.getValuesData().getPointAt(i).doubleValue()).isEqualTo(row.getCell(1).getNumericCellValue());
        }
        assertThat(sheet.getRow(11).getCell(0).getStringCellValue()).isEqualTo("优");
        XDDFChartData.Series histogram = charts.get(1).getChartSeries().get(0).getSeries(0);
        int first = Integer.parseInt(histogram.getValuesData().getDataRangeReference().replaceAll(".*\\$B\\$(\\d+):.*", "$1"));
        assertThat(sheet.getRow(first - 2).getCell(0).getStringCellValue()).isEqualTo("总分区间");
        double counted = 0;
        for (int i = 0; i < histogram.getValuesData().getPointCount(); i++) {
            counted += histogram.getValuesData().getPointAt(i).doubleValue();
        }
        assertThat(counted).isEqualTo(result.rows().size());
    }

    @Test
    void problemsAndFailuresAreListedOneARow() {
        XSSFSheet problems = summary.getSheet("问题");
        long expected = result.rows().stream().mapToLong(r -> r.problems().size()).sum();
        assertThat(problems.getLastRowNum()).isEqualTo((int) expected);
        assertThat(problems.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        XSSFSheet failures = summary.getSheet("无法读取");
        assertThat(failures.getLastRowNum()).isEqualTo(1);
        assertThat(failures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("malformed-truncated.xlsx");
    }

    @Test
    void libreOfficeOpensTheSummary() throws IOException, InterruptedException {
        assumeTrue(LibreOffice.installed(), "LibreOffice not installed");
        String text = LibreOffice.firstSheetAsCsv(result.summaryWorkbook(), Files.createDirectories(dir.resolve("lo")));
        assertThat(text).startsWith("序号,文件,").contains("hualong-2022-department.xlsx").contains("92.44")
                .contains("\"48,865.73\"");
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }
}
