package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The tokenizer resolves namespaces as an XML parser does: the same worksheet spelled with any prefix, with its
 * declarations on the root, on an ancestor or on the element itself, reads the same; elements of other
 * namespaces with the same local name are not taken for spreadsheet elements.
 */
class XmlNamespacesTest {

    private static final String MAIN = XmlCursor.MAIN;
    private static final String REL = XlsxPackage.REL_NAMESPACE;

    /** Spellings of one worksheet: cell A1 = shared string 0, cell B1 = 42, merged A2:B2. */
    private static final List<String> SAME_SHEET = List.of(
            "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>42</v></c></row>"
                    + "</sheetData><mergeCells><mergeCell ref=\"A2:B2\"/></mergeCells></worksheet>",
            // every element prefixed
            "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
                    + "<x:c r=\"B1\"><x:v>42</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref=\"A2:B2\"/>"
                    + "</x:mergeCells></x:worksheet>",
            // root prefixed, children in a default namespace declared lower down
            "<s:worksheet xmlns:s=\"" + MAIN + "\"><sheetData xmlns=\"" + MAIN + "\"><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                    + "<c r=\"B1\"><v>42</v></c></row></sheetData><s:mergeCells><s:mergeCell ref=\"A2:B2\"/></s:mergeCells></s:worksheet>",
            // declarations on each element, attributes in another order, odd white space between attributes
            "<worksheet xmlns=\"" + MAIN + "\"><sheetData xmlns=\"" + MAIN + "\"><row\n r = '1' ><c t='s'\tr='A1' xmlns=\"" + MAIN
                    + "\"><v>0</v></c><c r=\"B1\"><v><!-- a comment -->4<![CDATA[2]]></v></c></row></sheetData>"
                    + "<?pi ignored?><mergeCells><mergeCell xmlns=\"" + MAIN + "\" ref=\"A2:B2\"/></mergeCells></worksheet>",
            // a foreign element with the same local names, which must not be read as cells or merges
            "<worksheet xmlns=\"" + MAIN + "\" xmlns:o=\"urn:other\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                    + "<o:c r=\"Z9\"><o:v>7</o:v></o:c><c r=\"B1\"><v>42</v></c></row></sheetData><mergeCells>"
                    + "<mergeCell ref=\"A2:B2\"/><o:mergeCell ref=\"C3:D4\"/></mergeCells></worksheet>");

    @Test
    void everySpellingOfTheSameSheetReadsTheSame() throws NotLean {
        SharedStrings strings = new SharedStrings(List.of("总分"));
        for (String spelling : SAME_SHEET) {
            SheetXml sheet = SheetXml.scan(bytes(spelling), strings);
            List<String> cells = new ArrayList<>();
            for (SheetXml.Cell cell : sheet.cells()) {
                cells.add(cell.row() + "," + cell.column() + "=" + cell.kind() + ":" + cell.value());
            }
            assertThat(cells).as(spelling).containsExactly("0,0=STRING:总分", "0,1=NUMBER:42");
            assertThat(sheet.merges()).as(spelling).hasSize(1);
            assertThat(sheet.merges().get(0)).containsExactly(1, 0, 1, 1);
        }
    }

    @Test
    void aWriterDeclaresTheNamespaceOnlyWhereTheDefaultIsNotTheSpreadsheetOne() throws NotLean {
        SharedStrings strings = new SharedStrings(List.of("总分"));
        assertThat(SheetXml.scan(bytes(SAME_SHEET.get(0)), strings).namespaceDeclaration()).isEmpty();
        assertThat(SheetXml.scan(bytes(SAME_SHEET.get(1)), strings).namespaceDeclaration())
                .isEqualTo(" xmlns=\"" + MAIN + "\"");
        // the root's default is not main, but everywhere a cell or row goes it is
        assertThat(SheetXml.scan(bytes(SAME_SHEET.get(2)), strings).namespaceDeclaration())
                .isEqualTo(" xmlns=\"" + MAIN + "\"");
        assertThat(SheetXml.scan(bytes(SAME_SHEET.get(3)), strings).namespaceDeclaration()).isEmpty();
    }

    @Test
    void relationshipIdsAreFoundByNamespaceWhateverTheirPrefixAndWhereverItIsDeclared() throws NotLean {
        String[] workbooks = {
            "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            // openpyxl: xmlns:r on each <sheet>
            "<workbook xmlns=\"" + MAIN + "\"><sheets><sheet xmlns:r=\"" + REL + "\" name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            "<ns0:workbook xmlns:ns0=\"" + MAIN + "\" xmlns:rel=\"" + REL + "\"><ns0:sheets><ns0:sheet name=\"表\" sheetId=\"1\" "
                    + "rel:id=\"rId1\"/></ns0:sheets></ns0:workbook>",
        };
        for (String workbook : workbooks) {
            XmlCursor xml = new XmlCursor(bytes(workbook));
            xml.root("workbook", MAIN);
            String id = null;
            for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
                if (t == XmlCursor.START && xml.is("sheet")) {
                    id = xml.attr(REL, "id");
                    assertThat(xml.attr("id")).as("an unprefixed id is another attribute").isNull();
                }
            }
            assertThat(id).as(workbook).isEqualTo("rId1");
        }
        // the same prefix bound to another namespace is not the relationship id
        XmlCursor other = new XmlCursor(bytes("<workbook xmlns=\"" + MAIN + "\"><sheet xmlns:r=\"urn:other\" r:id=\"x\"/></workbook>"));
        other.root("workbook", MAIN);
        other.next();
        assertThat(other.attr(REL, "id")).isNull();
    }

    @Test
    void theRootNamespaceIsCheckedByUriNotByPrefix() throws NotLean {
        new XmlCursor(bytes("<q:sst xmlns:q=\"" + MAIN + "\"/>")).root("sst", MAIN);
        assertThatThrownBy(() -> new XmlCursor(bytes("<sst xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"/>")).root("sst", MAIN))
                .isInstanceOf(NotLean.class).hasMessageContaining("root namespace");
        assertThatThrownBy(() -> new XmlCursor(bytes("<x:sst xmlns=\"" + MAIN + "\"/>")).root("sst", MAIN))
                .isInstanceOf(NotLean.class).hasMessageContaining("undeclared namespace prefix x");
    }

    @Test
    void aDeclarationEndsWithItsElementAndAnEmptyDefaultUndeclares() throws NotLean {
        XmlCursor xml = new XmlCursor(bytes("<a xmlns=\"" + MAIN + "\"><b xmlns=\"\"><c/></b><c/><p:d xmlns:p=\"" + MAIN
                + "\"/><e/></a>"));
        xml.root("a", MAIN);
        List<String> inMain = new ArrayList<>();
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START) {
                inMain.add(xml.localName() + "=" + xml.inRootNamespace());
            }
        }
        assertThat(inMain).containsExactly("b=false", "c=false", "c=true", "d=true", "e=true");
        // p: is out of scope after <p:d/>
        assertThatThrownBy(() -> {
            XmlCursor after = new XmlCursor(bytes("<a xmlns=\"" + MAIN + "\"><p:d xmlns:p=\"" + MAIN + "\"/><p:e/></a>"));
            after.checkWellFormed();
        }).isInstanceOf(NotLean.class).hasMessageContaining("undeclared namespace prefix p");
    }

    @Test
    void insertionPointsSayWhatANewChildMustDeclare() throws NotLean {
        String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        PartEdits.Insertion plain = PartEdits.endTagOf(bytes("<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"a\"/></Relationships>"),
                "Relationships");
        assertThat(plain.namespaceDeclaration()).isEmpty();
        String prefixed = "<p:Relationships xmlns:p=\"" + rels + "\"><p:Relationship Id=\"a\"/></p:Relationships>";
        PartEdits.Insertion insertion = PartEdits.endTagOf(bytes(prefixed), "Relationships");
        assertThat(prefixed.substring(insertion.at())).isEqualTo("</p:Relationships>");
        assertThat(insertion.namespaceDeclaration()).isEqualTo(" xmlns=\"" + rels + "\"");
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
