package org.shizhi.adapters.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.grid.service.TestClock;

/** The index's mapping names its format in {@code _meta}, so that an index of an older version is known at start. */
class ElasticsearchIndexFormatTest {

    @RegisterExtension
    static final ElasticsearchServer server = new ElasticsearchServer();

    private final TestClock clock = new TestClock(Instant.parse("2025-03-01T02:00:00Z"));

    @Test
    void aNewIndexIsCurrent() {
        ElasticsearchCaseArchive archive = ElasticsearchCaseArchive.open(server.client(), "cases-" + UUID.randomUUID(), clock);
        try {
            archive.index(SampleCases.ALL);
            assertThat(archive.outdated()).isFalse();
        } finally {
            archive.drop();
        }
    }

    @Test
    void anIndexWithoutAFormatIsOutdatedUntilRebuilt() throws Exception {
        // What an older version made: an index behind the alias whose mapping has no _meta and no kept texts.
        String alias = "cases-" + UUID.randomUUID();
        String index = alias + "-old";
        server.client().indices().create(c -> c.index(index).mappings(m -> m
                .properties(CaseFields.ID, p -> p.keyword(k -> k))
                .properties(CaseFields.BIGRAMS, p -> p.text(t -> t.analyzer("whitespace")))));
        server.client().indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
        server.client().index(i -> i.index(alias).id(SampleCases.BAR_NOISE.id().value())
                .document(Map.of(CaseFields.ID, SampleCases.BAR_NOISE.id().value(), CaseFields.BIGRAMS, "酒吧 噪音"))
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        ElasticsearchCaseArchive archive = ElasticsearchCaseArchive.open(server.client(), alias, clock);
        try {
            assertThat(archive.outdated()).isTrue();
            assertThat(archive.texts(List.of(SampleCases.BAR_NOISE.id()), true)).as("no texts kept").isEmpty();
            try (CaseArchive.Rebuild rebuild = archive.rebuild()) {
                rebuild.add(SampleCases.ALL);
                rebuild.complete();
            }
            assertThat(archive.outdated()).isFalse();
            assertThat(archive.texts(List.of(SampleCases.BAR_NOISE.id()), true)).containsKey(SampleCases.BAR_NOISE.id());
        } finally {
            archive.drop();
        }
    }
}
