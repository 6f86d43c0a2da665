package org.jixiao.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.model.CellRef;
import org.jixiao.model.Severity;
import org.jixiao.xlsx.LeanWorkbook;
import org.jixiao.xlsx.NotLean;
import org.jixiao.xlsx.PackageWriter;
import org.jixiao.xlsx.PartEdits;
import org.jixiao.xlsx.PrintLayout;
import org.jixiao.xlsx.SheetPrint;
import org.jixiao.xlsx.SheetXml;
import org.jixiao.xlsx.Splices;
import org.jixiao.xlsx.StyleEdits;
import org.jixiao.xlsx.Xml;
import org.jixiao.xlsx.WorkbookNames;
import org.jixiao.xlsx.XlsxPackage;

/**
 * A filled copy of an .xlsx that was read the lean way, made by patching bytes: only the written cells' elements
 * change in the sheet XML, new cell formats are appended to styles.xml, comments and added sheets are new parts,
 * and every other part is copied still compressed. Added sheets carry their print settings and print titles
 * (a definedNames entry in the workbook part); a scored sheet without print settings of its own gets
 * fit-to-width spliced in, and one with them keeps every byte. Workbooks it cannot patch safely — formulas that would need
 * recalculating, existing comments, sheets named like jixiao's own — are refused in the constructor with
 * {@link NotLean}, and the caller uses {@link PoiCopy}. Not thread-safe.
 */
final class LeanCopy implements FilledCopy {

    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final String VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final XlsxPackage pkg;
    private final StyleEdits styles;
    private final String stylesPart;
    /** True when the workbook had no styles part and jixiao adds one (what POI does when it saves such a file). */
    private final boolean stylesCreated;
    private final Map<String, SheetEdits> sheets = new LinkedHashMap<>();
    private final List<AddedSheet> added = new ArrayList<>();
    private final Set<String> fitted = new LinkedHashSet<>();

    LeanCopy(LeanWorkbook lean) throws NotLean {
        this.pkg = lean.pkg();
        Set<String> own = Set.of(ExplanationSheet.NAME, ReviewMarks.SHEET);
        int position = 0;
        for (XlsxPackage.SheetPart part : lean.sheets()) {
            position++;
            if (own.contains(part.name())) {
                throw new NotLean("workbook already has a sheet named " + part.name());
            }
            if (part.part().isEmpty()) {
                continue;
            }
            SheetXml xml = lean.sheet(part);
            if (xml.hasFormula()) {
                throw new NotLean("formulas in " + part.name() + " would need recalculating");
            }
            if (xml.hasLegacyDrawing()) {
                throw new NotLean("sheet " + part.name() + " already has a legacy drawing");
            }
            String rels = XlsxPackage.relsOf(part.part().get());
            if (pkg.relationships(rels, "").values().stream().anyMatch(r -> r.type().endsWith("/comments")
                    || r.type().endsWith("/vmlDrawing"))) {
                throw new NotLean("sheet " + part.name() + " already has comments");
            }
            sheets.put(part.name(), new SheetEdits(part, xml, position));
        }
        var declared = pkg.workbookRelationships().values().stream()
                .filter(r -> r.type().equals(REL + "styles") && !r.external()).map(XlsxPackage.Relationship::target).findFirst();
        this.stylesCreated = declared.isEmpty();
        if (declared.isPresent()) {
            this.stylesPart = declared.get();
            this.styles = StyleEdits.of(pkg, stylesPart, lean.formats());
        } else {
            this.stylesPart = unused("xl/styles", ".xml", Map.of());
            this.styles = StyleEdits.minimal();
        }
    }

    private SheetEdits sheet(String name) {
        SheetEdits sheet = sheets.get(name);
        if (sheet == null) {
            throw new IllegalStateException("sheet not in workbook: " + name);
        }
        return sheet;
    }

    @Override
    public void setScore(CellRef ref, double value) {
        setNumber(ref, value, "General"::equalsIgnoreCase, StyleEdits.FORMAT_TWO_DECIMALS);
    }

    @Override
    public void setPercent(CellRef ref, double fraction) {
        setNumber(ref, fraction, code -> !code.contains("%"), StyleEdits.FORMAT_PERCENT_TWO_DECIMALS);
    }

    /** A number, given {@code format} when the cell's own number format passes {@code needsFormat}. */
    private void setNumber(CellRef ref, double value, java.util.function.Predicate<String> needsFormat, int format) {
        SheetEdits sheet = sheet(ref.sheet());
        long key = sheet.anchor(ref.row(), ref.column());
        int style = sheet.style(key);
        if (needsFormat.test(styles.formatCode(style))) {
            style = styles.withNumberFormat(style, format);
        }
        sheet.put(key, new Pending(style, "><v>" + value + "</v></c>", null, ""));
    }

    @Override
    public void setText(CellRef ref, String value) {
        SheetEdits sheet = sheet(ref.sheet());
        long key = sheet.anchor(ref.row(), ref.column());
        sheet.put(key, new Pending(sheet.style(key), " t=\"inlineStr\">" + Xml.inlineString(value) + "</c>", null, value));
    }

    @Override
    public String text(CellRef ref) {
        SheetEdits sheet = sheet(ref.sheet());
        return sheet.text(sheet.anchor(ref.row(), ref.column()));
    }

    @Override
    public boolean isFree(String name, int r, int c) {
        SheetEdits sheet = sheet(name);
        if (sheet.merge(r, c) != null) {
            return false;
        }
        long key = SheetEdits.key(r, c);
        Pending pending = sheet.edits.get(key);
        if (pending != null && pending.body() != null) {
            return false; // jixiao wrote a value here (a restyle alone leaves the cell as it was)
        }
        SheetXml.Cell cell = sheet.original(key);
        return cell == null || cell.kind() == SheetXml.Kind.BLANK
                || (cell.kind() == SheetXml.Kind.STRING && cell.value().isBlank());
    }

    @Override
    public int columnAfter(String name, int r, int c) {
        int[] merge = sheet(name).merge(r, c);
        return merge == null ? c + 1 : merge[3] + 1;
    }

    @Override
    public int lastRow(String name) {
        SheetEdits sheet = sheet(name);
        int last = sheet.xml.rows().isEmpty() ? -1 : sheet.xml.rows().stream().mapToInt(SheetXml.Row::index).max().orElse(-1);
        return sheet.edits.isEmpty() ? last : Math.max(last, (int) (sheet.edits.lastKey() >> 16));
    }

    @Override
    public void mark(Map<CellRef, Severity> fills, Map<CellRef, String> comments) {
        fills.forEach((ref, severity) -> {
            SheetEdits sheet = sheet(ref.sheet());
            long key = sheet.anchor(ref.row(), ref.column());
            int style = styles.withFill(sheet.style(key), ReviewMarks.colour(severity));
            Pending pending = sheet.edits.get(key);
            if (pending != null) {
                sheet.put(key, new Pending(style, pending.body(), pending.original(), pending.text()));
            } else {
                SheetXml.Cell cell = sheet.original(key);
                String raw = cell == null ? null : new String(sheet.xml.bytes(), cell.start(), cell.end() - cell.start(),
                        StandardCharsets.UTF_8);
                sheet.put(key, new Pending(style, null, raw, sheet.text(key)));
            }
        });
        comments.forEach((ref, text) -> {
            SheetEdits sheet = sheet(ref.sheet());
            long key = sheet.anchor(ref.row(), ref.column());
            CellRef anchor = new CellRef(ref.sheet(), (int) (key >> 16), (int) (key & 0xFFFF));
            sheet.comments.merge(anchor, text, (a, b) -> a + "\n" + b);
        });
    }

    @Override
    public void addSheet(AddedSheet sheet) {
        added.removeIf(s -> s.name().equals(sheet.name()));
        added.add(sheet);
    }

    @Override
    public void fitToPageWidth(String name) {
        sheet(name);
        fitted.add(name);
    }

    @Override
    public void save(Path output) throws IOException {
        try {
            byte[] bytes = assemble();
            AtomicFiles.write(output, out -> out.write(bytes));
        } catch (NotLean e) {
            throw new IOException("无法写出填好的副本 / cannot patch the workbook: " + e.getMessage(), e);
        }
    }

    private byte[] assemble() throws NotLean, IOException {
        Map<String, byte[]> replaced = new HashMap<>();
        Map<String, byte[]> created = new LinkedHashMap<>();
        Splices types = new Splices(pkg.bytes("[Content_Types].xml"));
        PartEdits.Insertion typesEnd = PartEdits.endTagOf(pkg.bytes("[Content_Types].xml"), "Types");
        TypeEntries newTypes = new TypeEntries(typesEnd.namespaceDeclaration());
        boolean vmlDeclared = pkg.hasDefaultContentType("vml");
        WorkbookNames names = WorkbookNames.scan(pkg.bytes(pkg.workbookPart()));
        for (SheetEdits sheet : sheets.values()) {
            String part = sheet.part.part().orElseThrow();
            Splices splices = new Splices(sheet.xml.bytes());
            sheet.writeCells(splices);
            if (fitted.contains(sheet.part.name())) {
                // before any legacyDrawing below: a pageSetup inserted at the same point must precede it
                fitToPageWidth(sheet, splices, names);
            }
            if (!sheet.comments.isEmpty()) {
                String comments = unused("xl/comments", ".xml", created);
                String vml = unused("xl/drawings/vmlDrawing", ".vml", created);
                created.put(comments, LeanParts.comments(sheet.comments));
                created.put(vml, LeanParts.vml(sheet.comments, sheet.position).getBytes(StandardCharsets.UTF_8));
                String relsPart = XlsxPackage.relsOf(part);
                if (pkg.has(relsPart)) {
                    byte[] existing = pkg.bytes(relsPart);
                    Splices relSplices = new Splices(existing);
                    PartEdits.Insertion end = PartEdits.endTagOf(existing, "Relationships");
                    relSplices.insert(end.at(), commentRelationships(sheet, comments, vml, end.namespaceDeclaration()));
                    replaced.put(relsPart, relSplices.apply());
                } else {
                    created.put(relsPart, (Xml.DECLARATION + "<Relationships xmlns=\"" + PartEdits.RELATIONSHIPS + "\">"
                            + commentRelationships(sheet, comments, vml, "") + "</Relationships>").getBytes(StandardCharsets.UTF_8));
                }
                splices.insert(sheet.xml.legacyDrawingAt(), "<legacyDrawing" + sheet.xml.namespaceDeclaration() + " xmlns:r=\""
                        + LeanParts.REL_NS + "\" r:id=\"" + vmlId(sheet) + "\"/>");
                newTypes.override(comments, COMMENTS_TYPE);
                if (!vmlDeclared) {
                    newTypes.add("Default", "Extension", "vml", VML_TYPE);
                    vmlDeclared = true;
                }
            }
            if (!splices.isEmpty()) {
                replaced.put(part, splices.apply());
            }
        }
        String newRelationships = "";
        if (stylesCreated) {
            newRelationships = "<Relationship%s Id=\"rIdJxStyles\" Type=\"" + REL + "styles\" Target=\"/" + stylesPart + "\"/>";
            newTypes.override(stylesPart, STYLES_TYPE);
        }
        addSheets(replaced, created, newTypes, newRelationships, names);
        if (stylesCreated) {
            created.put(stylesPart, styles.apply());
        } else if (styles.changed()) {
            replaced.put(stylesPart, styles.apply());
        }
        LeanMarker.add(pkg, OutputMarker.Kind.FILLED_COPY, replaced, created, newTypes::override);
        types.insert(typesEnd.at(), newTypes.toString());
        replaced.put("[Content_Types].xml", types.apply());
        return PackageWriter.write(pkg, replaced, created);
    }

    /**
     * Fits the sheet to one page wide unless it has print settings of its own (a print area among them),
     * landscape when its columns, up to the last one holding a cell, are wider than a portrait page.
     */
    private static void fitToPageWidth(SheetEdits sheet, Splices splices, WorkbookNames names) throws NotLean {
        SheetPrint print = SheetPrint.scan(sheet.xml);
        if (print.hasOwnSettings() || names.hasPrintArea(sheet.position - 1)) {
            return;
        }
        int lastColumn = sheet.xml.cells().stream().mapToInt(SheetXml.Cell::column).max().orElse(0);
        if (!sheet.edits.isEmpty()) {
            lastColumn = Math.max(lastColumn, sheet.edits.keySet().stream().mapToInt(k -> (int) (k & 0xFFFF)).max().getAsInt());
        }
        print.fitToWidth(splices, PrintLayout.widerThanPortrait(print.widths(lastColumn), print.sideMargins()));
    }

    private static String vmlId(SheetEdits sheet) {
        return "rIdJx" + sheet.position + "v";
    }

    private static String commentRelationships(SheetEdits sheet, String comments, String vml, String namespace) {
        return "<Relationship" + namespace + " Id=\"rIdJx" + sheet.position + "c\" Type=\"" + REL + "comments\" Target=\"/"
                + comments + "\"/><Relationship" + namespace + " Id=\"" + vmlId(sheet) + "\" Type=\"" + REL
                + "vmlDrawing\" Target=\"/" + vml + "\"/>";
    }

    /** Entries added to [Content_Types].xml, each declaring the namespace where the part needs it. */
    private static final class TypeEntries {
        private final String namespace;
        private final StringBuilder xml = new StringBuilder();

        TypeEntries(String namespace) {
            this.namespace = namespace;
        }

        void override(String part, String type) {
            add("Override", "PartName", "/" + part, type);
        }

        void add(String element, String keyAttribute, String key, String type) {
            xml.append('<').append(element).append(namespace).append(' ').append(keyAttribute).append("=\"")
                    .append(Xml.escape(key)).append("\" ContentType=\"").append(type).append("\"/>");
        }

        @Override
        public String toString() {
            return xml.toString();
        }
    }

    /**
     * Adds jixiao's sheets to the workbook and its relationships, with {@code newRelationships} (a format whose
     * %s takes the namespace declaration) besides theirs.
     */
    private void addSheets(Map<String, byte[]> replaced, Map<String, byte[]> created, TypeEntries newTypes,
                           String newRelationships, WorkbookNames names) throws NotLean {
        if (added.isEmpty() && newRelationships.isEmpty()) {
            return;
        }
        byte[] workbook = pkg.bytes(pkg.workbookPart());
        String workbookRels = XlsxPackage.relsOf(pkg.workbookPart());
        byte[] rels = pkg.bytes(workbookRels);
        Splices workbookSplices = new Splices(workbook);
        Splices relSplices = new Splices(rels);
        PartEdits.Insertion sheetsEnd = PartEdits.endTagOf(workbook, "sheets");
        PartEdits.Insertion relsEnd = PartEdits.endTagOf(rels, "Relationships");
        relSplices.insert(relsEnd.at(), newRelationships.replace("%s", relsEnd.namespaceDeclaration()));
        int sheetId = pkg.sheets().stream().mapToInt(s -> parseOr(s.sheetId(), 0)).max().orElse(0);
        int n = 0;
        StringBuilder printNames = new StringBuilder();
        for (AddedSheet sheet : added) {
            // added sheets follow the workbook's own, so the n-th has the zero-based position sheets + n
            printNames.append(sheet.print().definedNames(sheet.name(), pkg.sheets().size() + n, sheet.rows().size() - 1));
            String part = unused("xl/worksheets/sheet", ".xml", created);
            created.put(part, LeanParts.sheet(sheet, this::styleOf));
            String id = "rIdJxs" + (++n);
            // r: is declared on the element itself: a producer may have bound it elsewhere, or not at all
            workbookSplices.insert(sheetsEnd.at(), "<sheet" + sheetsEnd.namespaceDeclaration() + " xmlns:r=\"" + LeanParts.REL_NS
                    + "\" name=\"" + Xml.escape(sheet.name()) + "\" sheetId=\"" + (++sheetId) + "\" r:id=\"" + id + "\"/>");
            relSplices.insert(relsEnd.at(), "<Relationship" + relsEnd.namespaceDeclaration() + " Id=\"" + id + "\" Type=\"" + REL
                    + "worksheet\" Target=\"/" + part + "\"/>");
            newTypes.override(part, WORKSHEET_TYPE);
        }
        names.add(workbookSplices, printNames.toString());
        replaced.put(pkg.workbookPart(), workbookSplices.apply());
        replaced.put(workbookRels, relSplices.apply());
    }

    private int styleOf(AddedSheet.Entry entry, boolean wrapped) {
        int style;
        if (entry.fill().isPresent()) {
            style = styles.swatch(ReviewMarks.colour(entry.fill().get()));
        } else {
            style = entry.bold() ? styles.bold() : 0;
            style = entry.twoDecimals() ? styles.withNumberFormat(style, TWO_DECIMALS) : style;
        }
        return styles.centred(style, wrapped);
    }

    /** Built-in number format 2, {@code 0.00}. */
    private static final int TWO_DECIMALS = 2;

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private String unused(String stem, String extension, Map<String, byte[]> created) {
        for (int i = 1; ; i++) {
            String name = stem + i + extension;
            if (!pkg.has(name) && !created.containsKey(name)) {
                return name;
            }
        }
    }

    /**
     * A cell to write: its format and either a new body (after {@code <c r=.. s=..}) or the original element to
     * restyle; {@code text} is its text for {@link #text}.
     */
    record Pending(int style, String body, String original, String text) {

        /** The cell element; {@code namespace} is what a new element must declare in this sheet. */
        String render(String a1, String namespace) {
            if (body != null) {
                return "<c" + namespace + " r=\"" + a1 + "\"" + (style != 0 ? " s=\"" + style + "\"" : "") + body;
            }
            if (original != null) {
                return StyleEdits.withAttribute(original, "s", String.valueOf(style));
            }
            return "<c" + namespace + " r=\"" + a1 + "\" s=\"" + style + "\"/>";
        }
    }
}
