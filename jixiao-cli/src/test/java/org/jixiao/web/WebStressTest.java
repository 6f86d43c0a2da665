package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The load: {@value #CLIENTS} loopback clients at once, each uploading {@value #WORKBOOKS} workbooks (the
 * samples over and over under names of their own, the truncated one among them), running its batch and checking
 * every total and the unreadable files; then the server stops and its folder must be gone. Outside the quick
 * suite (tag "bench": {@code mvn -B -ntp test -Pbench -Dtest=WebStressTest}); appends its timings to
 * target/web-stress.txt.
 */
@Tag("bench")
class WebStressTest {

    static final int CLIENTS = 20;
    static final int WORKBOOKS = 50;

    @TempDir
    Path tmp;

    @Test
    void twentyClientsUploadFiftyWorkbooksEach() throws Exception {
        List<String> samples;
        try (Stream<Path> files = Files.list(Samples.DIR)) {
            samples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx") || n.endsWith(".xls"))
                    .sorted().toList();
        }
        Map<String, byte[]> content = new LinkedHashMap<>();
        for (String sample : samples) {
            content.put(sample, Files.readAllBytes(Samples.DIR.resolve(sample)));
        }
        Map<String, String> expected = Map.of(SampleWorkbooks.HUALONG, "92.44", SampleWorkbooks.CLEAN, "96.55",
                SampleWorkbooks.LENIENT, "89.68", SampleWorkbooks.LENIENT_XLS, "89.68", SampleWorkbooks.DEPARTMENT,
                "95.45", SampleWorkbooks.DEPARTMENT_REFERENCE, "82.10");
        Path temp = Files.createDirectories(tmp.resolve("server-temp"));
        WebServer server = WebServer.start(WebOptions.DEFAULTS.withPort(0).withTempParent(temp));
        Path folder = server.temporaryFolder();
        long start = System.nanoTime();
        long[] latencies = new long[CLIENTS];
        long[] uploads = new long[CLIENTS];
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int n = c;
                clients.add(pool.submit(() -> {
                    long begun = System.nanoTime();
                    WebClient client = new WebClient(server.uri());
                    String batch = client.newBatch();
                    for (int i = 0; i < WORKBOOKS; i++) {
                        String sample = samples.get((i + n) % samples.size());
                        String name = String.format("客户%02d/%02d-%s", n, i, sample);
                        assertThat(client.upload(batch, name, content.get(sample)).status()).isEqualTo(201);
                    }
                    uploads[n] = System.nanoTime() - begun;
                    assertThat(client.run(batch, "auto").status()).isEqualTo(202);
                    JsonNode results = client.await(batch);
                    int truncated = 0;
                    for (JsonNode failure : results.get("failures")) {
                        assertThat(failure.get("code").asText()).isEqualTo("TRUNCATED");
                        truncated++;
                    }
                    for (JsonNode row : results.get("rows")) {
                        String file = row.get("file").asText();
                        String sample = file.substring(file.indexOf('-') + 1);
                        assertThat(file).startsWith(String.format("客户%02d/", n));
                        assertThat(row.get("total").decimalValue()).as(file).isEqualByComparingTo(expected.get(sample));
                    }
                    assertThat(results.get("rows").size() + truncated).isEqualTo(WORKBOOKS);
                    latencies[n] = System.nanoTime() - begun;
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            server.close();
        }
        long wall = System.nanoTime() - start;
        assertThat(folder).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        Arrays.sort(latencies);
        Arrays.sort(uploads);
        String report = String.format("%s  %d clients × %d workbooks, %d cores: wall %.1f s; per client (upload, run,"
                        + " results) median %.1f s, max %.1f s; upload alone median %.1f s; temporary folder gone%n",
                Instant.now(), CLIENTS, WORKBOOKS, Runtime.getRuntime().availableProcessors(), wall / 1e9,
                latencies[CLIENTS / 2] / 1e9, latencies[CLIENTS - 1] / 1e9, uploads[CLIENTS / 2] / 1e9);
        System.out.print(report);
        Files.writeString(Path.of("target", "web-stress.txt"), report, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
