package org.jixiao.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared-string table as plain strings: a rich string is its runs joined, phonetic guides (rPh) left out,
 * and Excel's _xHHHH_ escapes decoded — what POI's {@code getString()} gives. Immutable once read.
 */
public final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings(List.of());

    private final List<String> strings;

    SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings read(XlsxPackage pkg) throws NotLean {
        var part = pkg.workbookTarget(XlsxPackage.REL_SHARED_STRINGS);
        if (part.isEmpty() || !pkg.has(part.get())) {
            return NONE;
        }
        XmlCursor xml = new XmlCursor(pkg.bytes(part.get()));
        xml.root("sst", XmlCursor.MAIN);
        List<String> strings = new ArrayList<>();
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.is("si")) {
                strings.add(stringItem(xml));
            }
        }
        return new SharedStrings(strings);
    }

    /** Reads an &lt;si&gt; or &lt;is&gt; element that just started, through its end. */
    static String stringItem(XmlCursor xml) throws NotLean {
        if (xml.selfClosing()) {
            xml.next();
            return "";
        }
        StringBuilder out = new StringBuilder();
        int level = 0;
        while (true) {
            int t = xml.next();
            if (t == XmlCursor.EOF) {
                throw new NotLean("unterminated string item");
            }
            if (t == XmlCursor.START) {
                if (xml.is("rPh")) {
                    xml.skipElement();
                } else if (xml.is("t")) {
                    out.append(xml.textContent());
                } else {
                    level++;
                }
            } else if (t == XmlCursor.END) {
                if (level-- == 0) {
                    return unescape(out.toString());
                }
            }
        }
    }

    String get(int index) throws NotLean {
        if (index < 0 || index >= strings.size()) {
            throw new NotLean("shared string index out of range: " + index);
        }
        return strings.get(index);
    }

    /** Excel writes control characters as _x000D_; "_x005F_" escapes a literal underscore sequence. */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 6 < s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
