package org.jixiao.producers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
import org.apache.poi.ss.util.CellReference;

/**
 * The one content of the producer corpus, read from {@code producers/national-content.tsv} (the file the Python
 * script reads too), and the Java producers that write it: POI's usermodel (XSSF and SXSSF) and fastexcel.
 * Immutable and thread-safe.
 */
public record NationalContent(Range box, List<Item> items) {

    public static final String SHEET = "附件1";
    /** Column widths in characters, A–I, as the POI-made samples have them. */
    static final int[] WIDTHS = {14, 14, 16, 22, 14, 14, 10, 10, 26};

    /** A zero-based, inclusive cell range; one cell when first and last agree. */
    public record Range(int r1, int c1, int r2, int c2) {

        static Range parse(String ref) {
            String[] ends = ref.split(":");
            CellReference a = new CellReference(ends[0]);
            CellReference b = new CellReference(ends[ends.length - 1]);
            return new Range(a.getRow(), a.getCol(), b.getRow(), b.getCol());
        }

        boolean merged() {
            return r1 != r2 || c1 != c2;
        }
    }

    /** How a value is written: its cell type and look. */
    public enum Kind {
        /** bold 16 pt, centred, no border */
        TITLE,
        TEXT,
        NUMBER,
        /** a number formatted #,##0.00 */
        MONEY,
        /** a fraction formatted 0.00% */
        PERCENT;

        boolean numeric() {
            return this == NUMBER || this == MONEY || this == PERCENT;
        }
    }

    /** One line of the content file: a cell or a merged range, its value (empty for a blank) in the top left. */
    public record Item(Range range, Kind kind, String value) {

        boolean blank() {
            return value.isEmpty();
        }
    }

    private static final NationalContent LOADED = load();

    public static NationalContent get() {
        return LOADED;
    }

    private static NationalContent load() {
        try (InputStream in = NationalContent.class.getResourceAsStream("/producers/national-content.tsv")) {
            if (in == null) {
                throw new IllegalStateException("producers/national-content.tsv is not on the test class path");
            }
            Range box = null;
            List<Item> items = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                Range range = Range.parse(fields[0]);
                if (fields[1].equals("box")) {
                    box = range;
                } else {
                    items.add(new Item(range, Kind.valueOf(fields[1].toUpperCase(java.util.Locale.ROOT)),
                            fields.length > 2 ? fields[2] : ""));
                }
            }
            return new NationalContent(box, List.copyOf(items));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the content into a new sheet of a POI workbook (XSSF or SXSSF), as SheetWriter does for the samples. */
    public void writeTo(Workbook workbook) {
        Sheet sheet = workbook.createSheet(SHEET);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 16);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        title.setAlignment(HorizontalAlignment.CENTER);
        CellStyle boxed = workbook.createCellStyle();
        boxed.setBorderTop(BorderStyle.THIN);
        boxed.setBorderBottom(BorderStyle.THIN);
        boxed.setBorderLeft(BorderStyle.THIN);
        boxed.setBorderRight(BorderStyle.THIN);
        boxed.setWrapText(true);
        boxed.setVerticalAlignment(VerticalAlignment.CENTER);
        CellStyle money = workbook.createCellStyle();
        money.cloneStyleFrom(boxed);
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        CellStyle percent = workbook.createCellStyle();
        percent.cloneStyleFrom(boxed);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        // rows in ascending order: SXSSF flushes rows behind its window and cannot go back to them
        Cell[][] cells = new Cell[box.r2() + 1][WIDTHS.length];
        for (int r = 0; r <= box.r2(); r++) {
            Row row = sheet.createRow(r);
            if (r < box.r1()) {
                continue;
            }
            for (int c = box.c1(); c <= box.c2(); c++) {
                cells[r][c] = row.createCell(c);
                cells[r][c].setCellStyle(boxed);
            }
        }
        for (Item item : items) {
            Range at = item.range();
            Cell cell = cells[at.r1()][at.c1()];
            if (cell == null) {
                cell = sheet.getRow(at.r1()).createCell(at.c1());
                cells[at.r1()][at.c1()] = cell;
            }
            switch (item.kind()) {
                case TITLE -> cell.setCellStyle(title);
                case MONEY -> cell.setCellStyle(money);
                case PERCENT -> cell.setCellStyle(percent);
                default -> { }
            }
            if (item.kind().numeric()) {
                cell.setCellValue(Double.parseDouble(item.value()));
            } else if (!item.blank()) {
                cell.setCellValue(item.value());
            }
            if (at.merged()) {
                sheet.addMergedRegion(new CellRangeAddress(at.r1(), at.r2(), at.c1(), at.c2()));
            }
        }
    }

    /** Writes the content with fastexcel (dhatim), which writes shared strings and its own styles part. */
    public void writeFastexcel(OutputStream out) throws IOException {
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "jixiao producer corpus", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet(SHEET);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        for (int r = box.r1(); r <= box.r2(); r++) {
            for (int c = box.c1(); c <= box.c2(); c++) {
                sheet.style(r, c).borderStyle("thin").wrapText(true).verticalAlignment("center").set();
            }
        }
        for (Item item : items) {
            Range at = item.range();
            if (item.kind().numeric()) {
                sheet.value(at.r1(), at.c1(), new java.math.BigDecimal(item.value()));
            } else if (!item.blank()) {
                sheet.value(at.r1(), at.c1(), item.value());
            }
            switch (item.kind()) {
                case TITLE -> sheet.style(at.r1(), at.c1()).bold().fontSize(16).horizontalAlignment("center").set();
                case MONEY -> sheet.style(at.r1(), at.c1()).borderStyle("thin").wrapText(true)
                        .verticalAlignment("center").format("#,##0.00").set();
                case PERCENT -> sheet.style(at.r1(), at.c1()).borderStyle("thin").wrapText(true)
                        .verticalAlignment("center").format("0.00%").set();
                default -> { }
            }
            if (at.merged()) {
                sheet.range(at.r1(), at.c1(), at.r2(), at.c2()).merge();
            }
        }
        workbook.finish();
    }
}
