package org.jixiao.producers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.producers.NationalContent.Item;
import org.jixiao.producers.ProducerCorpus.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus is what it claims to be: every entry holds exactly the content of national-content.tsv as POI reads
 * it (so a producer's quirk, such as openpyxl taking "=100%" for a formula, cannot slip in), and each entry shows
 * the XML trait it is in the corpus for, so that regenerating a producer's file or changing a transformation
 * cannot quietly lose it.
 */
class ProducerCorpusTest {

    static List<Entry> corpus() {
        return ProducerCorpus.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void holdsTheContentAsPoiReadsIt(Entry entry) throws IOException {
        NationalContent content = NationalContent.get();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(entry.bytes()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet(NationalContent.SHEET);
            assertThat(sheet).as(entry.name()).isNotNull();
            List<String> expected = new ArrayList<>();
            for (Item item : content.items()) {
                if (!item.blank()) {
                    String format = switch (item.kind()) {
                        case MONEY -> " #,##0.00";
                        case PERCENT -> " 0.00%";
                        default -> "";
                    };
                    String value = item.kind().numeric() ? "n:" + Double.parseDouble(item.value()) : "s:" + item.value();
                    expected.add(new CellRangeAddress(item.range().r1(), item.range().r1(), item.range().c1(),
                            item.range().c1()).formatAsString() + " " + value + format);
                }
            }
            List<String> actual = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String format = cell.getCellType() == CellType.NUMERIC && !"General".equals(
                            cell.getCellStyle().getDataFormatString()) ? " " + cell.getCellStyle().getDataFormatString() : "";
                    String value = switch (cell.getCellType()) {
                        case BLANK -> null;
                        case NUMERIC -> "n:" + cell.getNumericCellValue();
                        case STRING -> cell.getStringCellValue().isEmpty() ? null : "s:" + cell.getStringCellValue();
                        default -> cell.getCellType() + ":" + cell;
                    };
                    if (value != null) {
                        actual.add(cell.getAddress().formatAsString() + " " + value + format);
                    }
                }
            }
            assertThat(actual).as(entry.name()).containsExactlyInAnyOrderElementsOf(expected);
            TreeSet<String> merged = new TreeSet<>();
            sheet.getMergedRegions().forEach(region -> merged.add(region.formatAsString()));
            TreeSet<String> expectedMerged = new TreeSet<>();
            content.items().stream().filter(i -> i.range().merged()).forEach(i -> expectedMerged.add(new CellRangeAddress(
                    i.range().r1(), i.range().r2(), i.range().c1(), i.range().c2()).formatAsString()));
            assertThat(merged).as(entry.name()).isEqualTo(expectedMerged);
        }
    }

    /** A part of an entry and what it must contain (or, with a leading !, not contain); no strings: no such part. */
    private record Trait(String entry, String part, String... contains) {
        @Override
        public String toString() {
            return entry + " " + part + " " + String.join(" | ", contains);
        }
    }

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SST = "xl/sharedStrings.xml";
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String BASE = ProducerCorpus.BASE + "~";

    static List<Trait> traits() {
        return List.of(
                new Trait("poi-xssf", SHEET, "t=\"s\"", "!inlineStr"),
                new Trait("poi-sxssf", SHEET, "t=\"inlineStr\"", "!t=\"s\""),
                new Trait("poi-sxssf", SST, "uniqueCount=\"0\""),
                new Trait("fastexcel", WORKBOOK, "name=\"&#x9644;&#x4ef6;1\""),
                new Trait("fastexcel", SHEET, "<dimension ref=\"A1\"/>"),
                new Trait("openpyxl", WORKBOOK, "<workbook xmlns=\"" + XmlVariants.MAIN + "\"><", "<sheet xmlns:r="),
                new Trait("openpyxl", SHEET, "t=\"inlineStr\"", "&#39033;", "!<?xml"),
                new Trait("openpyxl", SST),
                new Trait("openpyxl", "xl/_rels/workbook.xml.rels", "Target=\"/xl/worksheets/sheet1.xml\""),
                new Trait("xlsxwriter", "xl/styles.xml", "<numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/>"),
                new Trait("xlsxwriter", SHEET, "spans=\"1:9\""),
                new Trait("libreoffice", "docProps/app.xml", "LibreOffice"),
                new Trait("libreoffice", "xl/styles.xml", "formatCode=\"0.00%\"", "<b val=\"true\"/>"),
                new Trait("libreoffice", SST, "<r><rPr>"),
                new Trait(BASE + "prefix-renamed", SHEET, "<x:worksheet xmlns:x=", "<x:c ", "!xmlns=\""),
                new Trait(BASE + "prefix-renamed", WORKBOOK, "<x:sheet "),
                new Trait(BASE + "prefix-renamed", "xl/styles.xml", "<x:styleSheet "),
                new Trait(BASE + "prefix-renamed", SST, "<x:sst ", "<x:t>"),
                new Trait(BASE + "declarations-on-elements", WORKBOOK, "<sheet xmlns=\"", "xmlns:r=", "!<workbook xmlns:r"),
                new Trait(BASE + "declarations-on-elements", SHEET, "<c xmlns=\""),
                new Trait(BASE + "default-namespace-children", SHEET, "<x:worksheet ", "<sheetData xmlns=\"", "<c "),
                new Trait(BASE + "attributes-reversed", SHEET, "<c t=\"s\" s=\"1\" r=\"A1\">"),
                new Trait(BASE + "inline-strings", SHEET, "t=\"inlineStr\"><is><t>", "!t=\"s\""),
                new Trait(BASE + "inline-strings", SST, "<sst"),
                new Trait(BASE + "no-shared-strings", SHEET, "t=\"inlineStr\""),
                new Trait(BASE + "no-shared-strings", SST),
                new Trait(BASE + "no-shared-strings", "xl/_rels/workbook.xml.rels", "!sharedStrings"),
                new Trait(BASE + "no-shared-strings", "[Content_Types].xml", "!sharedStrings"),
                new Trait(BASE + "crlf-bom", SHEET, "\uFEFF<?xml   version='1.0'", "\r\n", " \r\n\tr=\"A1\""),
                new Trait(BASE + "crlf-bom", "_rels/.rels", "\uFEFF<?xml", "\r\n"),
                new Trait(BASE + "whitespace-in-tags", SHEET, "<c  r = \"A1\"", " />", "</c >"),
                new Trait(BASE + "single-quotes", SHEET, "<c r='A1'"),
                new Trait(BASE + "absolute-targets", "xl/_rels/workbook.xml.rels", "Target=\"/xl/worksheets/sheet1.xml\""),
                new Trait(BASE + "absolute-targets", "_rels/.rels", "Target=\"/xl/workbook.xml\""),
                new Trait(BASE + "comments-pis-entities", SHEET, "<!--", "<?jixiao-corpus", "<!-- split -->"),
                new Trait(BASE + "comments-pis-entities", SST, "<![CDATA[48,865.73]]>", "&#x4E2D;", "&#24515;",
                        "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "<?jixiao-corpus split?>"),
                new Trait(BASE + "implicit-cell-refs", SHEET, "<row r=\"3\"><c s=", "!<c r="),
                new Trait(BASE + "foreign-namespace-ext", SHEET, "<j:c r=\"H23\" t=\"n\"><j:v>0</j:v></j:c>",
                        "<sheetData xmlns=\"urn:jixiao:producer-corpus\"><row r=\"6\"><c r=\"E6\"",
                        "<mergeCell ref=\"D13:H22\"/></mergeCells></ext></extLst></worksheet>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traits")
    void showsTheTraitItIsInTheCorpusFor(Trait trait) {
        Map<String, byte[]> parts = ZipParts.read(ProducerCorpus.entry(trait.entry()).bytes());
        if (trait.contains().length == 0) {
            assertThat(parts).as(trait.entry()).doesNotContainKey(trait.part());
            return;
        }
        assertThat(parts).as(trait.entry()).containsKey(trait.part());
        String xml = new String(parts.get(trait.part()), StandardCharsets.UTF_8);
        for (String s : trait.contains()) {
            if (s.startsWith("!")) {
                assertThat(xml).as(trait.entry() + " " + trait.part()).doesNotContain(s.substring(1));
            } else {
                assertThat(xml).as(trait.entry() + " " + trait.part()).contains(s);
            }
        }
    }
}
