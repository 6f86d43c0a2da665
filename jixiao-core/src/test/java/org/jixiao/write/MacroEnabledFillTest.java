package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.Samples;
import org.jixiao.read.ReadOptions;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.SpreadsheetFormat;
import org.jixiao.read.WorkbookReader;
import org.jixiao.samples.MacroWorkbooks;
import org.jixiao.xlsx.NotLean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Macro-enabled workbooks and templates are filled in their own format: the copy keeps the extension that names
 * its content type, the VBA project byte for byte, its relationship and content type, on the lean path and on
 * POI's.
 */
class MacroEnabledFillTest {

    /** Not a VBA project, only bytes that must come back unchanged (every byte value, then some text). */
    private static final byte[] VBA = vbaBytes();

    @TempDir
    Path tmp;

    private static byte[] vbaBytes() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(SpreadsheetFormat.XLSM, MacroWorkbooks.MACRO_ENABLED, true, true),
                Arguments.of(SpreadsheetFormat.XLSM, MacroWorkbooks.MACRO_ENABLED, true, false),
                Arguments.of(SpreadsheetFormat.XLTX, MacroWorkbooks.TEMPLATE, false, true),
                Arguments.of(SpreadsheetFormat.XLTX, MacroWorkbooks.TEMPLATE, false, false),
                Arguments.of(SpreadsheetFormat.XLTM, MacroWorkbooks.MACRO_TEMPLATE, true, false));
    }

    private static SourceWorkbook read(Path file, boolean lean) {
        ReadOptions options = lean ? ReadOptions.DEFAULTS : ReadOptions.DEFAULTS.throughPoi();
        ReadOutcome outcome = new WorkbookReader(options).read(file);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(SourceWorkbook.class);
        return (SourceWorkbook) outcome;
    }

    @ParameterizedTest(name = "{0}, lean {3}")
    @MethodSource("formats")
    void theCopyKeepsItsFormatVbaProjectAndContentTypes(SpreadsheetFormat format, String mainType, boolean macros,
                                                        boolean lean) throws IOException, NotLean {
        Path input = MacroWorkbooks.write(tmp.resolve("项目自评表." + format.extension()), mainType, macros ? VBA : null);
        SourceWorkbook source = read(input, lean);
        assertThat(source.format()).isEqualTo(format);
        assertThat(source.lean().isPresent()).isEqualTo(lean);
        if (lean) {
            // the lean writer takes it rather than falling back to POI unseen
            assertThat(new LeanCopy(source.lean().get())).isNotNull();
        }
        Path output = WorkbookFiller.defaultOutput(source);
        assertThat(output.getFileName().toString()).isEqualTo("项目自评表.scored." + format.extension());

        new WorkbookFiller().fill(source, Samples.score(source), output);

        Map<String, byte[]> parts = MacroWorkbooks.entries(Files.readAllBytes(output));
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        assertThat(types).contains("\"" + mainType + "\"");
        String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
        if (macros) {
            assertThat(parts.get(MacroWorkbooks.VBA_PART)).isEqualTo(VBA);
            assertThat(types).contains(MacroWorkbooks.VBA_CONTENT_TYPE);
            assertThat(rels).contains(MacroWorkbooks.VBA_RELATIONSHIP).contains("vbaProject.bin");
        } else {
            assertThat(parts).doesNotContainKey(MacroWorkbooks.VBA_PART);
        }
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(output))) {
            assertThat(number(workbook, "附件1!H23")).isEqualTo(96.55);
            assertThat(workbook.getSheet("附件1").getRow(22).getCell(9).getStringCellValue()).isEqualTo("优");
            assertThat(workbook.getSheet(ExplanationSheet.NAME)).isNotNull();
        }
        assertThat(read(output, true).format()).as("the copy reads back as the same format").isEqualTo(format);
    }

    @Test
    void anXlsmIsNotWrittenUnderAnotherExtensionAndTheMessageNamesTheRightOne() throws IOException {
        SourceWorkbook source = read(MacroWorkbooks.xlsm(tmp.resolve("宏.xlsm"), VBA), true);
        for (String wrong : new String[] {"out.xlsx", "out.xls", "out.et", "out.xltm"}) {
            assertThatThrownBy(() -> new WorkbookFiller().fill(source, Samples.score(source), tmp.resolve(wrong)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("输出文件扩展名应为 .xlsm").hasMessageContaining("Excel 启用宏的工作簿")
                    .hasMessageContaining("must be named .xlsm");
            assertThat(tmp.resolve(wrong)).doesNotExist();
        }
        Path upper = tmp.resolve("OUT.XLSM");
        new WorkbookFiller().fill(source, Samples.score(source), upper);
        assertThat(upper).exists();
    }

    private static double number(Workbook workbook, String ref) {
        CellReference cell = new CellReference(ref);
        return workbook.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol()).getNumericCellValue();
    }
}
