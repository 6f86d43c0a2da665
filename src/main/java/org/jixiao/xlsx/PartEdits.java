package org.jixiao.xlsx;

import java.util.Locale;
import java.util.Optional;

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

    /**
     * The content type [Content_Types].xml gives a part: its Override, else the Default for its extension; empty
     * when neither names it. Part names compare without case, as OPC has them.
     */
    public static Optional<String> contentTypeOf(byte[] contentTypes, String part) throws NotLean {
        String name = "/" + part.toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String byExtension = null;
        XmlCursor xml = new XmlCursor(contentTypes);
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t != XmlCursor.START) {
                continue;
            }
            if (xml.is("Override") && name.equalsIgnoreCase(String.valueOf(xml.attr("PartName")))) {
                return Optional.ofNullable(xml.attr("ContentType"));
            }
            if (xml.is("Default") && extension.equalsIgnoreCase(String.valueOf(xml.attr("Extension")))) {
                byExtension = xml.attr("ContentType");
            }
        }
        return Optional.ofNullable(byExtension);
    }

    /** True when the part's root element has no namespace prefix. */
    public static boolean unprefixedRoot(byte[] xml, String localName, String namespace) throws NotLean {
        return new XmlCursor(xml).root(localName, namespace);
    }

    public static final String MAIN = XmlCursor.MAIN;
    public static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
}
