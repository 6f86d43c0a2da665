package org.jixiao.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * What the launcher runs once to train the start-up cache for every command but batch: the cache holds only
 * classes the training run loaded, and one {@code score} run leaves out either the text or the JSON report and,
 * on a clean sample, everything that marks problems. Usage: {@code Training SAMPLES_DIR SCRATCH_DIR}.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        Path samples = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Main.run(sink, sink, "score", samples.resolve("national-project-lenient.xlsx").toString(),
                "-o", scratch.resolve("text.xlsx").toString());
        Main.run(sink, sink, "score", samples.resolve("hualong-2022-department.xlsx").toString(),
                "-o", scratch.resolve("json.xlsx").toString(), "--json");
        Main.run(sink, sink, "rules", "list");
        Main.run(sink, sink, "--help");
    }
}
