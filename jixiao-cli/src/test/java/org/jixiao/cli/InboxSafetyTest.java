package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.CliRun.run;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.write.OutputMarker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch cannot harm its inbox (issue 20): an output folder that is, or lies inside, the input folder works and
 * none of jixiao's own files in it — summaries, state, copies — is read as an input, run after run; copies found
 * elsewhere, renamed or not, are recognised by their marker and skipped with a count; no input is written over;
 * an unusable -o stops before any work. Also the two neighbouring traps: {@code score DIR} and
 * {@code rules export} over a user's edited rule set.
 */
class InboxSafetyTest {

    @TempDir
    Path tmp;
    Path inbox;

    /** Three submissions: the lean path, the .xls path, and the founding case in a subfolder. */
    private static final List<String> SUBMISSIONS = List.of("a.xlsx", "b.xls", "dept/c.xlsx");


    @BeforeEach
    void fillTheInbox() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.createDirectories(inbox.resolve("dept"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), inbox.resolve("a.xlsx"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.LENIENT_XLS), inbox.resolve("b.xls"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.HUALONG), inbox.resolve("dept/c.xlsx"));
    }

    @Test
    void batchIntoItsOwnInboxTwiceScoresEachSubmissionOnceAndReadsNoneOfItsOutputs() throws IOException {
        // a hidden temporary file of the user's own: OUTDIR's clean-up of killed runs must not take it for jixiao's
        Files.writeString(inbox.resolve(".草稿.tmp"), "unsaved notes", StandardCharsets.UTF_8);
        Map<String, String> before = hashes(inbox);
        for (int pass = 1; pass <= 2; pass++) {
            CliRun run = run("batch", inbox.toString(), "-o", inbox.toString(), "--threads", "2");
            assertThat(run.code()).as("pass %d: %s", pass, run.err()).isZero();
            assertThat(run.err()).as("pass %d", pass)
                    .contains("输出文件夹即输入文件夹：" + inbox.toAbsolutePath().normalize())
                    .contains("开始批量评分 3 个文件", "共 3 个文件，评分 3 张评价表", "，0 个文件无法评分；")
                    .doesNotContain("跳过");
            if (pass == 2) {
                // scored once: the second run finds the submissions unchanged and reuses the first run's results
                assertThat(run.err()).contains("（其中 3 个文件未变化，沿用上次结果）");
            }
            assertThat(summaryFiles(inbox)).as("pass %d", pass).containsExactlyElementsOf(SUBMISSIONS);
            assertThat(csv(inbox.resolve("errors.csv"))).as("pass %d", pass).isEmpty();
            // no input written over: the copies sit beside them as NAME.scored.EXT
            assertThat(hashes(inbox)).as("pass %d", pass).containsAllEntriesOf(before);
            for (String copy : List.of("a.scored.xlsx", "b.scored.xls", "dept/c.scored.xlsx")) {
                assertThat(OutputMarker.find(Files.readAllBytes(inbox.resolve(copy)))).as(copy).contains("filled-copy");
            }
        }
        try (InputStream in = Files.newInputStream(inbox.resolve("汇总.xlsx"));
             XSSFWorkbook summary = new XSSFWorkbook(in)) {
            var custom = summary.getProperties().getCustomProperties();
            assertThat(custom.getProperty(OutputMarker.PROPERTY).getLpwstr()).isEqualTo("summary");
            assertThat(custom.getProperty(OutputMarker.VERSION_PROPERTY).getLpwstr())
                    .isEqualTo(OutputMarker.JIXIAO_VERSION);
        }

        // the next step: the same inbox, now holding all that, into another folder
        Path out = tmp.resolve("out");
        CliRun elsewhere = run("batch", inbox.toString(), "-o", out.toString());
        assertThat(elsewhere.code()).as(elsewhere.err()).isZero();
        assertThat(summaryFiles(out)).containsExactlyElementsOf(SUBMISSIONS);
        assertThat(csv(out.resolve("errors.csv"))).isEmpty();
        // three copies by their marker, 汇总.xlsx by marker and name; summary.csv and errors.csv are not workbooks
        assertThat(elsewhere.err()).contains("共 3 个文件，评分 3 张评价表，0 个文件无法评分，跳过 4 个 jixiao 输出文件",
                "4 jixiao output files skipped");
    }

    @Test
    void aMarkedCopyRenamedToAnInnocentNameIsStillSkipped() throws IOException {
        assertThat(run("batch", inbox.toString(), "-o", inbox.toString(), "--quiet").code()).isZero();
        Files.copy(inbox.resolve("a.scored.xlsx"), inbox.resolve("2023年项目自评表.xlsx"));
        Files.copy(inbox.resolve("b.scored.xls"), inbox.resolve("dept/报送.xls"));

        CliRun run = run("batch", inbox.toString(), "-o", inbox.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(summaryFiles(inbox)).containsExactlyElementsOf(SUBMISSIONS);
        assertThat(csv(inbox.resolve("errors.csv"))).isEmpty();
        assertThat(run.err()).contains("跳过 2 个 jixiao 输出文件");

        // without the state that names the copies, the marker alone keeps every one of them out
        deleteTree(inbox.resolve(".jixiao"));
        CliRun stateless = run("batch", inbox.toString(), "-o", inbox.toString());
        assertThat(stateless.code()).as(stateless.err()).isZero();
        assertThat(summaryFiles(inbox)).containsExactlyElementsOf(SUBMISSIONS);
        assertThat(csv(inbox.resolve("errors.csv"))).isEmpty();
        assertThat(stateless.err()).contains("跳过 5 个 jixiao 输出文件");
    }

    @Test
    void scoringAFilledCopyByNameWorksButSaysWhatItIs() throws IOException {
        assertThat(run("score", inbox.resolve("a.xlsx").toString(), "-o", inbox.resolve("a.scored.xlsx").toString())
                .code()).isZero();
        CliRun copy = run("score", inbox.resolve("a.scored.xlsx").toString(), "-o",
                inbox.resolve("a.again.xlsx").toString());
        assertThat(copy.code()).isZero();
        assertThat(copy.err()).contains("提示 note: a.scored.xlsx 是 jixiao 写出的文件（filled-copy）", "original submission");
        CliRun original = run("score", inbox.resolve("a.xlsx").toString(), "-o", inbox.resolve("a.twice.xlsx").toString());
        assertThat(original.err()).doesNotContain("jixiao 写出的文件");
    }

    @Test
    void anOutputFolderInsideTheInboxIsExcludedAndSaysSo() throws IOException {
        Path out = inbox.resolve("结果");
        for (int pass = 1; pass <= 2; pass++) {
            CliRun run = run("batch", inbox.toString(), "-o", out.toString());
            assertThat(run.code()).as("pass %d: %s", pass, run.err()).isZero();
            assertThat(run.err().lines().filter(l -> l.startsWith("输出文件夹在输入文件夹内，已排除："))).as("pass %d", pass)
                    .containsExactly("输出文件夹在输入文件夹内，已排除：" + out.toAbsolutePath().normalize()
                            + " / output folder excluded from the inputs");
            assertThat(run.err()).contains("开始批量评分 3 个文件").doesNotContain("跳过");
            assertThat(summaryFiles(out)).containsExactlyElementsOf(SUBMISSIONS);
            assertThat(csv(out.resolve("errors.csv"))).isEmpty();
        }
        // the mirrored copies keep the inputs' names there, as before
        assertThat(out.resolve("a.xlsx")).exists();
        assertThat(out.resolve("dept/c.xlsx")).exists();
    }

    @Test
    void outputOnAnExistingFileStopsWithExit2NamingIt() throws IOException {
        Path file = inbox.resolve("a.xlsx");
        Map<String, String> before = hashes(inbox);
        CliRun run = run("batch", inbox.toString(), "-o", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("输出文件夹不能是文件：" + file.toAbsolutePath().normalize() + " 是已有的文件")
                .contains("not a folder").doesNotContain("开始批量评分");
        CliRun below = run("batch", inbox.toString(), "-o", file.resolve("out").toString());
        assertThat(below.code()).isEqualTo(2);
        assertThat(below.err()).contains(file.toAbsolutePath().normalize() + " 是文件而不是文件夹", "is a file, not a folder");
        assertThat(hashes(inbox)).isEqualTo(before);
    }

    @Test
    void anUnwritableOutputFolderStopsWithExit2NamingIt() throws IOException {
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root, where a read-only folder is still writable:"
                    + " the permission check cannot be exercised here");
            CliRun run = run("batch", inbox.toString(), "-o", locked.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("无法写入输出文件夹 " + locked.toAbsolutePath().normalize() + "：没有写权限")
                    .contains("permission denied");
            CliRun inside = run("batch", inbox.toString(), "-o", locked.resolve("new").toString());
            assertThat(inside.code()).isEqualTo(2);
            assertThat(inside.err()).contains("没有在 " + locked.toAbsolutePath().normalize() + " 中写入的权限");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void scoreOnAFolderPointsToBatch() throws IOException {
        CliRun run = run("score", inbox.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("IO_ERROR")
                .isEqualTo(inbox + " 是文件夹：批量评分请用 jixiao batch " + inbox + " -o OUTDIR / is a folder: use jixiao batch "
                        + inbox + " -o OUTDIR");
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(inbox)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("a.xlsx", "b.xls", "dept");
        }
    }

    @Test
    void rulesExportKeepsAnEditedRuleSetUnlessForced() throws IOException {
        Path dir = tmp.resolve("my-rules");
        CliRun first = run("rules", "export", "department-overall-reference", dir.toString());
        assertThat(first.code()).as(first.err()).isZero();
        Path settings = dir.resolve("设置.csv");
        String exported = Files.readString(settings, StandardCharsets.UTF_8);
        String edited = exported + "# 本单位调整\n";
        Files.writeString(settings, edited, StandardCharsets.UTF_8);

        CliRun refused = run("rules", "export", "department-overall-reference", dir.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).startsWith(dir + " 中已有规则集文件，未覆盖：")
                .contains("指标规则.csv", "等级.csv", "设置.csv", "--force");
        assertThat(refused.out()).isEmpty();
        assertThat(Files.readString(settings, StandardCharsets.UTF_8)).isEqualTo(edited);

        CliRun forced = run("rules", "export", "department-overall-reference", dir.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains(settings.toString());
        assertThat(Files.readString(settings, StandardCharsets.UTF_8)).isEqualTo(exported);
        assertThat(run("rules", "--help").out()).contains("export NAME DIR [--force]", "--force");
    }

    /** The 文件 column of summary.csv, one entry per evaluation. */
    private static List<String> summaryFiles(Path outDir) throws IOException {
        return csv(outDir.resolve("summary.csv")).stream().map(r -> r.get("文件")).toList();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords();
        }
    }

    /** SHA-256 of every regular file below dir outside .jixiao, by relative path. */
    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith(".jixiao/")) {
                    hashes.put(name, sha256(Files.readAllBytes(file)));
                }
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
