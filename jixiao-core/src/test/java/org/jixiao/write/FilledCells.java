package org.jixiao.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A filled copy as POI reads it back, one line per sheet, print setup, row height, non-blank cell and column width: what the lean and the
 * POI copy of one workbook must agree on (LeanFillEquivalenceTest, ProducerConformanceTest). Test code.
 */
public final class FilledCells {

    private FilledCells() {
    }

    /** Everything a reviewer sees, cell by cell, and how each sheet prints; a blank cell without fill counts as absent. */
    public static List<String> describe(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : workbook) {
                lines.add("sheet " + sheet.getSheetName());
                lines.add("print " + PrintSettings.of(sheet));
                TreeMap<String, String> cells = new TreeMap<>();
                for (Row row : sheet) {
                    if (row.getHeight() != sheet.getDefaultRowHeight()) {
                        cells.put(String.format("%07d:height", row.getRowNum()), String.valueOf(row.getHeightInPoints()));
                    }
                    for (Cell cell : row) {
                        String fill = fill((XSSFCellStyle) cell.getCellStyle());
                        String value = switch (cell.getCellType()) {
                            case NUMERIC -> "n:" + cell.getNumericCellValue();
                            case STRING -> "s:" + cell.getStringCellValue();
                            case BOOLEAN -> "b:" + cell.getBooleanCellValue();
                            default -> "";
                        };
                        if (cell.getCellType() == CellType.BLANK && fill.isEmpty() && cell.getCellComment() == null) {
                            continue;
                        }
                        Comment comment = cell.getCellComment();
                        cells.put(String.format("%07d:%03d", cell.getRowIndex(), cell.getColumnIndex()), value
                                + " fmt=" + (cell.getCellType() == CellType.BLANK ? "" : cell.getCellStyle().getDataFormatString())
                                + " fill=" + fill + " bold=" + ((XSSFCellStyle) cell.getCellStyle()).getFont().getBold()
                                + " wrap=" + cell.getCellStyle().getWrapText()
                                + " vertical=" + cell.getCellStyle().getVerticalAlignment()
                                + (comment == null ? "" : " comment[" + comment.getAuthor() + "]=" + comment.getString().getString())
                                + (cell.getHyperlink() == null ? "" : " link=" + cell.getHyperlink().getAddress()));
                    }
                }
                cells.forEach((k, v) -> lines.add(k + " " + v));
                for (int c = 0; c < 10; c++) {
                    lines.add("width " + c + " " + sheet.getColumnWidth(c));
                }
            }
        }
        return lines;
    }

    private static String fill(XSSFCellStyle style) {
        XSSFColor colour = style.getFillForegroundXSSFColor();
        return style.getFillPattern().name().equals("NO_FILL") || colour == null ? ""
                : style.getFillPattern() + "/" + colour.getIndexed();
    }
}
