package org.shizhi.adapters.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A second class in the same run: it must get the server the first one started, not a new one. */
class ElasticsearchServerReuseTest {

    @RegisterExtension
    static final ElasticsearchServer server = new ElasticsearchServer();

    @Test
    void getsTheServerAlreadyRunning() throws IOException {
        ServerSightings.record(getClass(), server);

        assertThat(ElasticsearchServer.startsInThisJvm()).isOne();
        assertThat(ServerSightings.distinctServers()).hasSize(1);
        long livePid = server.client().nodes().info(n -> n.nodeId("_local").metric("process"))
                .nodes().values().iterator().next().process().id();
        assertThat(livePid).isEqualTo(server.pid());
        assertThat(ProcessHandle.of(livePid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
    }
}
