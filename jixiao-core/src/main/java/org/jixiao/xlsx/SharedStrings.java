package org.jixiao.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared-string table as plain strings: a rich string is its runs joined, phonetic guides (rPh) left out,
 * and Excel's _xHHHH_ escapes decoded — what POI's {@code getString()} gives. Immutable once read.
 */
final class SharedStrings {

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

    /**
     * Reads an &lt;si&gt; or &lt;is&gt; element that just started, through its end: its own &lt;t&gt;, or else the
     * text of its runs (&lt;r&gt;&lt;t&gt;), as POI reads it; phonetic runs and anything else are not text. An item
     * POI would read otherwise — two texts, or a text beside runs — is NotLean (found by the home-made mutator).
     */
    static String stringItem(XmlCursor xml) throws NotLean {
        if (xml.selfClosing()) {
            xml.next();
            return "";
        }
        String own = null;
        StringBuilder runs = null;
        boolean inRun = false;
        boolean runText = false;
        while (true) {
            int t = xml.next();
            if (t == XmlCursor.EOF) {
                throw new NotLean("unterminated string item");
            }
            if (t == XmlCursor.START) {
                if (!inRun && xml.is("t")) {
                    if (own != null) {
                        throw new NotLean("string item with two texts");
                    }
                    own = xml.textContent();
                } else if (!inRun && xml.is("r") && !xml.selfClosing()) {
                    inRun = true;
                    runText = false;
                    runs = runs == null ? new StringBuilder() : runs;
                } else if (inRun && xml.is("t")) {
                    if (runText) {
                        throw new NotLean("run with two texts");
                    }
                    runText = true;
                    runs.append(xml.textContent());
                } else {
                    xml.skipElement();
                }
            } else if (t == XmlCursor.END) {
                if (!inRun) {
                    if (own != null && runs != null) {
                        throw new NotLean("string item with a text and runs");
                    }
                    return unescape(own != null ? own : runs != null ? runs.toString() : "");
                }
                inRun = false;
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
