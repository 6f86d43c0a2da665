package org.jixiao.batch;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.write.AtomicFiles;

/**
 * 汇总.xlsx: sheet 汇总 (one row per evaluation, frozen header, filters, number formats), 统计 (count, mean,
 * median, standard deviation, min, max, quartiles, grade distribution and a histogram of totals, each with a
 * bar chart, and the indicators departments lose most on), 问题 (every problem at its file and cell) and
 * 无法读取 (files that could not be scored).
 */
final class SummaryWorkbook {

    private SummaryWorkbook() {
    }

    static void write(Path file, List<FileOutcome> outcomes, Statistics statistics) throws IOException {
        List<SummaryRow> rows = outcomes.stream().filter(o -> o instanceof FileOutcome.Scored)
                .flatMap(o -> ((FileOutcome.Scored) o).rows().stream()).toList();
        // the small sheets (with charts) are built in memory; the long 汇总 and 问题 sheets are streamed, so that
        // a summary of ten thousand evaluations fits in a small heap
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base);
        statisticsSheet(base.createSheet("统计"), rows, statistics, styles);
        failuresSheet(base.createSheet("无法读取"), outcomes, styles);
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, 200);
        workbook.setCompressTempFiles(true);
        try {
            summarySheet(workbook.createSheet("汇总"), rows, statistics, styles);
            problemsSheet(workbook.createSheet("问题"), rows, styles);
            workbook.setSheetOrder("汇总", 0);
            workbook.setSheetOrder("问题", 2);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            AtomicFiles.write(file, workbook::write);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The few styles a person would set: bold shaded header, money, percent, two-decimal scores. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle rate;
        final CellStyle score;
        final CellStyle integer;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            var format = workbook.createDataFormat();
            money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0.00"));
            rate = workbook.createCellStyle();
            rate.setDataFormat(format.getFormat("0.00%"));
            score = workbook.createCellStyle();
            score.setDataFormat(format.getFormat("0.00"));
            integer = workbook.createCellStyle();
            integer.setDataFormat(format.getFormat("0"));
        }

        CellStyle of(SummaryTable.Kind kind) {
            return switch (kind) {
                case MONEY -> money;
                case RATE -> rate;
                case SCORE -> score;
                case INTEGER -> integer;
                case TEXT -> null;
            };
        }
    }

    private static void summarySheet(Sheet sheet, List<SummaryRow> rows, Statistics statistics, Styles styles) {
        List<SummaryTable.Column> columns = SummaryTable.columns(statistics);
        headerRow(sheet, 0, styles, columns.stream().map(SummaryTable.Column::header).toArray(String[]::new));
        List<List<Object>> table = SummaryTable.rows(rows, statistics);
        for (int r = 0; r < table.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                put(row, c, table.get(r).get(c), styles.of(columns.get(c).kind()));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(table.size(), 1), 0, columns.size() - 1));
    }

    private static void statisticsSheet(XSSFSheet sheet, List<SummaryRow> rows, Statistics s, Styles styles) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.setColumnWidth(3, 12 * 256);
        headerRow(sheet, 0, styles, "统计量（总分）", "值");
        Object[][] stats = {{"评价表数", s.count()}, {"平均值", s.mean()}, {"中位数", s.median()},
            {"标准差（样本，STDEV.S）", s.standardDeviation()}, {"最小值", s.min()}, {"最大值", s.max()},
            {"第一四分位数（QUARTILE.INC）", s.q1()}, {"第三四分位数（QUARTILE.INC）", s.q3()}};
        int r = 1;
        for (Object[] stat : stats) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue((String) stat[0]);
            put(row, 1, stat[1], stat[1] instanceof Integer ? styles.integer : styles.score);
        }
        r++;
        int gradeHeader = r;
        headerRow(sheet, r++, styles, "等级", "数量", "占比");
        for (Map.Entry<String, Integer> grade : s.grades().entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(grade.getKey());
            put(row, 1, grade.getValue(), styles.integer);
            put(row, 2, s.count() == 0 ? null : grade.getValue() / (double) s.count(), styles.rate);
        }
        barChart(sheet, "等级分布 / grades", gradeHeader + 1, r - 1, 5, 0);
        r++;
        int histogramHeader = r;
        headerRow(sheet, r++, styles, "总分区间", "数量");
        int[] bins = s.histogram(rows);
        for (int b = 0; b < bins.length; b++) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(Statistics.HISTOGRAM_LABELS.get(b));
            put(row, 1, bins[b], styles.integer);
        }
        barChart(sheet, "总分分布 / histogram of totals", histogramHeader + 1, r - 1, 5, 18);
        r++;
        headerRow(sheet, r++, styles, "指标（一级/三级）", "评价表数", "平均分值", "平均失分率");
        for (Statistics.IndicatorLoss loss : s.losses()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(loss.indicator());
            put(row, 1, loss.evaluations(), styles.integer);
            put(row, 2, loss.averageWeight(), styles.score);
            put(row, 3, loss.averageLossRate(), styles.rate);
        }
    }

    private static void barChart(XSSFSheet sheet, String title, int firstRow, int lastRow, int col, int row) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 7, row + 16));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 1, 1)));
        series.setTitle("数量", null);
        // without an explicit fill LibreOffice draws the bars invisible
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }

    private static void problemsSheet(Sheet sheet, List<SummaryRow> rows, Styles styles) {
        headerRow(sheet, 0, styles, "文件", "工作表", "单元格", "代码", "级别", "说明");
        int r = 1;
        for (SummaryRow row : rows) {
            for (SummaryRow.ProblemLine p : row.problems()) {
                Row line = sheet.createRow(r++);
                String[] cells = {row.file(), row.sheet(), p.cell(), p.code(), p.severity(), p.message()};
                for (int c = 0; c < cells.length; c++) {
                    line.createCell(c).setCellValue(cells[c]);
                }
            }
        }
        int[] widths = {36, 14, 18, 24, 6, 90};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, 5));
    }

    private static void failuresSheet(Sheet sheet, List<FileOutcome> outcomes, Styles styles) {
        headerRow(sheet, 0, styles, "文件", "原因代码", "说明");
        int r = 1;
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Failed failed) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(failed.name());
                row.createCell(1).setCellValue(failed.code());
                row.createCell(2).setCellValue(failed.message());
            }
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.createFreezePane(0, 1);
    }

    private static void headerRow(Sheet sheet, int r, Styles styles, String... headers) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(styles.header);
        }
    }

    private static void put(Row row, int c, Object value, CellStyle style) {
        if (value == null || (value instanceof Double d && d.isNaN())) {
            return;
        }
        Cell cell = row.createCell(c);
        if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
        if (style != null && value instanceof Number) {
            cell.setCellStyle(style);
        }
    }
}
