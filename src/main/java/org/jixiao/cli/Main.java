package org.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jixiao} command. Exit codes: 0 scored, 1 output could not be written, 2 usage error,
 * 3 unreadable input.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0",
        description = {"预算绩效自评表评分工具 / scores Chinese budget performance self-evaluation workbooks."},
        subcommands = {ScoreCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    static final int EXIT_SCORED = 0;
    static final int EXIT_WRITE_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_UNREADABLE = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests and embedding. */
    public static int run(String... args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "jixiao-cli-logback.xml");
        }
        for (String arg : args) {
            if (arg.equals("-v") || arg.equals("--verbose")) {
                System.setProperty("jixiao.log.level", "DEBUG");
            }
        }
        return new CommandLine(new Main()).execute(args);
    }
}
