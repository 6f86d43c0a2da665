package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A loopback client of one server for the HTTP tests: java.net.http, JSON read with Jackson. Thread-safe. */
final class WebClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most a test waits for one batch: far beyond what a handful of samples take, but never forever. */
    static final Duration BATCH_WAIT = Duration.ofSeconds(120);

    final URI base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebClient(URI base) {
        this.base = base;
    }

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }
    }

    Reply send(String method, String path, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120)).method(method, body).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers());
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, HttpRequest.BodyPublishers.noBody());
    }

    byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    String newBatch() throws IOException, InterruptedException {
        Reply reply = send("POST", "/api/batches", HttpRequest.BodyPublishers.noBody());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    Reply upload(String batch, String name, byte[] content) throws IOException, InterruptedException {
        return send("PUT", "/api/batches/" + batch + "/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofByteArray(content));
    }

    Reply upload(String batch, String name, Path file) throws IOException, InterruptedException {
        return send("PUT", "/api/batches/" + batch + "/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofFile(file));
    }

    Reply run(String batch, String rules) throws IOException, InterruptedException {
        return send("POST", "/api/batches/" + batch + "/run?rules=" + URLEncoder.encode(rules, StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.noBody());
    }

    /** Polls progress every 50 ms, for at most {@link #BATCH_WAIT}, then reads the results. */
    JsonNode await(String batch) throws IOException, InterruptedException {
        long end = System.nanoTime() + BATCH_WAIT.toNanos();
        String state = "";
        while (System.nanoTime() < end) {
            Reply progress = get("/api/batches/" + batch + "/progress");
            assertThat(progress.status()).as(progress.body()).isEqualTo(200);
            state = progress.json().get("state").asText();
            if (state.equals("done")) {
                Reply results = get("/api/batches/" + batch + "/results");
                assertThat(results.status()).as(results.body()).isEqualTo(200);
                return results.json();
            }
            assertThat(state).as(progress.body()).isIn("queued", "running");
            Thread.sleep(50);
        }
        throw new AssertionError("batch " + batch + " still " + state + " after " + BATCH_WAIT);
    }

    /** The results row of one file's (first) sheet. */
    static JsonNode row(JsonNode results, String file) {
        for (JsonNode row : results.get("rows")) {
            if (row.get("file").asText().equals(file)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + file + " in " + results.get("rows"));
    }
}
