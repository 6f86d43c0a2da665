package org.jixiao.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.model.CellRef;
import org.jixiao.model.Severity;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.SpreadsheetFormat;
import org.jixiao.xlsx.PrintLayout;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageSetup;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STOrientation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A filled copy through POI's object model: every .xls, and every .xlsx the lean writer does not handle. An
 * existing cell keeps its style (never {@code createCell} over it); formulas that read the new values are
 * recalculated before saving, because POI does not recalculate on save. Print settings are set as the lean copy
 * writes them, so both copies print alike.
 */
final class PoiCopy implements FilledCopy {

    private static final Logger LOG = LoggerFactory.getLogger(PoiCopy.class);

    private final Workbook workbook;
    private final Map<Short, CellStyle> percentStyles = new HashMap<>();
    private final Map<Short, CellStyle> scoreStyles = new HashMap<>();
    private final Map<String, CellStyle> filled = new HashMap<>();
    private final Map<Integer, CellStyle> addedStyles = new HashMap<>();
    private final java.util.Set<String> fitted = new java.util.LinkedHashSet<>();

    PoiCopy(SourceWorkbook source) throws IOException {
        try (InputStream in = source.openContent()) {
            this.workbook = source.format() == SpreadsheetFormat.XLS ? new HSSFWorkbook(in) : new XSSFWorkbook(in);
        }
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new IllegalStateException("sheet not in workbook: " + name);
        }
        return sheet;
    }

    private Cell cell(CellRef ref) {
        Sheet sheet = sheet(ref.sheet());
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

    @Override
    public void setScore(CellRef ref, double value) {
        Cell cell = cell(ref);
        withFormat(cell, scoreStyles, "General", "0.00");
        cell.setCellValue(value);
    }

    @Override
    public void setText(CellRef ref, String value) {
        cell(ref).setCellValue(value);
    }

    @Override
    public void setPercent(CellRef ref, double fraction) {
        Cell cell = cell(ref);
        if (!cell.getCellStyle().getDataFormatString().contains("%")) {
            withFormat(cell, percentStyles, null, "0.00%");
        }
        cell.setCellValue(fraction);
    }

    @Override
    public String text(CellRef ref) {
        Cell cell = cell(ref);
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }

    /** A copy of the cell's style with another number format, one copy per original style, when its format is {@code onlyIf}. */
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

    @Override
    public boolean isFree(String sheetName, int r, int c) {
        Sheet sheet = sheet(sheetName);
        if (mergedRegion(sheet, r, c) != null) {
            return false;
        }
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    @Override
    public int columnAfter(String sheetName, int r, int c) {
        CellRangeAddress region = mergedRegion(sheet(sheetName), r, c);
        return region == null ? c + 1 : region.getLastColumn() + 1;
    }

    @Override
    public int lastRow(String sheetName) {
        return sheet(sheetName).getLastRowNum();
    }

    private static CellRangeAddress mergedRegion(Sheet sheet, int r, int c) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c)) {
                return region;
            }
        }
        return null;
    }

    @Override
    public void mark(Map<CellRef, Severity> fills, Map<CellRef, String> comments) {
        fills.forEach(this::fill);
        comments.forEach(this::comment);
    }

    private void fill(CellRef ref, Severity severity) {
        Cell cell = cell(ref);
        CellStyle original = cell.getCellStyle();
        cell.setCellStyle(filled.computeIfAbsent(original.getIndex() + "/" + severity, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(original);
            style.setFillForegroundColor(ReviewMarks.colour(severity));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }));
    }

    private void comment(CellRef ref, String text) {
        Cell cell = cell(ref);
        Sheet sheet = cell.getSheet();
        Drawing<?> drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch()
                : sheet.createDrawingPatriarch();
        CreationHelper helper = workbook.getCreationHelper();
        Comment existing = cell.getCellComment();
        String full = existing == null ? text : existing.getString().getString() + "\n" + text;
        if (existing != null) {
            cell.removeCellComment();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(full));
        comment.setAuthor("jixiao");
        cell.setCellComment(comment);
    }

    @Override
    public void addSheet(AddedSheet added) {
        int existing = workbook.getSheetIndex(added.name());
        if (existing >= 0) {
            workbook.removeSheetAt(existing);
        }
        Sheet sheet = workbook.createSheet(added.name());
        CreationHelper helper = workbook.getCreationHelper();
        Map<Severity, CellStyle> swatches = new HashMap<>();
        for (int r = 0; r < added.rows().size(); r++) {
            List<AddedSheet.Entry> entries = added.rows().get(r);
            if (entries.isEmpty()) {
                continue;
            }
            Row row = sheet.createRow(r);
            int lines = added.lines(r);
            if (lines > 1) {
                row.setHeightInPoints(PrintLayout.rowHeight(lines));
            }
            for (int c = 0; c < entries.size(); c++) {
                AddedSheet.Entry entry = entries.get(c);
                if (entry.isBlank()) {
                    continue;
                }
                boolean wrapped = added.wraps(c, entry);
                Cell cell = row.createCell(c);
                if (entry.number().isPresent()) {
                    cell.setCellValue(entry.number().get().doubleValue());
                } else {
                    cell.setCellValue(entry.text());
                }
                cell.setCellStyle(style(entry.bold(), entry.twoDecimals(), wrapped));
                entry.fill().ifPresent(severity -> cell.setCellStyle(swatches.computeIfAbsent(severity, s -> {
                    CellStyle style = workbook.createCellStyle();
                    style.setVerticalAlignment(VerticalAlignment.CENTER);
                    style.setFillForegroundColor(ReviewMarks.colour(s));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return style;
                })));
                entry.link().ifPresent(location -> {
                    Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress(location);
                    cell.setHyperlink(link);
                });
            }
        }
        for (int c = 0; c < added.widths().length; c++) {
            sheet.setColumnWidth(c, added.widths()[c] * 256);
        }
        print(sheet, added.print());
    }

    /** An added sheet's page: what {@link PrintLayout#pageXml} and its print titles say, through POI. */
    private static void print(Sheet sheet, PrintLayout print) {
        sheet.setMargin(PageMargin.LEFT, PrintLayout.LEFT);
        sheet.setMargin(PageMargin.RIGHT, PrintLayout.RIGHT);
        sheet.setMargin(PageMargin.TOP, PrintLayout.TOP);
        sheet.setMargin(PageMargin.BOTTOM, PrintLayout.BOTTOM);
        sheet.setMargin(PageMargin.HEADER, PrintLayout.HEADER);
        sheet.setMargin(PageMargin.FOOTER, PrintLayout.FOOTER);
        sheet.setHorizontallyCenter(true);
        sheet.setFitToPage(true);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintLayout.A4);
        if (setup instanceof org.apache.poi.xssf.usermodel.XSSFPrintSetup xssf) {
            // portrait written out, as the lean copy does: XSSF's setLandscape(false) leaves it unset
            xssf.setOrientation(print.landscape() ? org.apache.poi.ss.usermodel.PrintOrientation.LANDSCAPE
                    : org.apache.poi.ss.usermodel.PrintOrientation.PORTRAIT);
        } else {
            setup.setLandscape(print.landscape());
        }
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        if (print.titleRow() >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(print.titleRow(), print.titleRow(), -1, -1));
        }
        sheet.getFooter().setCenter(print.footer());
    }

    @Override
    public void fitToPageWidth(String name) {
        sheet(name);
        fitted.add(name);
    }

    /**
     * Fits a submitted sheet to one page wide as the lean copy does, unless it has print settings of its own.
     * An .xlsx sheet is set through its XML beans: POI's print setup would add an empty pageMargins element to
     * a sheet that has none.
     */
    private void fitToPageWidth(Sheet sheet) {
        int index = workbook.getSheetIndex(sheet);
        if (workbook.getPrintArea(index) != null) {
            return;
        }
        int lastColumn = 0;
        for (Row row : sheet) {
            lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
        }
        if (sheet instanceof XSSFSheet xssf) {
            fitToPageWidth(xssf.getCTWorksheet(), lastColumn);
            return;
        }
        PrintSetup setup = sheet.getPrintSetup();
        if (sheet.getFitToPage() || setup.getScale() != 100 || setup.getLandscape()) {
            return;
        }
        double[] widths = new double[lastColumn + 1];
        for (int c = 0; c <= lastColumn; c++) {
            widths[c] = sheet.isColumnHidden(c) ? 0 : sheet.getColumnWidth(c) / 256.0;
        }
        double margins = sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        if (!setup.getValidSettings() || setup.getNoOrientation()) {
            // no printer settings saved with the sheet: its paper is the printer's; name A4
            setup.setPaperSize(PrintLayout.A4);
        }
        setup.setLandscape(PrintLayout.widerThanPortrait(widths, margins));
    }

    private static void fitToPageWidth(CTWorksheet sheet, int lastColumn) {
        boolean ownPageSetup = sheet.isSetPageSetup() && (sheet.getPageSetup().isSetFitToWidth()
                || sheet.getPageSetup().isSetScale() || sheet.getPageSetup().isSetOrientation());
        if (ownPageSetup || (sheet.isSetSheetPr() && sheet.getSheetPr().isSetPageSetUpPr())) {
            return;
        }
        double[] widths = new double[lastColumn + 1];
        java.util.Arrays.fill(widths, PrintLayout.DEFAULT_WIDTH);
        for (CTCols cols : sheet.getColsArray()) {
            for (CTCol col : cols.getColArray()) {
                for (long c = col.getMin(); c <= Math.min(col.getMax(), lastColumn + 1); c++) {
                    if (c >= 1) {
                        widths[(int) c - 1] = col.getHidden() ? 0 : col.isSetWidth() ? col.getWidth() : PrintLayout.DEFAULT_WIDTH;
                    }
                }
            }
        }
        double margins = sheet.isSetPageMargins() ? sheet.getPageMargins().getLeft() + sheet.getPageMargins().getRight()
                : PrintLayout.DEFAULT_SIDE_MARGINS;
        (sheet.isSetSheetPr() ? sheet.getSheetPr() : sheet.addNewSheetPr()).addNewPageSetUpPr().setFitToPage(true);
        CTPageSetup setup = sheet.isSetPageSetup() ? sheet.getPageSetup() : sheet.addNewPageSetup();
        if (!setup.isSetPaperSize()) {
            setup.setPaperSize(PrintLayout.A4);
        }
        if (PrintLayout.widerThanPortrait(widths, margins)) {
            setup.setOrientation(STOrientation.LANDSCAPE);
        }
        setup.setFitToWidth(1);
        setup.setFitToHeight(0);
    }

    /**
     * An added sheet's cell format: centred vertically (rows are made tall for wrapped text), bold, two decimals
     * ({@code 0.00}, built-in format 2) and wrapped as asked, each combination made once per workbook.
     */
    private CellStyle style(boolean bold, boolean twoDecimals, boolean wrapped) {
        return addedStyles.computeIfAbsent((bold ? 1 : 0) | (twoDecimals ? 2 : 0) | (wrapped ? 4 : 0), k -> {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrapped);
            if (bold) {
                Font font = workbook.createFont();
                font.setBold(true);
                style.setFont(font);
            }
            if (twoDecimals) {
                style.setDataFormat((short) 2);
            }
            return style;
        });
    }

    @Override
    public void save(Path output) throws IOException {
        try (workbook) {
            for (String name : fitted) {
                fitToPageWidth(sheet(name));
            }
            recalculate();
            OutputMarker.mark(workbook, OutputMarker.Kind.FILLED_COPY);
            AtomicFiles.write(output, workbook::write);
        }
    }

    /** Refreshes the cached results of formulas that read the new scores. */
    private void recalculate() {
        boolean hasFormula = false;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    hasFormula |= cell.getCellType() == CellType.FORMULA;
                }
            }
        }
        if (!hasFormula) {
            return;
        }
        workbook.setForceFormulaRecalculation(true);
        try {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        } catch (RuntimeException e) {
            LOG.debug("formula evaluation incomplete; Excel will recalculate on open", e);
        }
    }
}
