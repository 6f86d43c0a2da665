package org.jixiao.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;


/**
 * An .xlsx held in memory: its zip entries (inflated only when asked, each at most once), the workbook part
 * found through the package relationships, and the sheets in workbook order with their parts. Not thread-safe;
 * one per workbook being read and filled.
 */
public final class XlsxPackage {

    /** The namespace of r:id and the other relationship-id attributes, whatever prefix a producer gives it. */
    static final String REL_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static final String REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    static final String REL_CHARTSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet";
    static final String REL_SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
    static final String REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    /** POI's zip-bomb guard inflates at most 100 bytes per compressed byte; the lean path keeps to the same. */
    private static final long MAX_RATIO = 100;
    private static final long MAX_PART_BYTES = 256L << 20;

    private final byte[] content;
    private final LeanLimits limits;
    private final Map<String, ZipDirectory.Entry> entries = new LinkedHashMap<>();
    private final Map<String, byte[]> inflated = new HashMap<>();
    private final String workbookPart;
    private final Map<String, Relationship> workbookRels;
    private final List<SheetPart> sheets;
    /** [Content_Types].xml: Default types by lower-case extension, Override types by lower-case part name. */
    private final Map<String, String> defaultTypes = new HashMap<>();
    private final Map<String, String> overrideTypes = new HashMap<>();

    /** One relationship: its id, type, and the target resolved to a part name ("xl/worksheets/sheet1.xml"). */
    public record Relationship(String id, String type, String target, boolean external) {
    }

    /** One sheet in workbook order; {@code part} is empty for a chart sheet (no cells). */
    public record SheetPart(String name, String relId, String sheetId, Optional<String> part) {
    }

    private XlsxPackage(byte[] content, LeanLimits limits) throws NotLean, IOException {
        this.content = content;
        this.limits = limits;
        for (ZipDirectory.Entry entry : ZipDirectory.read(content)) {
            if (entries.put(entry.name(), entry) != null) {
                throw new NotLean("duplicate zip entry " + entry.name());
            }
            checkLocalHeader(entry);
        }
        if (!entries.containsKey("[Content_Types].xml")) {
            throw new NotLean("no [Content_Types].xml");
        }
        java.util.Set<String> folded = new java.util.HashSet<>();
        for (String name : entries.keySet()) {
            if (!folded.add(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new NotLean("equivalent part names: " + name);
            }
        }
        checkContentTypes();
        Relationship office = relationships("_rels/.rels", "").values().stream()
                .filter(r -> r.type().equals(REL_OFFICE_DOCUMENT)).findFirst()
                .orElseThrow(() -> new NotLean("no transitional officeDocument relationship"));
        workbookPart = office.target();
        workbookRels = relationships(relsOf(workbookPart), directory(workbookPart));
        sheets = readSheets();
    }

    /**
     * POI reads the entries in stream order through their local headers, the lean path through the central
     * directory; a local header that does not agree with the directory (signature, method, name) is a damaged
     * file POI would refuse.
     */
    private void checkLocalHeader(ZipDirectory.Entry entry) throws NotLean {
        long at = entry.localHeaderOffset();
        byte[] name = entry.rawName();
        if (at < 0 || at + 30 + name.length > content.length) {
            throw new NotLean("local header out of range");
        }
        int offset = (int) at;
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(content, offset, 30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        // the method too: the lean path inflated by the directory's method what POI refuses by the local one
        // (found by ReadFuzzTest#leanReader)
        if (header.getInt(offset) != 0x04034b50 || Short.toUnsignedInt(header.getShort(offset + 8)) != entry.method()
                || Short.toUnsignedInt(header.getShort(offset + 26)) != name.length
                || !java.util.Arrays.equals(content, offset + 30, offset + 30 + name.length, name, 0, name.length)) {
            throw new NotLean("local header does not match the directory: " + entry.name());
        }
        // without a data descriptor (flag bit 3) a streaming reader takes the CRC and sizes from the local header:
        // they must be the directory's (found by ReadFuzzTest#leanReader: a stored part POI read as truncated)
        int flags = header.getShort(offset + 6);
        if ((flags & 0x41) != 0) {
            // encrypted by the local header though not by the directory: POI refuses it (found by
            // ReadFuzzTest#leanReader)
            throw new NotLean("encrypted entry " + entry.name());
        }
        boolean descriptor = (flags & 0x08) != 0;
        java.nio.ByteBuffer sizes = header;
        int sizesAt = offset + 14;
        if (descriptor) {
            // then they follow the data, after an optional signature: POI checks them there (a broken descriptor
            // signature or CRC was found by the home-made mutator)
            long dataEnd = at + 30 + name.length + Short.toUnsignedInt(header.getShort(offset + 28)) + entry.compressedSize();
            if (entry.method() == ZipEntry.STORED || dataEnd + 16 > content.length) {
                throw new NotLean("data descriptor out of place: " + entry.name());
            }
            sizes = java.nio.ByteBuffer.wrap(content).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            sizesAt = (int) dataEnd + (sizes.getInt((int) dataEnd) == 0x08074b50 ? 4 : 0);
        }
        boolean sameSizes = Integer.toUnsignedLong(sizes.getInt(sizesAt)) == entry.crc()
                && Integer.toUnsignedLong(sizes.getInt(sizesAt + 4)) == entry.compressedSize()
                && Integer.toUnsignedLong(sizes.getInt(sizesAt + 8)) == entry.size();
        if (!sameSizes && descriptor && sizesAt + 20 <= content.length) {
            // a ZIP64 descriptor, as POI's SXSSF and fastexcel write: the two sizes take eight bytes each
            sameSizes = Integer.toUnsignedLong(sizes.getInt(sizesAt)) == entry.crc()
                    && sizes.getLong(sizesAt + 4) == entry.compressedSize() && sizes.getLong(sizesAt + 12) == entry.size();
        }
        if (!sameSizes) {
            throw new NotLean("local header sizes do not match the directory: " + entry.name());
        }
    }

    /** Opens the package; a damaged zip or an unusual package is {@link NotLean}. */
    static XlsxPackage open(byte[] content) throws NotLean {
        return open(content, LeanLimits.NONE);
    }

    /** Opens the package; an XML part beyond {@code limits} is {@link NotLean.TooLarge} when it is loaded. */
    static XlsxPackage open(byte[] content, LeanLimits limits) throws NotLean {
        try {
            return new XlsxPackage(content, limits);
        } catch (IOException | RuntimeException e) {
            throw new NotLean("zip: " + e.getMessage());
        }
    }

    LeanLimits limits() {
        return limits;
    }

    byte[] content() {
        return content;
    }

    public String workbookPart() {
        return workbookPart;
    }

    public List<SheetPart> sheets() {
        return sheets;
    }

    public Map<String, Relationship> workbookRelationships() {
        return Collections.unmodifiableMap(workbookRels);
    }

    Optional<String> workbookTarget(String type) {
        return workbookRels.values().stream().filter(r -> r.type().equals(type) && !r.external())
                .map(Relationship::target).findFirst();
    }

    /** True when [Content_Types].xml declares a Default content type for this extension (any case). */
    public boolean hasDefaultContentType(String extension) {
        return defaultTypes.containsKey(extension.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The content type of a part ("xl/workbook.xml"): its Override, else the Default for its extension; empty
     * when neither names it. Part names compare without case, as OPC has them.
     */
    public Optional<String> contentType(String part) {
        String name = part.toLowerCase(java.util.Locale.ROOT);
        String override = overrideTypes.get("/" + name);
        return override != null ? Optional.of(override)
                : Optional.ofNullable(defaultTypes.get(name.substring(name.lastIndexOf('.') + 1)));
    }

    public boolean has(String part) {
        return entries.containsKey(part);
    }

    /** Entry names in the order they are stored. */
    List<String> partNames() {
        return new ArrayList<>(entries.keySet());
    }

    ZipDirectory.Entry entry(String part) {
        return entries.get(part);
    }

    /**
     * Where the part's stored (still compressed) bytes start in {@link #content()}, for copying it unchanged
     * without an intermediate array: after its local header, whose name and extra field lengths are its own.
     */
    int dataOffset(String part) throws IOException {
        try {
            return ZipDirectory.dataOffset(content, entries.get(part));
        } catch (NotLean e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The inflated bytes of a part, inflated once; a part past the zip-bomb ratio is {@link NotLean}. */
    public synchronized byte[] bytes(String part) throws NotLean {
        byte[] cached = inflated.get(part);
        if (cached != null) {
            return cached;
        }
        ZipDirectory.Entry entry = entries.get(part);
        if (entry == null) {
            throw new NotLean("missing part " + part);
        }
        // checked before the zip-bomb ratio, from the size the directory declares: nothing is inflated yet
        if (entry.size() > limits.maxPartBytes()) {
            throw new NotLean.TooLarge(part + " 解压后 " + LeanLimits.megabytes(entry.size()) + "，超过单个部件上限 "
                    + LeanLimits.megabytes(limits.maxPartBytes()) + "；可用 --max-part-mb 提高上限，并相应加大内存"
                    + "（JIXIAO_JAVA_OPTS=-Xmx2g） / part " + LeanLimits.megabytes(entry.size()) + " uncompressed > limit "
                    + LeanLimits.megabytes(limits.maxPartBytes()) + " (raise with --max-part-mb and a larger heap)");
        }
        long limit = Math.min(MAX_PART_BYTES, Math.max(1 << 16, entry.compressedSize() * MAX_RATIO));
        try {
            byte[] data = inflate(entry, limit, part);
            CRC32 crc = new CRC32();
            crc.update(data);
            if (crc.getValue() != entry.crc()) {
                throw new NotLean("CRC mismatch in " + part);
            }
            inflated.put(part, data);
            return data;
        } catch (RuntimeException e) {
            throw new NotLean("cannot inflate " + part + ": " + e.getMessage());
        }
    }

    /**
     * Checks a part's CRC by inflating it in pieces, keeping none of it: for the parts the reader never looks
     * into (images, printer settings, VBA), which may be large without costing memory.
     */
    synchronized void checkCrc(String part) throws NotLean {
        ZipDirectory.Entry entry = entries.get(part);
        if (entry == null) {
            throw new NotLean("missing part " + part);
        }
        long limit = Math.min(MAX_PART_BYTES, Math.max(1 << 16, entry.compressedSize() * MAX_RATIO));
        if (entry.size() > limit) {
            throw new NotLean("part inflates past the zip-bomb guard: " + part);
        }
        try {
            int offset = dataOffset(part);
            int stored = (int) entry.compressedSize();
            CRC32 crc = new CRC32();
            long n = 0;
            switch (entry.method()) {
                case ZipEntry.STORED -> {
                    crc.update(content, offset, stored);
                    n = stored;
                }
                case ZipEntry.DEFLATED -> {
                    Inflater inflater = new Inflater(true);
                    try {
                        inflater.setInput(content, offset, stored);
                        byte[] piece = new byte[1 << 15];
                        while (!inflater.finished() && n <= entry.size()) {
                            int got = inflater.inflate(piece);
                            if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                                break;
                            }
                            crc.update(piece, 0, got);
                            n += got;
                        }
                    } finally {
                        inflater.end();
                    }
                }
                default -> throw new NotLean("compression method " + entry.method() + " in " + part);
            }
            if (n != entry.size() || crc.getValue() != entry.crc()) {
                throw new NotLean("part size or CRC differs from the zip directory: " + part);
            }
        } catch (IOException | RuntimeException | DataFormatException e) {
            throw new NotLean("cannot inflate " + part + ": " + e.getMessage());
        }
    }

    /** A part's bytes from {@link ZipDirectory#inflate}, after the zip-bomb guard on its declared size. */
    private byte[] inflate(ZipDirectory.Entry entry, long limit, String part) throws NotLean {
        if (entry.size() > limit) {
            throw new NotLean("part inflates past the zip-bomb guard: " + part);
        }
        return ZipDirectory.inflate(content, entry);
    }

    /** The relationships of a part, empty when it has none. */
    public Map<String, Relationship> relationships(String relsPart, String baseDirectory) throws NotLean {
        Map<String, Relationship> rels = new LinkedHashMap<>();
        if (!has(relsPart)) {
            return rels;
        }
        for (Relationship r : KnownParts.parsed(this, relsPart, RelationshipList.class, RelationshipList::parse).list()) {
            rels.put(r.id(), r.external() ? r : new Relationship(r.id(), r.type(), resolve(baseDirectory, r.target()), false));
        }
        return rels;
    }

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final java.util.regex.Pattern MEDIA_TYPE = java.util.regex.Pattern.compile(
            TOKEN + "/" + TOKEN + "(;" + TOKEN + "=(" + TOKEN + "|\"[^\"]*\"))*");

    /**
     * A content type is an RFC 2616 media type, as POI's package reader insists for every entry (a malformed one
     * in an override the lean path never looks up was found by the home-made mutator).
     */
    static void checkMediaType(String type) throws NotLean {
        if (!MEDIA_TYPE.matcher(type).matches()) {
            throw new NotLean("malformed content type " + type);
        }
    }

    /** Every part needs a content type, by override or by extension, as POI's package reader insists. */
    private void checkContentTypes() throws NotLean {
        ContentTypes types = KnownParts.parsed(this, "[Content_Types].xml", ContentTypes.class, ContentTypes::parse);
        if (!types.workbookTypeDeclared()) {
            throw new NotLean("no spreadsheet workbook content type");
        }
        defaultTypes.putAll(types.defaults());
        overrideTypes.putAll(types.overrides());
        for (String name : entries.keySet()) {
            if (name.endsWith("/") || name.equals("[Content_Types].xml")) {
                continue;
            }
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            String extension = lower.substring(lower.lastIndexOf('.') + 1);
            if (!overrideTypes.containsKey("/" + lower) && !defaultTypes.containsKey(extension)) {
                throw new NotLean("no content type for " + name);
            }
        }
    }

    private List<SheetPart> readSheets() throws NotLean {
        List<SheetPart> list = new ArrayList<>();
        XmlCursor xml = new XmlCursor(bytes(workbookPart));
        xml.root("workbook", XmlCursor.MAIN);
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.is("sheet")) {
                String name = xml.attr("name");
                String id = xml.attr(REL_NAMESPACE, "id");
                Relationship rel = id == null ? null : workbookRels.get(id);
                if (name == null || rel == null) {
                    throw new NotLean("sheet without a relationship");
                }
                if (rel.type().equals(REL_WORKSHEET)) {
                    if (!has(rel.target())) {
                        throw new NotLean("missing sheet part " + rel.target());
                    }
                    list.add(new SheetPart(name, id, String.valueOf(xml.attr("sheetId")), Optional.of(rel.target())));
                } else if (rel.type().equals(REL_CHARTSHEET)) {
                    list.add(new SheetPart(name, id, String.valueOf(xml.attr("sheetId")), Optional.empty()));
                } else {
                    throw new NotLean("sheet of type " + rel.type());
                }
            }
        }
        if (list.isEmpty()) {
            // POI refuses it as corrupt; read lean, it was "no evaluation table" (found by ReadFuzzTest#xmlPart)
            throw new NotLean("workbook without sheets");
        }
        return list;
    }

    /** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
    public static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    static String directory(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    /** A relationship target against the directory of its source part; "/x" is from the package root. */
    static String resolve(String baseDirectory, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseDirectory + target;
        List<String> parts = new ArrayList<>();
        for (String piece : path.split("/")) {
            if (piece.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!piece.isEmpty() && !piece.equals(".")) {
                parts.add(piece);
            }
        }
        return String.join("/", parts);
    }
}
