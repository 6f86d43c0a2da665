package org.jixiao.producers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small XML tree that keeps what the corpus's transformations rewrite and DOM would lose: attribute order
 * (namespace declarations are attributes here, in order), prefixes, comments, processing instructions and CDATA.
 * Parsed with the JDK's namespace-aware StAX reader (no DTDs), written by {@link #write} exactly as the tree
 * says: no namespace fix-up, so every transformation is checked afterwards by reparsing its output
 * ({@link #parse} refuses an unbound prefix) and comparing {@link #infoset}s. Test code; not thread-safe.
 */
final class XmlTree {

    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private XmlTree() {
    }

    sealed interface Node permits Element, Text, Comment, Pi {
    }

    /** An element; {@code prefix} and {@code ns} are "" for none. Mutable, so that transformations edit in place. */
    static final class Element implements Node {
        String prefix;
        final String ns;
        final String local;
        final List<Attr> attrs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Element(String prefix, String ns, String local) {
            this.prefix = prefix;
            this.ns = ns;
            this.local = local;
        }

        String qname() {
            return prefix.isEmpty() ? local : prefix + ":" + local;
        }

        List<Element> elements() {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
        }

        /** The value of an attribute in no namespace, or null. */
        String attr(String name) {
            return attrs.stream().filter(a -> a.ns().isEmpty() && a.local().equals(name)).map(Attr::value).findFirst()
                    .orElse(null);
        }

        void setAttr(String name, String value) {
            for (int i = 0; i < attrs.size(); i++) {
                if (attrs.get(i).ns().isEmpty() && attrs.get(i).local().equals(name)) {
                    attrs.set(i, new Attr("", "", name, value));
                    return;
                }
            }
            attrs.add(new Attr("", "", name, value));
        }

        void removeAttr(String name) {
            attrs.removeIf(a -> a.ns().isEmpty() && a.local().equals(name));
        }

        /** The text of this element and its descendants, as a reader of {@code <t>} or {@code <v>} sees it. */
        String text() {
            StringBuilder out = new StringBuilder();
            for (Node child : children) {
                if (child instanceof Text t) {
                    out.append(t.text());
                } else if (child instanceof Element e) {
                    out.append(e.text());
                }
            }
            return out.toString();
        }

        /** This element and every descendant element, depth first. */
        void walk(Consumer<Element> visitor) {
            visitor.accept(this);
            for (Node child : List.copyOf(children)) {
                if (child instanceof Element e) {
                    e.walk(visitor);
                }
            }
        }
    }

    /**
     * An attribute; a namespace declaration is one too, in the xmlns namespace: {@code xmlns:r="…"} has prefix
     * "xmlns" and local name "r", {@code xmlns="…"} has no prefix and local name "xmlns".
     */
    record Attr(String prefix, String ns, String local, String value) {

        static Attr declaration(String prefix, String uri) {
            return prefix.isEmpty() ? new Attr("", XMLNS, "xmlns", uri) : new Attr("xmlns", XMLNS, prefix, uri);
        }

        boolean isDeclaration() {
            return ns.equals(XMLNS);
        }

        /** The prefix a declaration binds, "" for the default namespace. */
        String declared() {
            return prefix.isEmpty() ? "" : local;
        }

        String qname() {
            return prefix.isEmpty() ? local : prefix + ":" + local;
        }
    }

    record Text(String text, boolean cdata) implements Node {
    }

    record Comment(String text) implements Node {
    }

    record Pi(String target, String data) implements Node {
    }

    /** A parsed part: what comes before the root (comments, PIs), the root, what comes after. */
    static final class Document {
        final List<Node> prolog = new ArrayList<>();
        final List<Node> epilog = new ArrayList<>();
        Element root;
        boolean declaration;
        Boolean standalone;
    }

    static Document parse(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        String reportCdata = "http://java.sun.com/xml/stream/properties/report-cdata-event"; // the JDK's StAX
        if (factory.isPropertySupported(reportCdata)) {
            factory.setProperty(reportCdata, true);
        }
        try {
            XMLStreamReader in = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            Document doc = new Document();
            doc.declaration = in.getVersion() != null;
            doc.standalone = in.standaloneSet() ? in.isStandalone() : null;
            Deque<Element> open = new ArrayDeque<>();
            while (in.hasNext()) {
                int event = in.next();
                List<Node> into = !open.isEmpty() ? open.peek().children : doc.root == null ? doc.prolog : doc.epilog;
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element e = new Element(nonNull(in.getPrefix()), nonNull(in.getNamespaceURI()), in.getLocalName());
                        for (int i = 0; i < in.getNamespaceCount(); i++) {
                            e.attrs.add(Attr.declaration(nonNull(in.getNamespacePrefix(i)), nonNull(in.getNamespaceURI(i))));
                        }
                        for (int i = 0; i < in.getAttributeCount(); i++) {
                            e.attrs.add(new Attr(nonNull(in.getAttributePrefix(i)), nonNull(in.getAttributeNamespace(i)),
                                    in.getAttributeLocalName(i), in.getAttributeValue(i)));
                        }
                        if (open.isEmpty()) {
                            doc.root = e;
                        } else {
                            into.add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            if (!into.isEmpty() && into.get(into.size() - 1) instanceof Text t && !t.cdata()) {
                                into.set(into.size() - 1, new Text(t.text() + in.getText(), false));
                            } else {
                                into.add(new Text(in.getText(), false));
                            }
                        }
                    }
                    case XMLStreamConstants.CDATA -> into.add(new Text(in.getText(), true));
                    case XMLStreamConstants.COMMENT -> into.add(new Comment(in.getText()));
                    case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                            into.add(new Pi(in.getPITarget(), nonNull(in.getPIData())));
                    default -> { }
                }
            }
            return doc;
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not namespace-well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** How {@link #write} lays a part out. */
    record Style(boolean bom, boolean declaration, char declarationQuote, String declarationSpace, String attributeSpace,
                 String equals, char attributeQuote, String emptyTagEnd, String endTagSpace, String newline, String indent,
                 Escaper escaper) {

        /** As most producers write: no BOM, a declaration where the part had one, no white space between tags. */
        static final Style PLAIN = new Style(false, false, '"', " ", " ", "=", '"', "/>", "", null, "", Escaper.MINIMAL);

        Style withEscaper(Escaper e) {
            return new Style(bom, declaration, declarationQuote, declarationSpace, attributeSpace, equals, attributeQuote,
                    emptyTagEnd, endTagSpace, newline, indent, e);
        }

        Style withAttributeQuote(char quote) {
            return new Style(bom, declaration, declarationQuote, declarationSpace, attributeSpace, equals, quote,
                    emptyTagEnd, endTagSpace, newline, indent, escaper);
        }
    }

    /** How characters of text and attribute values are written. */
    interface Escaper {
        Escaper MINIMAL = new Escaper() {
        };

        default String text(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        /** A value to go between {@code quote}s. */
        default String attribute(String s, char quote) {
            return s.replace("&", "&amp;").replace("<", "&lt;")
                    .replace(String.valueOf(quote), quote == '"' ? "&quot;" : "&apos;").replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
        }
    }

    static byte[] write(Document doc, Style style) {
        StringBuilder out = new StringBuilder();
        if (doc.declaration || style.declaration()) {
            char q = style.declarationQuote();
            String s = style.declarationSpace();
            out.append("<?xml").append(s).append("version=").append(q).append("1.0").append(q).append(s)
                    .append("encoding=").append(q).append("UTF-8").append(q);
            if (doc.standalone != null) {
                out.append(s).append("standalone=").append(q).append(doc.standalone ? "yes" : "no").append(q);
            }
            out.append("?>");
            if (style.newline() != null) {
                out.append(style.newline());
            }
        }
        for (Node node : doc.prolog) {
            write(out, node, 0, style);
            if (style.newline() != null) {
                out.append(style.newline());
            }
        }
        write(out, doc.root, 0, style);
        for (Node node : doc.epilog) {
            if (style.newline() != null) {
                out.append(style.newline());
            }
            write(out, node, 0, style);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (style.bom()) {
            bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void write(StringBuilder out, Node node, int depth, Style style) {
        if (node instanceof Element e) {
            writeElement(out, e, depth, style);
        } else if (node instanceof Text t) {
            out.append(t.cdata() ? "<![CDATA[" + t.text() + "]]>" : style.escaper().text(t.text()));
        } else if (node instanceof Comment c) {
            out.append("<!--").append(c.text()).append("-->");
        } else if (node instanceof Pi p) {
            out.append("<?").append(p.target()).append(p.data().isEmpty() ? "" : " " + p.data()).append("?>");
        }
    }

    private static void writeElement(StringBuilder out, Element e, int depth, Style style) {
        out.append('<').append(e.qname());
        for (Attr a : e.attrs) {
            char q = style.attributeQuote();
            out.append(style.attributeSpace()).append(a.qname()).append(style.equals()).append(q)
                    .append(style.escaper().attribute(a.value(), q)).append(q);
        }
        if (e.children.isEmpty()) {
            out.append(style.emptyTagEnd());
            return;
        }
        out.append('>');
        boolean layout = style.newline() != null && elementOnly(e);
        for (Node child : e.children) {
            if (layout && child instanceof Text) {
                continue; // white space only, replaced by the layout's
            }
            if (layout) {
                out.append(style.newline()).append(style.indent().repeat(depth + 1));
            }
            write(out, child, depth + 1, style);
        }
        if (layout) {
            out.append(style.newline()).append(style.indent().repeat(depth));
        }
        out.append("</").append(e.qname()).append(style.endTagSpace()).append('>');
    }

    /** Element content only (white space between the tags, no text): where the schema allows layout. */
    static boolean elementOnly(Element e) {
        return e.children.stream().anyMatch(Element.class::isInstance) && e.children.stream()
                .allMatch(n -> !(n instanceof Text t) || (!t.cdata() && t.text().isBlank()));
    }

    /**
     * What a namespace-aware reader sees: expanded names, attributes (declarations left out) as a set, and text
     * (adjacent text and CDATA joined across comments and PIs, white space in element content dropped). Two parts
     * with the same infoset mean the same to POI; comments, PIs, prefixes and layout are not part of it.
     */
    static String infoset(Document doc) {
        StringBuilder out = new StringBuilder();
        infoset(out, doc.root);
        return out.toString();
    }

    private static void infoset(StringBuilder out, Element e) {
        out.append("<{").append(e.ns).append('}').append(e.local);
        e.attrs.stream().filter(a -> !a.isDeclaration()).map(a -> " {" + a.ns() + "}" + a.local() + "=" + a.value())
                .sorted().forEach(out::append);
        out.append('>');
        boolean hasElements = e.children.stream().anyMatch(Element.class::isInstance);
        StringBuilder text = new StringBuilder();
        for (Node child : e.children) {
            if (child instanceof Text t) {
                text.append(t.text());
            } else if (child instanceof Element c) {
                flushText(out, text, hasElements);
                infoset(out, c);
            }
        }
        flushText(out, text, hasElements);
        out.append("</>");
    }

    private static void flushText(StringBuilder out, StringBuilder text, boolean hasElements) {
        if (!(hasElements && text.toString().isBlank())) {
            out.append(text);
        }
        text.setLength(0);
    }

    /** The namespace bindings in scope at each element, for transformations that move declarations. */
    static Map<Element, Map<String, String>> scopes(Element root) {
        Map<Element, Map<String, String>> scopes = new java.util.IdentityHashMap<>();
        scopes(root, Map.of("xml", "http://www.w3.org/XML/1998/namespace"), scopes);
        return scopes;
    }

    private static void scopes(Element e, Map<String, String> inherited, Map<Element, Map<String, String>> scopes) {
        Map<String, String> scope = new HashMap<>(inherited);
        e.attrs.stream().filter(Attr::isDeclaration).forEach(d -> scope.put(d.declared(), d.value()));
        scopes.put(e, scope);
        for (Element child : e.elements()) {
            scopes(child, scope, scopes);
        }
    }

    /** For messages: the declarations of an element. */
    static String declarations(Element e) {
        return e.attrs.stream().filter(Attr::isDeclaration).map(Attr::qname).collect(Collectors.joining(" "));
    }
}
