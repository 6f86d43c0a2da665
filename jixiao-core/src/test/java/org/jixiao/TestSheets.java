package org.jixiao;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a sheet from a literal table for tests: String → text (a leading "=" makes a formula), Number →
 * number, null → no cell; merges given as A1 ranges. Independent of the sample generator on purpose.
 */
public final class TestSheets {

    private final Workbook workbook;

    private TestSheets(Workbook workbook) {
        this.workbook = workbook;
    }

    public static TestSheets xlsx() {
        return new TestSheets(new XSSFWorkbook());
    }

    public static TestSheets xls() {
        return new TestSheets(new HSSFWorkbook());
    }

    public TestSheets sheet(String name, Object[][] rows, String... merges) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value.toString().startsWith("=") && value.toString().length() > 1
                        && Character.isLetter(value.toString().charAt(1))) {
                    cell.setCellFormula(value.toString().substring(1));
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
        for (String merge : merges) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(merge));
        }
        return this;
    }

    /** Evaluates formulas so that the saved file carries cached results, as Excel would. */
    public TestSheets evaluateFormulas() {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return this;
    }

    public Path save(Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** Every cell of every sheet as text, with the merge count per sheet: compares workbooks by content. */
    public static List<String> cells(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                out.add("sheet " + sheet.getSheetName() + " merged " + sheet.getNumMergedRegions());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return out;
    }
}
