package org.jixiao.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.ExpectationTable;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetError;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.testing.RuleSetCheck;

/**
 * {@code jixiao rules test RULES [SAMPLES_DIR]}: runs a rule set's 测试 table with {@link RuleSetCheck}. Exit 0
 * when every expectation holds; 2 when the set or the table has mistakes or a sample is nowhere to be found (each
 * listed at its file, line and column, as {@code rules check} lists them); {@value RulesCommand#EXIT_TESTS_FAILED}
 * when an expectation fails, each listed as {@code 文件!单元格：期望 X，实际 Y / file!cell: expected X, got Y}.
 */
final class RuleTests {

    private static final String SAMPLES = "sample-workbooks";

    private RuleTests() {
    }

    static int run(String rulesArgument, Optional<Path> samplesDir, PrintWriter out, PrintWriter err) {
        RuleSetLoad load = RuleSources.load(rulesArgument);
        boolean builtIn = BuiltInRuleSets.names().contains(rulesArgument) && !Files.exists(Path.of(rulesArgument));
        load.notes().forEach(note -> out.println("说明 note: " + note));
        if (!load.isValid()) {
            err.println("规则集有 " + load.errors().size() + " 处错误 / " + load.errors().size() + " error(s) in the rule set:");
            load.errors().forEach(e -> err.println("  " + e));
            return Main.EXIT_USAGE;
        }
        RuleSet rules = load.ruleSet().get();
        ExpectationTable table = builtIn ? ExpectationTable.builtIn(rulesArgument)
                : ExpectationTable.load(Path.of(rulesArgument));
        table.notes().forEach(note -> out.println("说明 note: " + note));
        if (!table.isValid()) {
            return errors(table.errors(), err);
        }
        if (samplesDir.isPresent() && !Files.isDirectory(samplesDir.get())) {
            err.println("样例文件夹不存在或不是文件夹 / SAMPLES_DIR not found: " + samplesDir.get());
            return Main.EXIT_USAGE;
        }
        List<Path> folders = samplesDir.map(List::of).orElseGet(() -> defaultFolders(rulesArgument, builtIn));
        RuleSetCheck check = (builtIn ? RuleSetCheck.builtIn(rulesArgument) : RuleSetCheck.load(Path.of(rulesArgument)))
                .samples(folders);
        List<String> missing = check.missingSamples();
        if (!missing.isEmpty()) {
            int code = errors(missing, err);
            err.println("样例所在的文件夹可写在规则集之后 / name the samples' folder: jixiao rules test " + quoted(rulesArgument)
                    + " SAMPLES_DIR");
            return code;
        }
        out.println("规则集 rules: " + rules.name() + " " + rules.version() + "，测试表 test table: " + table.file()
                + "，" + check.expectationCount() + " 条期望 expectations");
        RuleSetCheck.Result result = check.run();
        out.println(result.report());
        return result.passed() ? Main.EXIT_SCORED : RulesCommand.EXIT_TESTS_FAILED;
    }

    private static int errors(List<?> errors, PrintWriter err) {
        err.println("测试表有 " + errors.size() + " 处错误 / " + errors.size() + " error(s) in the test table:");
        errors.forEach(e -> err.println("  " + e));
        return Main.EXIT_USAGE;
    }

    /**
     * Beside the rule set (its folder, then the folder holding it), then sample-workbooks in the working
     * directory, then the sample-workbooks of the jixiao checkout this program was built in.
     */
    private static List<Path> defaultFolders(String rulesArgument, boolean builtIn) {
        List<Path> folders = new ArrayList<>();
        if (!builtIn) {
            folders.addAll(RuleSetCheck.besides(Path.of(rulesArgument)));
        }
        folders.add(Path.of(SAMPLES).toAbsolutePath());
        installedSamples().ifPresent(folders::add);
        return folders.stream().map(Path::normalize).distinct().toList();
    }

    /** sample-workbooks in one of the three folders above the jar (target/, the module, the checkout). */
    private static Optional<Path> installedSamples() {
        try {
            Path code = Path.of(RuleTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = code.getParent();
            for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
                Path samples = dir.resolve(SAMPLES);
                if (Files.isDirectory(samples)) {
                    return Optional.of(samples);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): the other folders still apply
        }
        return Optional.empty();
    }

    private static String quoted(String argument) {
        return argument.matches(".*\\s.*") ? "\"" + argument + "\"" : argument;
    }
}
