package org.jixiao.xlsx;

import java.util.HashMap;
import java.util.Map;

/**
 * [Content_Types].xml as read: Default types by lower-case extension, Override types by lower-case part name,
 * and whether a spreadsheet workbook type is among them. Read from the bytes alone, once per batch for one
 * producer's identical parts ({@link KnownParts}).
 */
record ContentTypes(Map<String, String> defaults, Map<String, String> overrides, boolean workbookTypeDeclared) {

    static ContentTypes parse(String name, byte[] bytes) throws NotLean {
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        boolean workbookTypeDeclared = false;
        XmlCursor xml = new XmlCursor(bytes);
        xml.root("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.is("Default")) {
                String extension = xml.attr("Extension");
                String type = xml.attr("ContentType");
                if (extension == null || type == null) {
                    throw new NotLean("incomplete content type default");
                }
                XlsxPackage.checkMediaType(type);
                defaults.put(extension.toLowerCase(java.util.Locale.ROOT), type);
            } else if (t == XmlCursor.START && xml.is("Override")) {
                String part = xml.attr("PartName");
                String type = xml.attr("ContentType");
                if (part == null || type == null) {
                    throw new NotLean("incomplete content type override");
                }
                XlsxPackage.checkMediaType(type);
                overrides.put(part.toLowerCase(java.util.Locale.ROOT), type);
                if (type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main")
                        || type.startsWith("application/vnd.ms-excel.sheet.macroEnabled.main")
                        || type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.template.main")) {
                    workbookTypeDeclared = true;
                }
            }
        }
        return new ContentTypes(Map.copyOf(defaults), Map.copyOf(overrides), workbookTypeDeclared);
    }
}
