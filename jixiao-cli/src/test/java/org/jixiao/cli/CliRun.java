package org.jixiao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run in this JVM, as the CLI tests drive it: its exit code and what it printed. Test code. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
