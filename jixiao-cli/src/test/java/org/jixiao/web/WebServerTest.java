package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.Samples;
import org.jixiao.cli.Main;
import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every endpoint of {@code jixiao serve} over loopback HTTP: the page, uploads, progress, results, one
 * workbook's findings, every download, bad inputs with the reader's reason codes, the size limits, names that
 * try to leave the batch folder, a client that hangs up mid-upload, several clients at once, and nothing left
 * on disk once the server stops. Each server runs in its own temporary folder, so what it leaves is countable.
 */
class WebServerTest {

    @TempDir
    Path tmp;

    private Path temp;
    private WebServer server;
    private WebClient client;

    @BeforeEach
    void start() throws IOException {
        temp = Files.createDirectories(tmp.resolve("server-temp"));
        server = WebServer.start(WebOptions.DEFAULTS.withPort(0).withTempParent(temp).withConcurrency(2, 2));
        client = new WebClient(server.uri());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        // the server's private folder, uploads and outputs included, is gone; nothing else was left beside it
        assertThat(server.temporaryFolder()).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Samples.DIR.resolve(name));
    }

    private String scored(String... samples) throws Exception {
        String batch = client.newBatch();
        for (String sample : samples) {
            WebClient.Reply reply = client.upload(batch, sample, sample(sample));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }
        assertThat(client.run(batch, "auto").status()).isEqualTo(202);
        return batch;
    }

    // ---- the page ----

    @Test
    void servesThePageWithAPolicyThatLoadsNothingFromElsewhere() throws Exception {
        WebClient.Reply page = client.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("预算绩效自评表评分", "/app.js", "/app.css").doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        for (String file : List.of("/app.js", "/app.css", "/favicon.svg")) {
            WebClient.Reply reply = client.get(file);
            assertThat(reply.status()).as(file).isEqualTo(200);
            // offline: no CDN, no font service, no absolute URL of any kind
            assertThat(reply.body()).as(file).doesNotContain("https://", "//cdn", "@import");
        }
        assertThat(client.get("/org/jixiao/web/WebHandler.class").status()).isEqualTo(404);
        assertThat(client.get("/../pom.xml").status()).isIn(400, 404);
        assertThat(client.get("/app.js/../../pom.xml").status()).isIn(400, 404);
    }

    @Test
    void infoNamesTheLimitsAndTheBuiltInRuleSets() throws Exception {
        JsonNode info = client.get("/api/info").json();
        assertThat(info.get("maxFileBytes").asLong()).isEqualTo(50L << 20);
        assertThat(info.get("maxBatchBytes").asLong()).isEqualTo(2048L << 20);
        assertThat(info.get("ruleSets").findValuesAsText("name")).containsAll(BuiltInRuleSets.names());
    }

    // ---- upload, progress, results, detail ----

    @Test
    void scoresTheFoundingCaseAt9244优WithProgressResultsAndDetail() throws Exception {
        String batch = scored(SampleWorkbooks.HUALONG, SampleWorkbooks.LENIENT);
        JsonNode results = client.await(batch);
        JsonNode hualong = WebClient.row(results, SampleWorkbooks.HUALONG);
        assertThat(hualong.get("total").decimalValue()).isEqualByComparingTo("92.44");
        assertThat(hualong.get("grade").asText()).isEqualTo("优");
        assertThat(hualong.get("unit").asText()).isEqualTo("广州市番禺区化龙镇人民政府");
        assertThat(hualong.get("rate").decimalValue()).isEqualByComparingTo("0.8274");
        JsonNode lenient = WebClient.row(results, SampleWorkbooks.LENIENT);
        assertThat(lenient.get("total").decimalValue()).isEqualByComparingTo("89.68");
        assertThat(lenient.get("rank").asInt()).isEqualTo(2);
        assertThat(results.get("grades").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(results.get("histogram").get("counts").get(7).asInt()).isEqualTo(1); // 92.44 in 90–95
        assertThat(results.get("losses").get(0).get("lostIn").asInt()).isEqualTo(2); // both lose on 预算执行率
        JsonNode progress = client.get("/api/batches/" + batch + "/progress").json();
        assertThat(progress.get("done").asInt()).isEqualTo(2);
        assertThat(progress.get("total").asInt()).isEqualTo(2);

        JsonNode detail = client.get("/api/batches/" + batch + "/detail?row=" + lenient.get("row").asInt()).json();
        JsonNode sheet = detail.get("evaluations").get(0);
        assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("89.68");
        assertThat(sheet.get("robustness").get("line").asText()).contains("等级不变的概率");
        assertThat(sheet.get("budget").get("score").decimalValue()).isEqualByComparingTo("7.45");
        // a finding names its cell and shows what the sheet says there and what jixiao computed
        JsonNode budgetFinding = findingAt(sheet, "自评表!I6");
        assertThat(budgetFinding.get("code").asText()).isEqualTo("SCORE_MISMATCH");
        assertThat(budgetFinding.get("submitted").asText()).isEqualTo("10");
        assertThat(budgetFinding.get("recomputed").asText()).isEqualTo("7.45");
        JsonNode total = Stream.of(sheet.get("findings")).flatMap(f -> java.util.stream.StreamSupport
                .stream(f.spliterator(), false)).filter(f -> f.get("code").asText().equals("TOTAL_MISMATCH"))
                .findFirst().orElseThrow();
        assertThat(total.get("submitted").asText()).isEqualTo("98");
        assertThat(total.get("recomputed").asText()).isEqualTo("89.68");

        assertThat(client.get("/api/batches/" + batch + "/detail?row=99").status()).isEqualTo(404);
        assertThat(client.get("/api/batches/" + batch + "/detail?row=x").status()).isEqualTo(400);
    }

    private static JsonNode findingAt(JsonNode sheet, String cell) {
        for (JsonNode f : sheet.get("findings")) {
            if (f.get("cell").asText().equals(cell)) {
                return f;
            }
        }
        throw new AssertionError("no finding at " + cell + ": " + sheet.get("findings"));
    }

    @Test
    void resultsBeforeTheRunEndsAreRefusedAndARunTakesNoMoreFiles() throws Exception {
        String batch = client.newBatch();
        assertThat(client.get("/api/batches/" + batch + "/results").status()).isEqualTo(409);
        WebClient.Reply empty = client.run(batch, "auto");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("还没有可评分的工作簿");
        client.upload(batch, SampleWorkbooks.CLEAN, sample(SampleWorkbooks.CLEAN));
        assertThat(client.run(batch, "no-such-set").status()).isEqualTo(400);
        assertThat(client.run(batch, "auto").status()).isEqualTo(202);
        assertThat(client.run(batch, "auto").errorCode()).isEqualTo("NOT_OPEN");
        assertThat(client.upload(batch, "late.xlsx", sample(SampleWorkbooks.CLEAN)).status()).isEqualTo(409);
        client.await(batch);
    }

    // ---- downloads ----

    @Test
    void summaryDownloadsAreThoseOfJixiaoBatchOnTheSameFiles() throws Exception {
        List<String> samples;
        try (Stream<Path> files = Files.list(Samples.DIR)) {
            samples = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        String batch = scored(samples.toArray(String[]::new));
        JsonNode results = client.await(batch);
        assertThat(results.get("failures").findValuesAsText("code")).containsExactly("TRUNCATED");

        Path out = tmp.resolve("cli-out");
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "batch",
                Samples.DIR.toString(), "-o", out.toString(), "--quiet");
        assertThat(code).isEqualTo(4); // the truncated sample
        byte[] web = client.bytes("/api/batches/" + batch + "/download/summary.xlsx");
        assertThat(cells(web)).isEqualTo(cells(Files.readAllBytes(out.resolve("汇总.xlsx"))));
        assertThat(new String(client.bytes("/api/batches/" + batch + "/download/summary.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(out.resolve("summary.csv")));
        assertThat(new String(client.bytes("/api/batches/" + batch + "/download/errors.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(out.resolve("errors.csv")));

        WebClient.Reply head = client.get("/api/batches/" + batch + "/download/summary.xlsx");
        assertThat(head.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E6%B1%87%E6%80%BB.xlsx");

        Map<String, byte[]> copies = unzip(client.bytes("/api/batches/" + batch + "/download/copies.zip"));
        assertThat(copies.keySet()).containsExactlyInAnyOrder(samples.stream()
                .filter(s -> !s.equals(SampleWorkbooks.MALFORMED)).toArray(String[]::new));
        int row = WebClient.row(results, SampleWorkbooks.HUALONG).get("row").asInt();
        byte[] copy = client.bytes("/api/batches/" + batch + "/download/copy?row=" + row);
        assertThat(copy).isEqualTo(copies.get(SampleWorkbooks.HUALONG));
        assertThat(Samples.read(write("copy.xlsx", copy)).evaluations()).isNotEmpty();

        // the 绩效自评报告 draft of one workbook, as `jixiao report` drafts it: its figures read back from the .docx
        WebClient.Reply report = client.get("/api/batches/" + batch + "/download/report?row=" + row);
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow()).contains(".docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(client.bytes("/api/batches/" + batch + "/download/report?row=" + row)))) {
            String text = docx.getParagraphs().stream().map(p -> p.getText()).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(text).contains("48,865.73", "40,430.2", "82.74%", "92.44", "优");
        }
    }

    @Test
    void downloadingTheWholeBatchDeletesIt() throws Exception {
        String batch = scored(SampleWorkbooks.HUALONG, SampleWorkbooks.MALFORMED);
        client.await(batch);
        Path folder = server.temporaryFolder().resolve(batch);
        assertThat(folder).isDirectory();
        Map<String, byte[]> all = unzip(client.bytes("/api/batches/" + batch + "/download/all.zip"));
        assertThat(all.keySet()).contains("汇总.xlsx", "summary.csv", "errors.csv",
                "填好的副本/" + SampleWorkbooks.HUALONG);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(folder) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(folder).doesNotExist();
        assertThat(client.get("/api/batches/" + batch + "/progress").status()).isEqualTo(404);
    }

    @Test
    void clearingABatchDeletesItsFilesAndItsIdStopsWorking() throws Exception {
        String batch = client.newBatch();
        client.upload(batch, SampleWorkbooks.CLEAN, sample(SampleWorkbooks.CLEAN));
        assertThat(server.temporaryFolder().resolve(batch)).isDirectory();
        // navigator.sendBeacon can only POST
        WebClient.Reply cleared = client.send("POST", "/api/batches/" + batch + "/delete",
                HttpRequest.BodyPublishers.noBody());
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(server.temporaryFolder().resolve(batch)).doesNotExist();
        assertThat(client.send("DELETE", "/api/batches/" + batch, HttpRequest.BodyPublishers.noBody()).status())
                .isEqualTo(404);
    }

    // ---- bad inputs ----

    @Test
    void badFilesGetTheReadersReasonCodesAndNeverStopTheBatch() throws Exception {
        String batch = client.newBatch();
        client.upload(batch, SampleWorkbooks.HUALONG, sample(SampleWorkbooks.HUALONG));
        client.upload(batch, "empty.xlsx", new byte[0]);
        client.upload(batch, "truncated.xlsx", Arrays.copyOf(sample(SampleWorkbooks.CLEAN), 2000));
        client.upload(batch, "page.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        // another extension: read at once and refused with the reader's own reason, as the CLI gives it
        WebClient.Reply notes = client.upload(batch, "notes.txt", "本年度绩效良好".getBytes(StandardCharsets.UTF_8));
        assertThat(notes.status()).isEqualTo(415);
        assertThat(notes.json().get("rejected").get(0).get("code").asText()).isEqualTo("NOT_OFFICE_FILE");
        assertThat(notes.json().get("rejected").get(0).get("message").asText()).startsWith("notes.txt: 不是 Excel 工作簿");
        // a workbook under another name is taken, with its format's extension added as batch names copies
        WebClient.Reply renamed = client.upload(batch, "表.dat", sample(SampleWorkbooks.CLEAN));
        assertThat(renamed.json().get("accepted").get(0).get("name").asText()).isEqualTo("表.dat.xlsx");
        client.run(batch, "auto");
        JsonNode results = client.await(batch);
        Map<String, String> codes = new LinkedHashMap<>();
        results.get("failures").forEach(f -> codes.put(f.get("file").asText(), f.get("code").asText()));
        assertThat(codes).containsEntry("empty.xlsx", "EMPTY_FILE").containsEntry("truncated.xlsx", "TRUNCATED")
                .containsEntry("page.xls", "HTML_DISGUISED").containsEntry("notes.txt", "NOT_OFFICE_FILE");
        assertThat(WebClient.row(results, SampleWorkbooks.HUALONG).get("total").decimalValue())
                .isEqualByComparingTo("92.44");
        assertThat(WebClient.row(results, "表.dat.xlsx").get("total").decimalValue()).isEqualByComparingTo("96.55");
    }

    @Test
    void unusableNamesAndUnknownBatchesAreRefused() throws Exception {
        String batch = client.newBatch();
        assertThat(client.upload(batch, "../..", new byte[] {1}).status()).isEqualTo(400);
        assertThat(client.upload(batch, "", new byte[] {1}).status()).isEqualTo(400);
        assertThat(client.upload("AAAAAAAAAAAAAAAAAAAAAA", "a.xlsx", new byte[] {1}).status()).isEqualTo(404);
        assertThat(client.upload("../" + batch, "a.xlsx", new byte[] {1}).status()).isIn(400, 404);
        assertThat(client.get("/api/batches/not-an-id/progress").status()).isEqualTo(404);
        // nothing lists batches: an id is the only way to one
        assertThat(client.get("/api/batches").status()).isIn(404, 405);
        assertThat(client.get("/api/batches/").status()).isIn(404, 405);
    }

    // ---- limits ----

    @Test
    void filesAndBatchesOverTheirLimitsAreRefusedAndLeaveNothing() throws Exception {
        server.close();
        long kb = 1024;
        server = WebServer.start(WebOptions.DEFAULTS.withPort(0).withTempParent(temp).withLimits(8 * kb, 14 * kb)
                .withMaxFiles(3));
        client = new WebClient(server.uri());
        String batch = client.newBatch();
        byte[] clean = sample(SampleWorkbooks.CLEAN); // 5.3 KB

        // declared too large: refused before a byte is read
        WebClient.Reply declared = client.upload(batch, "big.xlsx", new byte[(int) (9 * kb)]);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.errorCode()).isEqualTo("TOO_LARGE");
        assertThat(declared.json().get("error").get("message").asText()).contains("8 KB", "big.xlsx").contains("上限");
        // no length declared (chunked): counted while streaming and cut at the limit
        WebClient.Reply streamed = client.send("PUT", "/api/batches/" + batch + "/files?name=big.xlsx",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[(int) (20 * kb)])));
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(streamed.errorCode()).isEqualTo("TOO_LARGE");

        assertThat(client.upload(batch, "a.xlsx", clean).status()).isEqualTo(201);
        assertThat(client.upload(batch, "b.xlsx", clean).status()).isEqualTo(201);
        WebClient.Reply third = client.upload(batch, "c.xlsx", clean);
        assertThat(third.status()).isEqualTo(413);
        assertThat(third.errorCode()).isEqualTo("BATCH_TOO_LARGE");
        JsonNode progress = client.get("/api/batches/" + batch + "/progress").json();
        assertThat(progress.get("files").asInt()).isEqualTo(2);
        assertThat(progress.get("bytes").asLong()).isEqualTo(2L * clean.length);
        assertThat(filesUnder(server.temporaryFolder().resolve(batch).resolve("staging"))).isEmpty();

        // the number of files too: three tiny ones fill a second batch
        String small = client.newBatch();
        for (String name : List.of("1.xlsx", "2.xlsx", "3.xlsx")) {
            assertThat(client.upload(small, name, new byte[] {1}).status()).isEqualTo(201);
        }
        assertThat(client.upload(small, "4.xlsx", new byte[] {1}).errorCode()).isEqualTo("TOO_MANY_FILES");
    }

    @Test
    void aZipBombStopsAtThePerFileLimit() throws Exception {
        String batch = client.newBatch();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("材料/bomb.xlsx"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                out.write(zeros); // 60 MB of zeros deflate to some 60 KB
            }
            out.closeEntry();
        }
        WebClient.Reply reply = client.upload(batch, "材料.zip", zip.toByteArray());
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.errorCode()).isEqualTo("TOO_LARGE");
        assertThat(filesUnder(server.temporaryFolder().resolve(batch))).isEmpty();
        assertThat(client.get("/api/batches/" + batch + "/progress").json().get("bytes").asLong()).isZero();
    }

    // ---- names that try to leave the folder ----

    @Test
    void traversalNamesStayInsideTheBatchFolder() throws Exception {
        String batch = client.newBatch();
        byte[] clean = sample(SampleWorkbooks.CLEAN);
        List<String> names = List.of("../../../escaped.xlsx", "..\\..\\escaped2.xlsx", "/etc/escaped3.xlsx",
                "C:\\Windows\\escaped4.xlsx", "a/../../escaped5.xlsx", "./././escaped6.xlsx", "nul\u0000.xlsx",
                "CON.xlsx", ".hidden.xlsx", "a:b*c?.xlsx", "  spaced  .xlsx. . ", "%2e%2e%2fescaped7.xlsx");
        List<String> taken = new ArrayList<>();
        for (String name : names) {
            WebClient.Reply reply = client.upload(batch, name, clean);
            assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(201);
            taken.add(reply.json().get("accepted").get(0).get("name").asText());
        }
        assertThat(taken).containsExactly("escaped.xlsx", "escaped2.xlsx", "etc/escaped3.xlsx",
                "C_/Windows/escaped4.xlsx", "a/escaped5.xlsx", "escaped6.xlsx", "nul_.xlsx", "_CON.xlsx",
                "_hidden.xlsx", "a_b_c_.xlsx", "spaced  .xlsx", "%2e%2e%2fescaped7.xlsx");
        // the same in a zip: entries named to climb out land inside as well
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String entry : List.of("../../zipped.xlsx", "/abs/zipped2.xlsx", "__MACOSX/._zipped.xlsx",
                    "readme.txt", "~$lock.xlsx")) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(clean);
                out.closeEntry();
            }
        }
        JsonNode unpacked = client.upload(batch, "folder.zip", zip.toByteArray()).json();
        assertThat(unpacked.get("accepted").findValuesAsText("name")).containsExactly("zipped.xlsx", "abs/zipped2.xlsx");
        assertThat(unpacked.get("ignored").toString()).contains("readme.txt", "~$lock.xlsx");
        Path root = server.temporaryFolder().resolve(batch).resolve("in");
        try (Stream<Path> all = Files.walk(tmp)) {
            // every file the uploads made is under the batch's in/ folder, and nothing escaped above it
            List<Path> escaped = all.filter(Files::isRegularFile).filter(p -> p.getFileName().toString()
                    .startsWith("escaped") || p.getFileName().toString().startsWith("zipped"))
                    .filter(p -> !p.startsWith(root)).toList();
            assertThat(escaped).isEmpty();
        }
        assertThat(filesUnder(root)).hasSize(names.size() + 2);
        client.run(batch, "auto");
        JsonNode results = client.await(batch);
        assertThat(results.get("rows")).hasSize(names.size() + 2);
    }

    // ---- a client that goes away ----

    @Test
    void aClientThatHangsUpMidUploadLeavesNothingBehind() throws Exception {
        String batch = client.newBatch();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/batches/" + batch + "/files?name=half.xlsx HTTP/1.1\r\nHost: 127.0.0.1:"
                    + server.port() + "\r\nContent-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[300_000]);
            out.flush();
            Thread.sleep(200);
        }
        Path batchFolder = server.temporaryFolder().resolve(batch);
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end && (!filesUnder(batchFolder).isEmpty()
                || client.get("/api/batches/" + batch + "/progress").json().get("bytes").asLong() != 0)) {
            Thread.sleep(50);
        }
        assertThat(filesUnder(batchFolder)).isEmpty();
        JsonNode progress = client.get("/api/batches/" + batch + "/progress").json();
        assertThat(progress.get("bytes").asLong()).isZero();
        assertThat(progress.get("files").asInt()).isZero();
    }

    // ---- only this machine ----

    @Test
    void anotherHostNameOrAnotherSitesRequestIsRefused() throws Exception {
        assertThat(rawStatus("GET /api/info HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\n\r\n"))
                .isEqualTo(403);
        assertThat(rawStatus("GET /api/info HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n\r\n"))
                .isEqualTo(200);
        WebClient.Reply foreign = client.send("POST", "/api/batches", HttpRequest.BodyPublishers.noBody());
        assertThat(foreign.status()).isEqualTo(201);
        java.net.http.HttpResponse<String> refused = client.http.send(HttpRequest.newBuilder(server.uri()
                .resolve("/api/batches")).header("Origin", "http://attacker.example").POST(HttpRequest.BodyPublishers
                .noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("FORBIDDEN_ORIGIN");
    }

    private int rawStatus(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    // ---- rule sets ----

    @Test
    void anUploadedRuleSetIsValidatedWithFileLineAndColumnAndThenUsed() throws Exception {
        String batch = client.newBatch();
        String bad = "编码,一级指标,二级指标,三级指标,分值,规则类型,参数\n,产出指标,*,*,abc,比例,\n,*,*,*,,未知类型,\n";
        WebClient.Reply invalid = client.send("PUT", "/api/batches/" + batch + "/rules?name=指标规则.csv",
                HttpRequest.BodyPublishers.ofString(bad, StandardCharsets.UTF_8));
        assertThat(invalid.status()).isEqualTo(422);
        JsonNode errors = invalid.json().get("errors");
        assertThat(errors.size()).isGreaterThanOrEqualTo(2);
        assertThat(errors.get(0).get("file").asText()).isEqualTo("指标规则.csv");
        assertThat(errors.findValuesAsText("line")).contains("2");
        assertThat(errors.findValuesAsText("column")).contains("分值");
        assertThat(client.run(batch, "uploaded").status()).isIn(400, 422);

        Path exported = Files.createDirectories(tmp.resolve("national"));
        BuiltInRuleSets.export(BuiltInRuleSets.NATIONAL, exported);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip); Stream<Path> files = Files.list(exported)) {
            for (Path file : files.toList()) {
                out.putNextEntry(new ZipEntry("national/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        WebClient.Reply valid = client.send("PUT", "/api/batches/" + batch + "/rules?name=national.zip",
                HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray()));
        assertThat(valid.status()).as(valid.body()).isEqualTo(200);
        assertThat(valid.json().get("valid").asBoolean()).isTrue();
        client.upload(batch, SampleWorkbooks.HUALONG, sample(SampleWorkbooks.HUALONG));
        assertThat(client.run(batch, "uploaded").status()).isEqualTo(202);
        JsonNode row = WebClient.row(client.await(batch), SampleWorkbooks.HUALONG);
        assertThat(row.get("total").decimalValue()).isEqualByComparingTo("92.44");
        assertThat(row.get("rules").asText()).contains("指定");
    }

    // ---- several clients ----

    @Test
    void concurrentBatchesFromSeveralClientsEachGetTheirOwnResults() throws Exception {
        List<String> samples = List.of(SampleWorkbooks.HUALONG, SampleWorkbooks.CLEAN, SampleWorkbooks.LENIENT,
                SampleWorkbooks.DEPARTMENT);
        Map<String, String> totals = Map.of(SampleWorkbooks.HUALONG, "92.44", SampleWorkbooks.CLEAN, "96.55",
                SampleWorkbooks.LENIENT, "89.68", SampleWorkbooks.DEPARTMENT, "95.45");
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<String>> batches = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int n = c;
                Callable<String> task = () -> {
                    WebClient own = new WebClient(server.uri());
                    String batch = own.newBatch();
                    // each client a different share of the samples, under its own names
                    for (int i = 0; i <= n % samples.size(); i++) {
                        assertThat(own.upload(batch, "c" + n + "-" + samples.get(i), sample(samples.get(i))).status())
                                .isEqualTo(201);
                    }
                    assertThat(own.run(batch, "auto").status()).isEqualTo(202);
                    JsonNode results = own.await(batch);
                    assertThat(results.get("rows")).hasSize(n % samples.size() + 1);
                    for (JsonNode row : results.get("rows")) {
                        String file = row.get("file").asText();
                        assertThat(file).startsWith("c" + n + "-");
                        assertThat(row.get("total").decimalValue()).as(file)
                                .isEqualByComparingTo(totals.get(file.substring(file.indexOf('-') + 1)));
                    }
                    return batch;
                };
                batches.add(pool.submit(task));
            }
            for (Future<String> batch : batches) {
                batch.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdleBatchIsDeletedWithItsFiles() throws Exception {
        server.close();
        server = WebServer.start(WebOptions.DEFAULTS.withPort(0).withTempParent(temp)
                .withIdleTimeout(Duration.ofMillis(300)));
        client = new WebClient(server.uri());
        String batch = client.newBatch();
        client.upload(batch, SampleWorkbooks.CLEAN, sample(SampleWorkbooks.CLEAN));
        Path folder = server.temporaryFolder().resolve(batch);
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (Files.exists(folder) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void stoppingTheServerDeletesEveryUploadAndOutput() throws Exception {
        String done = scored(SampleWorkbooks.HUALONG);
        client.await(done);
        String open = client.newBatch();
        client.upload(open, SampleWorkbooks.CLEAN, sample(SampleWorkbooks.CLEAN));
        Path folder = server.temporaryFolder();
        assertThat(filesUnder(folder)).isNotEmpty();
        server.close();
        assertThat(folder).doesNotExist();
    }

    @Test
    void stoppingTheServerMidRunDeletesEverything() throws Exception {
        String batch = client.newBatch();
        byte[] hualong = sample(SampleWorkbooks.HUALONG);
        for (int i = 0; i < 40; i++) {
            client.upload(batch, i + ".xlsx", hualong);
        }
        client.run(batch, "auto");
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!client.get("/api/batches/" + batch + "/progress").json().get("state").asText().equals("running")
                && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        Path folder = server.temporaryFolder();
        server.close();
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFolderLeftByAKilledServerIsDeletedAtTheNextStart() throws Exception {
        // no live process has a pid this large, as a killed server's no longer does
        Path abandoned = Files.createDirectories(temp.resolve("jixiao-web-2147483646-123").resolve("x/in"));
        Files.writeString(abandoned.resolve("a.xlsx"), "left behind");
        Path unrelated = Files.createDirectories(temp.resolve("someone-elses"));
        server.close();
        server = WebServer.start(WebOptions.DEFAULTS.withPort(0).withTempParent(temp));
        client = new WebClient(server.uri());
        assertThat(temp.resolve("jixiao-web-2147483646-123")).doesNotExist();
        assertThat(unrelated).isDirectory();
        Files.delete(unrelated);
    }

    // ---- helpers ----

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Every sheet's cells as formatted text, by sheet name and A1 address: a workbook's content, not its bytes. */
    static Map<String, String> cells(byte[] workbook) throws IOException {
        Map<String, String> cells = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.put(sheet.getSheetName() + "!" + cell.getAddress(), format.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }
}
