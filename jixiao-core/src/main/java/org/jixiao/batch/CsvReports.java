package org.jixiao.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jixiao.write.AtomicFiles;

/**
 * summary.csv and errors.csv: UTF-8 with a BOM so that Excel shows the Chinese, and text cells that begin with
 * = + - @ (or a tab or carriage return) prefixed with ' so a spreadsheet never runs them as formulas. Numbers are
 * written as numbers, so a negative difference stays a number.
 */
final class CsvReports {

    private CsvReports() {
    }

    static void writeSummary(Path file, List<FileOutcome> outcomes, Statistics statistics) throws IOException {
        List<SummaryRow> rows = outcomes.stream().filter(o -> o instanceof FileOutcome.Scored)
                .flatMap(o -> ((FileOutcome.Scored) o).rows().stream()).toList();
        List<List<Object>> table = new ArrayList<>();
        table.add(new ArrayList<>(SummaryTable.columns(statistics).stream().map(SummaryTable.Column::header).toList()));
        table.addAll(SummaryTable.rows(rows, statistics));
        write(file, table);
    }

    static void writeErrors(Path file, List<FileOutcome> outcomes) throws IOException {
        List<List<Object>> table = new ArrayList<>();
        table.add(List.of("文件", "原因代码", "说明"));
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Failed failed) {
                table.add(List.of(failed.name(), failed.code(), failed.message()));
            }
        }
        write(file, table);
    }

    private static void write(Path file, List<List<Object>> table) throws IOException {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            for (List<Object> row : table) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(cell == null ? "" : cell instanceof BigDecimal n ? SummaryTable.plain(n)
                            : cell instanceof Number ? cell.toString() : neutralise(cell.toString()));
                }
                printer.printRecord(cells);
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Text that a spreadsheet would take for a formula gets a leading apostrophe. */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
