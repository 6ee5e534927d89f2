package org.shizhi.adapters.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * A real Elasticsearch server for the tests: ONE per test JVM, started by the first test class that needs it
 * and kept in JUnit's root store, so every later class reuses it and JUnit stops it when the whole run ends.
 * Register it with {@code @RegisterExtension static final ElasticsearchServer server = new ElasticsearchServer();}.
 *
 * <p>The server is the Maven build's unpacked distribution (system property {@code shizhi.elasticsearch.home});
 * its console output goes to {@code elasticsearch-<port>.log} in {@code shizhi.elasticsearch.logs} (target/).
 * Where it cannot be started the class is skipped with the reason printed, except under {@code CI=true},
 * where that is a failure: CI must prove the adapter on the real server.
 */
public final class ElasticsearchServer implements BeforeAllCallback, BeforeEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(ElasticsearchServer.class);
    private static final AtomicInteger STARTS = new AtomicInteger();

    private LocalElasticsearch server;
    private String skipReason;

    @Override
    public void beforeAll(ExtensionContext context) {
        // One attempt per JVM, failure included, so that a missing server costs its wait only once.
        Startup startup = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Startup.class, key -> Startup.attempt(), Startup.class);
        if (startup.server() != null) {
            server = startup.server();
            return;
        }
        String reason = "Elasticsearch could not be started: " + startup.failure();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("under CI=true the Elasticsearch tests must run. " + reason);
        }
        System.out.println("SKIPPED " + context.getRequiredTestClass().getSimpleName() + ": " + reason);
        skipReason = reason;
    }

    /** Skips test by test rather than the class, so that Surefire counts them as skipped instead of not run. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return started().baseUrl();
    }

    public int port() {
        return started().port();
    }

    /** The PID of the server JVM, as the server reports it. */
    public long pid() {
        return started().serverPid();
    }

    /** A client for the server, shared by every test class: do not close it. */
    public ElasticsearchClient client() {
        return started().client();
    }

    /** How many servers this JVM has tried to start: 1 when every class reused the first. */
    public static int startsInThisJvm() {
        return STARTS.get();
    }

    private LocalElasticsearch started() {
        if (server == null) {
            throw new IllegalStateException("the server is not started: register the extension as a static field");
        }
        return server;
    }

    /** What the one attempt gave; closed by JUnit with the root store, which stops the server. */
    private record Startup(LocalElasticsearch server, String failure) implements AutoCloseable {

        static Startup attempt() {
            STARTS.incrementAndGet();
            String home = System.getProperty("shizhi.elasticsearch.home");
            if (home == null) {
                return new Startup(null, "system property shizhi.elasticsearch.home is not set (run the tests with Maven)");
            }
            Path logs = Path.of(System.getProperty("shizhi.elasticsearch.logs", System.getProperty("java.io.tmpdir")));
            try {
                LocalElasticsearch started = LocalElasticsearch.start(Path.of(home), logs);
                System.out.printf("Elasticsearch at %s (server PID %d, user %s) healthy after %.1f s; output in %s%n",
                        started.baseUrl(), started.serverPid(), started.user(),
                        started.startup().toMillis() / 1000.0, started.log());
                return new Startup(started, null);
            } catch (LocalElasticsearch.StartFailure e) {
                return new Startup(null, e.getMessage());
            }
        }

        @Override
        public void close() {
            if (server != null) {
                long began = System.nanoTime();
                server.close();
                System.out.printf("Elasticsearch at %s stopped in %.1f s%n", server.baseUrl(),
                        (System.nanoTime() - began) / 1e9);
            }
        }
    }
}
