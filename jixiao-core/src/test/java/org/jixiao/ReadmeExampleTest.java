package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library example of README.md is the body of examples/embed (the project CI builds against the installed
 * jixiao-core): the two are the same code, and that code compiles against this build and scores the founding case.
 */
class ReadmeExampleTest {

    private static final Path EXAMPLE = Samples.ROOT.resolve("examples/embed/src/main/java/example/ScoreWorkbook.java");

    @TempDir
    Path tmp;

    @Test
    void theReadmeShowsTheExampleProjectsCode() throws IOException {
        String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        String readme = Files.readString(Samples.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## 作为库使用 / As a library"));
        assertThat(section).contains("```java\n" + source + "```");
    }

    @Test
    void theExampleCompilesAgainstThisBuildAndScoresTheFoundingCase() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-encoding", "UTF-8", EXAMPLE.toString());
        assertThat(compiled).as("javac exit code").isZero();

        Path output = tmp.resolve("化龙镇-评分.xlsx");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("example.ScoreWorkbook").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {
                Samples.DIR.resolve(SampleWorkbooks.HUALONG).toString(), output.toString()});
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly("部门整体自评表 92.44 优");
        assertThat(output).isRegularFile();
    }
}
