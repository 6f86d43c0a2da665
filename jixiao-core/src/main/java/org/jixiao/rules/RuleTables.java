package org.jixiao.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reads the tables of a rule set from CSV files (UTF-8 with or without BOM, GBK/GB18030 as Excel saves them on
 * Chinese Windows, UTF-16 "Unicode text") or from sheets of one workbook: the three that score, and the 测试 table
 * that {@code jixiao rules test} checks the set against.
 */
final class RuleTables {

    /** The tables, by canonical name, with the names their files or sheets may have. */
    enum Table {
        RULES("指标规则", "rules"), GRADES("等级", "grades"), SETTINGS("设置", "settings"), TESTS("测试", "tests");

        final String chinese;
        final String english;

        Table(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }
    }

    /** The tables found, any read errors, and notes such as the encoding detected. */
    record Read(Map<Table, RawTable> tables, List<RuleSetError> errors, List<String> notes) {
    }

    /**
     * The tables that score. The 测试 table is read only by {@link ExpectationTable}: a mistake in it never makes
     * the set unusable, and editing it leaves the set's SHA-256 as it was.
     */
    static final Set<Table> SCORING = Collections.unmodifiableSet(EnumSet.of(Table.RULES, Table.GRADES,
            Table.SETTINGS));

    private static final Charset GB18030 = Charset.forName("GB18030");

    private RuleTables() {
    }

    /** The tables of {@code wanted} that the folder holds, as 指标规则.csv or rules.csv and so on. */
    static Read fromFolder(Path folder, Set<Table> wanted) {
        Map<Table, RawTable> tables = new LinkedHashMap<>();
        List<RuleSetError> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Table table : wanted) {
            Optional<Path> file = find(folder, table);
            if (file.isEmpty()) {
                continue;
            }
            String name = file.get().getFileName().toString();
            try {
                Optional<String> text = decode(Files.readAllBytes(file.get()), name, errors, notes);
                if (text.isPresent()) {
                    tables.put(table, parseCsv(name, text.get(), errors));
                }
            } catch (IOException e) {
                errors.add(new RuleSetError(name, 0, "", "", RuleSetError.Code.UNREADABLE_FILE,
                        "无法读取文件：" + e.getMessage()));
            }
        }
        return new Read(tables, errors, notes);
    }

    /** The tables of {@code wanted} that the workbook holds as sheets named 指标规则 or rules and so on. */
    static Read fromWorkbook(Path file, Set<Table> wanted) {
        Map<Table, RawTable> tables = new LinkedHashMap<>();
        List<RuleSetError> errors = new ArrayList<>();
        String name = file.getFileName().toString();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (Table table : wanted) {
                Sheet sheet = workbook.getSheet(table.chinese);
                if (sheet == null) {
                    sheet = workbook.getSheet(table.english);
                }
                if (sheet != null) {
                    tables.put(table, fromSheet(name + "!" + sheet.getSheetName(), sheet));
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new RuleSetError(name, 0, "", "", RuleSetError.Code.UNREADABLE_FILE,
                    "无法作为工作簿读取：" + e.getMessage()));
        }
        return new Read(tables, errors, List.of());
    }

    /** Built-in rule sets ship as UTF-8 CSV resources. */
    static RawTable fromText(String file, String text, List<RuleSetError> errors) {
        return parseCsv(file, stripBom(text), errors);
    }

    /** True when the folder holds a 指标规则 table (指标规则.csv or rules.csv): it is a rule set. */
    static boolean holdsRules(Path folder) {
        return Files.isDirectory(folder) && find(folder, Table.RULES).isPresent();
    }

    private static Optional<Path> find(Path folder, Table table) {
        for (String stem : List.of(table.chinese, table.english)) {
            Path csv = folder.resolve(stem + ".csv");
            if (Files.isRegularFile(csv)) {
                return Optional.of(csv);
            }
        }
        return Optional.empty();
    }

    /**
     * UTF-8 (BOM or not) first; bytes that are not UTF-8 are Excel's Chinese-Windows default, GB18030 (a superset
     * of GBK), decoded strictly so that nothing is ever read as mojibake.
     */
    static Optional<String> decode(byte[] bytes, String file, List<RuleSetError> errors, List<String> notes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            notes.add(file + "：按 UTF-16 编码读取");
            return Optional.of(stripBom(new String(bytes, StandardCharsets.UTF_16LE)));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            notes.add(file + "：按 UTF-16 编码读取");
            return Optional.of(stripBom(new String(bytes, StandardCharsets.UTF_16BE)));
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return Optional.of(stripBom(utf8.get()));
        }
        Optional<String> gbk = strict(bytes, GB18030);
        if (gbk.isPresent()) {
            notes.add(file + "：不是 UTF-8，已按 GBK/GB18030 编码读取（Excel 中文版默认的 CSV 编码）");
            return gbk;
        }
        errors.add(new RuleSetError(file, 0, "", "", RuleSetError.Code.ENCODING,
                "无法识别文件编码；请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”，或在 WPS 中另存为 UTF-8 编码的 CSV"));
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static RawTable parseCsv(String file, String text, List<RuleSetError> errors) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains("\t") && !firstLine.contains(",") ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<String> header = new ArrayList<>();
        List<RawTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header.isEmpty()) {
                    header.addAll(cells);
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new RawTable.Row((int) parser.getCurrentLineNumber(), byHeader(header, cells)));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new RuleSetError(file, 0, "", "", RuleSetError.Code.UNREADABLE_FILE,
                    "CSV 格式错误（引号不成对？）：" + e.getMessage()));
        }
        return new RawTable(file, header, rows);
    }

    private static RawTable fromSheet(String file, Sheet sheet) {
        List<String> header = new ArrayList<>();
        List<RawTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), header.size()); c++) {
                cells.add(text(row.getCell(c)));
            }
            if (header.isEmpty()) {
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    header.addAll(cells);
                }
                continue;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new RawTable.Row(row.getRowNum() + 1, byHeader(header, cells)));
        }
        return new RawTable(file, header, rows);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }

    private static Map<String, String> byHeader(List<String> header, List<String> cells) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        return map;
    }
}
