package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jixiao} command. Exit codes: 0 scored, 1 output could not be written, 2 usage error,
 * 3 unreadable input.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0",
        description = {"预算绩效自评表评分工具 / scores Chinese budget performance self-evaluation workbooks."},
        subcommands = {ScoreCommand.class, BatchCommand.class, DiffCommand.class, RulesCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    static final int EXIT_SCORED = 0;
    static final int EXIT_WRITE_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_UNREADABLE = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, printing to stdout and stderr. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line without exiting, printing to the given writers (tests, embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "jixiao-cli-logback.xml");
        }
        for (String arg : args) {
            if (arg.equals("-v") || arg.equals("--verbose")) {
                System.setProperty("jixiao.log.level", "DEBUG");
                System.setProperty("jixiao.poi.level", "DEBUG");
            }
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
