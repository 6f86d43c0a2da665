package org.jixiao.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * OOXML workbooks other than .xlsx, built from the clean national sample by rewriting its zip entries: the
 * workbook part's content type changed, and for the macro-enabled ones an xl/vbaProject.bin of given bytes with
 * its relationship from the workbook and its content type. Excel would not run the macro (the bytes are no VBA
 * project), but every package-level fact of an .xlsm is there, which is what a filled copy must keep.
 */
public final class MacroWorkbooks {

    public static final String MACRO_ENABLED = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    public static final String TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    public static final String MACRO_TEMPLATE = "application/vnd.ms-excel.template.macroEnabled.main+xml";
    public static final String VBA_PART = "xl/vbaProject.bin";
    public static final String VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";
    public static final String VBA_RELATIONSHIP = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private MacroWorkbooks() {
    }

    /** The clean national sample (96.55, 优) as an .xlsm holding {@code vbaProject} as its VBA part. */
    public static Path xlsm(Path file, byte[] vbaProject) throws IOException {
        return write(file, MACRO_ENABLED, vbaProject);
    }

    /** The clean sample with another workbook content type, and a VBA part when {@code vbaProject} is not null. */
    public static Path write(Path file, String mainContentType, byte[] vbaProject) throws IOException {
        Map<String, byte[]> entries = entries(cleanSample());
        String types = new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        if (!types.contains(XLSX_MAIN)) {
            throw new IllegalStateException("the sample's workbook content type moved: " + types);
        }
        types = types.replace(XLSX_MAIN, mainContentType);
        if (vbaProject != null) {
            types = types.replace("</Types>", "<Default Extension=\"bin\" ContentType=\"" + VBA_CONTENT_TYPE + "\"/></Types>");
            String relsPart = "xl/_rels/workbook.xml.rels";
            String rels = new String(entries.get(relsPart), StandardCharsets.UTF_8).replace("</Relationships>",
                    "<Relationship Id=\"rIdVba1\" Type=\"" + VBA_RELATIONSHIP + "\" Target=\"vbaProject.bin\"/></Relationships>");
            entries.put(relsPart, rels.getBytes(StandardCharsets.UTF_8));
            entries.put(VBA_PART, vbaProject);
        }
        entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Every entry of a zip by name, [Content_Types].xml first. */
    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals("[Content_Types].xml") ? -1 : b.equals("[Content_Types].xml") ? 1 : a.compareTo(b));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] cleanSample() throws IOException {
        try (Workbook workbook = SampleWorkbooks.nationalProject(new XSSFWorkbook(), NationalSheets.clean());
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
