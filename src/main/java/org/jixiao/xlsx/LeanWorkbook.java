package org.jixiao.xlsx;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An .xlsx opened the lean way: the package, its shared strings and cell formats read once, and each worksheet
 * scanned once when first asked for. Safe to share between threads once read; a reader scans, a writer reuses.
 */
public final class LeanWorkbook {

    private final XlsxPackage pkg;
    private final SharedStrings strings;
    private final CellFormats formats;
    private final Map<String, SheetXml> scanned = new ConcurrentHashMap<>();

    private LeanWorkbook(XlsxPackage pkg, SharedStrings strings, CellFormats formats) {
        this.pkg = pkg;
        this.strings = strings;
        this.formats = formats;
    }

    public static LeanWorkbook open(byte[] content) throws NotLean {
        XlsxPackage pkg = XlsxPackage.open(content);
        checkParts(pkg);
        var stylesPart = pkg.workbookTarget(XlsxPackage.REL_STYLES).filter(pkg::has);
        CellFormats formats = CellFormats.read(stylesPart.isPresent() ? pkg.bytes(stylesPart.get()) : null);
        return new LeanWorkbook(pkg, SharedStrings.read(pkg), formats);
    }

    /**
     * Inflates every entry (checking its CRC) and checks every XML part but the worksheets, which are scanned
     * in full later: a package POI would refuse for a damaged part must not slip through the lean path.
     */
    private static void checkParts(XlsxPackage pkg) throws NotLean {
        java.util.Set<String> worksheets = new java.util.HashSet<>();
        pkg.sheets().forEach(s -> s.part().ifPresent(worksheets::add));
        for (String name : pkg.partNames()) {
            if (name.endsWith("/")) {
                continue;
            }
            byte[] bytes = pkg.bytes(name);
            if ((name.endsWith(".xml") || name.endsWith(".rels")) && !worksheets.contains(name)) {
                new XmlCursor(bytes).checkWellFormed();
            }
        }
    }

    public XlsxPackage pkg() {
        return pkg;
    }

    public List<XlsxPackage.SheetPart> sheets() {
        return pkg.sheets();
    }

    public CellFormats formats() {
        return formats;
    }

    /** The scanned worksheet; a chart sheet has none and is {@link NotLean} here. */
    public SheetXml sheet(XlsxPackage.SheetPart sheet) throws NotLean {
        SheetXml done = scanned.get(sheet.name());
        if (done != null) {
            return done;
        }
        if (sheet.part().isEmpty()) {
            throw new NotLean("chart sheet " + sheet.name());
        }
        SheetXml xml = SheetXml.scan(pkg.bytes(sheet.part().get()), strings);
        scanned.put(sheet.name(), xml);
        return xml;
    }
}
