package org.jixiao.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New cell formats appended to styles.xml: a copy of an existing format with another number format, a solid
 * fill or an alignment, a bold format and fill swatches for added sheets. Existing formats are never changed, so every cell
 * not written keeps its look. One copy per (format, change). Not thread-safe; one per workbook being filled.
 */
public final class StyleEdits {

    /** Excel's built-in number formats used here. */
    public static final int FORMAT_TWO_DECIMALS = 2;
    public static final int FORMAT_PERCENT_TWO_DECIMALS = 10;

    private final byte[] styles;
    private final CellFormats formats;
    private final int[] fontsTag;
    private final int[] fillsTag;
    private final int[] cellXfsTag;
    private final int fontsEnd;
    private final int fillsEnd;
    private final int cellXfsEnd;
    /** What a new font, fill or xf must declare to be in the spreadsheet namespace where it is inserted. */
    private final String fontsNamespace;
    private final String fillsNamespace;
    private final String cellXfsNamespace;
    private final int fontCount;
    private final int fillCount;
    private final int[] firstFont;
    private final List<String> newFonts = new ArrayList<>();
    private final List<String> newFills = new ArrayList<>();
    private final List<String> newXfs = new ArrayList<>();
    /** What each change made, by {@link #key}: one copy per (format, change). */
    private final Map<Long, Integer> made = new HashMap<>();

    public StyleEdits(byte[] styles, CellFormats formats) throws NotLean {
        this(styles, formats, Layout.of(styles));
    }

    private StyleEdits(byte[] styles, CellFormats formats, Layout layout) throws NotLean {
        this.styles = styles;
        this.formats = formats;
        this.fontsTag = layout.fontsTag();
        this.fillsTag = layout.fillsTag();
        this.cellXfsTag = layout.cellXfsTag();
        this.fontsEnd = layout.fontsEnd();
        this.fillsEnd = layout.fillsEnd();
        this.cellXfsEnd = layout.cellXfsEnd();
        this.fontsNamespace = layout.fontsNamespace();
        this.fillsNamespace = layout.fillsNamespace();
        this.cellXfsNamespace = layout.cellXfsNamespace();
        this.fontCount = layout.fontCount();
        this.fillCount = layout.fillCount();
        this.firstFont = layout.firstFont();
        if (formats.count() == 0) {
            throw new NotLean("styles without fonts, fills or cell formats");
        }
    }

    /**
     * Edits to the styles part of a package; the part's layout is read once for every identical part a batch
     * meets ({@link KnownParts}), as workbooks from one producer share their stylesheet byte for byte.
     */
    public static StyleEdits of(XlsxPackage pkg, String part, CellFormats formats) throws NotLean {
        return new StyleEdits(pkg.bytes(part), formats, KnownParts.parsed(pkg, part, Layout.class, (name, bytes) -> Layout.of(bytes)));
    }

    /**
     * Where a stylesheet's fonts, fills and cell formats start and end, the namespace a new child of each must
     * declare, how many fonts and fills it has and where its first font is. Read from the bytes alone; never
     * changed after reading (the arrays are not handed out).
     */
    private record Layout(int[] fontsTag, int[] fillsTag, int[] cellXfsTag, int fontsEnd, int fillsEnd, int cellXfsEnd,
                          String fontsNamespace, String fillsNamespace, String cellXfsNamespace, int fontCount,
                          int fillCount, int[] firstFont) {

        static Layout of(byte[] styles) throws NotLean {
            int[] fontsTag = new int[2];
            int[] fillsTag = new int[2];
            int[] cellXfsTag = new int[2];
            int fontsEnd = -1;
            int fillsEnd = -1;
            int cellXfsEnd = -1;
            String fontsNamespace = "";
            String fillsNamespace = "";
            String cellXfsNamespace = "";
            int fontCount = 0;
            int fillCount = 0;
            int[] firstFont = null;
            XmlCursor xml = new XmlCursor(styles);
            xml.root("styleSheet", XmlCursor.MAIN);
            for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
                if (t != XmlCursor.START || xml.depth() != 2) {
                    if (t == XmlCursor.START && xml.depth() == 3 && xml.is("font") && firstFont == null) {
                        int start = xml.tokenStart();
                        xml.skipElement();
                        firstFont = new int[] {start, xml.tokenEnd()};
                        fontCount++;
                    } else if (t == XmlCursor.START && xml.depth() == 3 && xml.is("font")) {
                        fontCount++;
                    } else if (t == XmlCursor.START && xml.depth() == 3 && xml.is("fill")) {
                        fillCount++;
                    } else if (t == XmlCursor.END && xml.depth() == 1) {
                        if (xml.is("fonts")) {
                            fontsEnd = xml.tokenStart();
                        } else if (xml.is("fills")) {
                            fillsEnd = xml.tokenStart();
                        } else if (xml.is("cellXfs")) {
                            cellXfsEnd = xml.tokenStart();
                        }
                    }
                    continue;
                }
                if (xml.selfClosing()) {
                    continue;
                }
                if (xml.is("fonts")) {
                    fontsTag[0] = xml.tokenStart();
                    fontsTag[1] = xml.tokenEnd();
                    fontsNamespace = PartEdits.declarationFor(xml);
                } else if (xml.is("fills")) {
                    fillsTag[0] = xml.tokenStart();
                    fillsTag[1] = xml.tokenEnd();
                    fillsNamespace = PartEdits.declarationFor(xml);
                } else if (xml.is("cellXfs")) {
                    cellXfsTag[0] = xml.tokenStart();
                    cellXfsTag[1] = xml.tokenEnd();
                    cellXfsNamespace = PartEdits.declarationFor(xml);
                }
            }
            if (fontsEnd < 0 || fillsEnd < 0 || cellXfsEnd < 0 || firstFont == null) {
                throw new NotLean("styles without fonts, fills or cell formats");
            }
            return new Layout(fontsTag, fillsTag, cellXfsTag, fontsEnd, fillsEnd, cellXfsEnd, fontsNamespace,
                    fillsNamespace, cellXfsNamespace, fontCount, fillCount, firstFont);
        }
    }

    /**
     * Edits for a workbook that has no styles part: the stylesheet POI writes when it saves such a file (one
     * Calibri 11 font, the two fills every stylesheet must start with, one border, one cell format), so both
     * writers give its cells the same look.
     */
    public static StyleEdits minimal() {
        byte[] bytes = (Xml.DECLARATION + "<styleSheet xmlns=\"" + XmlCursor.MAIN + "\"><fonts count=\"1\"><font><sz val=\"11\"/>"
                + "<color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                + "</styleSheet>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return new StyleEdits(bytes, CellFormats.read(bytes));
        } catch (NotLean e) {
            throw new IllegalStateException("the built-in stylesheet does not parse", e);
        }
    }

    CellFormats formats() {
        return formats;
    }

    /** The number-format code of a format index, including formats added here. */
    public String formatCode(int xf) {
        return formats.formatCode(xf);
    }

    /** A copy of format {@code xf} with a built-in number format. */
    public int withNumberFormat(int xf, int numberFormatId) {
        return made.computeIfAbsent(key(NUMBER_FORMAT, xf, numberFormatId), k -> addXf(
                withAttribute(withAttribute(xfSource(xf), "numFmtId", String.valueOf(numberFormatId)), "applyNumberFormat", "1")));
    }

    /** A copy of format {@code xf} with a solid fill in an indexed colour. */
    public int withFill(int xf, short indexedColour) {
        int fill = fill(indexedColour);
        return made.computeIfAbsent(key(FILL, xf, indexedColour), k -> addXf(
                withAttribute(withAttribute(xfSource(xf), "fillId", String.valueOf(fill)), "applyFill", "1")));
    }

    /**
     * A copy of format {@code xf} centred vertically, its text wrapped within the cell when {@code wrap}: how
     * the sheets jixiao adds line up their cells in rows made tall for wrapped text.
     */
    public int centred(int xf, boolean wrap) {
        return made.computeIfAbsent(key(CENTRED, xf, wrap ? 1 : 0), k -> addXf(withAlignment(xfSource(xf), wrap)));
    }

    private static final Pattern ALIGNMENT = Pattern.compile("<([\\w.-]+:)?alignment[\\s/>]");

    /**
     * The xf element with vertical="center" (and wrapText="1") on its alignment: set on the alignment it has, or
     * a new one as its first child (CT_Xf's order: alignment, protection, extLst), named with the xf's prefix.
     */
    static String withAlignment(String xf, boolean wrap) {
        String name = Xml.qualifiedName(xf);
        String prefix = name.substring(0, name.length() - "xf".length());
        String element = withAttribute(xf, "applyAlignment", "1");
        int close = element.indexOf('>');
        String alignment = "<" + prefix + "alignment vertical=\"center\"" + (wrap ? " wrapText=\"1\"" : "") + "/>";
        if (element.charAt(close - 1) == '/') {
            return element.substring(0, close - 1).stripTrailing() + ">" + alignment + "</" + name + ">";
        }
        Matcher m = ALIGNMENT.matcher(element);
        if (m.find(close)) {
            String own = withAttribute(element.substring(m.start()), "vertical", "center");
            return element.substring(0, m.start()) + (wrap ? withAttribute(own, "wrapText", "1") : own);
        }
        return element.substring(0, close + 1) + alignment + element.substring(close + 1);
    }

    /** Format 0 in bold. */
    public int bold() {
        return made.computeIfAbsent(key(BOLD, 0, 0), k -> {
            String font = new String(styles, firstFont[0], firstFont[1] - firstFont[0], java.nio.charset.StandardCharsets.UTF_8);
            int open = font.indexOf('>');
            // <b/> takes the copied font's own prefix, which is in scope where the copy goes (same parent)
            String name = Xml.qualifiedName(font);
            String bold = "<" + name.substring(0, name.length() - "font".length()) + "b/>";
            String boldFont = font.endsWith("/>") ? "<font" + fontsNamespace + "><b/></font>"
                    : font.substring(0, open + 1) + bold + font.substring(open + 1);
            newFonts.add(boldFont);
            int fontId = fontCount + newFonts.size() - 1;
            return addXf("<xf" + cellXfsNamespace + " numFmtId=\"0\" fontId=\"" + fontId + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>");
        });
    }

    /** A plain format with a solid fill, for a legend swatch. */
    public int swatch(short indexedColour) {
        int fill = fill(indexedColour);
        return made.computeIfAbsent(key(SWATCH, 0, indexedColour), k -> addXf("<xf" + cellXfsNamespace + " numFmtId=\"0\" fontId=\"0\" fillId=\"" + fill
                + "\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"));
    }

    public boolean changed() {
        return !newXfs.isEmpty();
    }

    public byte[] apply() {
        Splices splices = new Splices(styles);
        if (!newFonts.isEmpty()) {
            splices.replace(fontsTag[0], fontsTag[1], withAttribute(tag(fontsTag), "count", String.valueOf(fontCount + newFonts.size())));
            splices.insert(fontsEnd, String.join("", newFonts));
        }
        if (!newFills.isEmpty()) {
            splices.replace(fillsTag[0], fillsTag[1], withAttribute(tag(fillsTag), "count", String.valueOf(fillCount + newFills.size())));
            splices.insert(fillsEnd, String.join("", newFills));
        }
        splices.replace(cellXfsTag[0], cellXfsTag[1], withAttribute(tag(cellXfsTag), "count", String.valueOf(formats.count() + newXfs.size())));
        splices.insert(cellXfsEnd, String.join("", newXfs));
        return splices.apply();
    }

    private int fill(short indexedColour) {
        return made.computeIfAbsent(key(NEW_FILL, 0, indexedColour), k -> {
            newFills.add("<fill" + fillsNamespace + "><patternFill patternType=\"solid\"><fgColor indexed=\"" + indexedColour
                    + "\"/><bgColor indexed=\"64\"/></patternFill></fill>");
            return fillCount + newFills.size() - 1;
        });
    }

    private static final int NUMBER_FORMAT = 1;
    private static final int FILL = 2;
    private static final int CENTRED = 3;
    private static final int BOLD = 4;
    private static final int SWATCH = 5;
    private static final int NEW_FILL = 6;

    /**
     * One change to one format as a number: the change in the top byte, the format in the next five, the
     * change's argument (a number format id, a colour index, wrap or not) in the last two. Built for every cell
     * of the added sheets, so no string is made for it.
     */
    private static long key(int change, int xf, int argument) {
        return (long) change << 56 | (xf & 0xFF_FFFF_FFFFL) << 16 | (argument & 0xFFFF);
    }

    private int addXf(String xf) {
        newXfs.add(xf);
        return formats.count() + newXfs.size() - 1;
    }

    private String xfSource(int xf) {
        if (xf >= formats.count()) {
            return newXfs.get(xf - formats.count());
        }
        int[] range = formats.range(xf < 0 ? 0 : xf);
        return new String(styles, range[0], range[1] - range[0], java.nio.charset.StandardCharsets.UTF_8);
    }


    private String tag(int[] range) {
        return new String(styles, range[0], range[1] - range[0], java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Sets an attribute on the element's start tag (the first tag in {@code element}). */
    private static final Map<String, Pattern> ATTRIBUTE_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    public static String withAttribute(String element, String name, String value) {
        int close = element.indexOf('>');
        String start = element.substring(0, close + 1);
        String rest = element.substring(close + 1);
        Matcher m = ATTRIBUTE_PATTERNS.computeIfAbsent(name,
                n -> Pattern.compile("(\\s)" + n + "\\s*=\\s*(\"[^\"]*\"|'[^']*')")).matcher(start);
        if (m.find()) {
            start = start.substring(0, m.start()) + m.group(1) + name + "=\"" + value + "\"" + start.substring(m.end());
        } else {
            int at = start.endsWith("/>") ? start.length() - 2 : start.length() - 1;
            start = start.substring(0, at) + " " + name + "=\"" + value + "\"" + start.substring(at);
        }
        return start + rest;
    }
}
