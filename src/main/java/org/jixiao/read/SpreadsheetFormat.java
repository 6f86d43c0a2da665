package org.jixiao.read;

/** The real format of a workbook, found from its bytes rather than its name. */
public enum SpreadsheetFormat {
    /** Office Open XML workbook (.xlsx). */
    XLSX("xlsx"),
    /** Excel 97–2003 binary workbook (.xls). */
    XLS("xls");

    private final String extension;

    SpreadsheetFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension that matches this format, without the dot. */
    public String extension() {
        return extension;
    }
}
