package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.List;

import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * One subcommand of {@code jixiao}: what its help shows, the options and arguments it takes, and what it does.
 * {@link Main} adds -h/--help and -V/--version to every command and parses with commons-cli.
 */
interface Command {

    /** A positional argument as help lists it. */
    record Parameter(String label, String description) {
    }

    String name();

    /** What follows {@code jixiao NAME} in the usage line, e.g. {@code IN.xlsx [选项 options]}. */
    String synopsis();

    /** Help paragraphs, Chinese first; the first is the one-line summary in the command list. */
    List<String> description();

    List<Parameter> parameters();

    /** The command's own options. */
    Options options();

    /** The fewest positional arguments it takes; more than {@link #maxArguments()} is a usage error. */
    int minArguments();

    int maxArguments();

    /**
     * Runs the command.
     *
     * @return the exit code
     * @throws ParseException for a usage error found only once the arguments are read (a bad number, a missing
     *                        required option): {@link Main} prints it with the usage line and exits 2
     */
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException;
}
