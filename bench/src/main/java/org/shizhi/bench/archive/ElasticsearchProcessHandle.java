package org.shizhi.bench.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchProcess;

/** The Elasticsearch server of the archive benchmark: the distribution the adapter's build unpacked, if it did. */
final class ElasticsearchProcessHandle implements AutoCloseable {

    private final ElasticsearchProcess process;

    private ElasticsearchProcessHandle(ElasticsearchProcess process) {
        this.process = process;
    }

    static Optional<ElasticsearchProcessHandle> start(Path root, Path work, ArchiveBench.Sink report) {
        Path distribution = root.resolve("adapters/search-elasticsearch/target/elasticsearch/elasticsearch-"
                + System.getProperty("shizhi.bench.elasticsearch.version", "9.2.0"));
        if (!Files.isDirectory(distribution)) {
            report.note("Elasticsearch was not measured: no distribution at " + distribution
                    + " (build the adapter with its tests once: it unpacks it).");
            return Optional.empty();
        }
        try {
            return Optional.of(new ElasticsearchProcessHandle(ElasticsearchProcess.start(distribution, work)));
        } catch (Exception e) {
            report.note("Elasticsearch was not measured: it did not start (" + e.getMessage() + ").");
            return Optional.empty();
        }
    }

    String baseUrl() {
        return process.baseUrl();
    }

    @Override
    public void close() {
        process.close();
    }
}
