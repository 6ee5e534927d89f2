package org.shizhi.adapters.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Proves that the server is a real Elasticsearch: health, a mapping with an analyzer, indexing and search. */
class ElasticsearchServerTest {

    @RegisterExtension
    static final ElasticsearchServer server = new ElasticsearchServer();

    record Doc(String text) {
    }

    @Test
    void clusterIsGreenOrYellow() throws IOException {
        assertThat(server.client().cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
    }

    @Test
    void whitespaceFieldMatchesPreTokenisedChineseByWholeTokens() throws IOException {
        ElasticsearchClient es = server.client();
        String index = "smoke-" + UUID.randomUUID();
        es.indices().create(c -> c.index(index)
                .mappings(m -> m.properties("text", p -> p.text(t -> t.analyzer("whitespace")))));
        try {
            es.index(i -> i.index(index).id("mediation").document(new Doc("调解 纠纷 邻里")));
            es.index(i -> i.index(index).id("wages").document(new Doc("劳资 欠薪")));
            es.indices().refresh(r -> r.index(index));

            assertThat(idsMatching(es, index, "纠纷")).containsExactly("mediation");
            assertThat(idsMatching(es, index, "欠薪")).containsExactly("wages");
            // Not a token of either: the standard analyzer would split 纠纷 into characters and match.
            assertThat(idsMatching(es, index, "纠")).isEmpty();
        } finally {
            es.indices().delete(d -> d.index(index));
        }
    }

    @Test
    void oneServerServesEveryClass() {
        ServerSightings.record(getClass(), server);
        assertThat(ElasticsearchServer.startsInThisJvm()).isOne();
        assertThat(ServerSightings.distinctServers()).hasSize(1);
    }

    private static List<String> idsMatching(ElasticsearchClient es, String index, String text) throws IOException {
        return es.search(s -> s.index(index).query(q -> q.match(m -> m.field("text").query(text))), Doc.class)
                .hits().hits().stream().map(Hit::id).toList();
    }
}
