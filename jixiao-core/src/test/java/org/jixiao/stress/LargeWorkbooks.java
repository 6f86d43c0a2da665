package org.jixiao.stress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Well-formed workbooks that are only large, streamed to disk so that making them costs no memory: a sheet of
 * many one-cell rows, and a national-style sheet padded with white space between its rows. Test code.
 */
public final class LargeWorkbooks {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private LargeWorkbooks() {
    }

    /** A workbook whose one sheet holds {@code rows} rows of one numeric cell each (1.5 M rows: ~11 MB, ~87 MB of XML). */
    public static Path manyRows(Path file, int rows) throws IOException {
        return write(file, sheet -> {
            byte[] open = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8);
            sheet.write(open);
            StringBuilder row = new StringBuilder(64);
            for (int r = 1; r <= rows; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\" spans=\"1:1\"><c r=\"A").append(r).append("\"><v>")
                        .append(r % 97).append("</v></c></row>");
                sheet.write(row.toString().getBytes(StandardCharsets.US_ASCII));
            }
            sheet.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A small evaluation sheet whose XML is padded with {@code padding} bytes of white space between two rows. */
    public static Path padded(Path file, long padding) throws IOException {
        return write(file, sheet -> {
            String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                    + row(1, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
            sheet.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 16];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long left = padding; left > 0; left -= spaces.length) {
                sheet.write(spaces, 0, (int) Math.min(spaces.length, left));
            }
            String tail = row(2, "产出指标", "数量指标", "培训", "≥10人", "10人", "100", "100")
                    + row(3, "总分", "", "", "", "", "100", "100") + "</sheetData></worksheet>";
            sheet.write(tail.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static String row(int r, String... values) {
        StringBuilder out = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int c = 0; c < values.length; c++) {
            if (values[c].isEmpty()) {
                continue;
            }
            String ref = (char) ('A' + c) + String.valueOf(r);
            if (values[c].matches("[0-9]+")) {
                out.append("<c r=\"").append(ref).append("\"><v>").append(values[c]).append("</v></c>");
            } else {
                out.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(values[c]).append("</t></is></c>");
            }
        }
        return out.append("</row>").toString();
    }

    private interface SheetBody {
        void write(OutputStream sheet) throws IOException;
    }

    private static Path write(Path file, SheetBody body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
                    + "sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                    + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            java.io.BufferedOutputStream sheet = new java.io.BufferedOutputStream(zip, 1 << 16);
            body.write(sheet);
            sheet.flush(); // not closed: the zip stays open for the entry's end
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
