package org.shizhi.adapters.search.elasticsearch;

import java.nio.file.Path;

/**
 * A real Elasticsearch server outside JUnit, for the benchmark module ({@code ./shizhi bench archive}), which gets
 * this class from the module's test-jar: the same start (as an unprivileged user when run as root) as the tests use.
 */
public final class ElasticsearchProcess implements AutoCloseable {

    private final LocalElasticsearch server;

    private ElasticsearchProcess(LocalElasticsearch server) {
        this.server = server;
    }

    /** Starts the unpacked distribution and waits until it is healthy; the message says why it could not. */
    public static ElasticsearchProcess start(Path distribution, Path logDir) throws Exception {
        return new ElasticsearchProcess(LocalElasticsearch.start(distribution, logDir));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.close();
    }
}
