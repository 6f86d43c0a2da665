package org.jixiao.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jixiao.read.FigureParser;

/**
 * A rule set's 测试 table: the {@link Expectation}s that {@code jixiao rules test} and
 * {@code org.jixiao.testing.RuleSetCheck} check the set against, read from 测试.csv (or tests.csv) beside the other
 * tables, from a sheet 测试 (or tests) of a rule-set workbook, or from a built-in set. Columns, Chinese or English:
 * 样例工作簿 (sample), 工作表 (sheet), 指标 (figure), 期望值 (expected), 说明 (note); 工作表 and 说明 may be
 * left out. Encodings as for the other tables. Every mistake is reported at its file, line and column, as
 * {@link RuleSetLoader} does; a table with any is not run. A mistake here never makes the rule set itself
 * unusable. Immutable and thread-safe.
 *
 * @param file         the table's file as errors name it; empty when the set has no 测试 table
 * @param expectations the rows, in file order; empty when there are errors
 * @param errors       every mistake found, empty when the table can be run
 * @param notes        notes such as the encoding detected
 */
public record ExpectationTable(String file, List<Expectation> expectations, List<RuleSetError> errors,
                               List<String> notes) {

    private static final String SAMPLE = "样例工作簿";
    private static final String SHEET = "工作表";
    private static final String FIGURE = "指标";
    private static final String EXPECTED = "期望值";
    private static final String NOTE = "说明";

    /** Each column by its Chinese name, with the other names it may have (compared case-insensitively). */
    private static final Map<String, List<String>> COLUMNS = columns();

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put(SAMPLE, List.of("样例", "工作簿", "sample", "workbook"));
        columns.put(SHEET, List.of("sheet"));
        columns.put(FIGURE, List.of("figure", "indicator"));
        columns.put(EXPECTED, List.of("期望", "expected"));
        columns.put(NOTE, List.of("备注", "note"));
        return java.util.Collections.unmodifiableMap(columns);
    }

    private static final Set<String> REQUIRED = Set.of(SAMPLE, FIGURE, EXPECTED);

    public ExpectationTable {
        Objects.requireNonNull(file, "file");
        expectations = List.copyOf(expectations);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** True when the table was read without mistakes and holds at least one expectation. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * The 测试 table of a rule set on disk: 测试.csv or tests.csv in its folder, or the sheet 测试 or tests of its
     * workbook. A set without one gives an error saying where the table belongs.
     */
    public static ExpectationTable load(Path ruleSet) {
        String name = ruleSet.getFileName() == null ? ruleSet.toString() : ruleSet.getFileName().toString();
        Set<RuleTables.Table> tests = Set.of(RuleTables.Table.TESTS);
        RuleTables.Read read;
        if (Files.isDirectory(ruleSet)) {
            read = RuleTables.fromFolder(ruleSet, tests);
        } else if (Files.isRegularFile(ruleSet) && name.toLowerCase(Locale.ROOT).matches(".*\\.xlsx?")) {
            read = RuleTables.fromWorkbook(ruleSet, tests);
        } else {
            return failed(name, new RuleSetError(name, 0, "", "", RuleSetError.Code.UNREADABLE_FILE,
                    "规则集应为文件夹或 .xlsx 文件，测试表是其中的 测试.csv 或名为“测试”的工作表"), noTables());
        }
        RawTable table = read.tables().get(RuleTables.Table.TESTS);
        if (table == null) {
            if (!read.errors().isEmpty()) {
                return new ExpectationTable(name, List.of(), read.errors(), read.notes());
            }
            return failed(name, new RuleSetError(name, 0, "", "", RuleSetError.Code.MISSING_TABLE,
                    "没有测试表：在规则集文件夹中加 测试.csv，或在规则集工作簿中加名为“测试”的工作表，列为 "
                            + String.join("、", COLUMNS.keySet())), read);
        }
        return parse(table, read.errors(), read.notes());
    }

    /**
     * The 测试 table shipped with a built-in set, which {@link BuiltInRuleSets#export} writes as 测试.csv.
     *
     * @throws IllegalArgumentException for a name that is not a built-in set, listing those that are
     */
    public static ExpectationTable builtIn(String name) {
        if (!BuiltInRuleSets.names().contains(name)) {
            throw new IllegalArgumentException("未知的内置规则集“" + name + "”；可用：" + String.join("、",
                    BuiltInRuleSets.names()));
        }
        List<RuleSetError> errors = new ArrayList<>();
        RawTable table = RuleTables.fromText(RuleTables.Table.TESTS.chinese + ".csv", BuiltInRuleSets.tests(name),
                errors);
        return parse(table, errors, List.of());
    }

    private static RuleTables.Read noTables() {
        return new RuleTables.Read(Map.of(), List.of(), List.of());
    }

    private static ExpectationTable failed(String file, RuleSetError error, RuleTables.Read read) {
        List<RuleSetError> errors = new ArrayList<>(read.errors());
        errors.add(error);
        return new ExpectationTable(file, List.of(), errors, read.notes());
    }

    private static ExpectationTable parse(RawTable table, List<RuleSetError> readErrors, List<String> notes) {
        List<RuleSetError> errors = new ArrayList<>(readErrors);
        Map<String, String> headers = checkColumns(table, errors);
        List<Expectation> expectations = new ArrayList<>();
        // an unknown column stops nothing; without a required one every row would only repeat that
        if (headers.keySet().containsAll(REQUIRED)) {
            for (RawTable.Row row : table.rows()) {
                row(table.file(), row, headers, errors).ifPresent(expectations::add);
            }
            if (table.rows().isEmpty()) {
                errors.add(new RuleSetError(table.file(), 0, "", "", RuleSetError.Code.MISSING_VALUE,
                        "测试表没有任何测试行；每行写一个期望：样例工作簿、工作表、指标（或 总分、等级、预算执行）、期望值"));
            }
        }
        return new ExpectationTable(table.file(), errors.isEmpty() ? expectations : List.of(), errors, notes);
    }

    /** Checks the header and maps each canonical column to the header cell that holds it. */
    private static Map<String, String> checkColumns(RawTable table, List<RuleSetError> errors) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header : table.header()) {
            String h = FigureParser.normalize(header);
            if (h.isEmpty()) {
                continue;
            }
            Optional<String> canonical = COLUMNS.entrySet().stream()
                    .filter(e -> e.getKey().equals(h) || e.getValue().stream().anyMatch(h::equalsIgnoreCase))
                    .map(Map.Entry::getKey).findFirst();
            if (canonical.isEmpty()) {
                errors.add(new RuleSetError(table.file(), 1, header, "", RuleSetError.Code.UNKNOWN_COLUMN,
                        "未知的列名；可用列：" + String.join("、", COLUMNS.keySet()) + "（或 sample、sheet、figure、"
                                + "expected、note）"));
            } else {
                headers.putIfAbsent(canonical.get(), header);
            }
        }
        for (String column : COLUMNS.keySet()) {
            if (REQUIRED.contains(column) && !headers.containsKey(column)) {
                errors.add(new RuleSetError(table.file(), 1, column, "", RuleSetError.Code.MISSING_COLUMN,
                        "缺少必需的列“" + column + "”"));
            }
        }
        return headers;
    }

    private static Optional<Expectation> row(String file, RawTable.Row row, Map<String, String> headers,
                                             List<RuleSetError> errors) {
        String sample = cell(row, headers, SAMPLE);
        String figure = cell(row, headers, FIGURE);
        String expected = cell(row, headers, EXPECTED);
        int before = errors.size();
        for (String column : List.of(SAMPLE, FIGURE, EXPECTED)) {
            if (cell(row, headers, column).isEmpty()) {
                errors.add(new RuleSetError(file, row.line(), column, "", RuleSetError.Code.MISSING_VALUE,
                        "“" + column + "”不能为空"));
            }
        }
        Expectation expectation = new Expectation(file, row.line(), sample, cell(row, headers, SHEET), figure,
                expected);
        if (!expected.isEmpty() && expectation.kind() != Expectation.Kind.GRADE
                && expectation.expectedNumber().isEmpty()) {
            errors.add(new RuleSetError(file, row.line(), EXPECTED, expected, RuleSetError.Code.BAD_NUMBER,
                    "期望值应为数字，如 92.44（按两位小数比较）；只有“等级”行写等级文字，如 优"));
        }
        return errors.size() == before ? Optional.of(expectation) : Optional.empty();
    }

    private static String cell(RawTable.Row row, Map<String, String> headers, String column) {
        String header = headers.get(column);
        if (header == null) {
            return "";
        }
        String value = row.cells().get(header);
        return value == null ? "" : value.strip();
    }
}
