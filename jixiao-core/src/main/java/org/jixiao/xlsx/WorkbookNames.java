package org.jixiao.xlsx;

import java.util.HashSet;
import java.util.Set;

/**
 * The defined names of a workbook part as far as printing needs them: which sheets have a print area of their
 * own, and where new names go so the part keeps CT_Workbook's element order — inside an existing
 * {@code <definedNames>}, or in a new one after {@code <sheets>} (and any functionGroups or externalReferences)
 * and before calcPr and whatever follows it. Immutable once scanned.
 */
public final class WorkbookNames {

    /** CT_Workbook's children that come after definedNames. */
    private static final Set<String> AFTER_DEFINED_NAMES = Set.of("calcPr", "oleSize", "customWorkbookViews",
            "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst");

    private final Set<Integer> printAreas = new HashSet<>();
    /** Where names go, and whether a definedNames element must be opened there (or an empty one replaced). */
    private int at = -1;
    private int replaceEnd = -1;
    private boolean open;
    /** What an unprefixed element written at {@link #at} must declare to be in the spreadsheet namespace. */
    private String declaration = "";

    private WorkbookNames() {
    }

    public static WorkbookNames scan(byte[] workbook) throws NotLean {
        WorkbookNames names = new WorkbookNames();
        XmlCursor xml = new XmlCursor(workbook);
        xml.root("workbook", XmlCursor.MAIN);
        String rootDeclaration = PartEdits.declarationFor(xml);
        boolean sheetsSeen = false;
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.depth() == 2) {
                if (xml.is("sheets")) {
                    sheetsSeen = true;
                } else if (xml.is("definedNames")) {
                    if (xml.selfClosing()) {
                        // an empty <definedNames/> is replaced by a new element in the root's scope
                        names.at = xml.tokenStart();
                        names.replaceEnd = xml.tokenEnd();
                        names.open = true;
                        names.declaration = rootDeclaration;
                    } else {
                        names.declaration = PartEdits.declarationFor(xml);
                        names.readNames(xml);
                    }
                } else if (sheetsSeen && names.at < 0 && (!xml.inRootNamespace()
                        || AFTER_DEFINED_NAMES.contains(xml.localName()))) {
                    names.at = xml.tokenStart();
                    names.open = true;
                    names.declaration = rootDeclaration;
                }
            } else if (t == XmlCursor.END && xml.depth() == 0 && names.at < 0) {
                names.at = xml.tokenStart();
                names.open = true;
                names.declaration = rootDeclaration;
            }
        }
        if (!sheetsSeen) {
            throw new NotLean("workbook without sheets");
        }
        return names;
    }

    /** Reads the names up to {@code </definedNames>}, which is where new ones go. */
    private void readNames(XmlCursor xml) throws NotLean {
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.is("definedName")) {
                String name = xml.attr("name");
                String sheet = xml.attr("localSheetId");
                if ("_xlnm.Print_Area".equalsIgnoreCase(name) && sheet != null) {
                    try {
                        printAreas.add(Integer.parseInt(sheet.strip()));
                    } catch (NumberFormatException e) {
                        throw new NotLean("localSheetId " + sheet);
                    }
                }
                xml.skipElement();
            } else if (t == XmlCursor.END && xml.is("definedNames")) {
                at = xml.tokenStart();
                return;
            }
        }
        throw new NotLean("unterminated definedNames");
    }

    /** Whether the sheet at this zero-based position has a print area of its own. */
    public boolean hasPrintArea(int localSheetId) {
        return printAreas.contains(localSheetId);
    }

    /** Adds {@code <definedName>} elements, written unprefixed and undeclared, to the workbook part. */
    public void add(Splices workbook, String definedNames) {
        if (definedNames.isEmpty()) {
            return;
        }
        if (!open) {
            workbook.insert(at, declaration.isEmpty() ? definedNames
                    : definedNames.replace("<definedName ", "<definedName" + declaration + " "));
            return;
        }
        // the children inherit the default namespace the new element declares, where it must declare one
        String element = "<definedNames" + declaration + ">" + definedNames + "</definedNames>";
        if (replaceEnd >= 0) {
            workbook.replace(at, replaceEnd, element);
        } else {
            workbook.insert(at, element);
        }
    }
}
