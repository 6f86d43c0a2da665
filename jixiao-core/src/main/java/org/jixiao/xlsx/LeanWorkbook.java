package org.jixiao.xlsx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    static LeanWorkbook open(byte[] content) throws NotLean {
        return open(content, LeanLimits.NONE);
    }

    /** Opens a workbook whose XML parts and sheets stay within {@code limits}; beyond is {@link NotLean.TooLarge}. */
    public static LeanWorkbook open(byte[] content, LeanLimits limits) throws NotLean {
        XlsxPackage pkg = XlsxPackage.open(content, limits);
        var stylesPart = pkg.workbookTarget(XlsxPackage.REL_STYLES).filter(pkg::has);
        if (stylesPart.isEmpty() && pkg.has("xl/styles.xml")) {
            // POI, missing a styles relationship, adds its own xl/styles.xml and refuses a package where a part of
            // that name already hangs on another relationship (found by ReadFuzzTest#xmlPart); without such a part
            // the workbook is read with default formats and the lean writer adds the stylesheet POI would
            throw new NotLean("no styles relationship beside an xl/styles.xml part");
        }
        CellFormats formats = stylesPart.isPresent()
                ? KnownParts.parsed(pkg, stylesPart.get(), CellFormats.class, (name, bytes) -> CellFormats.read(bytes)) : CellFormats.read(null);
        SharedStrings strings = SharedStrings.read(pkg);
        Set<String> readInFull = new HashSet<>(List.of("[Content_Types].xml", "_rels/.rels", pkg.workbookPart(),
                XlsxPackage.relsOf(pkg.workbookPart())));
        stylesPart.ifPresent(readInFull::add);
        pkg.workbookTarget(XlsxPackage.REL_SHARED_STRINGS).ifPresent(readInFull::add);
        pkg.sheets().forEach(s -> s.part().ifPresent(readInFull::add));
        checkParts(pkg, readInFull);
        return new LeanWorkbook(pkg, strings, formats);
    }

    /**
     * Inflates every entry (checking its CRC) and checks every other XML part for well-formedness: a package
     * POI would refuse for a damaged part must not slip through the lean path. The parts in {@code readInFull}
     * are tokenized to the end by their own readers (worksheets when scanned) and are not read twice; a part
     * identical to one already checked in this JVM ({@link KnownParts}) is not checked again.
     */
    private static void checkParts(XlsxPackage pkg, Set<String> readInFull) throws NotLean {
        for (String name : pkg.partNames()) {
            if (name.endsWith("/")) {
                continue;
            }
            boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
            if (xml && !readInFull.contains(name) && !KnownParts.wellFormed(pkg, name)) {
                new XmlCursor(pkg.bytes(name)).checkWellFormed();
                KnownParts.rememberWellFormed(pkg, name);
            } else if (!xml) {
                pkg.checkCrc(name);
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
        SheetXml xml = SheetXml.scan(pkg.bytes(sheet.part().get()), strings, pkg.limits());
        scanned.put(sheet.name(), xml);
        return xml;
    }
}
