package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetLoad;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao rules list | export NAME DIR | check PATH}. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "评分规则集：列出、导出可编辑副本、检查 / rule sets: list, export an editable copy, check",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Export.class, RulesCommand.Check.class})
final class RulesCommand {

    @Command(name = "list", description = "列出内置规则集 / list the built-in rule sets")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (String name : BuiltInRuleSets.names()) {
                RuleSet rules = BuiltInRuleSets.find(name).orElseThrow();
                out.printf("%-30s 版本 %-8s %d 条规则  SHA-256 %s%n", name, rules.version(), rules.rows().size(),
                        rules.sha256().substring(0, 12));
            }
            out.flush();
            return Main.EXIT_SCORED;
        }
    }

    @Command(name = "export", description = "导出内置规则集为可在 Excel/WPS 中编辑的 CSV / export a built-in rule set as CSV")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "内置规则集名称 / built-in name")
        String name;

        @Parameters(index = "1", paramLabel = "DIR", description = "输出文件夹 / output folder")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try {
                BuiltInRuleSets.export(name, dir).forEach(p -> spec.commandLine().getOut().println(p));
                spec.commandLine().getOut().flush();
                return Main.EXIT_SCORED;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.EXIT_USAGE;
            } catch (IOException e) {
                spec.commandLine().getErr().println("无法写出 / cannot write " + dir + ": " + e.getMessage());
                return Main.EXIT_WRITE_FAILED;
            }
        }
    }

    @Command(name = "check", description = "检查规则集并列出全部错误 / check a rule set and list every error")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PATH", description = "规则集文件夹或 .xlsx，或内置名称 / folder, .xlsx or built-in name")
        String path;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleSetLoad load = RuleSources.load(path);
            load.notes().forEach(note -> out.println("说明 note: " + note));
            if (!load.isValid()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("规则集有 " + load.errors().size() + " 处错误 / " + load.errors().size() + " error(s):");
                load.errors().forEach(e -> err.println("  " + e));
                err.flush();
                out.flush();
                return Main.EXIT_USAGE;
            }
            RuleSet rules = load.ruleSet().get();
            out.println("规则集有效 / valid: " + rules.name() + " " + rules.version() + "，" + rules.rows().size()
                    + " 条规则，SHA-256 " + rules.sha256());
            out.flush();
            return Main.EXIT_SCORED;
        }
    }
}
