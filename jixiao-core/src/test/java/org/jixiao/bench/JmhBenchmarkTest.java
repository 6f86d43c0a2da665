package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Collection;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH stage benchmarks and appends a table to bench/results/:
 * {@code mvn -B -ntp test -Pbench -Dtest=JmhBenchmarkTest [-Dbench.rows=30]}. Asserts nothing.
 */
@Tag("bench")
class JmhBenchmarkTest {

    @Test
    void run() throws Exception {
        String rows = System.getProperty("bench.rows", "30");
        // -Dbench.include=score|fill picks benchmarks; -Dbench.jvmArgs=-XX:TieredStopAtLevel=1 measures the C1
        // code the launcher runs rather than C2's
        String include = System.getProperty("bench.include", "");
        String jvmArgs = System.getProperty("bench.jvmArgs", "");
        OptionsBuilder options = new OptionsBuilder();
        options.include(StageBenchmarks.class.getName() + (include.isEmpty() ? "" : "\\.(" + include + ")$"))
                .param("rows", rows)
                // the forked JVM must see the test classpath, which surefire hides behind its booter jar
                .jvmArgsAppend("-cp", System.getProperty("java.class.path"));
        if (!jvmArgs.isBlank()) {
            options.jvmArgsPrepend(jvmArgs.trim().split("\\s+"));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        StringBuilder report = new StringBuilder("## ").append(LocalDate.now()).append(" — JMH stages, one workbook × ")
                .append(rows).append(" indicator rows\n- machine: ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(ManagementFactory.getRuntimeMXBean().getVmName()).append(' ')
                .append(System.getProperty("java.version")).append(jvmArgs.isBlank() ? "" : ", " + jvmArgs).append("\n\n| benchmark | µs/op | ± |\n|---|---|---|\n");
        for (RunResult result : results) {
            var primary = result.getPrimaryResult();
            report.append("| ").append(result.getParams().getBenchmark().replaceFirst(".*\\.", "")).append(" | ")
                    .append(String.format("%.1f", primary.getScore())).append(" | ")
                    .append(String.format("%.1f", primary.getScoreError())).append(" |\n");
        }
        System.out.println(report);
        Path out = Files.createDirectories(org.jixiao.Samples.ROOT.resolve("bench/results")).resolve(LocalDate.now() + "-jmh-" + rows + ".md");
        Files.writeString(out, report + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
