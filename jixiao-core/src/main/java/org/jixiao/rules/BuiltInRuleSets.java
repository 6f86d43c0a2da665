package org.jixiao.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule sets shipped with jixiao: {@code national-project-2020} (the national self-evaluation practice, the
 * default) and {@code department-overall-reference} (财预〔2013〕53号 framework with a representative local
 * weighting). Each can be exported as an editable folder of CSV files, with the 测试 table it ships
 * ({@link ExpectationTable#builtIn}) that checks it against the project's sample workbooks. Thread-safe.
 */
public final class BuiltInRuleSets {

    public static final String NATIONAL = "national-project-2020";
    public static final String DEPARTMENT = "department-overall-reference";
    private static final List<String> NAMES = List.of(NATIONAL, DEPARTMENT);

    private BuiltInRuleSets() {
    }

    /**
     * Each set is parsed once, on first use, in a holder of its own rather than in this class's initialiser: two
     * threads can then load the two sets at once ({@code Main} does, while a batch starts up).
     */
    private static final class National {
        static final RuleSet SET = loadBuiltIn(NATIONAL);
    }

    private static final class Department {
        static final RuleSet SET = loadBuiltIn(DEPARTMENT);
    }

    public static List<String> names() {
        return NAMES;
    }

    /** The national default, loaded once. */
    public static RuleSet national() {
        return National.SET;
    }

    /** A built-in set by name, each loaded once. */
    public static Optional<RuleSet> find(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(name.equals(NATIONAL) ? National.SET : Department.SET);
    }

    /**
     * Writes 指标规则.csv, 等级.csv, 设置.csv and the set's 测试.csv (the expectations {@code jixiao rules test}
     * checks, naming sample workbooks) into dir as UTF-8 with a BOM, which Excel and WPS open with the Chinese
     * intact.
     *
     * @return the files written
     */
    public static List<Path> export(String name, Path dir) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("未知的内置规则集“" + name + "”；可用：" + String.join("、", NAMES));
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (RuleTables.Table table : RuleTables.Table.values()) {
            Path file = dir.resolve(table.chinese + ".csv");
            Files.writeString(file, "\uFEFF" + resource(name, table), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    /** The files {@link #export} writes into dir, so a caller can decline to overwrite a user's edited copy. */
    public static List<Path> exportFiles(Path dir) {
        return java.util.Arrays.stream(RuleTables.Table.values()).map(t -> dir.resolve(t.chinese + ".csv")).toList();
    }

    /** The 测试 table shipped with a built-in set, as CSV text. */
    static String tests(String name) {
        return resource(name, RuleTables.Table.TESTS);
    }

    private static RuleSet loadBuiltIn(String name) {
        List<RuleSetError> errors = new ArrayList<>();
        Map<RuleTables.Table, RawTable> tables = new EnumMap<>(RuleTables.Table.class);
        for (RuleTables.Table table : RuleTables.SCORING) {
            tables.put(table, RuleTables.fromText(table.chinese + ".csv", resource(name, table), errors));
        }
        RuleSetLoad load = RuleSetLoader.build(name, new RuleTables.Read(tables, errors, List.of()));
        return load.ruleSet().orElseThrow(() -> new IllegalStateException("built-in rule set " + name
                + " is invalid: " + load.errors()));
    }

    private static String resource(String name, RuleTables.Table table) {
        String path = "builtin/" + name + "/" + table.english + ".csv";
        try (InputStream in = BuiltInRuleSets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
