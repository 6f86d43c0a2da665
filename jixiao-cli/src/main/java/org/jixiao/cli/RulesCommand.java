package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.NamePattern;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetLoad;

/** {@code jixiao rules list | export NAME DIR | check PATH | test RULES [SAMPLES_DIR]}. */
final class RulesCommand implements Command {

    /** {@code rules test}: some expectation of the 测试 table failed. */
    static final int EXIT_TESTS_FAILED = 5;

    private static final Option FORCE = Option.builder().longOpt("force")
            .desc("export 时覆盖 DIR 中已有的规则集文件 / let export overwrite rule set files already in DIR").get();

    private static final Spec SPEC = new Spec("rules",
            "list | export NAME DIR [--force] | check PATH | test RULES [SAMPLES_DIR]",
            List.of("评分规则集：列出、导出可编辑副本、检查、用样例测试 / rule sets: list, export an editable copy, check, test"
                            + " against samples",
                    "rules test 按规则集的测试表（测试.csv 或“测试”工作表：样例工作簿、工作表、指标、期望值）为样例评分并比对；"
                            + "样例在 SAMPLES_DIR 中找，未给出时依次在规则集所在处、./sample-workbooks、jixiao 自带的"
                            + " sample-workbooks 中找 / rules test scores the samples its 测试 table names and compares.",
                    "退出码 exit codes: 0 通过 passed, 1 无法写出 not written, 2 用法错误、规则集或测试表有误、找不到样例 usage,"
                            + " invalid rules or test table, sample not found, " + EXIT_TESTS_FAILED
                            + " 有期望未通过 expectations failed."),
            List.of(new Parameter("list", "列出内置规则集 / list the built-in rule sets"),
                    new Parameter("export NAME DIR", "导出内置规则集为可在 Excel/WPS 中编辑的 CSV；不覆盖已有文件，除非加 --force"
                            + " / export a built-in rule set as CSV; existing files are kept unless --force"),
                    new Parameter("check PATH", "检查规则集（文件夹、.xlsx 或内置名称）并列出全部错误 / check a rule set, list every error"),
                    new Parameter("test RULES [SAMPLES_DIR]", "用规则集（文件夹、.xlsx 或内置名称）的测试表为样例评分，列出每个未通过的期望"
                            + "（文件!单元格：期望 X，实际 Y） / score the samples of the set's 测试 table, list every"
                            + " expectation that fails")),
            new Options().addOption(FORCE), 1, 3);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        List<String> args = arguments.positional();
        String action = args.get(0);
        int expected = switch (action) {
            case "list" -> 1;
            case "export" -> 3;
            case "check" -> 2;
            case "test" -> Math.max(2, Math.min(3, args.size()));
            default -> throw new ParseException("未知的 rules 子命令 / unknown rules action: " + action);
        };
        if (args.size() != expected) {
            String count = action.equals("test") ? "1–2" : String.valueOf(expected - 1);
            throw new ParseException("rules " + action + " 需要 " + count + " 个参数 / takes " + count + " argument(s)");
        }
        return switch (action) {
            case "list" -> list(out);
            case "export" -> export(args.get(1), arguments.positionalPath(2), arguments.has(FORCE), out, err);
            case "test" -> RuleTests.run(args.get(1), args.size() == 3 ? Optional.of(arguments.positionalPath(2))
                    : Optional.empty(), out, err);
            default -> check(args.get(1), out, err);
        };
    }

    private static int list(PrintWriter out) {
        for (String name : BuiltInRuleSets.names()) {
            RuleSet rules = BuiltInRuleSets.find(name).orElseThrow();
            out.printf("%-30s 版本 %-8s %d 条规则%s  适用：%s  SHA-256 %s%n", name, rules.version(), rules.rows().size(),
                    catchAll(rules), rules.scope().describe(), rules.sha256().substring(0, 12));
        }
        return Main.EXIT_SCORED;
    }

    /**
     * What a row matching every indicator (*, *, *) does, so a set of one such row does not read as empty:
     * "（其余指标：国标默认）".
     */
    private static String catchAll(RuleSet rules) {
        return rules.rows().stream()
                .filter(r -> r.code().isEmpty() && r.level1().equals(NamePattern.ANY)
                        && r.level2().equals(NamePattern.ANY) && r.level3().equals(NamePattern.ANY))
                .findFirst().map(r -> "（其余指标：" + r.rule().type().chinese() + "）").orElse("");
    }

    private static int export(String name, Path dir, boolean force, PrintWriter out, PrintWriter err) {
        List<Path> existing = BuiltInRuleSets.exportFiles(dir).stream().filter(Files::exists).toList();
        if (!existing.isEmpty() && !force) {
            // the user may have edited these; an export is easy to repeat, an edit is not
            List<String> names = existing.stream().map(p -> p.getFileName().toString()).toList();
            err.println(dir + " 中已有规则集文件，未覆盖：" + String.join("、", names) + "；要覆盖请加 --force / files already"
                    + " exist in " + dir + ", not overwritten: " + String.join(", ", names) + "; use --force to overwrite");
            return Main.EXIT_USAGE;
        }
        try {
            BuiltInRuleSets.export(name, dir).forEach(out::println);
            return Main.EXIT_SCORED;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("无法写出 / cannot write " + dir + ": " + e.getMessage());
            return Main.EXIT_WRITE_FAILED;
        }
    }

    private static int check(String path, PrintWriter out, PrintWriter err) {
        RuleSetLoad load = RuleSources.load(path);
        load.notes().forEach(note -> out.println("说明 note: " + note));
        if (!load.isValid()) {
            err.println("规则集有 " + load.errors().size() + " 处错误 / " + load.errors().size() + " error(s):");
            load.errors().forEach(e -> err.println("  " + e));
            return Main.EXIT_USAGE;
        }
        RuleSet rules = load.ruleSet().get();
        out.println("规则集有效 / valid: " + rules.name() + " " + rules.version() + "，" + rules.rows().size()
                + " 条规则，SHA-256 " + rules.sha256());
        return Main.EXIT_SCORED;
    }
}
