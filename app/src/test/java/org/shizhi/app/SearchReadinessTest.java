package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchServer;

/**
 * The readiness check on a real Elasticsearch, reached through a TCP relay the test cuts and restores (the cluster
 * itself keeps running, as when a network path fails): DOWN, naming the cause, while it cannot be reached, UP again
 * once it can, with no restart of the platform.
 */
class SearchReadinessTest {

    @RegisterExtension
    static final ElasticsearchServer elasticsearch = new ElasticsearchServer();

    @Test
    void readinessIsDownWhileElasticsearchIsUnreachableAndUpAgainWhenItReturns() throws Exception {
        Path data = Files.createTempDirectory("search-readiness");
        try (Relay relay = new Relay(elasticsearch.port())) {
            var config = TestConfig.of(Map.of(
                    "mp.config.profile", "embedded",
                    "shizhi.data.dir", data.toString(),
                    "shizhi.db.url", "jdbc:h2:mem:search-readiness;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "shizhi.archive.backend", "elasticsearch",
                    "shizhi.archive.elasticsearch.url", "http://127.0.0.1:" + relay.port(),
                    "shizhi.archive.elasticsearch.index", "search-readiness"));
            try (Platform platform = Platform.open(Settings.from(config), config)) {
                SearchReadiness readiness = new SearchReadiness(platform);
                HealthCheckResponse reachable = readiness.call();
                assertThat(reachable.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
                assertThat(reachable.getData().orElseThrow()).containsEntry("backend", "elasticsearch");

                relay.cut();
                HealthCheckResponse cut = readiness.call();
                assertThat(cut.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
                assertThat(cut.getData().orElseThrow()).containsKey("reason");

                relay.restore();
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .until(() -> readiness.call().getStatus() == HealthCheckResponse.Status.UP);
            }
        }
    }

    /** A TCP relay on a port of its own to the server's: cut closes the port and every open connection. */
    static final class Relay implements AutoCloseable {

        private final int target;
        private final int port;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile ServerSocket listening;

        Relay(int target) throws IOException {
            this.target = target;
            ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            this.port = first.getLocalPort();
            listen(first);
        }

        int port() {
            return port;
        }

        void cut() throws IOException {
            listening.close();
            for (Socket socket : open) {
                socket.close();
            }
            open.clear();
        }

        void restore() throws IOException {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listen(again);
        }

        private void listen(ServerSocket server) {
            listening = server;
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        open.add(client);
                        open.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    } catch (IOException e) {
                        return; // closed by cut() or close()
                    }
                }
            });
        }

        private void pump(Socket from, Socket to) {
            Thread.ofVirtual().start(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // the other side closed, or the relay was cut
                } finally {
                    try {
                        to.close();
                        from.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            });
        }

        @Override
        public void close() throws IOException {
            cut();
        }
    }
}
