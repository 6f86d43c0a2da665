package org.jixiao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * A subcommand's parsed command line: its positional arguments and options, read with commons-cli. Usage errors
 * are {@link ParseException}s whose messages are Chinese first, as users read them.
 */
final class Arguments {

    static final Option HELP = Option.builder("h").longOpt("help").desc("显示本帮助 / show this help").get();
    static final Option VERSION = Option.builder("V").longOpt("version").desc("显示版本 / print the version").get();

    static final Option VERBOSE = Option.builder("v").longOpt("verbose")
            .desc("输出调试日志与异常堆栈 / debug logging and stack traces").get();

    private final CommandLine line;

    private Arguments(CommandLine line) {
        this.line = line;
    }

    /** The command's options with help and version, as parsed and as help lists them. */
    static Options optionsOf(Command.Spec command) {
        Options options = new Options();
        command.options().getOptions().forEach(options::addOption);
        return options.addOption(HELP).addOption(VERSION);
    }

    /** Parses args for command; the argument count is checked by {@link #checkCount}, after help is handled. */
    static Arguments parse(Command command, List<String> args) throws ParseException {
        try {
            return new Arguments(DefaultParser.builder().get().parse(optionsOf(command.spec()), args.toArray(String[]::new)));
        } catch (UnrecognizedOptionException e) {
            throw new ParseException("未知选项 / unknown option: " + e.getOption());
        } catch (MissingArgumentException e) {
            throw new ParseException("选项 " + names(e.getOption()) + " 缺少值 / needs a value");
        }
    }

    void checkCount(Command.Spec command) throws ParseException {
        int count = positional().size();
        if (count < command.minArguments()) {
            String missing = command.parameters().get(Math.min(count, command.parameters().size() - 1)).label();
            throw new ParseException("缺少参数 / missing argument: " + missing);
        }
        if (count > command.maxArguments()) {
            throw new ParseException("多余的参数 / unexpected argument: " + positional().get(command.maxArguments()));
        }
    }

    boolean wantsHelp() {
        return line.hasOption(HELP);
    }

    boolean wantsVersion() {
        return line.hasOption(VERSION);
    }

    /** -v/--verbose, for the commands that take it. */
    boolean verbose() {
        return line.hasOption(VERBOSE.getLongOpt());
    }

    List<String> positional() {
        return line.getArgList();
    }

    String positional(int index) {
        return line.getArgList().get(index);
    }

    Path positionalPath(int index) throws ParseException {
        return toPath(positional(index), positional(index));
    }

    boolean has(Option option) {
        return line.hasOption(option);
    }

    Optional<String> value(Option option) {
        return Optional.ofNullable(line.getOptionValue(option));
    }

    Optional<Path> path(Option option) throws ParseException {
        Optional<String> value = value(option);
        return value.isEmpty() ? Optional.empty() : Optional.of(toPath(value.get(), names(option)));
    }

    Path requiredPath(Option option) throws ParseException {
        return path(option).orElseThrow(() -> new ParseException("缺少必需的选项 / missing required option: "
                + names(option) + "=" + option.getArgName()));
    }

    OptionalInt integer(Option option) throws ParseException {
        Optional<String> value = value(option);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.get().strip()));
        } catch (NumberFormatException e) {
            throw new ParseException("选项 " + names(option) + " 应为整数，而不是“" + value.get() + "” / must be a whole number");
        }
    }

    private static Path toPath(String text, String what) throws ParseException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new ParseException(what + " 不是有效路径 / not a valid path: " + e.getReason());
        }
    }

    /** "-o/--output", "--json": how help and messages name an option. */
    static String names(Option option) {
        if (option.getOpt() == null) {
            return "--" + option.getLongOpt();
        }
        return option.getLongOpt() == null ? "-" + option.getOpt() : "-" + option.getOpt() + "/--" + option.getLongOpt();
    }
}
