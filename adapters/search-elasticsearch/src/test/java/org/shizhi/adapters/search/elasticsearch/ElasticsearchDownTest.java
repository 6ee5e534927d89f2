package org.shizhi.adapters.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.shared.SearchUnavailableException;

/** A cluster that does not answer: the archive is still made, and every call says which backend is unavailable. */
class ElasticsearchDownTest {

    @Test
    void everyCallToAClusterThatDoesNotAnswerIsSearchUnavailableNamingElasticsearch() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (ElasticsearchCaseArchive archive = ElasticsearchCaseArchive.connect("http://127.0.0.1:" + port, "cases", Clock.systemUTC())) {
            assertThatThrownBy(() -> archive.search(new ArchiveQuery(new SearchText.Everything(), CaseFilters.none(),
                    CaseSort.NEWEST, Optional.empty(), Long.MAX_VALUE, 10, Set.of(), false)))
                    .isInstanceOf(SearchUnavailableException.class).hasMessageContaining("elasticsearch");
            assertThatThrownBy(() -> archive.index(SampleCases.ALL)).isInstanceOf(SearchUnavailableException.class);
            assertThatThrownBy(archive::count).isInstanceOf(SearchUnavailableException.class);
        }
    }
}
