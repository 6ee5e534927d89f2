package org.shizhi.adapters.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.archive.port.out.SavedSearchMonitor;
import org.shizhi.domain.archive.port.out.SavedSearchMonitorContract;
import org.shizhi.domain.grid.service.TestClock;

/** The saved-search contract on the real server, each test under an alias of its own. */
class ElasticsearchSavedSearchMonitorTest extends SavedSearchMonitorContract {

    @RegisterExtension
    static final ElasticsearchServer server = new ElasticsearchServer();

    private ElasticsearchCaseArchive archive;
    private ElasticsearchSavedSearchMonitor monitor;

    @Override
    protected SavedSearchMonitor emptyMonitor() {
        String alias = "saved-" + UUID.randomUUID();
        TestClock clock = new TestClock(Instant.parse("2025-03-01T02:00:00Z"));
        archive = ElasticsearchCaseArchive.open(server.client(), alias, clock);
        monitor = new ElasticsearchSavedSearchMonitor(server.client(), archive, alias, clock);
        return monitor;
    }

    @AfterEach
    void dropTheIndices() {
        if (monitor != null) {
            monitor.drop();
            archive.drop();
        }
    }

    /**
     * Why this monitor does not percolate: the distribution the build starts has no percolator module. If this fails,
     * the percolator is there, and the monitor could hand the matching to it.
     */
    @Test
    void theServerTheBuildStartsHasNoPercolator() {
        String index = "percolator-probe-" + UUID.randomUUID();
        assertThatThrownBy(() -> server.client().indices().create(c -> c.index(index)
                .mappings(m -> m.properties("query", p -> p.percolator(x -> x)))))
                .isInstanceOf(ElasticsearchException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("percolator"));
    }
}
