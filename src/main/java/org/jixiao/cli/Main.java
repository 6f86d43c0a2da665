package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jixiao.read.FigureParser;
import org.jixiao.rules.BuiltInRuleSets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jixiao} command. Exit codes: 0 scored, 1 output could not be written, 2 usage error,
 * 3 unreadable input.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0",
        description = {"预算绩效自评表评分工具 / scores Chinese budget performance self-evaluation workbooks."})
public final class Main {

    /**
     * The subcommands in the order help lists them. Only the one named on the command line is built: picocli
     * reads every registered command's annotations by reflection, in classes too old for the start-up archive,
     * and building all of them was a fifth of a second of every cold start.
     */
    private static final List<String> COMMANDS = List.of("score", "batch", "diff", "rules", "help");

    // a switch, not a map of constructor references: the JDK 25 AOT cache writer crashed on the latter
    private static Object command(String name) {
        return switch (name) {
            case "score" -> new ScoreCommand();
            case "batch" -> new BatchCommand();
            case "diff" -> new DiffCommand();
            case "rules" -> new RulesCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

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
        boolean verbose = false;
        for (String arg : args) {
            verbose |= arg.equals("-v") || arg.equals("--verbose");
        }
        boolean logVerbose = verbose;
        // picocli reads its model by reflection in classes the start-up archive cannot hold, a sixth of a second on
        // one core; meanwhile the other core configures logging and loads the built-in rule sets and the figure
        // patterns every command needs. The command runs only after this warm-up has finished.
        Thread warmUp = new Thread(() -> {
            CliLogging.configure(logVerbose);
            try {
                BuiltInRuleSets.national();
                FigureParser.parse("≥1");
            } catch (RuntimeException | Error e) {
                // the command meets the same failure and reports it
            }
        }, "jixiao-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        CommandLine cli = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        if (COMMANDS.contains(first) && !first.equals("help")) {
            cli.addSubcommand(first, command(first));
        } else {
            for (String name : COMMANDS) {
                cli.addSubcommand(name, command(name));
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionStrategy(parsed -> {
            awaitQuietly(warmUp);
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
