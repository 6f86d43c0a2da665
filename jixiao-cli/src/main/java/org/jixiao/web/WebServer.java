package org.jixiao.web;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The page's server: Jetty bound to 127.0.0.1 only, so nothing on the network can reach it, serving {@link
 * WebHandler}. {@link #close} stops it and deletes every upload and output. Thread-safe; one instance per port.
 */
public final class WebServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final Batches batches;
    private final URI uri;

    private WebServer(Server server, ServerConnector connector, Batches batches) {
        this.server = server;
        this.connector = connector;
        this.batches = batches;
        this.uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    /**
     * Starts the server.
     *
     * @throws IOException when the port is taken (a {@link BindException}) or the temporary folder cannot be made
     */
    public static WebServer start(WebOptions options) throws IOException {
        Batches batches = new Batches(options);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("jixiao-web");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        // an upload that stalls this long is given up and its partial file deleted
        connector.setIdleTimeout(120_000);
        server.addConnector(connector);
        WebHandler handler = new WebHandler(batches, options);
        server.setHandler(handler);
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            batches.close();
            // Jetty wraps the BindException in an IOException of its own; callers tell a taken port by its type
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException bind) {
                    throw bind;
                }
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getMessage(), e);
        }
        handler.port(connector.getLocalPort());
        return new WebServer(server, connector, batches);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // already failing: the first error is the one to report
        }
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        return uri;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The server's private temporary folder, which {@link #close} deletes. */
    public Path temporaryFolder() {
        return batches.root();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops taking requests, stops running batches and deletes the temporary folder. */
    @Override
    public void close() {
        stopQuietly(server);
        batches.close();
    }

    Batches batches() {
        return batches;
    }
}
