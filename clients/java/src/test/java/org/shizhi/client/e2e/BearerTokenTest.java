package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.PluginsApi;

/**
 * The token hook of {@link PlatformUnderTest}: what the generated client really puts on the wire, seen by a
 * stand-in server on the loopback address (the platform itself only says whether it accepted a token).
 */
class BearerTokenTest {

    private HttpServer standIn;
    private final List<List<String>> authorizationHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startStandIn() throws IOException {
        standIn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        standIn.createContext("/", exchange -> {
            List<String> authorization = exchange.getRequestHeaders().get("Authorization");
            authorizationHeaders.add(authorization == null ? List.of() : List.copyOf(authorization));
            byte[] body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        standIn.start();
    }

    @AfterEach
    void stopStandIn() {
        standIn.stop(0);
    }

    private URI standInUri() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + standIn.getAddress().getPort());
    }

    @Test
    void aConfiguredTokenIsSentOnEveryRequestAndAskedForEachTime() throws ApiException {
        AtomicReference<String> token = new AtomicReference<>("first-token");
        PluginsApi plugins = new PluginsApi(PlatformUnderTest.client(standInUri(), token::get));

        plugins.listPlugins();
        token.set("second-token");
        plugins.listPlugins();

        assertThat(authorizationHeaders).containsExactly(List.of("Bearer first-token"), List.of("Bearer second-token"));
    }

    @Test
    void withoutATokenNoAuthorizationHeaderIsSent() throws ApiException {
        new PluginsApi(PlatformUnderTest.client(standInUri(), () -> null)).listPlugins();
        new PluginsApi(PlatformUnderTest.client(standInUri(), () -> "  ")).listPlugins();

        assertThat(authorizationHeaders).containsExactly(List.of(), List.of());
    }
}
