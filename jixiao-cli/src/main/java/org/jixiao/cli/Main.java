package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.ParseException;
import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSetChooser;

/**
 * The {@code jixiao} command. Exit codes: 0 scored, 1 output could not be written, 2 usage error,
 * 3 unreadable input; {@code batch} adds 4 (some files failed), {@code rules test} 5 (an expectation failed),
 * {@code check-report} 6 (inconsistencies found).
 *
 * <p>Arguments are parsed with commons-cli, whose classes go into the start-up archive; picocli's are Java 5
 * bytecode that the JDK 25 archive cannot hold, and loading and running them was 0.15–0.2 s of every start.
 */
public final class Main {

    static final String VERSION = "jixiao " + org.jixiao.write.OutputMarker.JIXIAO_VERSION;

    static final int EXIT_SCORED = 0;
    static final int EXIT_WRITE_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_UNREADABLE = 3;

    /** The subcommands in the order help lists them. */
    private static List<Command> commands() {
        return List.of(new ScoreCommand(), new BatchCommand(), new DiffCommand(), new RulesCommand(), new ReportCommand(),
                new CheckReportCommand(), new ServeCommand());
    }

    private static Optional<Command> command(String name) {
        return commands().stream().filter(c -> c.spec().name().equals(name)).findFirst();
    }

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
        if (args.length > 0 && SCORING.contains(args[0])) {
            warmUp();
        }
        try {
            return dispatch(out, err, List.of(args));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static final List<String> SCORING = List.of("score", "batch", "diff");

    /**
     * Loads the built-in rule sets while this thread configures logging and reads the command line: a sixth of a
     * one-workbook run. The department set is loaded on a thread of its own, beside the national set and the
     * chooser, as the command waits for both. They are held by class initialisers (the chooser's built-in
     * candidates, each set's holder), so a command that needs them first simply waits for these threads.
     */
    private static void warmUp() {
        start("jixiao-warm-up", RuleSetChooser::builtIn);
        start("jixiao-warm-up-2", () -> BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT));
    }

    private static void start(String name, Runnable load) {
        Thread thread = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException | Error e) {
                // the command meets the same failure and reports it
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static int dispatch(PrintWriter out, PrintWriter err, List<String> args) {
        String first = args.isEmpty() ? "" : args.get(0);
        switch (first) {
            case "" -> {
                err.print(Help.overview(commands()));
                return EXIT_USAGE;
            }
            case "-h", "--help" -> {
                out.print(Help.overview(commands()));
                return EXIT_SCORED;
            }
            case "-V", "--version" -> {
                out.println(VERSION);
                return EXIT_SCORED;
            }
            case "help" -> {
                return help(out, err, args.subList(1, args.size()));
            }
            default -> {
                Optional<Command> command = command(first);
                if (command.isEmpty()) {
                    err.println((first.startsWith("-") ? "未知选项 / unknown option: " : "未知命令 / unknown command: ")
                            + first);
                    err.print(Help.overview(commands()));
                    return EXIT_USAGE;
                }
                return run(command.get(), out, err, args.subList(1, args.size()));
            }
        }
    }

    private static int help(PrintWriter out, PrintWriter err, List<String> args) {
        if (args.isEmpty()) {
            out.print(Help.overview(commands()));
            return EXIT_SCORED;
        }
        Optional<Command> command = command(args.get(0));
        if (command.isEmpty()) {
            err.println("未知命令 / unknown command: " + args.get(0));
            err.print(Help.overview(commands()));
            return EXIT_USAGE;
        }
        out.print(Help.of(command.get().spec()));
        return EXIT_SCORED;
    }

    private static int run(Command command, PrintWriter out, PrintWriter err, List<String> args) {
        try {
            Arguments arguments = Arguments.parse(command, args);
            if (arguments.wantsHelp()) {
                out.print(Help.of(command.spec()));
                return EXIT_SCORED;
            }
            if (arguments.wantsVersion()) {
                out.println(VERSION);
                return EXIT_SCORED;
            }
            arguments.checkCount(command.spec());
            CliLogging.configure(arguments.verbose());
            return command.run(arguments, out, err);
        } catch (ParseException e) {
            err.println(e.getMessage());
            err.println(Help.usageLine(command.spec()));
            err.println("详见 / see: jixiao " + command.spec().name() + " --help");
            return EXIT_USAGE;
        }
    }
}
