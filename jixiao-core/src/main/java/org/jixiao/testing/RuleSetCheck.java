package org.jixiao.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.Expectation;
import org.jixiao.rules.ExpectationTable;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetError;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.rules.RuleSetLoader;
import org.jixiao.score.ScoredEvaluation;

/**
 * Checks a rule set against sample workbooks: each {@link Expectation} scores its sample with this set (forced,
 * as {@code --rules} does) and compares one figure — 总分, 等级, 预算执行, an indicator or a subtotal — with the
 * value expected, numbers at two decimals and the grade as text. What {@code jixiao rules test} runs, and what a
 * developer calls from JUnit:
 *
 * <pre>{@code
 * RuleSetCheck.of("national-project-2020").samples(Path.of("sample-workbooks"))
 *         .expect("hualong-2022-department.xlsx", "总分", "92.44")
 *         .expect("hualong-2022-department.xlsx", "等级", "优")
 *         .verify();
 * RuleSetCheck.load(Path.of("my-rules")).verify();   // a set on disk with its own 测试 table
 * }</pre>
 *
 * Each failure names the sample, sheet and cell of the figure in the scored sheet (where {@code jixiao score}
 * writes it) with the expected and actual value: {@code 样例.xlsx!评分表!J30：期望 82.00，实际 82.10 / expected
 * 82.00, got 82.10}. Immutable and thread-safe: every {@code expect} and {@code samples} returns a new check, and
 * {@link #run} keeps its state to itself.
 */
public final class RuleSetCheck {

    private final RuleSet rules;
    private final List<Path> sampleFolders;
    private final List<Expectation> expectations;

    private RuleSetCheck(RuleSet rules, List<Path> sampleFolders, List<Expectation> expectations) {
        this.rules = rules;
        this.sampleFolders = List.copyOf(sampleFolders);
        this.expectations = List.copyOf(expectations);
    }

    /**
     * A check of a built-in set with no expectations yet, looking for samples in the working directory.
     *
     * @param builtInName the set's name, e.g. {@code national-project-2020}
     * @return the check
     * @throws IllegalArgumentException for a name that is not a built-in set, listing those that are
     */
    public static RuleSetCheck of(String builtInName) {
        return of(builtInSet(builtInName));
    }

    /** A check of the given set with no expectations yet, looking for samples in the working directory. */
    static RuleSetCheck of(RuleSet rules) {
        return new RuleSetCheck(Objects.requireNonNull(rules, "rules"), List.of(Path.of("")), List.of());
    }

    private static RuleSet builtInSet(String name) {
        return BuiltInRuleSets.find(name).orElseThrow(() -> new IllegalArgumentException("未知的内置规则集“"
                + name + "”；可用：" + String.join("、", BuiltInRuleSets.names()) + " / no built-in rule set " + name));
    }

    /**
     * A built-in set with the 测试 table it ships with; its samples are those of the project's sample-workbooks
     * folder, so give that folder with {@link #samples}.
     *
     * @param name the set's name
     * @return the check with the set's own expectations
     * @throws IllegalArgumentException for a name that is not a built-in set, listing those that are
     */
    public static RuleSetCheck builtIn(String name) {
        return of(builtInSet(name)).expectAll(ExpectationTable.builtIn(name));
    }

    /**
     * A rule set on disk (a folder of CSV files or an .xlsx) with its own 测试 table, looking for samples beside
     * it ({@link #besides}).
     *
     * @param ruleSet the folder or workbook of the set
     * @return the check with the set's own expectations
     * @throws IllegalArgumentException when the set or its 测试 table has mistakes, listing every one
     */
    public static RuleSetCheck load(Path ruleSet) {
        RuleSetLoad load = RuleSetLoader.load(ruleSet);
        if (!load.isValid()) {
            throw new IllegalArgumentException(errors("规则集 " + ruleSet + " 有错误 / invalid rule set", load.errors()));
        }
        return of(load.ruleSet().get()).samples(besides(ruleSet)).expectAll(ExpectationTable.load(ruleSet));
    }

    /**
     * The folders beside a rule set, where its samples are looked for first: its own folder, then its parent.
     *
     * @param ruleSet the folder or workbook of the set
     * @return the folders, absolute
     */
    public static List<Path> besides(Path ruleSet) {
        Path absolute = ruleSet.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        if (Files.isDirectory(absolute)) {
            folders.add(absolute);
        }
        Optional.ofNullable(absolute.getParent()).ifPresent(folders::add);
        return folders;
    }

    /**
     * The folders a sample named by a relative path is looked for in, in order, replacing those set before.
     *
     * @param folders at least one folder
     * @return a new check
     */
    public RuleSetCheck samples(Path... folders) {
        return samples(Arrays.asList(folders));
    }

    /**
     * As {@link #samples(Path...)}.
     *
     * @param folders at least one folder
     * @return a new check
     * @throws IllegalArgumentException when the list is empty
     */
    public RuleSetCheck samples(List<Path> folders) {
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("至少给出一个样例文件夹 / give at least one sample folder");
        }
        folders.forEach(f -> Objects.requireNonNull(f, "folder"));
        return new RuleSetCheck(rules, folders, expectations);
    }

    /**
     * Expects the figure of a sample with one scored sheet to be {@code expected}.
     *
     * @param sample   a file name or relative path looked for in the sample folders, or an absolute path
     * @param figure   总分, 等级, 预算执行, an indicator's 编码 or name, a 一级 or 二级 name, or a path such as
     *                 {@code 过程/预算执行}
     * @param expected a number (compared at two decimals), or a grade label for 等级
     * @return a new check
     * @throws IllegalArgumentException when a value is empty or the expected value is not a number where one is due
     */
    public RuleSetCheck expect(String sample, String figure, String expected) {
        return expect(sample, "", figure, expected);
    }

    /**
     * Expects the figure of one sheet of a sample to be {@code expected}.
     *
     * @param sample   a file name or relative path looked for in the sample folders, or an absolute path
     * @param sheet    the scored sheet's name; empty for a workbook with one scored sheet
     * @param figure   总分, 等级, 预算执行, an indicator's 编码 or name, a 一级 or 二级 name, or a path such as
     *                 {@code 过程/预算执行}
     * @param expected a number (compared at two decimals), or a grade label for 等级
     * @return a new check
     * @throws IllegalArgumentException when a value is empty or the expected value is not a number where one is due
     */
    public RuleSetCheck expect(String sample, String sheet, String figure, String expected) {
        Expectation expectation = Expectation.of(sample, sheet, figure, expected);
        if (expectation.sample().isEmpty() || expectation.figure().isEmpty() || expectation.expected().isEmpty()) {
            throw new IllegalArgumentException("样例、指标与期望值不能为空 / sample, figure and expected value are required: "
                    + expectation.where());
        }
        if (expectation.kind() != Expectation.Kind.GRADE && expectation.expectedNumber().isEmpty()) {
            throw new IllegalArgumentException("期望值应为数字 / the expected value must be a number: " + expected
                    + "（" + expectation.where() + "）");
        }
        List<Expectation> more = new ArrayList<>(expectations);
        more.add(expectation);
        return new RuleSetCheck(rules, sampleFolders, more);
    }

    /**
     * Adds every expectation of a 测试 table.
     *
     * @throws IllegalArgumentException when the table has mistakes, listing every one
     */
    RuleSetCheck expectAll(ExpectationTable table) {
        if (!table.isValid()) {
            throw new IllegalArgumentException(errors("测试表 " + table.file() + " 有错误 / invalid test table",
                    table.errors()));
        }
        List<Expectation> more = new ArrayList<>(expectations);
        more.addAll(table.expectations());
        return new RuleSetCheck(rules, sampleFolders, more);
    }

    /**
     * The name of the rule set checked.
     *
     * @return its 名称
     */
    public String ruleSetName() {
        return rules.name();
    }

    /**
     * Where samples are looked for.
     *
     * @return the folders, in order
     */
    public List<Path> sampleFolders() {
        return sampleFolders;
    }

    /**
     * How many expectations the check holds.
     *
     * @return the count
     */
    public int expectationCount() {
        return expectations.size();
    }

    List<Expectation> expectations() {
        return expectations;
    }

    /**
     * The sample file a name points to: an absolute path that exists, else the first sample folder holding it.
     *
     * @param sample a file name, relative path or absolute path
     * @return the file, or empty when it is nowhere to be found
     */
    public Optional<Path> findSample(String sample) {
        Path path;
        try {
            path = Path.of(sample);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (path.isAbsolute()) {
            return Optional.of(path).filter(Files::isRegularFile);
        }
        return sampleFolders.stream().map(folder -> folder.resolve(path)).filter(Files::isRegularFile).findFirst();
    }

    /**
     * One error for each sample named that is in none of the sample folders, at the first line naming it: what
     * {@code jixiao rules test} reports before scoring anything.
     *
     * @return one line per missing sample: the 测试 table's file and line, the sample, the folders searched
     */
    public List<String> missingSamples() {
        return missingSampleErrors().stream().map(RuleSetError::toString).toList();
    }

    List<RuleSetError> missingSampleErrors() {
        Map<String, List<Expectation>> missing = new LinkedHashMap<>();
        for (Expectation e : expectations) {
            if (findSample(e.sample()).isEmpty()) {
                missing.computeIfAbsent(e.sample(), k -> new ArrayList<>()).add(e);
            }
        }
        List<RuleSetError> errors = new ArrayList<>();
        missing.forEach((sample, rows) -> {
            Expectation first = rows.get(0);
            String lines = rows.size() == 1 ? "" : "（共 " + rows.size() + " 行引用）";
            errors.add(new RuleSetError(first.file().isEmpty() ? first.where() : first.file(), first.line(), "样例工作簿",
                    sample, RuleSetError.Code.SAMPLE_NOT_FOUND, "找不到样例工作簿" + lines + "；查找了："
                    + sampleFolders.stream().map(RuleSetCheck::shown).collect(Collectors.joining("、"))));
        });
        return errors;
    }

    /**
     * Scores each sample once and compares every expectation.
     *
     * @return what passed and what failed
     */
    public Result run() {
        Map<Path, ScoredSample> samples = new HashMap<>();
        List<Failure> failures = new ArrayList<>();
        for (Expectation expectation : expectations) {
            Optional<Path> file = findSample(expectation.sample());
            if (file.isEmpty()) {
                failures.add(Failure.of(expectation, expectation.sample(), Optional.empty(), "找不到样例工作簿；查找了："
                        + sampleFolders.stream().map(RuleSetCheck::shown).collect(Collectors.joining("、"))
                        + " / sample workbook not found"));
                continue;
            }
            ScoredSample sample = samples.computeIfAbsent(file.get(), f -> ScoredSample.score(f, rules));
            check(expectation, sample).ifPresent(failures::add);
        }
        long sampleCount = expectations.stream().map(Expectation::sample).distinct().count();
        return new Result(rules.name(), expectations.size(), (int) sampleCount, failures);
    }

    /**
     * Runs the check and returns when every expectation holds.
     *
     * @throws AssertionError listing every failure, or saying there was nothing to check
     */
    public void verify() {
        if (expectations.isEmpty()) {
            throw new AssertionError("没有要检查的期望 / nothing to check: 规则集 " + rules.name());
        }
        Result result = run();
        if (!result.passed()) {
            throw new AssertionError(result.report());
        }
    }

    private static Optional<Failure> check(Expectation expectation, ScoredSample sample) {
        String label = expectation.sample();
        if (sample.failure().isPresent()) {
            return Optional.of(Failure.of(expectation, label, Optional.empty(), "无法读取 / cannot read: "
                    + sample.failure().get()));
        }
        List<ScoredEvaluation> sheets = sample.scored();
        Optional<ScoredEvaluation> chosen = sheets.stream()
                .filter(s -> expectation.sheet().isEmpty() ? sheets.size() == 1 : sameName(s, expectation.sheet()))
                .findFirst();
        String names = sheets.stream().map(s -> s.evaluation().sheet()).collect(Collectors.joining("、"));
        if (chosen.isEmpty()) {
            return Optional.of(Failure.of(expectation, label, Optional.empty(), expectation.sheet().isEmpty()
                    ? "工作簿有 " + sheets.size() + " 张评分表（" + names + "），请在“工作表”列写明是哪一张 / name the sheet"
                    : "工作簿中没有评分表“" + expectation.sheet() + "”；评分表有：" + names + " / no such scored sheet"));
        }
        ScoredEvaluation scored = chosen.get();
        String at = label + "!";
        return switch (expectation.kind()) {
            case TOTAL -> compare(expectation, at + sample.totalCell(scored), scored.total());
            case GRADE -> {
                String actual = scored.grade().label();
                yield actual.equals(expectation.expected()) ? Optional.empty()
                        : Optional.of(mismatch(expectation, at + sample.gradeCell(scored), actual));
            }
            case BUDGET -> {
                if (scored.budget().isEmpty()) {
                    yield Optional.of(Failure.of(expectation, at + scored.evaluation().sheet(), Optional.empty(),
                            "该表没有预算执行得分（没有带分值的预算执行块）；二级指标小计请写成 一级/二级，如 过程/预算执行"
                                    + " / the sheet has no budget score"));
                }
                var budget = scored.budget().get();
                String cell = budget.line().scoreCell().orElse(budget.line().labelCell()).toString();
                yield compare(expectation, at + cell, budget.score());
            }
            case NAMED -> {
                Figures.Lookup lookup = Figures.named(scored, expectation.figure());
                if (lookup.found().isEmpty()) {
                    yield Optional.of(Failure.of(expectation, at + scored.evaluation().sheet(), Optional.empty(),
                            lookup.problem()));
                }
                Figures.Found found = lookup.found().get();
                yield compare(expectation, at + found.cells(), found.value());
            }
        };
    }

    private static boolean sameName(ScoredEvaluation scored, String sheet) {
        return scored.evaluation().sheet().equals(sheet) || scored.evaluation().sheet().strip().equals(sheet);
    }

    private static Optional<Failure> compare(Expectation expectation, String location, BigDecimal actual) {
        BigDecimal expected = expectation.expectedNumber().orElseThrow();
        BigDecimal shown = actual.setScale(2, RoundingMode.HALF_UP);
        return expected.setScale(2, RoundingMode.HALF_UP).compareTo(shown) == 0 ? Optional.empty()
                : Optional.of(mismatch(expectation, location, shown.toPlainString()));
    }

    private static Failure mismatch(Expectation expectation, String location, String actual) {
        return Failure.of(expectation, location, Optional.of(actual), "期望 " + expectation.expected() + "，实际 "
                + actual + " / expected " + expectation.expected() + ", got " + actual);
    }

    private static String shown(Path folder) {
        String text = folder.toString();
        return text.isEmpty() ? "当前文件夹 ." : text;
    }

    private static String errors(String heading, List<RuleSetError> errors) {
        return heading + "（" + errors.size() + " 处）:" + errors.stream().map(e -> System.lineSeparator() + "  " + e)
                .collect(Collectors.joining());
    }

    /**
     * What a run found: how many expectations were checked and those that failed. Immutable and thread-safe.
     *
     * @param ruleSet  the name of the rule set checked
     * @param checked  how many expectations were checked
     * @param samples  how many sample workbooks they name
     * @param failures those that failed, in order
     */
    public record Result(String ruleSet, int checked, int samples, List<Failure> failures) {

        /**
         * Checks the values and copies the failures.
         *
         * @param ruleSet the name of the rule set checked
         * @param checked how many expectations were checked
         * @param samples how many sample workbooks they name
         * @param failures those that failed, in order
         * @throws NullPointerException naming a missing component
         */
        public Result {
            Objects.requireNonNull(ruleSet, "ruleSet");
            failures = List.copyOf(failures);
        }

        /**
         * Whether every expectation held.
         *
         * @return true when nothing failed
         */
        public boolean passed() {
            return failures.isEmpty();
        }

        /**
         * Every failure on a line of its own under a count, Chinese first; one line when all passed.
         *
         * @return the report
         */
        public String report() {
            String nl = System.lineSeparator();
            if (passed()) {
                return "全部通过 / all passed: " + checked + " 条期望 expectations，" + samples
                        + " 个样例工作簿 sample workbooks（规则集 " + ruleSet + "）";
            }
            return failures.size() + " / " + checked + " 条期望未通过 / " + failures.size() + " of "
                    + checked + " expectations failed（规则集 " + ruleSet + "）:" + nl
                    + failures.stream().map(f -> "  " + f).collect(Collectors.joining(nl));
        }
    }

    /**
     * One expectation that failed. Immutable and thread-safe.
     *
     * @param location    where: {@code 样例.xlsx!评分表!J30} for a value that differs (a subtotal names the cells it
     *                    adds up, {@code 评分表!J9:J11,J13:J14}); the sample or sample and sheet when the figure
     *                    was not found
     * @param actual      the value found, for a value that differs
     * @param expected    the value expected, as written
     * @param message     {@code 期望 X，实际 Y / expected X, got Y}, or what could not be found and why
     * @param source      the figure, after the 测试 table's file and line when it came from one:
     *                    {@code 测试.csv 第2行：总分}
     */
    public record Failure(String location, Optional<String> actual, String expected, String message, String source) {

        /**
         * Checks that no component is null.
         *
         * @param location where: {@code 样例.xlsx!评分表!J30} for a value that differs (a subtotal names the cells it adds up, {@code 评分表!J9:J11,J13:J14}); the sample or sample and sheet when the figure was not found
         * @param actual the value found, for a value that differs
         * @param expected the value expected, as written
         * @param message {@code 期望 X，实际 Y / expected X, got Y}, or what could not be found and why
         * @param source the figure, after the 测试 table's file and line when it came from one: {@code 测试.csv 第2行：总分}
         * @throws NullPointerException naming the missing component
         */
        public Failure {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(source, "source");
        }

        static Failure of(Expectation expectation, String location, Optional<String> actual, String message) {
            String from = expectation.file().isEmpty() ? expectation.figure()
                    : expectation.where() + "：" + expectation.figure();
            return new Failure(location, actual, expectation.expected(), message, from);
        }

        /**
         * One line: {@code 样例.xlsx!评分表!J30：期望 82.00，实际 82.10 / expected 82.00, got 82.10（测试.csv 第2行：总分）}.
         *
         * @return the line
         */
        @Override
        public String toString() {
            return location + "：" + message + "（" + source + "）";
        }
    }
}
