package org.jixiao.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server's batches under its private temporary folder ({@code jixiao-web-PID-…}, readable by the user
 * alone), each under an id of 128 random bits that is its only name: nothing lists batches, so one tab cannot
 * find another's files. Runs batches on a small pool, deletes those left idle, and on {@link #close} stops the
 * runs and deletes the whole folder. A folder left by a server that was killed is deleted at the next start.
 * Thread-safe.
 */
final class Batches implements AutoCloseable {

    private static final String PREFIX = "jixiao-web-";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern OWN_FOLDER = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");

    private final WebOptions options;
    private final Path root;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, WebBatch> batches = new ConcurrentHashMap<>();
    private final ExecutorService runner;
    private final ScheduledExecutorService sweeper;

    Batches(WebOptions options) throws IOException {
        this.options = options;
        String problem = options.tempParentProblem();
        if (problem != null) {
            throw new IOException(problem);
        }
        removeAbandoned(options.tempParent());
        String prefix = PREFIX + ProcessHandle.current().pid() + "-";
        this.root = supportsPosix(options.tempParent())
                ? Files.createTempDirectory(options.tempParent(), prefix,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(options.tempParent(), prefix);
        this.runner = Executors.newFixedThreadPool(options.concurrentBatches(), daemon("jixiao-web-batch"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemon("jixiao-web-sweeper"));
        long every = Math.max(1_000, Math.min(60_000, options.idleTimeout().toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    private static boolean supportsPosix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Folders of servers that were killed (their process is gone): deleted, as nobody else will. */
    private static void removeAbandoned(Path parent) {
        try (Stream<Path> listed = Files.list(parent)) {
            for (Path folder : listed.toList()) {
                var matcher = OWN_FOLDER.matcher(String.valueOf(folder.getFileName()));
                if (matcher.matches() && Files.isDirectory(folder)
                        && ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty()) {
                    Folders.deleteQuietly(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unlistable temp folder is not a reason to refuse to start
        }
    }

    Path root() {
        return root;
    }

    WebBatch create() throws IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WebBatch batch = new WebBatch(id, Files.createDirectory(root.resolve(id)), options);
        batches.put(id, batch);
        return batch;
    }

    /** The batch of this id, touched; a malformed id is simply not found. */
    WebBatch get(String id) {
        WebBatch batch = id != null && ID.matcher(id).matches() ? batches.get(id) : null;
        if (batch == null || batch.state() == WebBatch.State.DELETED) {
            throw WebError.notFound();
        }
        batch.touch();
        return batch;
    }

    void delete(String id) {
        WebBatch batch = batches.remove(id);
        if (batch != null) {
            batch.delete();
        }
    }

    java.util.concurrent.Executor runner() {
        return runner;
    }

    List<WebBatch> all() {
        return List.copyOf(batches.values());
    }

    Optional<WebBatch> find(String id) {
        return Optional.ofNullable(batches.get(id));
    }

    /** Deletes batches idle past the timeout; a running batch is never idle. */
    void sweep() {
        long limit = options.idleTimeout().toNanos();
        for (WebBatch batch : batches.values()) {
            WebBatch.State state = batch.state();
            if (state != WebBatch.State.RUNNING && state != WebBatch.State.QUEUED && batch.idleNanos() > limit) {
                delete(batch.id);
            }
        }
    }

    /** Stops every run and deletes the server's folder with everything in it. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        batches.values().forEach(WebBatch::delete);
        runner.shutdownNow();
        try {
            // a run stops at its next file; POI may hold a file open until then
            runner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        batches.clear();
        Folders.deleteQuietly(root);
        // a batch's own workers are stopped without being waited for (Batch shuts its pool down and returns): one
        // may still close a copy it was writing just after the folder went, so look again before giving up
        for (int attempt = 0; attempt < 10 && Files.exists(root); attempt++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Folders.deleteQuietly(root);
        }
    }
}
