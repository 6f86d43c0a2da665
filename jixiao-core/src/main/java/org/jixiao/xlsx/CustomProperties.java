package org.jixiao.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The custom document properties part of a package (docProps/custom.xml, what Excel shows under File → Properties
 * → Custom): a new part holding text properties, text properties spliced into a part a producer already wrote,
 * and one property read back from a zip without opening the rest of the package. Stateless and thread-safe.
 */
public final class CustomProperties {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    public static final String RELATIONSHIP =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
    /** Where Excel, WPS, LibreOffice and POI put the part. */
    public static final String DEFAULT_PART = "docProps/custom.xml";
    static final String NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    static final String TYPES_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    /** The format id every user-defined property carries (FMTID_UserDefinedProperties). */
    private static final String USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    /** pid 0 and 1 are reserved; user properties start at 2. */
    private static final int FIRST_PID = 2;
    /** The part is a few hundred bytes; anything far larger is not one jixiao need look inside. */
    private static final int MAX_PART_BYTES = 1 << 20;

    private CustomProperties() {
    }

    /** A new custom.xml holding {@code properties} as text (vt:lpwstr), in order. */
    public static byte[] part(Map<String, String> properties) {
        StringBuilder xml = new StringBuilder(Xml.DECLARATION).append("<Properties xmlns=\"").append(NAMESPACE)
                .append("\" xmlns:vt=\"").append(TYPES_NAMESPACE).append("\">");
        int pid = FIRST_PID;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            xml.append(property(property.getKey(), property.getValue(), pid++, "", "vt:lpwstr", ""));
        }
        return xml.append("</Properties>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The producer's custom.xml with {@code properties} set: a property of the same name is replaced in place
     * (keeping its pid), the others are appended with pids after the highest in use. Everything else in the part
     * is kept byte for byte.
     *
     * @throws NotLean when the part is not a custom-properties part jixiao can splice
     */
    public static byte[] with(byte[] existing, Map<String, String> properties) throws NotLean {
        XmlCursor xml = new XmlCursor(existing);
        xml.root("Properties", NAMESPACE);
        Map<String, int[]> byName = new LinkedHashMap<>();
        int highest = FIRST_PID - 1;
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.depth() == 2 && xml.is("property")) {
                int start = xml.tokenStart();
                String name = xml.attr("name");
                int pid = parsePid(xml.attr("pid"));
                highest = Math.max(highest, pid);
                xml.skipElement();
                if (name != null) {
                    byName.put(name, new int[] {start, xml.tokenEnd(), pid});
                }
            }
        }
        PartEdits.Insertion end = PartEdits.endTagOf(existing, "Properties");
        Splices splices = new Splices(existing);
        // the vt namespace is declared on each value, so a producer that bound vt elsewhere, or not at all, is fine
        String typesNs = " xmlns:jxvt=\"" + TYPES_NAMESPACE + "\"";
        for (Map.Entry<String, String> property : properties.entrySet()) {
            int[] old = byName.get(property.getKey());
            if (old != null) {
                splices.replace(old[0], old[1], property(property.getKey(), property.getValue(), old[2],
                        end.namespaceDeclaration(), "jxvt:lpwstr", typesNs));
            } else {
                splices.insert(end.at(), property(property.getKey(), property.getValue(), ++highest,
                        end.namespaceDeclaration(), "jxvt:lpwstr", typesNs));
            }
        }
        return splices.apply();
    }

    private static int parsePid(String pid) {
        try {
            return pid == null ? 0 : Integer.parseInt(pid.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String property(String name, String value, int pid, String namespace, String element,
                                   String typesNamespace) {
        return "<property" + namespace + " fmtid=\"" + USER_DEFINED + "\" pid=\"" + pid + "\" name=\""
                + Xml.escape(name) + "\"><" + element + typesNamespace + ">" + Xml.escape(value) + "</" + element
                + "></property>";
    }

    /** The text of the property {@code name} in a custom.xml; empty when absent or the part is not readable. */
    static Optional<String> find(byte[] part, String name) {
        try {
            XmlCursor xml = new XmlCursor(part);
            xml.root("Properties", NAMESPACE);
            for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
                if (t == XmlCursor.START && xml.depth() == 2 && xml.is("property") && name.equals(xml.attr("name"))) {
                    // the value is the one typed child: <vt:lpwstr>, <vt:lpstr>, <vt:i4> …
                    StringBuilder text = new StringBuilder();
                    for (int u = xml.next(); u != XmlCursor.EOF && xml.depth() >= 2; u = xml.next()) {
                        if (u == XmlCursor.TEXT) {
                            text.append(xml.text());
                        }
                    }
                    return Optional.of(text.toString());
                }
            }
            return Optional.empty();
        } catch (NotLean | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The property {@code name} of a zipped package held in memory, reading only the zip directory, the package
     * relationships and the custom-properties part: a cheap look before (or instead of) opening the workbook.
     * Empty when the zip cannot be read this way, has no such part, or the part has no such property.
     */
    public static Optional<String> findInZip(byte[] zip, String name) {
        try {
            Map<String, ZipDirectory.Entry> entries = new LinkedHashMap<>();
            for (ZipDirectory.Entry entry : ZipDirectory.read(zip)) {
                entries.putIfAbsent(entry.name(), entry);
            }
            String part = DEFAULT_PART;
            ZipDirectory.Entry rels = entries.get("_rels/.rels");
            if (rels != null) {
                part = customPartOf(inflate(zip, rels)).orElse(DEFAULT_PART);
            }
            ZipDirectory.Entry custom = entries.get(part);
            return custom == null ? Optional.empty() : find(inflate(zip, custom), name);
        } catch (NotLean | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The part the package relationships name as custom properties. */
    private static Optional<String> customPartOf(byte[] rels) throws NotLean {
        XmlCursor xml = new XmlCursor(rels);
        xml.root("Relationships", PartEdits.RELATIONSHIPS);
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.is("Relationship") && RELATIONSHIP.equals(xml.attr("Type"))
                    && !"External".equals(xml.attr("TargetMode")) && xml.attr("Target") != null) {
                return Optional.of(XlsxPackage.resolve("", xml.attr("Target")));
            }
        }
        return Optional.empty();
    }

    /** One small entry's bytes; larger than {@link #MAX_PART_BYTES} is NotLean. */
    private static byte[] inflate(byte[] zip, ZipDirectory.Entry entry) throws NotLean {
        if (entry.size() > MAX_PART_BYTES || entry.compressedSize() > MAX_PART_BYTES) {
            throw new NotLean("part too large to look into: " + entry.name());
        }
        return ZipDirectory.inflate(zip, entry);
    }
}
