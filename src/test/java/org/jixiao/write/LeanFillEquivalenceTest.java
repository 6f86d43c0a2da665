package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.Samples;
import org.jixiao.read.ReadOptions;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-patched copy must be the copy POI's object model makes, as POI reads them back: every sheet, every
 * cell's value, number format, fill, wrapping and vertical alignment, every comment and link, every added sheet's
 * column widths and row heights, and every sheet's print settings.
 */
class LeanFillEquivalenceTest {

    @TempDir
    Path tmp;

    @Test
    void everyLeanSampleIsFilledExactlyAsPoiFillsIt() throws IOException {
        List<String> compared = new ArrayList<>();
        try (Stream<Path> files = Files.list(Samples.DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                if (!(new WorkbookReader().read(file) instanceof SourceWorkbook lean) || lean.lean().isEmpty()) {
                    continue;
                }
                SourceWorkbook poi = (SourceWorkbook) new WorkbookReader(ReadOptions.DEFAULTS.throughPoi()).read(file);
                Path a = fill(lean, "lean-" + file.getFileName());
                Path b = fill(poi, "poi-" + file.getFileName());
                assertThat(describe(a)).as(file.toString()).isEqualTo(describe(b));
                compared.add(file.getFileName().toString());
            }
        }
        assertThat(compared).hasSizeGreaterThanOrEqualTo(4);
    }

    private Path fill(SourceWorkbook source, String name) throws IOException {
        Scorer scorer = new Scorer();
        List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
        Path out = tmp.resolve(name);
        new WorkbookFiller().fill(source, scored, out);
        return out;
    }

    /** Everything a reviewer sees, cell by cell, and how each sheet prints; a blank cell without fill counts as absent. */
    static List<String> describe(Path file) throws IOException {
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
