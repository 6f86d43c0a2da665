package org.jixiao.xlsx;

/** Escaping for the XML jixiao writes into parts. */
public final class Xml {

    /** The declaration every part jixiao writes starts with. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private Xml() {
    }

    /** The element name of the first start tag in {@code element} as written, prefix included: "x:row" in {@code <x:row r="3"/>}. */
    public static String qualifiedName(String element) {
        int end = 1;
        while (end < element.length() && " \t\r\n/>".indexOf(element.charAt(end)) < 0) {
            end++;
        }
        return element.substring(1, end);
    }

    /**
     * Text for element content or an attribute value: markup characters escaped, characters XML 1.0 cannot
     * hold written as Excel's _xHHHH_, and a literal _xHHHH_ protected as _x005F_xHHHH_ so it reads back as typed.
     */
    public static String escape(String text) {
        if (plain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                // a parser turns a literal CR into LF; a reference keeps it
                case '\r' -> out.append("&#13;");
                case '_' -> out.append(looksEscaped(text, i) ? "_x005F_" : "_");
                default -> {
                    if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0xFFFE || ch == 0xFFFF) {
                        out.append(String.format("_x%04X_", (int) ch));
                    } else if (Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                            && !(Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                        out.append(String.format("_x%04X_", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /** True when nothing in the text needs escaping, as in most cells. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 || ch == '&' || ch == '<' || ch == '>' || ch == '"' || ch == '_' || ch >= 0xD800) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksEscaped(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** An inline-string cell body: {@code <is><t>…</t></is>}, keeping leading and trailing white space. */
    public static String inlineString(String text) {
        return "<is><t" + (preservesSpace(text) ? " xml:space=\"preserve\"" : "") + ">" + escape(text) + "</t></is>";
    }

    /** True when the text needs xml:space="preserve" to read back as typed: white space at an end, or a line break. */
    static boolean preservesSpace(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)) || text.indexOf('\n') >= 0);
    }
}
