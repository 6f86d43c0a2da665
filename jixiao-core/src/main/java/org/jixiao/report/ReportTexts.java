package org.jixiao.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a report's text: a .docx through XWPF (body paragraphs and table cells in document order), anything else
 * as plain text in UTF-8 (with or without BOM), UTF-16 with a BOM, or else GBK (read as GB18030, its superset),
 * decided by whether the bytes decode strictly. The kind is decided by the content, not the name.
 */
final class ReportTexts {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    /** 一、 二、 …: a first-level heading. */
    static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+[、．.]");
    /** （一） …: a second-level heading. */
    static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]+[)）]");
    /** A line that starts a new paragraph by its numbering: 一、 （一） 1. 1、 (1) — but not 1.5. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^([一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[、．.](?!\\d))");
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile("[。！？!?：:；;】]$");

    private ReportTexts() {
    }

    static ReportReading read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new UnreadableReport(file, "TOO_LARGE", "文件超过 50 MB，不像是自评报告 / larger than 50 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new UnreadableReport(file, "NOT_FOUND", "文件不存在 / no such file");
        } catch (IOException e) {
            return new UnreadableReport(file, "NOT_FOUND", "无法读取文件 / cannot read the file: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return new UnreadableReport(file, "EMPTY", "文件为空（0 字节） / empty file");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return docx(file, bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return new UnreadableReport(file, "WORD_97", "Word 97-2003 或 WPS 文档（.doc/.wps），请在 Word 或 WPS 中另存为 .docx"
                    + " / a Word 97-2003 or WPS document: save it as .docx");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return new UnreadableReport(file, "PDF", "PDF 文件：请复制全文另存为 .txt，或转换为 .docx / a PDF: save its text"
                    + " as .txt or convert it to .docx");
        }
        if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            return new UnreadableReport(file, "RTF", "RTF 文件：请在 Word 或 WPS 中另存为 .docx / an RTF file: save it as .docx");
        }
        return text(file, bytes);
    }

    private static ReportReading docx(Path file, byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Passage> passages = new ArrayList<>();
            int paragraph = 0;
            int table = 0;
            String[] section = {"", ""};
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = joined(p.getText());
                    if (text.isBlank()) {
                        continue;
                    }
                    paragraph++;
                    heading(text, section);
                    passages.add(new Passage(text, paragraph, 0, 0, 0, sectionOf(section), new int[0], 0));
                } else if (element instanceof XWPFTable t) {
                    table++;
                    List<XWPFTableRow> rows = t.getRows();
                    for (int r = 0; r < rows.size(); r++) {
                        List<XWPFTableCell> cells = rows.get(r).getTableCells();
                        for (int c = 0; c < cells.size(); c++) {
                            passages.add(new Passage(joined(cells.get(c).getText()), 0, table, r + 1, c + 1,
                                    sectionOf(section), new int[0], 0));
                        }
                    }
                }
            }
            return new ReportText(file, "docx", "docx", passages);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("word/document.xml") || message.contains("No valid entries") || e instanceof
                    org.apache.poi.ooxml.POIXMLException) {
                return new UnreadableReport(file, "NOT_A_REPORT", "不是 Word 文档（.docx）：可能是 Excel 工作簿或其他压缩包"
                        + " / not a Word document");
            }
            return new UnreadableReport(file, "DAMAGED", "Word 文档已损坏，无法打开 / damaged .docx: " + message);
        }
    }

    private static ReportReading text(Path file, byte[] bytes) {
        Optional<String[]> decoded = decode(bytes);
        if (decoded.isEmpty()) {
            return new UnreadableReport(file, "NOT_TEXT", "既不是 .docx，也不是 UTF-8 或 GBK 编码的文本 / neither .docx nor"
                    + " text in UTF-8 or GBK");
        }
        String text = decoded.get()[0];
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Passage> passages = new ArrayList<>();
        String[] section = {"", ""};
        StringBuilder current = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int first = 0;
        int paragraph = 0;
        for (int i = 0; i <= lines.length; i++) {
            String raw = i < lines.length ? lines[i] : "";
            String line = strip(raw);
            boolean breakBefore = i == lines.length || line.isEmpty() || current.length() == 0
                    || ENDS_PARAGRAPH.matcher(current).find() || indented(raw) || NUMBERED.matcher(line).find()
                    || isHeading(current.toString());
            if (breakBefore && current.length() > 0) {
                paragraph++;
                heading(current.toString(), section);
                passages.add(new Passage(current.toString(), paragraph, 0, 0, 0, sectionOf(section),
                        starts.stream().mapToInt(Integer::intValue).toArray(), first));
                current.setLength(0);
                starts.clear();
            }
            if (i < lines.length && !line.isEmpty()) {
                if (current.length() == 0) {
                    first = i + 1;
                }
                starts.add(current.length());
                current.append(line);
            }
        }
        return new ReportText(file, "txt", decoded.get()[1], passages);
    }

    /** The text and the name of its encoding, or empty when the bytes are text in none of them. */
    static Optional<String[]> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(s -> new String[] {s, "UTF-8"});
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE).map(s -> new String[] {s, "UTF-16"});
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE).map(s -> new String[] {s, "UTF-16"});
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty(); // binary, or UTF-16 without a BOM
            }
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return Optional.of(new String[] {utf8.get(), "UTF-8"});
        }
        return strict(bytes, 0, Charset.forName("GB18030")).map(s -> new String[] {s, "GBK"});
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A paragraph's text with its line breaks (and the spaces around them) removed. */
    private static String joined(String text) {
        String[] lines = text.split("\r\n|\r|\n|\u000B");
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            s.append(strip(line));
        }
        return s.toString();
    }

    private static boolean indented(String raw) {
        return raw.startsWith("\u3000") || raw.startsWith("\t") || raw.startsWith("  ");
    }

    private static boolean isHeading(String paragraph) {
        return paragraph.length() <= 40 && !paragraph.contains("。")
                && (LEVEL1.matcher(paragraph).find() || LEVEL2.matcher(paragraph).find());
    }

    private static void heading(String text, String[] section) {
        if (!isHeading(text)) {
            return;
        }
        if (LEVEL1.matcher(text).find()) {
            section[0] = text;
            section[1] = "";
        } else {
            section[1] = text;
        }
    }

    private static String sectionOf(String[] section) {
        return section[1].isEmpty() ? section[0] : section[1];
    }

    private static String strip(String s) {
        return s.replaceAll("^[\\s\u3000\u00A0]+|[\\s\u3000\u00A0]+$", "");
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
