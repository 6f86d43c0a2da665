package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.Samples;
import org.jixiao.SchemaValidation;
import org.jixiao.read.ReadOptions;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a filled copy prints, read back through POI and checked against the schema: the added sheets on A4, one
 * page wide, with their header rows repeated, a footer naming the unit and wrapped long columns; the scored sheet
 * fitted to the page width where it says nothing about printing, and kept byte for byte where it does — on the
 * lean writer and through POI alike.
 */
class PrintSettingsTest {

    private static final String FOOTER = "广州市番禺区化龙镇人民政府　&A　第 &P 页 共 &N 页";
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "lean={0}")
    @ValueSource(booleans = {true, false})
    void addedSheetsPrintOnA4OnePageWideWithTheirHeaderRepeated(boolean lean) throws IOException {
        Path copy = fill(Samples.DIR.resolve(SampleWorkbooks.HUALONG), "founding.xlsx", lean);
        try (Workbook workbook = open(copy)) {
            for (String name : List.of(ReviewMarks.SHEET, ExplanationSheet.NAME)) {
                Sheet sheet = workbook.getSheet(name);
                PrintSettings print = PrintSettings.of(sheet);
                assertThat(print.paper()).as(name).isEqualTo((short) 9);
                assertThat(print.fitToPage()).as(name).isTrue();
                assertThat(print.fitWidth()).as(name).isEqualTo((short) 1);
                assertThat(print.fitHeight()).as(name).isZero();
                assertThat(print.landscape()).as(name + " is wider than a portrait page").isTrue();
                assertThat(print.footer()).as(name).isEqualTo(FOOTER);
                assertThat(print.margins()).as(name).isEqualTo("0.5,0.5,0.75,0.75,0.3,0.3");
                assertThat(print.centred()).as(name).isTrue();
            }
            Sheet review = workbook.getSheet(ReviewMarks.SHEET);
            int reviewTitles = review.getRepeatingRows().getFirstRow();
            assertThat(review.getRow(reviewTitles).getCell(0).getStringCellValue()).isEqualTo("序号");
            Sheet notes = workbook.getSheet(ExplanationSheet.NAME);
            int titles = notes.getRepeatingRows().getFirstRow();
            assertThat(notes.getRepeatingRows().getLastRow()).isEqualTo(titles);
            assertThat(notes.getRow(titles).getCell(8).getStringCellValue()).isEqualTo("得分依据");
            // the budget row's 得分依据 runs past the column: it wraps, centred, and its row is two lines tall
            Row budget = notes.getRow(titles + 1);
            Cell basis = budget.getCell(8);
            assertThat(basis.getStringCellValue()).startsWith("执行40430.2");
            assertThat(basis.getCellStyle().getWrapText()).isTrue();
            assertThat(basis.getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.CENTER);
            assertThat(budget.getHeightInPoints()).isEqualTo(30f);
            assertThat(notes.getColumnWidth(8)).isEqualTo(40 * 256);
            assertThat(notes.getRow(1).getCell(1).getCellStyle().getWrapText()).as("settings values run on").isFalse();
        }
        assertSchemaValid(copy);
    }

    @ParameterizedTest(name = "lean={0}")
    @ValueSource(booleans = {true, false})
    void aScoredSheetWithoutPrintSettingsIsFittedToOnePageWide(boolean lean) throws IOException {
        Path copy = fill(Samples.DIR.resolve(SampleWorkbooks.HUALONG), "founding.xlsx", lean);
        try (Workbook workbook = open(copy)) {
            PrintSettings print = PrintSettings.of(workbook.getSheetAt(0));
            assertThat(print.paper()).isEqualTo((short) 9);
            assertThat(print.fitToPage()).isTrue();
            assertThat(print.fitWidth()).isEqualTo((short) 1);
            assertThat(print.fitHeight()).isZero();
            assertThat(print.landscape()).as("nine columns of 140 characters").isTrue();
            assertThat(print.footer()).as("the submitted sheet gets no footer of ours").isEmpty();
            assertThat(print.margins()).as("its own margins").isEqualTo("0.7,0.7,0.75,0.75,0.3,0.3");
        }
        String xml = part(copy, SHEET);
        if (lean) {
            assertThat(xml).contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                    .contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        }
        assertSchemaValid(copy);
    }

    /** One way a sheet can carry its own print settings, as an edit of the founding workbook's parts. */
    enum Own {
        /** A3, portrait, 85%. */
        PAGE_SETUP("<pageSetup paperSize=\"8\" orientation=\"portrait\" scale=\"85\"/>"),
        SCALE_ONLY("<pageSetup scale=\"70\"/>"),
        FIT_TO_WIDTH_ONLY("<pageSetup fitToWidth=\"2\"/>"),
        /** Page setup properties (no fit) and a page setup naming only its paper. */
        PAGE_SETUP_PROPERTIES("<pageSetup paperSize=\"9\"/>"),
        /** Nothing in the sheet: a print area in the workbook. */
        PRINT_AREA("");

        final String pageSetup;

        Own(String pageSetup) {
            this.pageSetup = pageSetup;
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Own.class)
    void aScoredSheetKeepsItsOwnPrintSettingsByteForByte(Own own) throws IOException {
        Path input = edited("own-" + own + ".xlsx", sheet -> {
            String withSetup = afterMargins(sheet, own.pageSetup);
            return own == Own.PAGE_SETUP_PROPERTIES ? withSheetPr(withSetup, "<sheetPr><tabColor rgb=\"FFFF0000\"/>"
                    + "<pageSetUpPr autoPageBreaks=\"0\"/></sheetPr>") : withSetup;
        }, workbook -> own != Own.PRINT_AREA ? workbook : workbook.replace("</sheets>", "</sheets><definedNames>"
                + "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'部门整体自评表'!$A$1:$I$22</definedName>"
                + "</definedNames>"));
        String before = part(input, SHEET);
        Path lean = fill(input, "lean-" + own + ".xlsx", true);
        Path poi = fill(input, "poi-" + own + ".xlsx", false);
        String after = part(lean, SHEET);
        assertThat(printElements(after)).as("the sheet's print elements, as bytes").isEqualTo(printElements(before));
        assertThat(after).doesNotContain("fitToWidth=\"1\" fitToHeight=\"0\"");
        try (Workbook in = open(input); Workbook out = open(poi)) {
            assertThat(PrintSettings.of(out.getSheetAt(0))).as("through POI").isEqualTo(PrintSettings.of(in.getSheetAt(0)));
        }
        assertThat(FilledCells.describe(lean)).isEqualTo(FilledCells.describe(poi));
        assertSchemaValid(lean);
    }

    @Test
    void aPageSetupThatNeitherFitsScalesNorTurnsGetsFitToWidthAndKeepsItsPaper() throws IOException {
        // A3 named, nothing else; a sheetPr with a tab colour and no page setup properties
        Path input = edited("a3.xlsx", sheet -> withSheetPr(afterMargins(sheet, "<pageSetup paperSize=\"8\"/>"),
                "<sheetPr><tabColor rgb=\"FFFF0000\"/></sheetPr>"), UnaryOperator.identity());
        Path lean = fill(input, "lean-a3.xlsx", true);
        Path poi = fill(input, "poi-a3.xlsx", false);
        assertThat(part(lean, SHEET)).contains("<sheetPr><tabColor rgb=\"FFFF0000\"/><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .contains("<pageSetup paperSize=\"8\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>");
        try (Workbook workbook = open(lean)) {
            PrintSettings print = PrintSettings.of(workbook.getSheetAt(0));
            assertThat(print.paper()).isEqualTo((short) 8);
            assertThat(print.fitToPage()).isTrue();
            assertThat(print.fitWidth()).isEqualTo((short) 1);
            assertThat(print.fitHeight()).isZero();
            assertThat(print.landscape()).isTrue();
        }
        assertThat(FilledCells.describe(lean)).isEqualTo(FilledCells.describe(poi));
        assertSchemaValid(lean);
    }

    @Test
    void aNarrowSheetStaysPortraitAndASelfClosingSheetPrOpens() throws IOException {
        // columns narrowed to 60 characters in all: a portrait page holds them
        Path input = edited("narrow.xlsx", sheet -> withSheetPr(sheet.replaceAll("width=\"[0-9.]+\"", "width=\"6.5\""),
                "<sheetPr filterMode=\"0\"/>"), UnaryOperator.identity());
        Path lean = fill(input, "lean-narrow.xlsx", true);
        Path poi = fill(input, "poi-narrow.xlsx", false);
        assertThat(part(lean, SHEET)).contains("<sheetPr filterMode=\"0\"><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .contains("<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        try (Workbook workbook = open(lean)) {
            assertThat(PrintSettings.of(workbook.getSheetAt(0)).landscape()).isFalse();
            assertThat(PrintSettings.of(workbook.getSheetAt(0)).fitToPage()).isTrue();
        }
        assertThat(FilledCells.describe(lean)).isEqualTo(FilledCells.describe(poi));
        assertSchemaValid(lean);
    }

    @Test
    void printTitlesJoinTheWorkbooksOwnDefinedNamesInSchemaOrder() throws IOException {
        // a named range and a calcPr: the new names go inside the existing definedNames, before calcPr
        Path named = edited("named.xlsx", UnaryOperator.identity(), workbook -> workbook.replace("</sheets>",
                "</sheets><definedNames><definedName name=\"总分\">'部门整体自评表'!$H$21</definedName></definedNames>"
                        + "<calcPr calcId=\"191029\"/>"));
        // a calcPr and no definedNames: a new definedNames goes between sheets and calcPr
        Path bare = edited("bare.xlsx", UnaryOperator.identity(), workbook -> workbook.replace("</sheets>",
                "</sheets><calcPr calcId=\"191029\"/>"));
        for (Path input : List.of(named, bare)) {
            Path lean = fill(input, "lean-" + input.getFileName(), true);
            String workbook = part(lean, "xl/workbook.xml");
            assertThat(workbook.indexOf("_xlnm.Print_Titles")).as(workbook).isGreaterThan(workbook.indexOf("</sheets>"))
                    .isLessThan(workbook.indexOf("<calcPr"));
            assertThat(workbook.split("<definedNames", -1)).hasSize(2);
            try (Workbook out = open(lean)) {
                assertThat(out.getSheet(ReviewMarks.SHEET).getRepeatingRows()).isNotNull();
                assertThat(out.getSheet(ExplanationSheet.NAME).getRepeatingRows()).isNotNull();
                if (input == named) {
                    assertThat(out.getName("总分").getRefersToFormula()).isEqualTo("'部门整体自评表'!$H$21");
                }
            }
            assertThat(FilledCells.describe(lean))
                    .isEqualTo(FilledCells.describe(fill(input, "poi-" + input.getFileName(), false)));
            assertSchemaValid(lean);
        }
    }

    @Test
    void printSettingsGoIntoPrefixedPartsInTheSpreadsheetNamespace() throws IOException {
        // every element spelled x:name, as some producers write them: what is inserted must land in the namespace
        UnaryOperator<String> prefixed = xml -> xml.replace("xmlns=\"" + MAIN + "\"", "xmlns:x=\"" + MAIN + "\"")
                .replaceAll("<(/?)([A-Za-z]+)([\\s/>])", "<$1x:$2$3");
        Path input = edited("prefixed.xlsx", sheet -> prefixed.apply(withSheetPr(sheet, "<sheetPr/>")), prefixed);
        assertThat(part(input, SHEET)).startsWith("<?xml").contains("<x:worksheet xmlns:x=").contains("<x:sheetPr/>");
        Path lean = fill(input, "lean-prefixed.xlsx", true);
        assertThat(part(lean, SHEET)).contains("<x:sheetPr><pageSetUpPr xmlns=\"" + MAIN + "\" fitToPage=\"1\"/></x:sheetPr>");
        try (Workbook workbook = open(lean)) {
            assertThat(PrintSettings.of(workbook.getSheetAt(0)).fitToPage()).isTrue();
            assertThat(PrintSettings.of(workbook.getSheetAt(0)).fitWidth()).isEqualTo((short) 1);
            assertThat(workbook.getSheet(ExplanationSheet.NAME).getRepeatingRows()).isNotNull();
        }
        assertThat(FilledCells.describe(lean))
                .isEqualTo(FilledCells.describe(fill(input, "poi-prefixed.xlsx", false)));
        assertSchemaValid(lean);
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void anXlsSheetIsFittedWhereItHasNoSettingsAndKeptWhereItHas() throws IOException {
        Path own = Samples.DIR.resolve(SampleWorkbooks.LENIENT_XLS);
        Path none = tmp.resolve("unfitted.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(Files.newInputStream(own))) {
            workbook.getSheetAt(0).setFitToPage(false);
            try (var out = Files.newOutputStream(none)) {
                workbook.write(out);
            }
        }
        PrintSettings kept;
        try (Workbook in = open(own)) {
            kept = PrintSettings.of(in.getSheetAt(0));
        }
        assertThat(kept.fitToPage()).as("the sample fits its own page: one wide, one tall").isTrue();
        try (Workbook out = open(fill(own, "own.xls", false))) {
            assertThat(PrintSettings.of(out.getSheetAt(0))).isEqualTo(kept);
            assertThat(PrintSettings.of(out.getSheet(ExplanationSheet.NAME)).paper()).isEqualTo((short) 9);
            assertThat(out.getSheet(ExplanationSheet.NAME).getRepeatingRows()).isNotNull();
        }
        try (Workbook out = open(fill(none, "none.xls", false))) {
            PrintSettings print = PrintSettings.of(out.getSheetAt(0));
            assertThat(print.fitToPage()).isTrue();
            assertThat(print.fitWidth()).isEqualTo((short) 1);
            assertThat(print.fitHeight()).isZero();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private Path fill(Path input, String name, boolean lean) throws IOException {
        SourceWorkbook source = (SourceWorkbook) new WorkbookReader(lean ? ReadOptions.DEFAULTS
                : ReadOptions.DEFAULTS.throughPoi()).read(input);
        Path out = tmp.resolve(name);
        FillResult result = new WorkbookFiller().fill(source, Samples.score(source), out);
        if (lean) {
            assertThat(result.notLeanReason()).as("patched on the lean path").isEmpty();
        }
        return out;
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    /** The founding workbook with its sheet and workbook parts edited as text. */
    private Path edited(String name, UnaryOperator<String> sheet, UnaryOperator<String> workbook) throws IOException {
        Path out = tmp.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Samples.DIR.resolve(SampleWorkbooks.HUALONG)));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (entry.getName().equals(SHEET)) {
                    bytes = sheet.apply(text).getBytes(StandardCharsets.UTF_8);
                } else if (entry.getName().equals("xl/workbook.xml")) {
                    bytes = workbook.apply(text).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out;
    }

    private static String afterMargins(String sheet, String pageSetup) {
        Matcher m = Pattern.compile("<pageMargins[^>]*/>").matcher(sheet);
        assertThat(m.find()).isTrue();
        return sheet.substring(0, m.end()) + pageSetup + sheet.substring(m.end());
    }

    private static String withSheetPr(String sheet, String sheetPr) {
        int root = sheet.indexOf('>', sheet.indexOf("<worksheet")) + 1;
        return sheet.substring(0, root) + sheetPr + sheet.substring(root);
    }

    /** The sheetPr, pageMargins and pageSetup elements as written, in order. */
    private static List<String> printElements(String sheet) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<sheetPr[^>]*/>|<sheetPr.*?</sheetPr>|<pageMargins[^>]*/>|<pageSetup[^>]*/>")
                .matcher(sheet);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static void assertSchemaValid(Path file) throws IOException {
        SchemaValidation.assertValid(file);
    }
}
