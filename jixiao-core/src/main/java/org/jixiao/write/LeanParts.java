package org.jixiao.write;

import java.util.List;
import java.util.Map;

import org.jixiao.model.CellRef;
import org.jixiao.xlsx.PrintLayout;
import org.jixiao.xlsx.SheetWriter;
import org.jixiao.xlsx.Utf8Builder;
import org.jixiao.xlsx.Xml;

/**
 * The XML of parts the lean writer adds: a sheet for an {@link AddedSheet}, and a comments part with the VML
 * drawing that Excel needs to show them. Text is written inline, so the shared-string table is left alone.
 */
final class LeanParts {

    static final String REL_NS = SheetWriter.RELATIONSHIPS_NS;

    private LeanParts() {
    }

    /** The cell format index of an entry, wrapped within its column or not. */
    interface StyleOf {
        int of(AddedSheet.Entry entry, boolean wrapped);
    }

    /** A worksheet for an added sheet, as UTF-8, with its print settings; {@code styleOf} gives each entry's format. */
    static byte[] sheet(AddedSheet sheet, StyleOf styleOf) {
        PrintLayout print = sheet.print();
        Utf8Builder xml = new Utf8Builder(32 * 1024);
        xml.ascii(Xml.DECLARATION).ascii("<worksheet xmlns=\"").ascii(SheetWriter.SPREADSHEET_NS).ascii("\" xmlns:r=\"")
                .ascii(SheetWriter.RELATIONSHIPS_NS).ascii("\">").utf8(print.sheetProperties());
        SheetWriter.columns(xml, sheet.widths());
        xml.ascii("<sheetData>");
        SheetWriter cells = new SheetWriter(xml);
        Utf8Builder links = new Utf8Builder(256);
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<AddedSheet.Entry> row = sheet.rows().get(r);
            if (row.isEmpty()) {
                continue;
            }
            cells.row(r);
            cells.lines(sheet.lines(r));
            for (int c = 0; c < row.size(); c++) {
                AddedSheet.Entry entry = row.get(c);
                if (entry.isBlank()) {
                    continue;
                }
                int style = styleOf.of(entry, sheet.wraps(c, entry));
                if (entry.number().isPresent()) {
                    cells.number(c, entry.number().get(), style);
                } else {
                    cells.text(c, entry.text(), style);
                }
                if (entry.link().isPresent()) {
                    links.ascii("<hyperlink ref=\"").ascii(CellRef.columnName(c)).number(r + 1)
                            .ascii("\" location=\"").text(entry.link().get()).ascii("\" display=\"")
                            .text(entry.text()).ascii("\"/>");
                }
            }
        }
        cells.endRow();
        xml.ascii("</sheetData>");
        if (links.length() > 0) {
            xml.ascii("<hyperlinks>").ascii(links.toByteArray()).ascii("</hyperlinks>");
        }
        xml.utf8(print.pageXml());
        return xml.ascii("</worksheet>").toByteArray();
    }

    /** The comments part, as UTF-8: one author, one plain-text comment per cell. */
    static byte[] comments(Map<CellRef, String> comments) {
        Utf8Builder xml = new Utf8Builder(16 * 1024);
        xml.ascii(Xml.DECLARATION).ascii("<comments xmlns=\"").ascii(SheetWriter.SPREADSHEET_NS)
                .ascii("\"><authors><author>jixiao</author></authors><commentList>");
        comments.forEach((cell, text) -> xml.ascii("<comment ref=\"").ascii(cell.a1())
                .ascii("\" authorId=\"0\"><text><t xml:space=\"preserve\">").text(text)
                .ascii("</t></text></comment>"));
        return xml.ascii("</commentList></comments>").toByteArray();
    }

    /**
     * The VML drawing holding the comment boxes (hidden until hovered), anchored like POI's: one column right
     * of the cell, four columns wide, six rows high. {@code block} keeps shape ids unique in the workbook.
     */
    static String vml(Map<CellRef, String> comments, int block) {
        StringBuilder xml = new StringBuilder();
        xml.append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
                .append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").append(block).append("\"/></o:shapelayout>")
                .append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
                .append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int n = 1;
        for (CellRef cell : comments.keySet()) {
            xml.append("<v:shape id=\"_x0000_s").append(block * 1024 + n++).append("\" type=\"#_x0000_t202\"")
                    .append(" style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                    .append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(cell.column() + 1).append(", 0, ").append(cell.row()).append(", 0, ")
                    .append(cell.column() + 5).append(", 0, ").append(cell.row() + 6).append(", 0</x:Anchor>")
                    .append("<x:AutoFill>False</x:AutoFill><x:Row>").append(cell.row()).append("</x:Row><x:Column>")
                    .append(cell.column()).append("</x:Column></x:ClientData></v:shape>");
        }
        return xml.append("</xml>").toString();
    }
}
