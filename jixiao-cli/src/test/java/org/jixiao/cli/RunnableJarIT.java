package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as users start it, after `package` (failsafe, `mvn install`): the unit tests run on Maven's test
 * class path, which once held a library (commons-compress, through a test-scope declaration) that the shaded jar
 * lacked, so every .xlsx that needed POI failed with NoClassDefFoundError while all tests passed. Here each reading
 * and writing route runs from the jar itself: the lean path, POI for .xlsx and .xls, the batch with its summaries,
 * and the Word report.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar"));

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run jixiao(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.stderr.encoding=UTF-8", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jixiao finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarScoresOnTheLeanPathAndThroughPoi() throws Exception {
        assertThat(JAR).as("the shaded jar, built in package").isRegularFile();
        Run lean = jixiao("score", Samples.DIR.resolve(SampleWorkbooks.HUALONG).toString(), "-o",
                tmp.resolve("lean.xlsx").toString());
        assertThat(lean.code()).as(lean.err()).isZero();
        assertThat(lean.out()).contains("总分 total: 92.44   等级 grade: 优");

        Run xls = jixiao("score", Samples.DIR.resolve(SampleWorkbooks.LENIENT_XLS).toString(), "-o",
                tmp.resolve("lenient.xls").toString());
        assertThat(xls.code()).as(xls.err()).isZero();
        // the sample's submitted 98 recomputes to 89.68 under the national rules (SampleScoringTest, README)
        assertThat(xls.out()).contains("总分 total: 89.68   等级 grade: 良");
        assertThat(tmp.resolve("lenient.xls")).isRegularFile();

        // a truncated .xlsx has no zip end record: only POI (through commons-compress) can say what is wrong
        Run truncated = jixiao("score", Samples.DIR.resolve(SampleWorkbooks.MALFORMED).toString());
        assertThat(truncated.code()).isEqualTo(3);
        assertThat(truncated.err()).contains("TRUNCATED").doesNotContain("NoClassDefFoundError", "Exception");
    }

    @Test
    void theJarBatchesTheSamplesAndWritesTheReport() throws Exception {
        Path out = tmp.resolve("批量 输出");
        Run batch = jixiao("batch", Samples.DIR.toString(), "-o", out.toString(), "--quiet");
        assertThat(batch.err()).doesNotContain("NoClassDefFoundError", "outside its own error handling");
        String errors = Files.readString(out.resolve("errors.csv"), StandardCharsets.UTF_8);
        assertThat(errors.lines().skip(1)).singleElement().asString().contains(SampleWorkbooks.MALFORMED, "TRUNCATED");
        String summary = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).contains(SampleWorkbooks.HUALONG, "92.44", SampleWorkbooks.LENIENT_XLS);
        assertThat(out.resolve("汇总.xlsx")).isRegularFile();

        Path report = tmp.resolve("化龙镇.自评报告.docx");
        Run draft = jixiao("report", Samples.DIR.resolve(SampleWorkbooks.HUALONG).toString(), "-o", report.toString());
        assertThat(draft.code()).as(draft.err()).isZero();
        assertThat(report).isRegularFile();
    }
}
