package org.jixiao.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jixiao.read.FigureParser;

/**
 * Loads a rule set from a folder of CSV files (指标规则.csv, 等级.csv, 设置.csv — or rules/grades/settings.csv)
 * or from one workbook with those three sheets, and validates it, collecting every error before refusing it.
 * Stateless and thread-safe.
 */
public final class RuleSetLoader {

    private static final Map<String, String> RULE_COLUMNS = Map.of("编码", "code", "一级指标", "level1", "二级指标",
            "level2", "三级指标", "level3", "分值", "weight", "规则类型", "type", "参数", "params", "说明", "note");
    private static final Map<String, String> GRADE_COLUMNS = Map.of("等级", "grade", "区间", "interval", "说明", "note");
    private static final Map<String, String> SETTING_COLUMNS = Map.of(SettingsParser.KEY, "setting",
            SettingsParser.VALUE, "value", "说明", "note");

    private RuleSetLoader() {
    }

    /** Loads from a folder of CSV files or an .xlsx/.xls workbook. */
    public static RuleSetLoad load(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return build(name, RuleTables.fromFolder(path, RuleTables.SCORING));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(path) && (lower.endsWith(".xlsx") || lower.endsWith(".xls"))) {
            return build(name.substring(0, name.lastIndexOf('.')),
                    RuleTables.fromWorkbook(path, RuleTables.SCORING));
        }
        return new RuleSetLoad(Optional.empty(), List.of(new RuleSetError(name, 0, "", "",
                RuleSetError.Code.UNREADABLE_FILE, "规则集应为包含 指标规则.csv、等级.csv、设置.csv 的文件夹，或含这三张工作表的 .xlsx 文件")),
                List.of());
    }

    /**
     * Loads every rule set in a user's rules folder: the folder itself when it holds a 指标规则 table, else each
     * sub-folder that holds one and each .xlsx/.xls in it, in name order. Names starting with "." or "~$" (hidden
     * folders, Excel's lock files) are skipped.
     *
     * @return each set's path and load outcome; an empty map for a folder without rule sets
     * @throws IOException when the folder cannot be listed
     */
    public static Map<Path, RuleSetLoad> loadFolder(Path folder) throws IOException {
        Map<Path, RuleSetLoad> loads = new LinkedHashMap<>();
        if (RuleTables.holdsRules(folder)) {
            loads.put(folder, load(folder));
            return loads;
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.startsWith(".") || name.startsWith("~$")) {
                continue;
            }
            if (Files.isDirectory(entry) ? RuleTables.holdsRules(entry)
                    : lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                loads.put(entry, load(entry));
            }
        }
        return loads;
    }

    static RuleSetLoad build(String defaultName, RuleTables.Read read) {
        List<RuleSetError> errors = new ArrayList<>(read.errors());
        RawTable rulesTable = read.tables().get(RuleTables.Table.RULES);
        if (rulesTable == null) {
            if (read.errors().isEmpty()) {
                errors.add(new RuleSetError(defaultName, 0, "", "", RuleSetError.Code.MISSING_TABLE,
                        "缺少“指标规则”表（指标规则.csv 或名为“指标规则”的工作表）"));
            }
            return new RuleSetLoad(Optional.empty(), errors, read.notes());
        }
        checkColumns(rulesTable, RULE_COLUMNS, Set.of("规则类型"), errors);
        int beforeRows = errors.size();
        List<RuleRow> rows = RuleRows.parse(rulesTable, errors);
        boolean rowsComplete = errors.size() == beforeRows;
        GradeScale grades = GradeScale.NATIONAL;
        RawTable gradesTable = read.tables().get(RuleTables.Table.GRADES);
        if (gradesTable != null) {
            checkColumns(gradesTable, GRADE_COLUMNS, Set.of("等级", "区间"), errors);
            grades = grades(gradesTable, errors).orElse(GradeScale.NATIONAL);
        }
        SettingsParser.Parsed settings = new SettingsParser.Parsed(Settings.DEFAULTS, Optional.empty(), Optional.empty());
        RawTable settingsTable = read.tables().get(RuleTables.Table.SETTINGS);
        if (settingsTable != null) {
            checkColumns(settingsTable, SETTING_COLUMNS, Set.of(SettingsParser.KEY, SettingsParser.VALUE), errors);
            settings = SettingsParser.parse(settingsTable, errors);
        }
        RuleSetChecks.check(rulesTable.file(), rows, rowsComplete, grades, settings.settings(), errors);
        if (!errors.isEmpty()) {
            return new RuleSetLoad(Optional.empty(), errors, read.notes());
        }
        RuleSet ruleSet = new RuleSet(settings.name().orElse(defaultName), settings.version().orElse(""),
                sha256(read.tables()), rows, grades, settings.settings());
        return new RuleSetLoad(Optional.of(ruleSet), List.of(), read.notes());
    }

    private static void checkColumns(RawTable table, Map<String, String> known, Set<String> required,
                                     List<RuleSetError> errors) {
        Map<String, String> englishToChinese = new HashMap<>();
        known.forEach((zh, en) -> englishToChinese.put(en, zh));
        List<String> present = new ArrayList<>();
        for (String header : table.header()) {
            String h = FigureParser.normalize(header);
            if (h.isEmpty()) {
                continue;
            }
            String canonical = known.containsKey(h) ? h : englishToChinese.get(h.toLowerCase(Locale.ROOT));
            if (canonical == null) {
                errors.add(new RuleSetError(table.file(), 1, header, "", RuleSetError.Code.UNKNOWN_COLUMN,
                        "未知的列名；可用列：" + String.join("、", known.keySet())));
            } else {
                present.add(canonical);
            }
        }
        for (String column : required) {
            if (!present.contains(column)) {
                errors.add(new RuleSetError(table.file(), 1, column, "", RuleSetError.Code.MISSING_COLUMN,
                        "缺少必需的列“" + column + "”"));
            }
        }
    }

    private static Optional<GradeScale> grades(RawTable table, List<RuleSetError> errors) {
        List<GradeScale.Band> bands = new ArrayList<>();
        for (RawTable.Row row : table.rows()) {
            String label = SettingsParser.cell(row, "等级", "grade");
            String text = SettingsParser.cell(row, "区间", "interval");
            Optional<Interval> interval = Interval.parse(text);
            if (interval.isEmpty() || label.isEmpty()) {
                errors.add(new RuleSetError(table.file(), row.line(), "区间", text, RuleSetError.Code.BAD_INTERVAL,
                        "等级区间应写成如 [90,100] 或 [80,90)（方括号含端点，圆括号不含）"));
                continue;
            }
            bands.add(new GradeScale.Band(label, interval.get()));
        }
        IntervalChecks.check(bands.stream().map(GradeScale.Band::interval).toList(), true, (a, b, overlap) ->
                errors.add(new RuleSetError(table.file(), 0, "区间", a + " " + b, overlap
                        ? RuleSetError.Code.GRADES_OVERLAP : RuleSetError.Code.GRADES_GAP, overlap
                        ? "等级区间 " + a + " 与 " + b + " 重叠" : "等级区间 " + a + " 与 " + b + " 之间有空缺")));
        return bands.isEmpty() ? Optional.empty() : Optional.of(new GradeScale(bands));
    }

    /**
     * SHA-256 of the scoring tables' cells, so the same rules hash the same whether saved as UTF-8, GBK or xlsx,
     * and with or without a 测试 table.
     */
    private static String sha256(Map<RuleTables.Table, RawTable> tables) {
        StringBuilder canonical = new StringBuilder();
        for (RuleTables.Table table : RuleTables.SCORING) {
            RawTable raw = tables.get(table);
            if (raw == null) {
                continue;
            }
            canonical.append(table.chinese).append('\n').append(String.join("\u001f", raw.header())).append('\n');
            for (RawTable.Row row : raw.rows()) {
                canonical.append(String.join("\u001f", row.cells().values())).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
