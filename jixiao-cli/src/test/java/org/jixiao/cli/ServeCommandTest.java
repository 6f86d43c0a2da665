package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.CliRun.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.jixiao.web.WebOptions;
import org.jixiao.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao serve's command line: listed in help, usage errors exit 2, a taken port is said plainly. */
class ServeCommandTest {

    @TempDir
    Path tmp;


    @Test
    void helpListsServeAndItsOptions() {
        assertThat(run("--help").out()).contains("serve");
        CliRun help = run("serve", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--port", "--open", "--max-file-mb", "--max-batch-mb", "127.0.0.1");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("serve", "--port", "abc").code()).isEqualTo(2);
        assertThat(run("serve", "--port", "70000").err()).contains("1–65535");
        assertThat(run("serve", "--max-file-mb", "0").code()).isEqualTo(2);
        assertThat(run("serve", "--max-file-mb", "100", "--max-batch-mb", "10").err()).contains("--max-batch-mb");
        assertThat(run("serve", "extra").code()).isEqualTo(2);
    }

    @Test
    void aTakenPortIsToldWithAnotherToTry() throws Exception {
        Path temp = Files.createDirectories(tmp.resolve("t"));
        try (WebServer taken = WebServer.start(WebOptions.DEFAULTS.withPort(0).withTempParent(temp))) {
            HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(taken.uri() + "api/info")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            CliRun run = run("serve", "--port", String.valueOf(taken.port()));
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("已被占用", "--port");
        }
        // the refused start left no folder of its own behind either
        try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("jixiao-web-" + ProcessHandle.current().pid() + "-"))).isEmpty();
        }
    }
}
