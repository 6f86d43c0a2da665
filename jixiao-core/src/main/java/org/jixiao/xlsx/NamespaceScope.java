package org.jixiao.xlsx;

import java.util.Arrays;

/**
 * The namespace declarations in scope while a part is tokenized: every {@code xmlns} and {@code xmlns:p}
 * attribute pushes a binding for the element that carries it and is popped with that element, so a prefix
 * resolves to a URI the way an XML parser resolves it, wherever the producer declared it. Prefixes are compared
 * as bytes of the part (no string per element). Each binding also remembers whether its URI is the root
 * element's, which is the question almost every lookup asks. Not thread-safe; one per {@link XmlCursor}.
 */
final class NamespaceScope {

    static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** What {@link #resolve} answers for the prefix {@code xml}, bound by the XML specification itself. */
    static final int XML_BINDING = -2;
    /** What {@link #resolve} answers for an unprefixed name with no default namespace in scope. */
    static final int NO_NAMESPACE = -1;

    private final byte[] xml;
    /** Per binding: the prefix's [start, end) in {@link #xml}; an empty range is the default namespace. */
    private int[] prefixes = new int[16];
    private String[] uris = new String[8];
    private boolean[] isRoot = new boolean[8];
    private int count;
    /** The binding count before the element at each depth pushed its own declarations. */
    private int[] marks = new int[32];
    private String rootUri;

    NamespaceScope(byte[] xml) {
        this.xml = xml;
    }

    /** Called at each start tag, before its declarations are pushed. */
    void enter(int depth) {
        if (depth >= marks.length) {
            marks = Arrays.copyOf(marks, marks.length * 2);
        }
        marks[depth] = count;
    }

    /** Pops what the element at {@code depth} declared. */
    void leave(int depth) {
        count = marks[depth];
    }

    /** Declares a prefix (an empty range for the default namespace) for the current element. */
    void declare(int prefixStart, int prefixEnd, String uri) {
        if (count == uris.length) {
            uris = Arrays.copyOf(uris, count * 2);
            isRoot = Arrays.copyOf(isRoot, count * 2);
            prefixes = Arrays.copyOf(prefixes, count * 4);
        }
        prefixes[2 * count] = prefixStart;
        prefixes[2 * count + 1] = prefixEnd;
        uris[count] = uri;
        isRoot[count] = uri.equals(rootUri);
        count++;
    }

    /**
     * The binding in scope for a prefix given as a byte range (empty for an unprefixed name): its index, or
     * {@link #NO_NAMESPACE} / {@link #XML_BINDING}; an undeclared prefix is {@link NotLean}, as it makes the part
     * not namespace-well-formed and POI refuses it too.
     */
    int resolve(int prefixStart, int prefixEnd) throws NotLean {
        int length = prefixEnd - prefixStart;
        for (int k = count - 1; k >= 0; k--) {
            int start = prefixes[2 * k];
            if (prefixes[2 * k + 1] - start == length && Arrays.equals(xml, start, start + length, xml, prefixStart, prefixEnd)) {
                // xmlns="" undeclares the default namespace
                return length == 0 && uris[k].isEmpty() ? NO_NAMESPACE : k;
            }
        }
        if (length == 0) {
            return NO_NAMESPACE;
        }
        if (length == 3 && xml[prefixStart] == 'x' && xml[prefixStart + 1] == 'm' && xml[prefixStart + 2] == 'l') {
            return XML_BINDING;
        }
        throw new NotLean("undeclared namespace prefix " + new String(xml, prefixStart, length,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The URI of a binding {@link #resolve} gave; empty for no namespace. */
    String uri(int binding) {
        return switch (binding) {
            case NO_NAMESPACE -> "";
            case XML_BINDING -> XML;
            default -> uris[binding];
        };
    }

    /** True when the binding's URI is the root element's namespace. */
    boolean isRoot(int binding) {
        return binding >= 0 ? isRoot[binding] : rootUri != null && uri(binding).equals(rootUri);
    }

    /** Fixes the root element's namespace once it is resolved; the root's own declarations are marked then. */
    void root(String uri) {
        rootUri = uri;
        for (int k = 0; k < count; k++) {
            isRoot[k] = uris[k].equals(uri);
        }
    }

    String rootUri() {
        return rootUri;
    }

    /** True when an unprefixed element written here would be in the root element's namespace. */
    boolean defaultIsRoot() throws NotLean {
        int binding = resolve(0, 0);
        return isRoot(binding);
    }
}
