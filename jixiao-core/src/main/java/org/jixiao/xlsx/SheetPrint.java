package org.jixiao.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A submitted worksheet's print settings, scanned so the lean copy can make it print one page wide where the
 * sheet says nothing about it, and leave every byte alone where it does. The settings that count as the sheet's
 * own: a {@code <pageSetUpPr>}, or a {@code <pageSetup>} with fitToWidth, scale or orientation (and, known from
 * the workbook part, a print area). Immutable once scanned.
 */
public final class SheetPrint {

    /** CT_Worksheet's children that come after pageSetup. */
    private static final Set<String> AFTER_PAGE_SETUP = Set.of("headerFooter", "rowBreaks", "colBreaks",
            "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
            "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

    /** One {@code <col>}: columns min..max (one-based) at a width in characters, 0 when hidden. */
    private record Columns(int min, int max, double width) {
    }

    private int rootTagEnd = -1;
    private String rootDeclaration = "";
    private int sheetPrStart = -1;
    private int sheetPrTagEnd = -1;
    private int sheetPrEndTag = -1;
    private boolean sheetPrSelfClosing;
    private String sheetPrDeclaration = "";
    private String sheetPrTag = "";
    private boolean pageSetUpPr;
    private int pageSetupStart = -1;
    private int pageSetupTagEnd = -1;
    private String pageSetupTag = "";
    private boolean pageSetupOwn;
    private boolean paperSize;
    private int pageSetupAt = -1;
    private double sideMargins = PrintLayout.DEFAULT_SIDE_MARGINS;
    private final List<Columns> columns = new ArrayList<>();

    private SheetPrint() {
    }

    /**
     * Scans the sheet around its rows: the cells between {@code <sheetData>} and {@code </sheetData>}, already read
     * by {@link SheetXml}, are cut out of the copy scanned here, so a sheet of ten thousand rows costs no more
     * than one of ten; offsets past the cut are moved back to where they are in the sheet.
     */
    public static SheetPrint scan(SheetXml xml) throws NotLean {
        byte[] bytes = xml.bytes();
        int cut = xml.sheetDataSelfClosing() ? 0 : xml.sheetDataEnd() - xml.sheetDataStart();
        if (cut == 0) {
            return scan(bytes);
        }
        int at = xml.sheetDataStart();
        byte[] around = new byte[bytes.length - cut];
        System.arraycopy(bytes, 0, around, 0, at);
        System.arraycopy(bytes, at + cut, around, at, bytes.length - at - cut);
        SheetPrint p = scan(around);
        p.sheetPrStart = moved(p.sheetPrStart, at, cut);
        p.sheetPrTagEnd = moved(p.sheetPrTagEnd, at, cut);
        p.sheetPrEndTag = moved(p.sheetPrEndTag, at, cut);
        p.pageSetupStart = moved(p.pageSetupStart, at, cut);
        p.pageSetupTagEnd = moved(p.pageSetupTagEnd, at, cut);
        p.pageSetupAt = moved(p.pageSetupAt, at, cut);
        return p;
    }

    /** An offset in the cut copy as an offset in the sheet: those at or past the cut move by its length. */
    private static int moved(int offset, int at, int cut) {
        return offset >= at ? offset + cut : offset;
    }

    static SheetPrint scan(byte[] sheet) throws NotLean {
        SheetPrint p = new SheetPrint();
        XmlCursor xml = new XmlCursor(sheet);
        xml.root("worksheet", XmlCursor.MAIN);
        p.rootTagEnd = xml.tokenEnd();
        p.rootDeclaration = PartEdits.declarationFor(xml);
        boolean afterData = false;
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.END && xml.depth() == 0 && p.pageSetupAt < 0) {
                p.pageSetupAt = xml.tokenStart();
            }
            if (t != XmlCursor.START || xml.depth() != 2) {
                continue;
            }
            if (afterData && p.pageSetupAt < 0 && (!xml.inRootNamespace() || AFTER_PAGE_SETUP.contains(xml.localName()))) {
                p.pageSetupAt = xml.tokenStart();
            }
            if (xml.is("sheetData")) {
                // the cells were scanned by SheetXml; here they are only skipped
                xml.skipElement();
                afterData = true;
            } else if (xml.is("sheetPr")) {
                p.sheetProperties(xml, sheet);
            } else if (xml.is("cols")) {
                p.columns(xml);
            } else if (xml.is("pageMargins")) {
                p.sideMargins = number(xml.attr("left"), 0.7) + number(xml.attr("right"), 0.7);
                xml.skipElement();
            } else if (xml.is("pageSetup")) {
                p.pageSetupStart = xml.tokenStart();
                p.pageSetupTagEnd = xml.tokenEnd();
                p.pageSetupTag = text(sheet, p.pageSetupStart, p.pageSetupTagEnd);
                p.pageSetupOwn = xml.attr("fitToWidth") != null || xml.attr("scale") != null || xml.attr("orientation") != null;
                p.paperSize = xml.attr("paperSize") != null;
                xml.skipElement();
            } else {
                xml.skipElement();
            }
        }
        return p;
    }

    private void sheetProperties(XmlCursor xml, byte[] sheet) throws NotLean {
        sheetPrStart = xml.tokenStart();
        sheetPrTagEnd = xml.tokenEnd();
        sheetPrTag = text(sheet, sheetPrStart, sheetPrTagEnd);
        sheetPrSelfClosing = xml.selfClosing();
        sheetPrDeclaration = PartEdits.declarationFor(xml);
        if (sheetPrSelfClosing) {
            xml.next();
            return;
        }
        for (int t = xml.next(); ; t = xml.next()) {
            if (t == XmlCursor.EOF) {
                throw new NotLean("unterminated sheetPr");
            }
            if (t == XmlCursor.START && xml.depth() == 3 && xml.is("pageSetUpPr")) {
                pageSetUpPr = true;
            } else if (t == XmlCursor.END && xml.depth() == 1) {
                sheetPrEndTag = xml.tokenStart();
                return;
            }
        }
    }

    private void columns(XmlCursor xml) throws NotLean {
        if (xml.selfClosing()) {
            xml.next();
            return;
        }
        for (int t = xml.next(); ; t = xml.next()) {
            if (t == XmlCursor.EOF) {
                throw new NotLean("unterminated cols");
            }
            if (t == XmlCursor.START && xml.is("col")) {
                int min = (int) number(xml.attr("min"), 0);
                int max = (int) number(xml.attr("max"), min);
                String hidden = xml.attr("hidden");
                boolean isHidden = "1".equals(hidden) || "true".equals(hidden);
                String width = xml.attr("width");
                if (min >= 1 && max >= min) {
                    columns.add(new Columns(min, Math.min(max, 16384),
                            isHidden ? 0 : width == null ? PrintLayout.DEFAULT_WIDTH : number(width, PrintLayout.DEFAULT_WIDTH)));
                }
            } else if (t == XmlCursor.END && xml.depth() == 1) {
                return;
            }
        }
    }

    /**
     * Whether the sheet sets how it prints: a pageSetUpPr, or a pageSetup that fits, scales or turns the page.
     * A print area is the workbook's to say ({@link WorkbookNames#hasPrintArea}).
     */
    public boolean hasOwnSettings() {
        return pageSetUpPr || pageSetupOwn;
    }

    /** The widths in characters of columns A..lastColumn (zero-based), as {@link PrintLayout#widerThanPortrait} takes them. */
    public double[] widths(int lastColumn) {
        double[] widths = new double[lastColumn + 1];
        java.util.Arrays.fill(widths, PrintLayout.DEFAULT_WIDTH);
        for (Columns c : columns) {
            for (int i = c.min(); i <= Math.min(c.max(), lastColumn + 1); i++) {
                widths[i - 1] = c.width();
            }
        }
        return widths;
    }

    /** Left plus right margin in inches: the sheet's, or Excel's default. */
    public double sideMargins() {
        return sideMargins;
    }

    /**
     * Adds the splices that fit the sheet to one page wide and any number tall: fitToPage on its sheetPr
     * (a new one first in the sheet where it has none), and fitToWidth="1" fitToHeight="0" on its pageSetup (a new
     * one, A4, before headerFooter and the drawings where it has none), turned to landscape when asked — only
     * for a sheet without {@link #hasOwnSettings settings of its own}. A pageSetup without a paper size gets A4.
     */
    public void fitToWidth(Splices splices, boolean landscape) {
        if (hasOwnSettings()) {
            throw new IllegalStateException("the sheet has print settings of its own");
        }
        if (sheetPrStart < 0) {
            splices.insert(rootTagEnd, "<sheetPr" + rootDeclaration + "><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        } else if (sheetPrSelfClosing) {
            String name = Xml.qualifiedName(sheetPrTag);
            splices.replace(sheetPrStart, sheetPrTagEnd, sheetPrTag.substring(0, sheetPrTag.length() - 2).stripTrailing()
                    + "><pageSetUpPr" + sheetPrDeclaration + " fitToPage=\"1\"/></" + name + ">");
        } else {
            // pageSetUpPr is the last child CT_SheetPr allows, after tabColor and outlinePr
            splices.insert(sheetPrEndTag, "<pageSetUpPr" + sheetPrDeclaration + " fitToPage=\"1\"/>");
        }
        if (pageSetupStart < 0) {
            splices.insert(pageSetupAt, "<pageSetup" + rootDeclaration + " paperSize=\"" + PrintLayout.A4 + "\""
                    + (landscape ? " orientation=\"landscape\"" : "") + " fitToWidth=\"1\" fitToHeight=\"0\"/>");
        } else {
            String tag = StyleEdits.withAttribute(StyleEdits.withAttribute(pageSetupTag, "fitToWidth", "1"), "fitToHeight", "0");
            if (!paperSize) {
                tag = StyleEdits.withAttribute(tag, "paperSize", String.valueOf(PrintLayout.A4));
            }
            if (landscape) {
                tag = StyleEdits.withAttribute(tag, "orientation", "landscape");
            }
            splices.replace(pageSetupStart, pageSetupTagEnd, tag);
        }
    }

    private static String text(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double number(String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(value.strip());
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
