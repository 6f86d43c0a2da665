package org.jixiao.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.Option;

/**
 * Help text, Chinese first. Written here rather than with commons-cli's HelpFormatter, which pads and wraps by
 * character count: Chinese descriptions are two columns wide in a terminal, so its table came out ragged. The
 * left column (option names, argument labels) is ASCII, so padding it by characters lines the descriptions up,
 * and descriptions are left for the terminal to wrap.
 */
final class Help {

    private static final String NL = System.lineSeparator();

    private Help() {
    }

    static String usageLine(Command.Spec command) {
        return "用法 usage: jixiao " + command.name() + " " + command.synopsis();
    }

    static String of(Command.Spec command) {
        StringBuilder s = new StringBuilder(usageLine(command)).append(NL).append(NL);
        command.description().forEach(line -> s.append(line).append(NL));
        if (!command.parameters().isEmpty()) {
            s.append(NL).append("参数 arguments:").append(NL);
            List<String[]> rows = command.parameters().stream()
                    .map(p -> new String[] {p.label(), p.description()}).toList();
            table(s, rows);
        }
        s.append(NL).append("选项 options:").append(NL);
        table(s, Arguments.optionsOf(command).getOptions().stream()
                .map(o -> new String[] {left(o), o.getDescription()}).toList());
        return s.toString();
    }

    static String overview(List<Command> commands) {
        StringBuilder s = new StringBuilder("用法 usage: jixiao 命令 COMMAND [选项 options]").append(NL).append(NL)
                .append("预算绩效自评表评分工具 / scores Chinese budget performance self-evaluation workbooks.").append(NL)
                .append(NL).append("命令 commands:").append(NL);
        List<String[]> rows = new ArrayList<>(commands.stream()
                .map(c -> new String[] {c.spec().name(), c.spec().description().get(0)}).toList());
        rows.add(new String[] {"help", "显示某个命令的帮助 / show a command's help: jixiao help COMMAND"});
        table(s, rows);
        s.append(NL).append("选项 options:").append(NL);
        table(s, List.of(new String[] {left(Arguments.HELP), Arguments.HELP.getDescription()},
                new String[] {left(Arguments.VERSION), Arguments.VERSION.getDescription()}));
        s.append(NL).append("各命令的选项 / each command's options: jixiao COMMAND --help").append(NL);
        return s.toString();
    }

    /** "-o, --output=OUT.xlsx" or "    --json": long options line up whether or not there is a short one. */
    private static String left(Option option) {
        String names = (option.getOpt() == null ? "    " : "-" + option.getOpt() + (option.getLongOpt() == null ? "" : ", "))
                + (option.getLongOpt() == null ? "" : "--" + option.getLongOpt());
        return option.hasArg() ? names + "=" + option.getArgName() : names;
    }

    private static void table(StringBuilder s, List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            s.append("  ").append(row[0]).append(" ".repeat(width - row[0].length() + 3)).append(row[1]).append(NL);
        }
    }
}
