package org.jixiao.samples;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;

/** Puts text, numbers and merged regions into a test sheet with the bordered look of a real template. */
final class SheetWriter {

    final Workbook workbook;
    final Sheet sheet;
    final CellStyle title;
    final CellStyle boxed;
    final CellStyle percent;
    final CellStyle money;

    SheetWriter(Workbook workbook, String sheetName) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(bold);
        title.setAlignment(HorizontalAlignment.CENTER);
        boxed = workbook.createCellStyle();
        boxed.setBorderTop(BorderStyle.THIN);
        boxed.setBorderBottom(BorderStyle.THIN);
        boxed.setBorderLeft(BorderStyle.THIN);
        boxed.setBorderRight(BorderStyle.THIN);
        boxed.setWrapText(true);
        boxed.setVerticalAlignment(VerticalAlignment.CENTER);
        percent = workbook.createCellStyle();
        percent.cloneStyleFrom(boxed);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        money = workbook.createCellStyle();
        money.cloneStyleFrom(boxed);
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    Cell cell(int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        cell.setCellStyle(boxed);
        return cell;
    }

    /** Writes a String as text, a Number as a number, null as a bordered blank. */
    SheetWriter put(int r, int c, Object value) {
        Cell cell = cell(r, c);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        return this;
    }

    SheetWriter putStyled(int r, int c, double value, CellStyle style) {
        cell(r, c).setCellValue(value);
        sheet.getRow(r).getCell(c).setCellStyle(style);
        return this;
    }

    /** Writes the value at the top-left, borders every cell of the region, and merges it. */
    SheetWriter merged(int r1, int c1, int r2, int c2, Object value) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(r, c);
            }
        }
        put(r1, c1, value);
        if (r1 != r2 || c1 != c2) {
            CellRangeAddress region = new CellRangeAddress(r1, r2, c1, c2);
            sheet.addMergedRegion(region);
            RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
        }
        return this;
    }

    SheetWriter titleRow(int r, int lastCol, String text) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(title);
        return this;
    }

    SheetWriter widths(int... widthsInChars) {
        for (int c = 0; c < widthsInChars.length; c++) {
            sheet.setColumnWidth(c, widthsInChars[c] * 256);
        }
        return this;
    }
}
