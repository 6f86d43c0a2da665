package org.jixiao.producers;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellReference;
import org.jixiao.producers.XmlTree.Attr;
import org.jixiao.producers.XmlTree.Comment;
import org.jixiao.producers.XmlTree.Document;
import org.jixiao.producers.XmlTree.Element;
import org.jixiao.producers.XmlTree.Escaper;
import org.jixiao.producers.XmlTree.Node;
import org.jixiao.producers.XmlTree.Pi;
import org.jixiao.producers.XmlTree.Style;
import org.jixiao.producers.XmlTree.Text;

/**
 * XML transformations of a whole .xlsx, each one thing another producer may do and the spec allows, done by
 * rewriting the zip's entries through {@link XmlTree}. The transformations that must not change what the XML
 * means are checked: each rewritten part is reparsed (namespace-aware) and its infoset compared with the
 * original's. Test code; stateless.
 */
final class XmlVariants {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private XmlVariants() {
    }

    /** (a) Every element of the spreadsheetml namespace written with a prefix, x: unless the part uses x already. */
    static byte[] prefixRenamed(byte[] xlsx) {
        return rewrite(xlsx, XmlVariants::isSpreadsheetPart, Style.PLAIN, true, doc -> {
            String prefix = freePrefix(doc.root, "x");
            doc.root.walk(e -> {
                if (e.ns.equals(MAIN)) {
                    e.prefix = prefix;
                }
                e.attrs.replaceAll(a -> a.isDeclaration() && a.declared().isEmpty() && a.value().equals(MAIN)
                        ? Attr.declaration(prefix, MAIN) : a);
            });
        });
    }

    /**
     * (b) No declarations on the root beyond its own: every element declares each namespace its name and its
     * attributes use (xmlns on every child, xmlns:r on each {@code <sheet>}), redundantly. The prefixes an
     * mc:Ignorable lists stay declared where that attribute is.
     */
    static byte[] declarationsOnElements(byte[] xlsx) {
        return rewrite(xlsx, ANY_PART, Style.PLAIN, true, doc -> {
            Map<Element, Map<String, String>> scopes = XmlTree.scopes(doc.root);
            doc.root.walk(e -> {
                Map<String, String> scope = scopes.get(e);
                Map<String, String> needed = new LinkedHashMap<>();
                if (!e.ns.isEmpty()) {
                    needed.put(e.prefix, e.ns);
                }
                for (Attr a : e.attrs) {
                    if (!a.isDeclaration() && !a.prefix().isEmpty() && !a.prefix().equals("xml")) {
                        needed.put(a.prefix(), a.ns());
                    }
                    if (!a.isDeclaration() && a.ns().equals(MC) && a.local().equals("Ignorable")) {
                        for (String p : a.value().trim().split("\\s+")) {
                            needed.put(p, scope.get(p));
                        }
                    }
                }
                e.attrs.removeIf(Attr::isDeclaration);
                List<Attr> declarations = new ArrayList<>();
                needed.forEach((p, uri) -> declarations.add(Attr.declaration(p, uri)));
                e.attrs.addAll(0, declarations);
            });
        });
    }

    /** (c) The root prefixed, each of its children declaring the spreadsheetml namespace as the default again. */
    static byte[] defaultNamespaceChildren(byte[] xlsx) {
        return rewrite(xlsx, XmlVariants::isSpreadsheetPart, Style.PLAIN, true, doc -> {
            String prefix = freePrefix(doc.root, "x");
            Element root = doc.root;
            root.prefix = prefix;
            root.attrs.replaceAll(a -> a.isDeclaration() && a.declared().isEmpty() ? Attr.declaration(prefix, MAIN) : a);
            for (Element child : root.elements()) {
                child.attrs.removeIf(a -> a.isDeclaration() && a.declared().isEmpty());
                child.attrs.add(0, Attr.declaration("", MAIN));
            }
        });
    }

    /** (d) The attributes of every element, namespace declarations included, in reverse order. */
    static byte[] attributesReversed(byte[] xlsx) {
        return rewrite(xlsx, ANY_PART, Style.PLAIN, true, doc -> doc.root.walk(e -> Collections.reverse(e.attrs)));
    }

    /** (e) Every shared-string cell written as an inline string; the sharedStrings part stays, unused. */
    static byte[] inlineStrings(byte[] xlsx) {
        LinkedHashMap<String, byte[]> parts = ZipParts.read(xlsx);
        inline(parts);
        return ZipParts.write(parts);
    }

    /** (f) Inline strings and no sharedStrings part at all: its relationship and content type gone too. */
    static byte[] noSharedStrings(byte[] xlsx) {
        LinkedHashMap<String, byte[]> parts = ZipParts.read(xlsx);
        String sst = inline(parts);
        parts.remove(sst);
        String workbookRels = "xl/_rels/workbook.xml.rels";
        parts.put(workbookRels, edit(parts.get(workbookRels), doc -> doc.root.children.removeIf(n ->
                n instanceof Element e && e.attr("Type").endsWith("/relationships/sharedStrings"))));
        parts.put("[Content_Types].xml", edit(parts.get("[Content_Types].xml"), doc -> doc.root.children.removeIf(n ->
                n instanceof Element e && ("/" + sst).equals(e.attr("PartName")))));
        return ZipParts.write(parts);
    }

    /**
     * (g) A UTF-8 BOM, an XML declaration in single quotes with extra white space, CRLF line breaks between the
     * elements of element content and between the attributes of a tag, on every XML part.
     */
    static byte[] crlfBom(byte[] xlsx) {
        Style style = new Style(true, true, '\'', "   ", " \r\n\t", "=", '"', "/>", "", "\r\n", "  ", Escaper.MINIMAL);
        return rewrite(xlsx, ANY_PART, style, true, doc -> { });
    }

    /** White space wherever the grammar allows it inside tags: around '=', before '/>' and in end tags. */
    static byte[] whitespaceInTags(byte[] xlsx) {
        Style style = new Style(false, false, '"', " ", "  ", " = ", '"', " />", " ", null, "", Escaper.MINIMAL);
        return rewrite(xlsx, ANY_PART, style, true, doc -> { });
    }

    /** Attribute values in single quotes, on every XML part. */
    static byte[] singleQuotes(byte[] xlsx) {
        return rewrite(xlsx, ANY_PART, Style.PLAIN.withAttributeQuote('\''), true, doc -> { });
    }

    /** (h) Every internal relationship target an absolute part name ({@code /xl/worksheets/sheet1.xml}). */
    static byte[] absoluteTargets(byte[] xlsx) {
        LinkedHashMap<String, byte[]> parts = ZipParts.read(xlsx);
        for (String name : List.copyOf(parts.keySet())) {
            if (!name.endsWith(".rels")) {
                continue;
            }
            // xl/_rels/workbook.xml.rels → xl/workbook.xml, _rels/.rels → "" (the package root)
            String source = name.replace("_rels/", "").replaceAll("\\.rels$", "");
            URI base = URI.create("/" + source);
            parts.put(name, edit(parts.get(name), doc -> doc.root.walk(e -> {
                if (e.local.equals("Relationship") && !"External".equals(e.attr("TargetMode"))) {
                    e.setAttr("Target", base.resolve(e.attr("Target")).getPath());
                }
            })));
        }
        return ZipParts.write(parts);
    }

    /**
     * (i) Comments and processing instructions before the root and between elements, a comment splitting a
     * {@code <v>} and a PI splitting a {@code <t>}, the texts with a thousands comma as CDATA, and text written
     * with character references ({@code &#x4E2D;} for 中, {@code &#24515;} for 心) and the five predefined entities
     * (the content's 偏差原因 of 成本指标 holds all five characters).
     */
    static byte[] commentsPisEntities(byte[] xlsx) {
        Escaper entities = new Escaper() {
            @Override
            public String text(String s) {
                return references(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&apos;"));
            }

            @Override
            public String attribute(String s, char quote) {
                return references(Escaper.MINIMAL.attribute(s, quote).replace(">", "&gt;").replace("'", "&apos;"));
            }

            private String references(String s) {
                return s.replace("中", "&#x4E2D;").replace("心", "&#24515;");
            }
        };
        boolean[] split = new boolean[2];
        return rewrite(xlsx, ANY_PART, Style.PLAIN.withEscaper(entities), true, doc -> {
            doc.prolog.add(new Comment(" jixiao producer corpus: a comment before the root "));
            doc.prolog.add(new Pi("jixiao-corpus", "a processing instruction before the root"));
            doc.epilog.add(new Comment(" and one after it "));
            doc.root.walk(e -> {
                if (XmlTree.elementOnly(e)) {
                    sprinkle(e);
                } else if (e.ns.equals(MAIN) && e.local.equals("v") && !split[0] && e.text().length() >= 2) {
                    String v = e.text();
                    e.children.clear();
                    e.children.addAll(List.of(new Text(v.substring(0, 1), false), new Comment(" split "),
                            new Text(v.substring(1), false)));
                    split[0] = true;
                } else if (e.ns.equals(MAIN) && e.local.equals("t")) {
                    String t = e.text();
                    e.children.clear();
                    if (t.contains(",")) {
                        e.children.add(new Text(t, true));
                    } else if (!split[1] && t.length() >= 2) {
                        e.children.addAll(List.of(new Text(t.substring(0, 1), false), new Pi("jixiao-corpus", "split"),
                                new Text(t.substring(1), false)));
                        split[1] = true;
                    } else {
                        e.children.add(new Text(t, false));
                    }
                }
            });
        });
    }

    private static void sprinkle(Element e) {
        List<Node> children = new ArrayList<>();
        int i = 0;
        for (Node child : e.children) {
            if (child instanceof Element) {
                if (i % 3 == 0) {
                    children.add(new Comment(" " + e.local + " " + i + " "));
                } else if (i % 3 == 1) {
                    children.add(new Pi("jixiao-corpus", e.local + " " + i));
                }
                i++;
            }
            children.add(child);
        }
        e.children.clear();
        e.children.addAll(children);
    }

    /**
     * (j) Cells without an {@code r} wherever the spec lets the reference be implied: a cell right after the
     * previous one in its row, or the first in column A. Rows keep theirs: POI 5 reads a row without {@code r} as
     * row 0, so no reference reading exists for it.
     */
    static byte[] implicitCellReferences(byte[] xlsx) {
        PartFilter worksheets = (name, doc) -> name.startsWith("xl/worksheets/");
        return rewrite(xlsx, worksheets, Style.PLAIN, false, doc -> doc.root.walk(e -> {
            if (e.ns.equals(MAIN) && e.local.equals("row")) {
                int previous = -1;
                for (Element c : e.elements()) {
                    if (!c.local.equals("c") || c.attr("r") == null) {
                        continue;
                    }
                    int col = new CellReference(c.attr("r")).getCol();
                    if (col == previous + 1) {
                        c.removeAttr("r");
                    }
                    previous = col;
                }
            }
        }));
    }

    /**
     * Beyond the list: an {@code <extLst>} at the end of the worksheet whose extension holds elements with
     * the local names of the cell table in a foreign namespace, once prefixed and once unprefixed under a
     * re-bound default namespace: a sheetData, a row and a cell over H23 (总分's 得分) and a mergeCells over the
     * indicator table. The schema lets an {@code <ext>} hold anything; readers that match names without their
     * namespace see cells and merges that are not there. POI keeps the extension and ignores it.
     */
    static byte[] foreignNamespaceExtension(byte[] xlsx) {
        String foreign = "urn:jixiao:producer-corpus";
        return rewrite(xlsx, (name, doc) -> name.startsWith("xl/worksheets/") && doc.root.local.equals("worksheet"),
                Style.PLAIN, false, doc -> {
                    String p = doc.root.prefix;
                    Element ext = new Element(p, MAIN, "ext");
                    ext.attrs.add(Attr.declaration("j", foreign));
                    ext.attrs.add(new Attr("", "", "uri", "{6F1C0A35-2B4D-4E0B-9C1A-7A11A0C0DE15}"));
                    ext.children.add(table("j", foreign, "H23", "0"));
                    Element rebound = table("", foreign, "E6", "1");
                    rebound.attrs.add(0, Attr.declaration("", foreign));
                    ext.children.add(rebound);
                    Element merges = new Element("", foreign, "mergeCells");
                    merges.attrs.add(Attr.declaration("", foreign));
                    Element merge = new Element("", foreign, "mergeCell");
                    merge.attrs.add(new Attr("", "", "ref", "D13:H22"));
                    merges.children.add(merge);
                    ext.children.add(merges);
                    Element list = new Element(p, MAIN, "extLst");
                    list.children.add(ext);
                    doc.root.children.add(list);
                });
    }

    /** {@code <sheetData><row r=N><c r=REF t="n"><v>VALUE</v></c></row></sheetData>} in namespace ns. */
    private static Element table(String prefix, String ns, String ref, String value) {
        Element sheetData = new Element(prefix, ns, "sheetData");
        Element row = new Element(prefix, ns, "row");
        row.attrs.add(new Attr("", "", "r", String.valueOf(new CellReference(ref).getRow() + 1)));
        Element c = new Element(prefix, ns, "c");
        c.attrs.add(new Attr("", "", "r", ref));
        c.attrs.add(new Attr("", "", "t", "n"));
        Element v = new Element(prefix, ns, "v");
        v.children.add(new Text(value, false));
        c.children.add(v);
        row.children.add(c);
        sheetData.children.add(row);
        return sheetData;
    }

    /** Replaces every shared-string cell of every worksheet with an inline string; returns the sst part's name. */
    private static String inline(Map<String, byte[]> parts) {
        String sst = "xl/sharedStrings.xml";
        List<Element> items = XmlTree.parse(parts.get(sst)).root.elements();
        for (String name : List.copyOf(parts.keySet())) {
            if (!name.startsWith("xl/worksheets/") || !name.endsWith(".xml")) {
                continue;
            }
            parts.put(name, edit(parts.get(name), doc -> doc.root.walk(c -> {
                if (!c.ns.equals(MAIN) || !c.local.equals("c") || !"s".equals(c.attr("t"))) {
                    return;
                }
                Element v = c.elements().stream().filter(e -> e.local.equals("v")).findFirst().orElseThrow();
                Element item = items.get(Integer.parseInt(v.text().trim()));
                Element is = new Element(c.prefix, MAIN, "is");
                for (Element run : item.elements()) {
                    if (run.local.equals("t") || run.local.equals("r")) {
                        is.children.add(copy(run, c.prefix));
                    }
                }
                c.children.set(c.children.indexOf(v), is);
                c.setAttr("t", "inlineStr");
            })));
        }
        return sst;
    }

    private static Element copy(Element e, String prefix) {
        Element copy = new Element(e.ns.equals(MAIN) ? prefix : e.prefix, e.ns, e.local);
        e.attrs.stream().filter(a -> !a.isDeclaration()).forEach(copy.attrs::add);
        for (Node child : e.children) {
            copy.children.add(child instanceof Element c ? copy(c, prefix) : child);
        }
        return copy;
    }

    private static boolean isSpreadsheetPart(String name, Document doc) {
        return doc.root.ns.equals(MAIN);
    }

    private interface PartFilter {
        boolean test(String name, Document doc);
    }

    private static final PartFilter ANY_PART = (name, doc) -> true;

    /** Rewrites the XML parts {@code parts} accepts; checks each against the original when it must mean the same. */
    private static byte[] rewrite(byte[] xlsx, PartFilter parts, Style style, boolean sameMeaning,
                                  Consumer<Document> change) {
        LinkedHashMap<String, byte[]> entries = ZipParts.read(xlsx);
        for (Map.Entry<String, byte[]> part : entries.entrySet()) {
            if (!ZipParts.isXml(part.getKey())) {
                continue;
            }
            Document doc = XmlTree.parse(part.getValue());
            if (!parts.test(part.getKey(), doc)) {
                continue;
            }
            String before = XmlTree.infoset(doc);
            change.accept(doc);
            byte[] written = XmlTree.write(doc, style);
            String after = XmlTree.infoset(XmlTree.parse(written)); // throws on an unbound prefix
            if (sameMeaning && !before.equals(after)) {
                throw new IllegalStateException("the transformation changed what " + part.getKey() + " means");
            }
            part.setValue(written);
        }
        return ZipParts.write(entries);
    }

    private static byte[] edit(byte[] xml, Consumer<Document> change) {
        Document doc = XmlTree.parse(xml);
        change.accept(doc);
        return XmlTree.write(doc, Style.PLAIN);
    }

    private static String freePrefix(Element root, String wanted) {
        Set<String> used = new HashSet<>();
        root.walk(e -> {
            used.add(e.prefix);
            e.attrs.forEach(a -> used.add(a.isDeclaration() ? a.declared() : a.prefix()));
        });
        String prefix = wanted;
        for (int i = 2; used.contains(prefix); i++) {
            prefix = wanted + i;
        }
        return prefix;
    }
}
