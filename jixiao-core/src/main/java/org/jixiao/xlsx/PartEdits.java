package org.jixiao.xlsx;

/** Small lookups for editing package parts in place. */
public final class PartEdits {

    private PartEdits() {
    }

    /**
     * Where new children go at the end of an element: {@code at} is where its end tag starts, and
     * {@code namespaceDeclaration} is what an unprefixed child written there must carry to be in the part's
     * namespace — empty where the default namespace inside the element already is that namespace (what Excel
     * writes), {@code  xmlns="…"} where the producer prefixed its elements or declared the namespace elsewhere.
     */
    public record Insertion(int at, String namespaceDeclaration) {
    }

    /**
     * The end of the first element in the root's namespace with this local name; a missing or self-closing
     * element is {@link NotLean}.
     */
    public static Insertion endTagOf(byte[] xml, String localName) throws NotLean {
        XmlCursor cursor = new XmlCursor(xml);
        String declaration = "";
        for (int t = cursor.next(); t != XmlCursor.EOF; t = cursor.next()) {
            if (t == XmlCursor.START && cursor.is(localName)) {
                if (cursor.selfClosing()) {
                    throw new NotLean("empty " + localName);
                }
                declaration = declarationFor(cursor);
            }
            if (t == XmlCursor.END && cursor.is(localName)) {
                return new Insertion(cursor.tokenStart(), declaration);
            }
        }
        throw new NotLean("no " + localName);
    }

    /** What an unprefixed element written inside the current start tag's element must declare. */
    static String declarationFor(XmlCursor cursor) throws NotLean {
        return cursor.defaultIsRoot() ? "" : namespaceDeclaration(cursor.namespace());
    }

    /** {@code  xmlns="uri"}, with a leading space, for a start tag. */
    static String namespaceDeclaration(String uri) {
        return " xmlns=\"" + Xml.escape(uri) + "\"";
    }

    static final String MAIN = XmlCursor.MAIN;
    public static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
}
