package org.jixiao.write;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.jixiao.xlsx.CustomProperties;
import org.jixiao.xlsx.NotLean;
import org.jixiao.xlsx.PartEdits;
import org.jixiao.xlsx.Splices;
import org.jixiao.xlsx.XlsxPackage;

/**
 * Puts {@link OutputMarker}'s properties into a package the lean writer patches: into the producer's own
 * custom-properties part when it has one (its other properties kept), else into a new docProps/custom.xml with its
 * package relationship and content type. Stateless.
 */
final class LeanMarker {

    private static final String PACKAGE_RELS = "_rels/.rels";

    private LeanMarker() {
    }

    /**
     * Adds the marker's parts and edits to {@code replaced} and {@code created}; {@code override} declares the
     * content type of a new part.
     *
     * @throws NotLean when the package's custom-properties part or relationships cannot be spliced safely
     */
    static void add(XlsxPackage pkg, OutputMarker.Kind kind, Map<String, byte[]> replaced, Map<String, byte[]> created,
                    BiConsumer<String, String> override) throws NotLean {
        Map<String, String> properties = OutputMarker.properties(kind);
        Map<String, XlsxPackage.Relationship> rels = pkg.relationships(PACKAGE_RELS, "");
        Optional<XlsxPackage.Relationship> existing = rels.values().stream()
                .filter(r -> r.type().equals(CustomProperties.RELATIONSHIP) && !r.external()).findFirst();
        if (existing.isPresent()) {
            String part = existing.get().target();
            if (!pkg.has(part)) {
                throw new NotLean("custom properties relationship to a missing part " + part);
            }
            replaced.put(part, CustomProperties.with(pkg.bytes(part), properties));
            return;
        }
        if (!pkg.has(PACKAGE_RELS)) {
            throw new NotLean("no package relationships");
        }
        String part = CustomProperties.DEFAULT_PART;
        for (int i = 1; pkg.has(part) || created.containsKey(part); i++) {
            part = "docProps/custom" + i + ".xml"; // an unrelated part already took the usual name
        }
        String id = "rIdJxCustom";
        for (int i = 2; rels.containsKey(id); i++) {
            id = "rIdJxCustom" + i;
        }
        created.put(part, CustomProperties.part(properties));
        byte[] relsBytes = replaced.containsKey(PACKAGE_RELS) ? replaced.get(PACKAGE_RELS) : pkg.bytes(PACKAGE_RELS);
        PartEdits.Insertion end = PartEdits.endTagOf(relsBytes, "Relationships");
        Splices splices = new Splices(relsBytes);
        splices.insert(end.at(), "<Relationship" + end.namespaceDeclaration() + " Id=\"" + id + "\" Type=\""
                + CustomProperties.RELATIONSHIP + "\" Target=\"" + part + "\"/>");
        replaced.put(PACKAGE_RELS, splices.apply());
        override.accept(part, CustomProperties.CONTENT_TYPE);
    }
}
