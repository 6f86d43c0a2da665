package org.jixiao.write;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.model.CellRef;

/**
 * Writes values into existing template cells without disturbing them: an existing cell keeps its style (never
 * {@code createCell} over it), a merged region is written at its top-left cell only, a formula is replaced by
 * the value. Not thread-safe; one per workbook being filled.
 */
final class SheetCells {

    private final Workbook workbook;
    private final Map<Short, CellStyle> percentStyles = new HashMap<>();
    private final Map<Short, CellStyle> scoreStyles = new HashMap<>();

    SheetCells(Workbook workbook) {
        this.workbook = workbook;
    }

    Sheet sheet(CellRef ref) {
        Sheet sheet = workbook.getSheet(ref.sheet());
        if (sheet == null) {
            throw new IllegalStateException("sheet not in workbook: " + ref.sheet());
        }
        return sheet;
    }

    Cell cell(CellRef ref) {
        Sheet sheet = sheet(ref);
        CellRangeAddress region = mergedRegion(sheet, ref.row(), ref.column());
        int r = region == null ? ref.row() : region.getFirstRow();
        int c = region == null ? ref.column() : region.getFirstColumn();
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (cell.getCellType() == CellType.FORMULA) {
            cell.setBlank();
        }
        return cell;
    }

    /** A score: shown with two decimals (6.40, not 6.4) when the cell has the General format. */
    void setScore(CellRef ref, double value) {
        Cell cell = cell(ref);
        withFormat(cell, scoreStyles, "General", "0.00");
        cell.setCellValue(value);
    }

    void setText(CellRef ref, String value) {
        cell(ref).setCellValue(value);
    }

    /** A fraction shown as a percentage: keeps a percent format the cell has, else adds 0.00% to a copy of its style. */
    void setPercent(CellRef ref, double fraction) {
        Cell cell = cell(ref);
        if (!cell.getCellStyle().getDataFormatString().contains("%")) {
            withFormat(cell, percentStyles, null, "0.00%");
        }
        cell.setCellValue(fraction);
    }

    /**
     * Gives the cell a copy of its style with another number format, one copy per original style, when its
     * format is {@code onlyIf} (any format when null).
     */
    private void withFormat(Cell cell, Map<Short, CellStyle> copies, String onlyIf, String format) {
        CellStyle style = cell.getCellStyle();
        if (onlyIf != null && !onlyIf.equalsIgnoreCase(style.getDataFormatString())) {
            return;
        }
        cell.setCellStyle(copies.computeIfAbsent(style.getIndex(), index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setDataFormat(workbook.createDataFormat().getFormat(format));
            return copy;
        }));
    }

    /** True when the cell holds nothing and belongs to no merged region, so a new value may go there. */
    boolean isFree(Sheet sheet, int r, int c) {
        if (mergedRegion(sheet, r, c) != null) {
            return false;
        }
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    /** The first column right of the merged region (or cell) at r, c. */
    int columnAfter(Sheet sheet, int r, int c) {
        CellRangeAddress region = mergedRegion(sheet, r, c);
        return region == null ? c + 1 : region.getLastColumn() + 1;
    }

    static CellRangeAddress mergedRegion(Sheet sheet, int r, int c) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c)) {
                return region;
            }
        }
        return null;
    }
}
