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

    /**
     * What help shows of a command and what it accepts.
     *
     * @param synopsis     what follows {@code jixiao NAME} in the usage line, e.g. {@code IN.xlsx [-o OUT.xlsx]}
     * @param description  help paragraphs, Chinese first; the first is the one-line summary in the command list
     * @param options      the command's own options
     * @param minArguments the fewest positional arguments it takes
     * @param maxArguments the most; more is a usage error
     */
    record Spec(String name, String synopsis, List<String> description, List<Parameter> parameters, Options options,
                int minArguments, int maxArguments) {
    }

    Spec spec();

    /**
     * Runs the command.
     *
     * @return the exit code
     * @throws ParseException for a usage error found only once the arguments are read (a bad number, a missing
     *                        required option): {@link Main} prints it with the usage line and exits 2
     */
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException;
}
