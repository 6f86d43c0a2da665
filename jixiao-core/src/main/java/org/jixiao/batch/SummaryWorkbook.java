package org.jixiao.batch;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.write.AtomicFiles;
import org.jixiao.write.OutputMarker;
import org.jixiao.xlsx.PrintLayout;
import org.jixiao.xlsx.ReportWorkbook;
import org.jixiao.xlsx.ReportWorkbook.BarChart;
import org.jixiao.xlsx.ReportWorkbook.Sheet;
import org.jixiao.xlsx.ReportWorkbook.Style;

/**
 * 汇总.xlsx: sheet 汇总 (one row per evaluation, frozen header, filters, number formats), 统计 (count, mean,
 * median, standard deviation, min, max, quartiles, grade distribution and a histogram of totals, each with a
 * bar chart, and the indicators departments lose most on), 问题 (every problem at its file and cell) and
 * 无法读取 (files that could not be scored). Streamed sheet by sheet, so a summary of ten thousand evaluations
 * fits in a small heap. Marked as jixiao's output ({@link OutputMarker}), so no later batch reads it as an input.
 * Every sheet prints on A4 one page wide with its header repeated and a footer naming the
 * batch (the output folder's name); long text wraps in columns kept narrow enough for that.
 */
final class SummaryWorkbook {

    private SummaryWorkbook() {
    }

    /**
     * Columns of 汇总 left off the printed page: how stable the grade and rank are under a varied weighting is
     * for the reviewer's screen; the signed summary stops at the rank. They are the last columns, so the print
     * area is the columns before them.
     */
    private static final Set<String> SCREEN_ONLY = Set.of("排名区间", "等级稳定概率", "总分P5", "总分P95");

    static void write(Path file, List<FileOutcome> outcomes, Statistics statistics) throws IOException {
        List<SummaryRow> rows = outcomes.stream().filter(o -> o instanceof FileOutcome.Scored)
                .flatMap(o -> ((FileOutcome.Scored) o).rows().stream()).toList();
        Path folder = file.toAbsolutePath().getParent();
        String batch = folder == null || folder.getFileName() == null ? "" : "绩效自评汇总 " + folder.getFileName();
        AtomicFiles.write(file, out -> {
            try (ReportWorkbook workbook = new ReportWorkbook(out)) {
                workbook.customProperties(OutputMarker.properties(OutputMarker.Kind.SUMMARY));
                summarySheet(workbook, rows, statistics, batch);
                statisticsSheet(workbook, rows, statistics, batch);
                problemsSheet(workbook, rows, batch);
                failuresSheet(workbook, outcomes, batch);
            }
        });
    }

    private static Style styleOf(SummaryTable.Kind kind) {
        return switch (kind) {
            case MONEY -> Style.MONEY;
            case RATE -> Style.RATE;
            case SCORE -> Style.SCORE;
            case INTEGER -> Style.INTEGER;
            case TEXT -> Style.WRAPPED;
        };
    }

    private static void summarySheet(ReportWorkbook workbook, List<SummaryRow> rows, Statistics statistics,
                                     String batch) throws IOException {
        List<SummaryTable.Column> columns = SummaryTable.columns(statistics);
        int[] widths = columns.stream().mapToInt(SummaryTable.Column::width).toArray();
        int lastPrinted = columns.size() - 1;
        while (lastPrinted > 0 && SCREEN_ONLY.contains(columns.get(lastPrinted).header())) {
            lastPrinted--;
        }
        Sheet sheet = workbook.sheet("汇总", widths, 2, 1, PrintLayout.of(widths, 0, batch)
                .printingColumns(widths, lastPrinted).withGridLines());
        headerRow(sheet, 0, columns.stream().map(SummaryTable.Column::header).toArray(String[]::new));
        List<List<Object>> table = SummaryTable.rows(rows, statistics);
        for (int r = 0; r < table.size(); r++) {
            sheet.row(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                put(sheet, c, table.get(r).get(c), styleOf(columns.get(c).kind()));
            }
        }
        sheet.autoFilter(Math.max(table.size(), 1), columns.size() - 1);
    }

    private static void statisticsSheet(ReportWorkbook workbook, List<SummaryRow> rows, Statistics s, String batch)
            throws IOException {
        int[] widths = {30, 12, 12, 12};
        // the charts stand in columns F to L, beside the tables: the page is turned by both together
        int[] printed = java.util.Arrays.copyOf(widths, 12);
        java.util.Arrays.fill(printed, widths.length, printed.length, (int) Math.round(PrintLayout.DEFAULT_WIDTH));
        Sheet sheet = workbook.sheet("统计", widths, 0, 0, PrintLayout.of(printed, -1, batch));
        headerRow(sheet, 0, "统计量（总分）", "值");
        Object[][] stats = {{"评价表数", s.count()}, {"平均值", s.mean()}, {"中位数", s.median()},
            {"标准差（样本，STDEV.S）", s.standardDeviation()}, {"最小值", s.min()}, {"最大值", s.max()},
            {"第一四分位数（QUARTILE.INC）", s.q1()}, {"第三四分位数（QUARTILE.INC）", s.q3()}};
        int r = 1;
        for (Object[] stat : stats) {
            sheet.row(r++);
            sheet.text(0, (String) stat[0], Style.PLAIN);
            put(sheet, 1, stat[1], stat[1] instanceof Integer ? Style.INTEGER : Style.SCORE);
        }
        r++;
        int gradeHeader = r;
        headerRow(sheet, r++, "等级", "数量", "占比");
        List<String> grades = new ArrayList<>();
        List<Integer> gradeCounts = new ArrayList<>();
        for (Map.Entry<String, Integer> grade : s.grades().entrySet()) {
            sheet.row(r++);
            sheet.text(0, grade.getKey(), Style.PLAIN);
            put(sheet, 1, grade.getValue(), Style.INTEGER);
            put(sheet, 2, s.count() == 0 ? null : grade.getValue() / (double) s.count(), Style.RATE);
            grades.add(grade.getKey());
            gradeCounts.add(grade.getValue());
        }
        sheet.barChart(new BarChart("等级分布 / grades", "数量", gradeHeader + 1, r - 1, grades, gradeCounts, 5, 0));
        r++;
        int histogramHeader = r;
        headerRow(sheet, r++, "总分区间", "数量");
        int[] bins = s.histogram(rows);
        List<Integer> binCounts = new ArrayList<>();
        for (int b = 0; b < bins.length; b++) {
            sheet.row(r++);
            sheet.text(0, Statistics.HISTOGRAM_LABELS.get(b), Style.PLAIN);
            put(sheet, 1, bins[b], Style.INTEGER);
            binCounts.add(bins[b]);
        }
        sheet.barChart(new BarChart("总分分布 / histogram of totals", "数量", histogramHeader + 1, r - 1,
                Statistics.HISTOGRAM_LABELS.subList(0, bins.length), binCounts, 5, 15));
        r++;
        // the list of indicators runs longest, onto further pages: its header is the one repeated on them
        sheet.titleRow(r);
        headerRow(sheet, r++, "指标（一级/三级）", "评价表数", "平均分值", "平均失分率");
        for (Statistics.IndicatorLoss loss : s.losses()) {
            sheet.row(r++);
            sheet.text(0, loss.indicator(), Style.WRAPPED);
            put(sheet, 1, loss.evaluations(), Style.INTEGER);
            put(sheet, 2, loss.averageWeight(), Style.SCORE);
            put(sheet, 3, loss.averageLossRate(), Style.RATE);
        }
    }

    private static void problemsSheet(ReportWorkbook workbook, List<SummaryRow> rows, String batch)
            throws IOException {
        // the message column is wide so most rows take two lines: a page holds more of them at a 9-point size
        int[] widths = {18, 8, 12, 24, 5, 100};
        Sheet sheet = workbook.sheet("问题", widths, 0, 1, PrintLayout.of(widths, 0, batch).withGridLines());
        headerRow(sheet, 0, "文件", "工作表", "单元格", "代码", "级别", "说明");
        int r = 1;
        for (SummaryRow row : rows) {
            for (SummaryRow.ProblemLine p : row.problems()) {
                sheet.row(r++);
                String[] cells = {row.file(), row.sheet(), p.cell(), p.code(), p.severity(), p.message()};
                for (int c = 0; c < cells.length; c++) {
                    // file, sheet and message wrap; the cell, code and level are short
                    sheet.text(c, cells[c], c == 0 || c == 1 || c == 5 ? Style.WRAPPED : Style.PLAIN);
                }
            }
        }
        sheet.autoFilter(Math.max(r - 1, 1), 5);
    }

    private static void failuresSheet(ReportWorkbook workbook, List<FileOutcome> outcomes, String batch)
            throws IOException {
        int[] widths = {28, 22, 80};
        Sheet sheet = workbook.sheet("无法读取", widths, 0, 1, PrintLayout.of(widths, 0, batch).withGridLines());
        headerRow(sheet, 0, "文件", "原因代码", "说明");
        int r = 1;
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Failed failed) {
                sheet.row(r++);
                sheet.text(0, failed.name(), Style.WRAPPED);
                sheet.text(1, failed.code(), Style.PLAIN);
                sheet.text(2, failed.message(), Style.WRAPPED);
            }
        }
    }

    private static void headerRow(Sheet sheet, int r, String... headers) throws IOException {
        sheet.row(r);
        for (int c = 0; c < headers.length; c++) {
            sheet.text(c, headers[c], Style.HEADER);
        }
    }

    /** Nothing for a missing value; numbers in the column's format; anything else as text, wrapped in a text column. */
    private static void put(Sheet sheet, int c, Object value, Style style) {
        if (value == null || (value instanceof Double d && !Double.isFinite(d))) {
            return;
        }
        if (value instanceof BigDecimal n) {
            sheet.number(c, n, style);
        } else if (value instanceof Number n) {
            sheet.number(c, n.doubleValue(), style);
        } else {
            sheet.text(c, value.toString(), style == Style.WRAPPED ? Style.WRAPPED : Style.PLAIN);
        }
    }
}
