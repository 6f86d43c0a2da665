package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Who writes the benchmark's workbooks (issue 15): POI, in this JVM ({@link GeneratedWorkbooks}), or openpyxl, by
 * bench/openpyxl_workbooks.py, which repeats GeneratedWorkbooks's seeded draws, so both write the same cells and
 * values and a run measures only what the producer's XML costs. Chosen with {@code -Dbench.producer=poi|openpyxl|both}
 * (default poi); the Python is {@code -Dbench.python}, else $PYTHON, else /usr/bin/python3.
 */
enum BenchProducer {
    POI("poi"),
    OPENPYXL("openpyxl");

    private final String id;

    BenchProducer(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** The producers {@code bench.producer} names, in the order they run. */
    static List<BenchProducer> fromProperty() {
        String value = System.getProperty("bench.producer", "poi").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "poi" -> List.of(POI);
            case "openpyxl" -> List.of(OPENPYXL);
            case "both" -> List.of(POI, OPENPYXL);
            default -> throw new IllegalArgumentException("bench.producer must be poi, openpyxl or both, not " + value);
        };
    }

    /** Writes {@code n} workbooks wb-00000.xlsx … of {@code rows} indicator rows into {@code dir}. */
    void write(Path dir, int n, int rows, long seed) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        switch (this) {
            case POI -> {
                Random random = new Random(seed);
                for (int i = 0; i < n; i++) {
                    GeneratedWorkbooks.write(dir.resolve(String.format("wb-%05d.xlsx", i)), rows, random);
                }
            }
            case OPENPYXL -> python("bench/openpyxl_workbooks.py", dir.toString(), String.valueOf(n),
                    String.valueOf(rows), String.valueOf(seed));
        }
    }

    /** What a report says made the files: the producer and its version. */
    String label() throws IOException, InterruptedException {
        return switch (this) {
            case POI -> "Apache POI " + org.apache.poi.Version.getVersion() + " (XSSFWorkbook)";
            case OPENPYXL -> "openpyxl " + python("-c", "import openpyxl; print(openpyxl.__version__)").strip()
                    + " (bench/openpyxl_workbooks.py)";
        };
    }

    static String pythonCommand() {
        String configured = System.getProperty("bench.python", System.getenv().getOrDefault("PYTHON", ""));
        if (!configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static String python(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = pythonCommand();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(Arrays.toString(command) + " failed (needs openpyxl; set -Dbench.python or PYTHON):\n"
                    + output);
        }
        return output;
    }
}
