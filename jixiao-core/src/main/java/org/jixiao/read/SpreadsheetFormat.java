package org.jixiao.read;

import java.util.Locale;

/**
 * The real format of a workbook, found from its bytes rather than its name: OLE2 is .xls, and an OOXML package is
 * told apart by its workbook part's content type. A filled copy is written in the same format, under the
 * extension that names it, so that Excel opens it (Excel refuses an .xlsx whose content type says macro-enabled).
 */
public enum SpreadsheetFormat {
    /** Office Open XML workbook (.xlsx). */
    XLSX("xlsx", "Excel 工作簿", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    /** Office Open XML macro-enabled workbook (.xlsm), its VBA project kept as it was. */
    XLSM("xlsm", "Excel 启用宏的工作簿", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
    /** Office Open XML template (.xltx); batch folders leave templates out, a named one is read. */
    XLTX("xltx", "Excel 模板", "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"),
    /** Office Open XML macro-enabled template (.xltm). */
    XLTM("xltm", "Excel 启用宏的模板", "application/vnd.ms-excel.template.macroEnabled.main+xml"),
    /** Excel 97–2003 binary workbook (.xls). */
    XLS("xls", "Excel 97-2003 工作簿", "");

    private final String extension;
    private final String chineseName;
    private final String mainContentType;

    SpreadsheetFormat(String extension, String chineseName, String mainContentType) {
        this.extension = extension;
        this.chineseName = chineseName;
        this.mainContentType = mainContentType;
    }

    /** The file extension that matches this format, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format's name in Excel's and WPS's Save As list, e.g. Excel 启用宏的工作簿. */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The OOXML format whose workbook part has this content type; one jixiao does not name (an add-in's) is
     * taken for a plain .xlsx.
     */
    static SpreadsheetFormat ofMainContentType(String contentType) {
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat format : values()) {
            if (!format.mainContentType.isEmpty() && type.equals(format.mainContentType.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return XLSX;
    }
}
