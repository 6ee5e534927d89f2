package org.shizhi.adapters.rest.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's identity provider from the settings, and its endpoints from a discovery document served over HTTP. */
class OidcDiscoveryTest {

    private HttpServer server;
    private String issuer;
    private final AtomicReference<String> document = new AtomicReference<>();
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void serveADiscoveryDocument() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/city";
        server.createContext("/realms/city/.well-known/openid-configuration", exchange -> {
            reads.incrementAndGet();
            byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String discovery(String issuerNamed, String tokenEndpoint) {
        return "{\"issuer\":\"" + issuerNamed + "\",\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\","
                + "\"token_endpoint\":\"" + tokenEndpoint + "\",\"end_session_endpoint\":\"" + issuer + "/protocol/openid-connect/logout\","
                + "\"code_challenge_methods_supported\":[\"plain\",\"S256\"]}";
    }

    private OidcDiscovery provider() {
        return OidcDiscovery.from(Optional.of(issuer), Optional.of("shizhi-console"), Optional.empty(), issuer, Clock.systemUTC());
    }

    @Test
    void noIssuerMeansNoProvider() {
        assertThat(OidcDiscovery.from(Optional.empty(), Optional.empty(), Optional.empty(), "shizhi-embedded", Clock.systemUTC()).endpoints())
                .isEmpty();
    }

    @Test
    void theEndpointsComeFromTheDiscoveryDocumentReadOnce() {
        document.set(discovery(issuer, issuer + "/protocol/openid-connect/token"));
        OidcDiscovery provider = provider();
        IdentityProvider.Endpoints endpoints = provider.endpoints().orElseThrow();
        assertThat(endpoints.issuer()).isEqualTo(issuer);
        assertThat(endpoints.authorizationEndpoint()).isEqualTo(issuer + "/protocol/openid-connect/auth");
        assertThat(endpoints.tokenEndpoint()).isEqualTo(issuer + "/protocol/openid-connect/token");
        assertThat(endpoints.endSessionEndpoint()).contains(issuer + "/protocol/openid-connect/logout");
        assertThat(endpoints.clientId()).isEqualTo("shizhi-console");
        assertThat(endpoints.scope()).isEqualTo("openid");
        provider.endpoints();
        assertThat(reads).as("the document is read once").hasValue(1);
    }

    @Test
    void aDocumentOfAnotherIssuerOrATokenEndpointOnAnotherOriginIsRefused() {
        document.set(discovery("https://elsewhere.example/realms/city", issuer + "/protocol/openid-connect/token"));
        assertThatThrownBy(() -> provider().endpoints()).isInstanceOf(IdentityProvider.Unavailable.class)
                .hasMessageContaining("names the issuer 'https://elsewhere.example/realms/city'");
        document.set(discovery(issuer, "https://tokens.example/token"));
        assertThatThrownBy(() -> provider().endpoints()).isInstanceOf(IdentityProvider.Unavailable.class)
                .hasMessageContaining("not on the issuer's origin");
    }

    @Test
    void anUnreachableProviderIsUnavailableAndNotAskedAgainAtOnce() {
        server.stop(0);
        OidcDiscovery provider = provider();
        assertThatThrownBy(provider::endpoints).isInstanceOf(IdentityProvider.Unavailable.class).hasMessageContaining("could not be read");
        assertThatThrownBy(provider::endpoints).isInstanceOf(IdentityProvider.Unavailable.class);
    }

    @Test
    void wrongSettingsAreRefusedNamingTheirKey() {
        assertThatThrownBy(() -> OidcDiscovery.from(Optional.of("http://id.example/realms/city"), Optional.of("c"), Optional.empty(),
                "http://id.example/realms/city", Clock.systemUTC())).hasMessageStartingWith("shizhi.oidc.issuer must be an https URL");
        assertThatThrownBy(() -> OidcDiscovery.from(Optional.of("https://id.example/realms/city"), Optional.of("c"), Optional.empty(),
                "shizhi-embedded", Clock.systemUTC())).hasMessageStartingWith("shizhi.oidc.issuer is").hasMessageContaining("mp.jwt.verify.issuer");
        assertThatThrownBy(() -> OidcDiscovery.from(Optional.of("https://id.example/realms/city"), Optional.empty(), Optional.empty(),
                "https://id.example/realms/city", Clock.systemUTC())).hasMessageStartingWith("shizhi.oidc.client-id is required");
        assertThat(OidcDiscovery.from(Optional.of("https://id.example/realms/city"), Optional.of("c"), Optional.of("profile"),
                "https://id.example/realms/city", Clock.systemUTC())).extracting(OidcDiscovery::configured).isEqualTo(true);
    }
}
