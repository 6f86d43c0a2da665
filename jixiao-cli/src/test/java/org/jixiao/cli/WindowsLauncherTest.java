package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao.cmd, the Windows launcher, as far as it can be tested without Windows: its line endings, and the java
 * command line it runs, taken from the file and run here with a folder and files whose names hold Chinese
 * characters and spaces, to see that the options start a JVM and the arguments arrive whole. cmd.exe itself (its
 * quoting of %*, chcp, the build on first use) is not run.
 */
class WindowsLauncherTest {

    /** The line that runs java: the binary, the options, the user's options, the jar, the arguments. */
    private static final Pattern JAVA_LINE = Pattern.compile("^\"%JIXIAO_JAVA_BIN%\" (.*) %JIXIAO_JAVA_OPTS% -jar"
            + " \"%JIXIAO_JAR_PATH%\" %\\*$", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    /** The launchers sit at the top of the checkout: the working directory, or its parent in a module. */
    private static Path launcher(String name) {
        return Stream.of(Path.of(name), Path.of("..", name)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found beside the build"));
    }

    private static String cmd() throws IOException {
        return Files.readString(launcher("jixiao.cmd"), StandardCharsets.US_ASCII);
    }

    @Test
    void everyLineEndsInCrLfAndTheFileIsAscii() throws IOException {
        byte[] bytes = Files.readAllBytes(launcher("jixiao.cmd"));
        for (int i = 0; i < bytes.length; i++) {
            assertThat(bytes[i] & 0xFF).as("byte %d is ASCII: cmd.exe rereads the file after chcp 65001", i)
                    .isLessThan(0x80);
            if (bytes[i] == '\n') {
                assertThat(i > 0 && bytes[i - 1] == '\r').as("LF at byte %d follows CR", i).isTrue();
            }
            if (bytes[i] == '\r') {
                assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR at byte %d precedes LF", i).isTrue();
            }
        }
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).startsWith("@echo off\r\n").endsWith("\r\n");
    }

    @Test
    void itRunsTheSameJarWithTheSameOptionsAsTheBashLauncherAndPassesTheExitCodeOn() throws IOException {
        String cmd = cmd();
        String bash = Files.readString(launcher("jixiao"), StandardCharsets.UTF_8);
        Matcher jar = Pattern.compile("^jar=\"\\$here/(.+)\"$", Pattern.MULTILINE).matcher(bash);
        assertThat(jar.find()).isTrue();
        assertThat(cmd).contains("\r\nset \"JIXIAO_JAR=" + jar.group(1).replace('/', '\\') + "\"\r\n");
        Matcher runtime = Pattern.compile("^runtime=\\((.+)\\)$", Pattern.MULTILINE).matcher(bash);
        assertThat(runtime.find()).isTrue();
        assertThat(javaOptions(cmd)).contains(runtime.group(1).split(" "))
                .contains("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8");
        assertThat(cmd).contains("%*\r\nset \"JIXIAO_EXIT=%ERRORLEVEL%\"\r\n", "endlocal & exit /b %JIXIAO_EXIT%",
                "chcp 65001", "call mvn -B -ntp -DskipTests package", "set \"JIXIAO_HOME=%~dp0\"");
    }

    @Test
    void theJavaCommandLineOfTheCmdScoresAndFailsWithChineseAndSpacesInEveryPath() throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "file names with Chinese characters need a UTF-8 locale on this system");
        Path folder = Files.createDirectories(tmp.resolve("评分 样例"));
        Path jar = launcherJar(folder.resolve("jixiao 启动.jar"));
        Path input = Files.copy(Samples.DIR.resolve(SampleWorkbooks.HUALONG), folder.resolve("化龙镇 2022.xlsx"));
        Path output = folder.resolve("化龙镇 2022 评分.xlsx");

        Result scored = runAsTheCmdDoes(jar, "score", input.toString(), "-o", output.toString());
        assertThat(scored.code()).as(scored.err()).isZero();
        assertThat(output).isRegularFile();
        assertThat(scored.out()).contains("文件 file: " + input, "总分 total: 92.44   等级 grade: 优",
                "已写出 written: " + output);

        Path unreadable = Files.writeString(folder.resolve("坏 文件.xlsx"), "不是工作簿", StandardCharsets.UTF_8);
        Result failed = runAsTheCmdDoes(jar, "score", unreadable.toString(), "-o", folder.resolve("坏.xlsx").toString());
        assertThat(failed.code()).isEqualTo(3);
        assertThat(failed.err()).contains("坏 文件.xlsx");
        assertThat(folder.resolve("坏.xlsx")).doesNotExist();
    }

    /** The JVM options of the java line, between the binary and JIXIAO_JAVA_OPTS. */
    private static List<String> javaOptions(String cmd) {
        Matcher line = JAVA_LINE.matcher(cmd.replace("\r\n", "\n"));
        assertThat(line.find()).as("jixiao.cmd runs \"%JIXIAO_JAVA_BIN%\" OPTIONS %JIXIAO_JAVA_OPTS% -jar"
                + " \"%JIXIAO_JAR_PATH%\" %*").isTrue();
        List<String> options = Arrays.asList(line.group(1).split(" +"));
        assertThat(options).allSatisfy(o -> assertThat(o).startsWith("-").doesNotContain("\"", "%"));
        return options;
    }

    private record Result(int code, String out, String err) {
    }

    /**
     * java, the .cmd's options, an option standing for JIXIAO_JAVA_OPTS, -jar JAR and the arguments, each passed
     * as one argument as cmd.exe passes "%JIXIAO_JAR_PATH%" and the user's quoted arguments.
     */
    private Result runAsTheCmdDoes(Path jar, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions(cmd()));
        command.add("-Xmx256m");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(arguments));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the JVM finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * A jar that runs jixiao's Main like jixiao-cli/target/jixiao.jar, built here because the test phase comes before the
     * package phase: its manifest names the main class and the build's classpath.
     */
    private static Path launcherJar(Path file) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String entries = Arrays.stream(classpath.split(File.pathSeparator)).filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().toUri().toString()).reduce((a, b) -> a + " " + b).orElseThrow();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, entries);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
