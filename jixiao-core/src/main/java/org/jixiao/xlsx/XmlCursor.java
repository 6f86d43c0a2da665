package org.jixiao.xlsx;

import java.nio.charset.StandardCharsets;

/**
 * A forward-only tokenizer over one UTF-8 XML part that reports where every tag starts and ends in the bytes,
 * so a writer can splice the part without re-serialising it. It understands what spreadsheet parts contain —
 * elements, attributes, text, the five predefined entities, character references, CDATA, comments and
 * processing instructions — and refuses the rest (a DTD, another encoding) with {@link NotLean}. Namespaces are
 * resolved as an XML parser resolves them ({@link NamespaceScope}): an element is matched by its local name in the
 * root element's namespace, whatever prefix the producer chose and wherever it declared it, and an attribute by
 * its local name and namespace. Not thread-safe.
 */
final class XmlCursor {

    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;
    static final int EOF = -1;

    private final byte[] xml;
    private int pos;
    private int tokenStart;
    private int tokenEnd;
    private int nameStart;
    private int nameLocal;
    private int nameEnd;
    private final NamespaceScope scope;
    /** The namespace binding of the current element's name, as {@link NamespaceScope#resolve} gives it. */
    private int elementBinding = NamespaceScope.NO_NAMESPACE;
    private boolean selfClosing;
    private int depth;
    private int[] openNames = new int[32];
    private boolean rootSeen;
    private int[] attributeNames = new int[16];
    private int[] attributeValues = new int[16];
    private int attributeCount;

    XmlCursor(byte[] xml) throws NotLean {
        this.xml = xml;
        this.scope = new NamespaceScope(xml);
        if (xml.length >= 2 && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF) || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))) {
            throw new NotLean("UTF-16 part");
        }
        if (xml.length >= 3 && xml[0] == (byte) 0xEF && xml[1] == (byte) 0xBB && xml[2] == (byte) 0xBF) {
            pos = 3;
        }
        checkUtf8(xml);
    }

    /**
     * Refuses bytes that are not UTF-8, as every XML parser does (POI calls such a part corrupt): a stray or cut
     * sequence, an overlong form, a surrogate, a code point past U+10FFFF, or U+FFFE/U+FFFF, which XML forbids.
     * Without it, new String(..., UTF_8) would quietly read U+FFFD where the bytes are broken.
     */
    private static void checkUtf8(byte[] xml) throws NotLean {
        int i = 0;
        while (i < xml.length) {
            if (xml[i] >= 0) {
                i++;
                continue;
            }
            int lead = xml[i] & 0xFF;
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > xml.length) {
                throw new NotLean("not UTF-8 at byte " + i);
            }
            int code = lead & (0x7F >> length);
            for (int k = 1; k < length; k++) {
                int next = xml[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    throw new NotLean("not UTF-8 at byte " + i);
                }
                code = (code << 6) | (next & 0x3F);
            }
            boolean overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
            if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) || code == 0xFFFE || code == 0xFFFF) {
                throw new NotLean("not UTF-8 or not an XML character at byte " + i);
            }
            i += length;
        }
    }

    byte[] bytes() {
        return xml;
    }

    /** Advances to the next element start, element end or non-empty text run. */
    int next() throws NotLean {
        if (selfClosing) {
            // report the end of <x/> as its own event, at the same place
            selfClosing = false;
            depth--;
            scope.leave(depth);
            return END;
        }
        while (pos < xml.length) {
            tokenStart = pos;
            if (xml[pos] != '<') {
                boolean blank = scanText();
                tokenEnd = pos;
                if (depth == 0) {
                    if (!blank) {
                        throw new NotLean("text outside the root element");
                    }
                    continue;
                }
                return TEXT;
            }
            // one byte tells an element from the rare declarations, comments and CDATA sections
            byte second = pos + 1 < xml.length ? xml[pos + 1] : 0;
            if (second == '?') {
                checkDeclaration();
                pos = after(pos, "?>");
                continue;
            }
            if (second == '!') {
                if (startsWith(pos, "<!--")) {
                    pos = after(pos, "-->");
                    continue;
                }
                if (startsWith(pos, "<![CDATA[")) {
                    pos = after(pos, "]]>");
                    tokenEnd = pos;
                    return TEXT;
                }
                throw new NotLean("DTD or declaration in a part");
            }
            if (pos + 1 >= xml.length) {
                throw new NotLean("part ends inside a tag");
            }
            boolean end = xml[pos + 1] == '/';
            int at = pos + (end ? 2 : 1);
            nameStart = at;
            while (at < xml.length && !isNameEnd(xml[at])) {
                at++;
            }
            nameEnd = at;
            nameLocal = localStart(nameStart, nameEnd);
            if (!end) {
                scope.enter(depth);
            }
            int close = tagEnd(at, end);
            pos = close + 1;
            tokenEnd = pos;
            checkName(nameStart, nameEnd);
            if (end) {
                if (depth == 0 || !sameName(openNames[2 * (depth - 1)], openNames[2 * (depth - 1) + 1])) {
                    throw new NotLean("end tag does not match its start");
                }
                elementBinding = resolveName();
                depth--;
                scope.leave(depth);
                return END;
            }
            if (depth == 0) {
                if (rootSeen) {
                    throw new NotLean("second root element");
                }
                rootSeen = true;
            }
            declareNamespaces();
            elementBinding = resolveName();
            checkAttributePrefixes();
            if (depth == 0) {
                scope.root(scope.uri(elementBinding));
            }
            selfClosing = xml[close - 1] == '/';
            if (!selfClosing) {
                if (2 * depth + 1 >= openNames.length) {
                    openNames = java.util.Arrays.copyOf(openNames, openNames.length * 2);
                }
                openNames[2 * depth] = nameStart;
                openNames[2 * depth + 1] = nameEnd;
            }
            depth++;
            return START;
        }
        if (depth != 0 || !rootSeen) {
            throw new NotLean("part ends before its root element closes");
        }
        return EOF;
    }

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Advances to the root element and checks its local name and namespace, however it is prefixed. */
    void root(String localName, String namespace) throws NotLean {
        int t = next();
        while (t == TEXT) {
            t = next();
        }
        if (t != START || !matches(nameLocal, nameEnd, localName)) {
            throw new NotLean("root element is not " + localName);
        }
        if (!namespace.equals(scope.rootUri())) {
            throw new NotLean("root namespace " + scope.rootUri());
        }
    }

    /** Pushes the xmlns and xmlns:p attributes of the start tag just read. */
    private void declareNamespaces() throws NotLean {
        for (int k = 0; k < attributeCount; k++) {
            int start = attributeNames[2 * k];
            int end = attributeNames[2 * k + 1];
            if (end - start < 5 || !matches(start, start + 5, "xmlns")) {
                continue;
            }
            if (end - start == 5) {
                scope.declare(start, start, decode(xml, attributeValues[2 * k], attributeValues[2 * k + 1]));
            } else if (xml[start + 5] == ':') {
                String uri = decode(xml, attributeValues[2 * k], attributeValues[2 * k + 1]);
                if (uri.isEmpty()) {
                    throw new NotLean("prefix undeclared with an empty namespace");
                }
                scope.declare(start + 6, end, uri);
            }
        }
    }

    /**
     * Every prefixed attribute's prefix must be declared, as for elements (an undeclared one was found by
     * ReadFuzzTest#xmlPart: POI refuses the part).
     */
    private void checkAttributePrefixes() throws NotLean {
        for (int k = 0; k < attributeCount; k++) {
            int start = attributeNames[2 * k];
            int end = attributeNames[2 * k + 1];
            int local = localStart(start, end);
            if (local != start && !matches(start, local - 1, "xmlns")) {
                scope.resolve(start, local - 1);
            }
        }
    }

    private int resolveName() throws NotLean {
        return scope.resolve(nameStart, nameLocal == nameStart ? nameStart : nameLocal - 1);
    }

    /** The namespace URI of the current element; empty for none. */
    String namespace() {
        return scope.uri(elementBinding);
    }

    /**
     * True when an unprefixed element written inside the current start tag's element would be in the root
     * element's namespace, so a writer may insert it as it is rather than declaring the namespace on it.
     */
    boolean defaultIsRoot() throws NotLean {
        return scope.defaultIsRoot();
    }

    /** Reads the whole part, for the well-formedness checks alone. */
    void checkWellFormed() throws NotLean {
        while (next() != EOF) {
            // every check happens in next()
        }
    }

    /** Moves past a text run, refusing control characters and stray ampersands; true when it is white space. */
    private boolean scanText() throws NotLean {
        boolean blank = true;
        while (pos < xml.length) {
            byte b = xml[pos];
            if (b == '<') {
                break;
            }
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                throw new NotLean("control character in text");
            }
            if (b == '&') {
                checkEntity(pos);
            }
            blank &= isSpace(b);
            pos++;
        }
        return blank;
    }

    private void checkEntity(int at) throws NotLean {
        int i = at + 1;
        while (i < xml.length && i - at < 12 && xml[i] != ';') {
            byte b = xml[i];
            if (!(b == '#' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) {
                throw new NotLean("stray '&'");
            }
            i++;
        }
        if (i >= xml.length || xml[i] != ';' || i == at + 1) {
            throw new NotLean("stray '&'");
        }
    }

    /**
     * A qualified name, as a namespace-aware parser takes it: an optional prefix and a colon, then a local name,
     * each starting with a letter or '_' (a colon first, last or twice was found by ReadFuzzTest#xmlPart). Names
     * are ASCII here: which other characters XML allows in a name is a long table (Xerces refused "≥s", found by
     * ReadFuzzTest#xmlPart), and no spreadsheet part uses them, so such a part is left to POI.
     */
    private void checkName(int from, int to) throws NotLean {
        if (to == from) {
            throw new NotLean("missing name");
        }
        int partStart = from;
        for (int i = from; i < to; i++) {
            byte b = xml[i];
            if (b == ':') {
                if (i == partStart || partStart != from || i == to - 1) {
                    throw new NotLean("bad name");
                }
                partStart = i + 1;
                continue;
            }
            boolean letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
            boolean other = (b >= '0' && b <= '9') || b == '.' || b == '-';
            if (!letter && !(other && i > partStart)) {
                throw new NotLean("bad name");
            }
        }
    }

    private boolean rangesEqual(int aStart, int aEnd, int bStart, int bEnd) {
        if (aEnd - aStart != bEnd - bStart) {
            return false;
        }
        for (int k = 0; k < aEnd - aStart; k++) {
            if (xml[aStart + k] != xml[bStart + k]) {
                return false;
            }
        }
        return true;
    }

    private boolean sameName(int start, int end) {
        return rangesEqual(start, end, nameStart, nameEnd);
    }

    /** Nesting depth after the current token: 1 inside the root element. */
    int depth() {
        return depth;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    int tokenStart() {
        return tokenStart;
    }

    int tokenEnd() {
        return tokenEnd;
    }

    /** True when the current element is {@code localName} in the root element's namespace. */
    boolean is(String localName) {
        return matches(nameLocal, nameEnd, localName) && scope.isRoot(elementBinding);
    }

    /** True when the current element is in the root element's namespace. */
    boolean inRootNamespace() {
        return scope.isRoot(elementBinding);
    }

    String localName() {
        return new String(xml, nameLocal, nameEnd - nameLocal, StandardCharsets.UTF_8);
    }

    /** Where the local part of the name in [start, end) begins: after its colon, if any. */
    private int localStart(int start, int end) {
        for (int i = start; i < end; i++) {
            if (xml[i] == ':') {
                return i + 1;
            }
        }
        return start;
    }

    String name() {
        return new String(xml, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
    }

    /**
     * An unprefixed attribute of the current start tag (which is in no namespace, as OOXML's own attributes are),
     * decoded; null when absent.
     */
    String attr(String localName) throws NotLean {
        // the names and values were located, and their syntax checked, when the tag was read
        for (int k = 0; k < attributeCount; k++) {
            if (matches(attributeNames[2 * k], attributeNames[2 * k + 1], localName)) {
                return decode(xml, attributeValues[2 * k], attributeValues[2 * k + 1]);
            }
        }
        return null;
    }

    /** An attribute of the current start tag by namespace and local name, whatever its prefix; null when absent. */
    String attr(String namespace, String localName) throws NotLean {
        for (int k = 0; k < attributeCount; k++) {
            int start = attributeNames[2 * k];
            int end = attributeNames[2 * k + 1];
            int local = localStart(start, end);
            if (local == start || !matches(local, end, localName) || matches(start, local - 1, "xmlns")) {
                continue;
            }
            if (scope.uri(scope.resolve(start, local - 1)).equals(namespace)) {
                return decode(xml, attributeValues[2 * k], attributeValues[2 * k + 1]);
            }
        }
        return null;
    }

    /** The current text token, entities decoded; CDATA taken literally. */
    String text() throws NotLean {
        // only a CDATA section is a text token starting with '<'
        if (xml[tokenStart] == '<' && startsWith(tokenStart, "<![CDATA[")) {
            return new String(xml, tokenStart + 9, tokenEnd - tokenStart - 12, StandardCharsets.UTF_8);
        }
        return decode(xml, tokenStart, tokenEnd);
    }

    /** Reads the text content up to the end of the current element (which must just have started). */
    String textContent() throws NotLean {
        return toElementEnd(true);
    }

    /** Skips to the end of the element that just started. */
    void skipElement() throws NotLean {
        toElementEnd(false);
    }

    /** Walks to the end of the element that just started, collecting its own text runs when asked. */
    private String toElementEnd(boolean collect) throws NotLean {
        if (selfClosing) {
            next();
            return "";
        }
        // almost always one text run: a builder only when there are more
        String first = null;
        StringBuilder more = null;
        int level = 0;
        while (true) {
            int token = next();
            if (token == EOF) {
                throw new NotLean("unexpected end of part");
            }
            if (token == START) {
                level++;
            } else if (token == END) {
                if (level-- == 0) {
                    return more != null ? more.toString() : first != null ? first : "";
                }
            } else if (collect && level == 0) {
                String run = text();
                if (first == null) {
                    first = run;
                } else {
                    if (more == null) {
                        more = new StringBuilder(first);
                    }
                    more.append(run);
                }
            }
        }
    }

    static String decode(byte[] xml, int from, int to) throws NotLean {
        int amp = -1;
        for (int i = from; i < to; i++) {
            if (xml[i] == '&') {
                amp = i;
                break;
            }
        }
        if (amp < 0) {
            return new String(xml, from, to - from, StandardCharsets.UTF_8);
        }
        String raw = new String(xml, from, to - from, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char ch = raw.charAt(i);
            if (ch != '&') {
                out.append(ch);
                i++;
                continue;
            }
            int semi = raw.indexOf(';', i);
            if (semi < 0) {
                throw new NotLean("unterminated entity");
            }
            String entity = raw.substring(i + 1, semi);
            switch (entity) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    if (!entity.startsWith("#")) {
                        throw new NotLean("entity &" + entity + ";");
                    }
                    try {
                        int code = entity.startsWith("#x") || entity.startsWith("#X")
                                ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                        out.appendCodePoint(code);
                    } catch (IllegalArgumentException e) {
                        throw new NotLean("bad character reference");
                    }
                }
            }
            i = semi + 1;
        }
        return out.toString();
    }

    /** What Excel, WPS, POI and jixiao write, accepted without the pattern (which they all match). */
    private static final java.util.Set<String> COMMON_DECLARATIONS = java.util.Set.of(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
            "<\\?xml\\s+version\\s*=\\s*([\"'])1\\.[0-9]+\\1(\\s+encoding\\s*=\\s*([\"'])(?i:utf-8)\\3)?"
                    + "(\\s+standalone\\s*=\\s*([\"'])(yes|no)\\5)?\\s*\\?>");

    /** The XML declaration must come first, be well formed and say UTF-8; other instructions are skipped. */
    private void checkDeclaration() throws NotLean {
        int end = after(pos, "?>");
        String instruction = new String(xml, pos, end - pos, StandardCharsets.UTF_8);
        boolean declaration = instruction.length() > 5 && instruction.substring(2, 5).equalsIgnoreCase("xml")
                && (isSpace((byte) instruction.charAt(5)) || instruction.charAt(5) == '?');
        if (!declaration) {
            // <?target data?>: a name, then white space before any data (found by the home-made mutator)
            int target = pos + 2;
            while (target < end - 2 && !isSpace(xml[target])) {
                target++;
            }
            checkName(pos + 2, target);
            if (instruction.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')) {
                throw new NotLean("control character in an instruction");
            }
            return;
        }
        if (rootSeen || depth > 0 || pos > 3 || (pos == 3 && xml[0] != (byte) 0xEF)) {
            throw new NotLean("XML declaration not at the start");
        }
        if (!COMMON_DECLARATIONS.contains(instruction) && !DECLARATION.matcher(instruction).matches()) {
            throw new NotLean("malformed XML declaration or not UTF-8");
        }
    }

    /**
     * Finds the '>' closing a tag whose name ends at {@code from}, checking the attribute syntax on the way
     * (white space before each attribute, name = quoted value, no '<' or control characters in values).
     */
    private int tagEnd(int from, boolean endTag) throws NotLean {
        int i = from;
        int attributes = 0;
        attributeCount = 0;
        while (true) {
            int spaces = i;
            while (i < xml.length && isSpace(xml[i])) {
                i++;
            }
            if (i >= xml.length) {
                throw new NotLean("unterminated tag");
            }
            if (xml[i] == '>') {
                return i;
            }
            if (xml[i] == '/' && !endTag && i + 1 < xml.length && xml[i + 1] == '>') {
                return i + 1;
            }
            if (endTag || i == spaces) {
                throw new NotLean("malformed tag");
            }
            int nameStart = i;
            while (i < xml.length && xml[i] != '=' && !isSpace(xml[i]) && xml[i] != '>' && xml[i] != '/'
                    && xml[i] != '<' && xml[i] != '"' && xml[i] != '\'') {
                i++;
            }
            checkName(nameStart, i);
            for (int k = 0; k < attributes; k++) {
                if (rangesEqual(attributeNames[2 * k], attributeNames[2 * k + 1], nameStart, i)) {
                    throw new NotLean("attribute given twice");
                }
            }
            if (2 * attributes + 1 >= attributeNames.length) {
                attributeNames = java.util.Arrays.copyOf(attributeNames, attributeNames.length * 2);
                attributeValues = java.util.Arrays.copyOf(attributeValues, attributeValues.length * 2);
            }
            attributeNames[2 * attributes] = nameStart;
            attributeNames[2 * attributes + 1] = i;
            attributes++;
            while (i < xml.length && isSpace(xml[i])) {
                i++;
            }
            if (i >= xml.length || xml[i] != '=') {
                throw new NotLean("attribute without a value");
            }
            i++;
            while (i < xml.length && isSpace(xml[i])) {
                i++;
            }
            if (i >= xml.length || (xml[i] != '"' && xml[i] != '\'')) {
                throw new NotLean("unquoted attribute");
            }
            byte quote = xml[i++];
            attributeValues[2 * (attributes - 1)] = i;
            while (i < xml.length && xml[i] != quote) {
                byte b = xml[i];
                if (b == '<') {
                    throw new NotLean("'<' inside an attribute value");
                } else if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw new NotLean("control character in an attribute");
                } else if (b == '&') {
                    checkEntity(i);
                }
                i++;
            }
            if (i >= xml.length) {
                throw new NotLean("unterminated attribute");
            }
            attributeValues[2 * (attributes - 1) + 1] = i;
            attributeCount = attributes;
            i++;
        }
    }

    private int after(int from, String marker) throws NotLean {
        outer:
        for (int i = from; i <= xml.length - marker.length(); i++) {
            for (int k = 0; k < marker.length(); k++) {
                if (xml[i + k] != marker.charAt(k)) {
                    continue outer;
                }
            }
            return i + marker.length();
        }
        throw new NotLean("unterminated " + marker);
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < xml.length; i++) {
            if (xml[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(int at, String s) {
        return at + s.length() <= xml.length && matches(at, at + s.length(), s);
    }

    private boolean matches(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (xml[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameEnd(byte b) {
        return isSpace(b) || b == '>' || b == '/';
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
