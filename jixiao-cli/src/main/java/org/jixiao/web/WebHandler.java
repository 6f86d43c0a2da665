package org.jixiao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.jixiao.batch.BatchResult;
import org.jixiao.batch.FileOutcome;
import org.jixiao.rules.BuiltInRuleSets;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.rules.RuleSetError;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.write.OutputMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every route of {@code jixiao serve}, on Jetty's core handler (no servlets): the page's three static files and
 * the JSON API below {@code /api}. Requests whose Host is not this machine's loopback name are refused (a page
 * elsewhere cannot reach the server by rebinding a DNS name to 127.0.0.1), and so are changes sent from another
 * origin. Blocking: Jetty calls it on a pool thread, and uploads and downloads stream through it. Thread-safe.
 *
 * <pre>
 * GET    /                                       the page
 * GET    /api/info                               version, limits, built-in rule sets
 * POST   /api/batches                            a new batch: {"id"}
 * PUT    /api/batches/ID/files?name=PATH         one file as the body (a workbook, or a .zip of a folder)
 * PUT    /api/batches/ID/rules?name=FILE         a rule set (.xlsx, .zip, or one .csv at a time); its errors
 * DELETE /api/batches/ID/rules                   back to the built-in sets
 * POST   /api/batches/ID/run?rules=auto|NAME|uploaded
 * GET    /api/batches/ID/progress                {"state", "done", "total", …}
 * GET    /api/batches/ID/results                 ranking rows, failures, grades, histogram, points lost
 * GET    /api/batches/ID/detail?row=N            one workbook's findings
 * GET    /api/batches/ID/download/summary.xlsx | summary.csv | errors.csv | copies.zip | copy?row=N | report?row=N
 * GET    /api/batches/ID/download/all.zip        everything, then the batch is deleted
 * DELETE /api/batches/ID  (or POST …/delete, as navigator.sendBeacon sends)
 * </pre>
 */
final class WebHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(WebHandler.class);

    /** The page's files, by the path they are served under: nothing else of the classpath is reachable. */
    private static final java.util.Map<String, String> STATIC = java.util.Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css",
            "/favicon.svg", "favicon.svg");

    private static final Set<String> SUMMARIES = Set.of("summary.xlsx", "summary.csv", "errors.csv");

    private final Batches batches;
    private final WebOptions options;
    private volatile int port;

    WebHandler(Batches batches, WebOptions options) {
        this.batches = batches;
        this.options = options;
    }

    void port(int p) {
        this.port = p;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        headers(response, path);
        try {
            if (!loopbackHost(request)) {
                throw new WebError(403, "FORBIDDEN_HOST", "仅限本机访问：请用 http://127.0.0.1:" + port
                        + "/ 打开 / only this machine's loopback address is served");
            }
            if (!method.equals("GET") && !method.equals("HEAD") && !sameOrigin(request)) {
                throw new WebError(403, "FORBIDDEN_ORIGIN", "拒绝来自其他网页的请求 / requests from other sites are refused");
            }
            if (path.startsWith("/api/")) {
                api(method, path.substring("/api/".length()).split("/", -1), request, response, callback);
            } else if (STATIC.containsKey(path) && method.equals("GET")) {
                staticFile(STATIC.get(path), response, callback);
            } else {
                throw new WebError(404, "NOT_FOUND", "没有这个页面 / no such page: " + path);
            }
        } catch (WebError e) {
            error(response, callback, e);
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} {} failed", method, path, e);
            error(response, callback, new WebError(500, "INTERNAL_ERROR", "服务器内部错误 / internal error: " + e));
        }
        return true;
    }

    private void api(String method, String[] parts, Request request, Response response, Callback callback)
            throws IOException {
        if (parts.length == 1 && parts[0].equals("info") && method.equals("GET")) {
            json(response, callback, 200, info());
            return;
        }
        if (parts[0].equals("batches") && parts.length == 1 && method.equals("POST")) {
            WebBatch batch = batches.create();
            json(response, callback, 201, Json.write(Json.object().put("id", batch.id)));
            return;
        }
        if (!parts[0].equals("batches") || parts.length < 2) {
            throw WebError.notFound();
        }
        String id = parts[1];
        String action = parts.length > 2 ? parts[2] : "";
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        switch (method + " " + action) {
            case "DELETE ", "POST delete" -> {
                batches.get(id);
                batches.delete(id);
                json(response, callback, 200, "{\"deleted\":true}");
            }
            case "PUT files", "POST files" -> {
                WebBatch batch = batches.get(id);
                WebBatch.Upload upload;
                try (InputStream body = Content.Source.asInputStream(request)) {
                    upload = batch.upload(query.getValue("name"), request.getLength(), body);
                }
                json(response, callback, upload.accepted().isEmpty() && !upload.rejected().isEmpty() ? 415 : 201,
                        uploadJson(upload, batch));
            }
            case "PUT rules", "POST rules" -> {
                WebBatch batch = batches.get(id);
                RuleSetLoad load;
                try (InputStream body = Content.Source.asInputStream(request)) {
                    load = batch.uploadRules(query.getValue("name"), request.getLength(), body);
                }
                json(response, callback, load.isValid() ? 200 : 422, rulesJson(load));
            }
            case "DELETE rules" -> {
                batches.get(id).clearRules();
                json(response, callback, 200, "{\"cleared\":true}");
            }
            case "POST run" -> {
                WebBatch batch = batches.get(id);
                String rules = query.getValue("rules") == null ? "auto" : query.getValue("rules");
                batch.queue(rules, chooser(batch, rules), batches.runner());
                json(response, callback, 202, progressJson(batch));
            }
            case "GET progress", "GET " -> json(response, callback, 200, progressJson(batches.get(id)));
            case "GET results" -> json(response, callback, 200, batches.get(id).resultsJson());
            case "GET detail" -> json(response, callback, 200, batches.get(id).detail(row(query)));
            case "GET download" -> download(batches.get(id), parts.length > 3 ? parts[3] : "", query, response,
                    callback);
            default -> throw new WebError(405, "METHOD_NOT_ALLOWED", "不支持的请求 / not supported: " + method + " "
                    + String.join("/", parts));
        }
    }

    private static int row(Fields query) {
        try {
            return Integer.parseInt(String.valueOf(query.getValue("row")));
        } catch (NumberFormatException e) {
            throw WebError.badRequest("row 应为整数 / row must be a whole number");
        }
    }

    /** auto: the built-in sets by fit, as jixiao batch without --rules; a name or "uploaded": that set for all. */
    private static RuleSetChooser chooser(WebBatch batch, String rules) {
        if (rules.equals("auto")) {
            return RuleSetChooser.builtIn();
        }
        if (rules.equals("uploaded")) {
            RuleSetLoad load = batch.uploadedRules().orElseThrow(() -> WebError.badRequest(
                    "尚未上传规则集 / no rule set uploaded"));
            RuleSet set = load.ruleSet().orElseThrow(() -> new WebError(422, "INVALID_RULES",
                    "上传的规则集有错误，请先修正 / the uploaded rule set has errors"));
            return RuleSetChooser.builtIn().overriddenBy(set);
        }
        RuleSet set = BuiltInRuleSets.find(rules).orElseThrow(() -> WebError.badRequest("没有这个内置规则集 / no"
                + " built-in rule set named " + rules + "；可用 available: " + String.join("、", BuiltInRuleSets.names())));
        return RuleSetChooser.builtIn().overriddenBy(set);
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private void download(WebBatch batch, String what, Fields query, Response response, Callback callback)
            throws IOException {
        if (SUMMARIES.contains(what)) {
            Path file = batch.summaryFile(what);
            sendFile(response, callback, file, WebBatch.downloadName(what), contentType(what));
            return;
        }
        switch (what) {
            case "copy" -> {
                Path copy = batch.copy(row(query));
                sendFile(response, callback, copy, copy.getFileName().toString(), contentType(copy.toString()));
            }
            case "report" -> {
                int row = row(query);
                byte[] docx = batch.reportDraft(row);
                attachment(response, batch.reportDraftName(row), DOCX, docx.length);
                response.write(true, java.nio.ByteBuffer.wrap(docx), callback);
            }
            case "copies.zip" -> {
                BatchResult result = batch.result();
                attachment(response, "填好的副本-" + batch.label() + ".zip", "application/zip", -1);
                try (ZipOutputStream zip = new ZipOutputStream(Content.Sink.asOutputStream(response))) {
                    copies(zip, batch, result, "");
                }
                callback.succeeded();
            }
            case "all.zip" -> {
                BatchResult result = batch.result();
                attachment(response, batch.label() + ".zip", "application/zip", -1);
                try (ZipOutputStream zip = new ZipOutputStream(Content.Sink.asOutputStream(response))) {
                    for (Path summary : List.of(result.summaryWorkbook(), result.summaryCsv(), result.errorsCsv())) {
                        entry(zip, summary.getFileName().toString(), summary);
                    }
                    copies(zip, batch, result, "填好的副本/");
                }
                callback.succeeded();
                // the batch has been downloaded whole: its files, the uploads above all, are not kept a moment longer
                batches.delete(batch.id);
            }
            default -> throw WebError.notFound();
        }
    }

    private static void copies(ZipOutputStream zip, WebBatch batch, BatchResult result, String prefix)
            throws IOException {
        // copies are .xlsx, zip files already: deflating them again costs time and saves nothing
        zip.setLevel(Deflater.BEST_SPEED);
        for (FileOutcome outcome : result.outcomes()) {
            if (outcome instanceof FileOutcome.Scored scored && Files.isRegularFile(scored.output())) {
                String name = batch.outDir().relativize(scored.output()).toString().replace('\\', '/');
                entry(zip, prefix + name, scored.output());
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (lower.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        if (lower.endsWith(".xlsm")) {
            return "application/vnd.ms-excel.sheet.macroEnabled.12";
        }
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    private static void sendFile(Response response, Callback callback, Path file, String name, String type)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw WebError.notFound();
        }
        attachment(response, name, type, Files.size(file));
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            Files.copy(file, out);
        }
        callback.succeeded();
    }

    /** A download under its Chinese name (RFC 6266 filename*), with an ASCII fallback for old clients. */
    private static void attachment(Response response, String name, String type, long length) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        if (length >= 0) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        }
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        response.getHeaders().put("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private String info() {
        ObjectNode root = Json.object();
        root.put("version", OutputMarker.JIXIAO_VERSION);
        root.put("maxFileBytes", options.maxFileBytes());
        root.put("maxBatchBytes", options.maxBatchBytes());
        root.put("maxFiles", options.maxFilesPerBatch());
        ArrayNode sets = root.putArray("ruleSets");
        for (String name : BuiltInRuleSets.names()) {
            RuleSet set = BuiltInRuleSets.find(name).orElseThrow();
            sets.addObject().put("name", name).put("version", set.version()).put("scope", set.scope().describe());
        }
        return Json.write(root);
    }

    private static String uploadJson(WebBatch.Upload upload, WebBatch batch) {
        ObjectNode root = Json.object();
        ArrayNode accepted = root.putArray("accepted");
        upload.accepted().forEach(a -> accepted.addObject().put("name", a.name()).put("bytes", a.bytes()));
        ArrayNode rejected = root.putArray("rejected");
        upload.rejected().forEach(r -> rejected.addObject().put("name", r.name()).put("code", r.code())
                .put("message", r.message()));
        ArrayNode ignored = root.putArray("ignored");
        upload.ignored().forEach(ignored::add);
        root.put("files", batch.fileCount());
        root.put("bytes", batch.bytes());
        return Json.write(root);
    }

    static String rulesJson(RuleSetLoad load) {
        ObjectNode root = Json.object();
        root.put("valid", load.isValid());
        load.ruleSet().ifPresent(r -> root.put("name", r.name()).put("version", r.version())
                .put("rules", r.rows().size()).put("sha256", r.sha256()));
        ArrayNode errors = root.putArray("errors");
        for (RuleSetError e : load.errors()) {
            errors.addObject().put("file", e.file()).put("line", e.line()).put("column", e.column())
                    .put("value", e.value()).put("code", e.code().name()).put("message", e.message());
        }
        ArrayNode notes = root.putArray("notes");
        load.notes().forEach(notes::add);
        return Json.write(root);
    }

    private static String progressJson(WebBatch batch) {
        WebBatch.Progress p = batch.progress();
        ObjectNode root = Json.object();
        root.put("id", batch.id);
        root.put("state", p.state().name().toLowerCase(Locale.ROOT));
        root.put("done", p.done());
        root.put("total", p.total());
        root.put("file", p.file());
        root.put("files", p.files());
        root.put("bytes", p.bytes());
        root.put("message", p.message());
        return Json.write(root);
    }

    private void staticFile(String name, Response response, Callback callback) throws IOException {
        try (InputStream in = WebHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw WebError.notFound();
            }
            byte[] bytes = in.readAllBytes();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml";
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
            response.write(true, java.nio.ByteBuffer.wrap(bytes), callback);
        }
    }

    /**
     * The headers every answer carries: nothing cached (results are one tab's business), no sniffing, no
     * framing, and a policy that lets the page load nothing but its own three files.
     */
    private static void headers(Response response, String path) {
        var h = response.getHeaders();
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        if (!path.startsWith("/api/")) {
            h.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                    + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        }
    }

    private boolean loopbackHost(Request request) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port)
                || (port == 80 && (h.equals("127.0.0.1") || h.equals("localhost")));
    }

    /** No Origin (same-origin GET, curl, tests) or this server's own. */
    private boolean sameOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return true;
        }
        String o = origin.toLowerCase(Locale.ROOT);
        return o.equals("http://127.0.0.1:" + port) || o.equals("http://localhost:" + port)
                || o.equals("http://[::1]:" + port);
    }

    private static void json(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, body, callback);
    }

    private static void error(Response response, Callback callback, WebError e) {
        if (response.isCommitted()) {
            callback.failed(e); // a download already under way: the connection is closed, the client sees it cut
            return;
        }
        ObjectNode error = Json.object();
        error.putObject("error").put("code", e.code()).put("message", e.getMessage());
        json(response, callback, e.status(), Json.write(error));
    }
}
