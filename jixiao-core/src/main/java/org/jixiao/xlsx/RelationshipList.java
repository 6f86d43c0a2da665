package org.jixiao.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * A relationships part as written, targets not yet resolved against the part's folder: read from the bytes
 * alone, so one producer's identical parts are read once per batch ({@link KnownParts}).
 */
record RelationshipList(List<XlsxPackage.Relationship> list) {

    static RelationshipList parse(String part, byte[] bytes) throws NotLean {
        List<XlsxPackage.Relationship> list = new ArrayList<>();
        XmlCursor xml = new XmlCursor(bytes);
        xml.root("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.is("Relationship")) {
                String id = xml.attr("Id");
                String type = xml.attr("Type");
                String target = xml.attr("Target");
                if (id == null || type == null || target == null) {
                    throw new NotLean("incomplete relationship in " + part);
                }
                list.add(new XlsxPackage.Relationship(id, type, target, "External".equals(xml.attr("TargetMode"))));
            }
        }
        return new RelationshipList(List.copyOf(list));
    }
}
