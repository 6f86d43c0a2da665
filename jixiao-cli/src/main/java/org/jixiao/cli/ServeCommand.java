package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.jixiao.web.WebOptions;
import org.jixiao.web.WebServer;

/** {@code jixiao serve [--port 8080] [--open] [--max-file-mb 50] [--max-batch-mb 2048]}. */
final class ServeCommand implements Command {

    private static final Option PORT = Option.builder().longOpt("port").hasArg().argName("PORT")
            .desc("端口，默认 8080；只在本机 127.0.0.1 上监听 / port (default 8080), on 127.0.0.1 only").get();
    private static final Option OPEN = Option.builder().longOpt("open")
            .desc("启动后用默认浏览器打开页面 / open the page in the default browser").get();
    private static final Option MAX_FILE = Option.builder().longOpt("max-file-mb").hasArg().argName("MB")
            .desc("单个上传文件的上限（MB），默认 50 / per-file upload limit").get();
    private static final Option MAX_BATCH = Option.builder().longOpt("max-batch-mb").hasArg().argName("MB")
            .desc("每批上传合计上限（MB），默认 2048 / per-batch upload limit").get();

    private static final Spec SPEC = new Spec("serve", "[--port 8080] [--open] [--max-file-mb 50] [--max-batch-mb 2048] [-v]",
            List.of("在本机浏览器中评分：启动只供本机访问的网页，拖入工作簿即可评分与下载 / score in the browser: a page"
                            + " served on this machine only.",
                    "上传的文件保存在仅本用户可读的临时文件夹中，清除、整批下载、闲置一小时或按 Ctrl-C 停止时删除。"
                            + " / uploads stay in a private temporary folder, deleted when cleared, downloaded whole,"
                            + " idle for an hour, or when Ctrl-C stops the server."),
            List.of(), new Options().addOption(PORT).addOption(OPEN).addOption(MAX_FILE).addOption(MAX_BATCH)
                    .addOption(Arguments.VERBOSE),
            0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        WebOptions options = WebOptions.DEFAULTS;
        OptionalInt port = arguments.integer(PORT);
        if (port.isPresent()) {
            if (port.getAsInt() < 1 || port.getAsInt() > 65_535) {
                throw new ParseException("--port 应在 1–65535 之间 / must be 1–65535");
            }
            options = options.withPort(port.getAsInt());
        }
        long perFile = megabytes(arguments, MAX_FILE, options.maxFileBytes());
        long perBatch = megabytes(arguments, MAX_BATCH, options.maxBatchBytes());
        if (perFile > perBatch) {
            throw new ParseException("--max-file-mb 不能大于 --max-batch-mb / the per-file limit exceeds the per-batch one");
        }
        options = options.withLimits(perFile, perBatch);
        WebServer server;
        try {
            server = WebServer.start(options);
        } catch (BindException e) {
            err.println("端口 " + options.port() + " 已被占用，请换一个，如 --port 8090 / port " + options.port()
                    + " is in use; try another, e.g. --port 8090");
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("无法启动网页服务 / cannot start the server: " + e.getMessage());
            return Main.EXIT_WRITE_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C: stop taking requests, end running batches, delete every upload, then let the JVM go
        Thread hook = new Thread(() -> {
            server.close();
            out.println("jixiao 网页已停止，临时文件已删除 / stopped; temporary files deleted");
            out.flush();
            stopped.countDown();
        }, "jixiao-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        URI uri = server.uri();
        out.println("jixiao 网页已启动 / jixiao is serving: " + uri);
        out.println("在浏览器中打开上面的地址；按 Ctrl-C 停止（上传的文件随之删除） / open it in a browser; Ctrl-C stops"
                + " the server and deletes the uploads.");
        out.flush();
        if (arguments.has(OPEN) && !openBrowser(uri)) {
            err.println("未能自动打开浏览器，请手动打开 / could not open a browser; open " + uri + " yourself");
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return Main.EXIT_SCORED;
    }

    private static long megabytes(Arguments arguments, Option option, long fallback) throws ParseException {
        OptionalInt value = arguments.integer(option);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.getAsInt() < 1) {
            throw new ParseException(Arguments.names(option) + " 应为正整数 / must be at least 1");
        }
        return value.getAsInt() * WebOptions.MB;
    }

    /**
     * The system's own way to open a link: Windows' URL handler, macOS's open, xdg-open elsewhere; never
     * java.awt.Desktop, which loads AWT and fails on the headless JVMs servers run.
     */
    static boolean openBrowser(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : os.contains("mac") ? List.of("open", uri.toString()) : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
