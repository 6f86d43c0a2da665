package org.jixiao.model;

/**
 * Why a whole file could not be read, each with a Chinese message that tells the person what to do. The codes
 * are stable: batch error reports and scripts key on them.
 * Immutable and thread-safe.
 */
public enum FailureReason {
    /** File not found. */
    NOT_FOUND("文件不存在或无法访问", "file not found"),
    /** Empty file. */
    EMPTY_FILE("文件为空（0 字节），请重新获取原文件", "empty file"),
    /** File, part or sheet too large. */
    TOO_LARGE("文件或其中的工作表超过大小或内存上限，请确认是否为评价表", "file, part or sheet too large"),
    /** Not an Office file. */
    NOT_OFFICE_FILE("不是 Excel 工作簿，请在 Excel 或 WPS 中打开后另存为 .xlsx", "not an Office file"),
    /** HTML file disguised as a workbook. */
    HTML_DISGUISED("实为网页（HTML）文件，只是扩展名为 .xls/.xlsx；请在 Excel 或 WPS 中打开后另存为 .xlsx",
            "HTML file disguised as a workbook"),
    /** SpreadsheetML 2003 XML. */
    SPREADSHEETML_2003("是“XML 电子表格 2003”格式；请在 Excel 或 WPS 中打开后另存为 .xlsx",
            "SpreadsheetML 2003 XML"),
    /** Excel 95 or older format. */
    OLD_EXCEL("是 Excel 95 或更早的格式；请另存为 .xlsx", "Excel 95 or older format"),
    /** Office file but not a workbook. */
    NOT_A_SPREADSHEET("是 Office 文件但不是电子表格（如 Word 文档），请提交评价表工作簿", "Office file but not a workbook"),
    /** Password-protected workbook. */
    ENCRYPTED("工作簿设有打开密码；请取消密码后另存为 .xlsx", "password-protected workbook"),
    /** Truncated file. */
    TRUNCATED("文件不完整（可能下载或复制中断）；请重新获取原文件", "truncated file"),
    /** Corrupt file. */
    CORRUPT("文件已损坏，无法解析；请在 Excel 或 WPS 中打开修复后另存为 .xlsx", "corrupt file"),
    /** Strict OOXML workbook. */
    STRICT_OOXML("是“Strict Open XML”格式的工作簿；请在 Excel 中另存为普通的“Excel 工作簿 (.xlsx)”",
            "Strict OOXML workbook"),
    /** WPS Spreadsheets' own .et format; in WPS use File → Save As → Excel Workbook (*.xlsx). */
    WPS_NATIVE("是 WPS 表格专有格式（.et），无法读取；请在 WPS 中打开，选择 文件 → 另存为 → Excel 工作簿(*.xlsx) 后再提交",
            "WPS Spreadsheets' own .et format; in WPS use File → Save As → Excel Workbook (*.xlsx)"),
    /** Zip bomb guard. */
    ZIP_BOMB_GUARD("压缩比异常（疑似压缩炸弹），已拒绝读取", "zip bomb guard"),
    /** No evaluation table found. */
    NO_EVALUATION_TABLE("未找到绩效评价表：没有含“一级指标/二级指标/三级指标”与“得分”表头的表格",
            "no evaluation table found"),
    /** I/O error. */
    IO_ERROR("读取文件时出错", "I/O error");

    private final String chinese;
    private final String english;

    FailureReason(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /**
     * What happened and what to do, in Chinese.
     *
     * @return the message, e.g. 工作簿设有打开密码；请取消密码后另存为 .xlsx
     */
    public String chinese() {
        return chinese;
    }

    /**
     * A short English description.
     *
     * @return the description, e.g. password-protected workbook
     */
    public String english() {
        return english;
    }
}
