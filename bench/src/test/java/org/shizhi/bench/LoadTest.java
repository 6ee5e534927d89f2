package org.shizhi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoadTest {

    private HttpServer server;
    private URI base;
    private Load load;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Content-Length framing; the status tells the body's length back, so a mis-framed request shows too.
        server.createContext("/sized", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            byte[] body = ("got " + request.length + " bytes").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(request.length == 0 ? 200 : 201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/chunked", exchange -> { // length 0 makes this server send chunks
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(("chunk " + i + " ").repeat(100).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.createContext("/empty", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/closing", exchange -> {
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        load = new Load(base);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private byte[] get(String path) {
        return Load.Template.of("GET", base, path, Map.of()).withoutBody();
    }

    @Test
    void readsSizedChunkedAndEmptyAnswersInTurnOnOneConnection() throws IOException {
        byte[] post = Load.Template.of("POST", base, "/sized", Map.of("Content-Type", "application/json")).withBody("{\"text\":\"楼道堆放杂物\"}");
        try (Load.Connection connection = new Load.Connection(new InetSocketAddress("127.0.0.1", base.getPort()))) {
            for (int round = 0; round < 3; round++) {
                assertThat(connection.exchange(post)).isEqualTo(201);
                assertThat(connection.exchange(get("/chunked"))).isEqualTo(200);
                assertThat(connection.exchange(get("/empty"))).isEqualTo(204);
                assertThat(connection.exchange(get("/sized"))).isEqualTo(200);
                assertThat(connection.reusable()).isTrue();
            }
        }
    }

    @Test
    void anAnswerThatClosesTheConnectionMakesItUnusable() throws IOException {
        try (Load.Connection connection = new Load.Connection(new InetSocketAddress("127.0.0.1", base.getPort()))) {
            assertThat(connection.exchange(get("/closing"))).isEqualTo(200);
            assertThat(connection.reusable()).isFalse();
        }
        assertThatThrownBy(() -> load.verify(get("/closing"), 200, 2)).hasMessageContaining("closed it");
    }

    @Test
    void saturateCountsAnswersOfTheExpectedStatusAsOkAndOthersAsFailed() throws InterruptedException {
        Load.Result ok = load.saturate(() -> get("/chunked"), 200, 4, Duration.ofMillis(300));
        Load.Result failed = load.saturate(() -> get("/empty"), 200, 4, Duration.ofMillis(300));

        assertThat(ok.ok()).isPositive();
        assertThat(ok.failed()).isZero();
        assertThat(failed.ok()).isZero();
        assertThat(failed.failed()).isPositive();
    }

    @Test
    void fixedRateSendsEveryScheduledRequestAndReconnectsAfterAClose() throws InterruptedException {
        Load.Result sized = load.fixedRate(() -> get("/sized"), 200, 200, Duration.ofSeconds(1));
        Load.Result closing = load.fixedRate(() -> get("/closing"), 200, 100, Duration.ofSeconds(1));

        assertThat(sized.ok()).isEqualTo(200);
        assertThat(sized.failed()).isZero();
        assertThat(sized.latencyMicros().getTotalCount()).isEqualTo(200);
        assertThat(closing.ok()).isEqualTo(100);
        assertThat(closing.failed()).isZero();
    }
}
