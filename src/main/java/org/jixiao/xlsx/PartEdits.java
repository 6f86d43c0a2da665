package org.jixiao.xlsx;

/** Small lookups for editing package parts in place. */
public final class PartEdits {

    private PartEdits() {
    }

    /**
     * Where the end tag of the first element with this local name starts, for inserting children at its end; a
     * missing or self-closing element is {@link NotLean}.
     */
    public static int endTagOf(byte[] xml, String localName) throws NotLean {
        XmlCursor cursor = new XmlCursor(xml);
        for (int t = cursor.next(); t != XmlCursor.EOF; t = cursor.next()) {
            if (t == XmlCursor.START && cursor.is(localName) && cursor.selfClosing()) {
                throw new NotLean("empty " + localName);
            }
            if (t == XmlCursor.END && cursor.is(localName)) {
                return cursor.tokenStart();
            }
        }
        throw new NotLean("no " + localName);
    }

    /** True when the part's root element has no namespace prefix. */
    public static boolean unprefixedRoot(byte[] xml, String localName, String namespace) throws NotLean {
        return new XmlCursor(xml).root(localName, namespace);
    }

    public static final String MAIN = XmlCursor.MAIN;
    public static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
}
