package org.shizhi.adapters.rest.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The city's identity provider for the web console, from the settings ({@value IdentityProvider#ISSUER},
 * {@value #CLIENT_ID}, {@value #SCOPE}) and the provider's discovery document, which the platform reads (not the
 * browser): the console then asks its own origin only, the platform checks once that the document's {@code issuer} is
 * the configured one (the issuer whose tokens it verifies) and that the endpoints the browser will call are on the
 * issuer's origin, the only one the console's Content-Security-Policy lets it reach. Read at the first request, not at
 * start, so that the platform starts while the provider is down; kept once read, and a failure is retried at most every
 * {@link #RETRY_AFTER}.
 */
public final class OidcDiscovery implements IdentityProvider {

    public static final String CLIENT_ID = "shizhi.oidc.client-id";
    public static final String SCOPE = "shizhi.oidc.scope";
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Settings> settings;
    private final Clock clock;
    private volatile Endpoints endpoints;
    private volatile Instant failedAt = Instant.MIN;
    private volatile String failure = "";

    /** The settings of a configured provider. */
    record Settings(URI issuer, String clientId, String scope) {
    }

    private OidcDiscovery(Optional<Settings> settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * From the settings; {@code verifiedIssuer} is {@code mp.jwt.verify.issuer}. A wrong value is refused here, at
     * start-up, naming its key (as {@link IllegalArgumentException} whose message starts with the key).
     */
    public static OidcDiscovery from(Optional<String> issuer, Optional<String> clientId, Optional<String> scope, String verifiedIssuer,
                                     Clock clock) {
        Optional<String> configured = issuer.map(String::strip).filter(i -> !i.isEmpty());
        if (configured.isEmpty()) {
            return new OidcDiscovery(Optional.empty(), clock);
        }
        URI uri = secureUrl(ISSUER, configured.get());
        if (!configured.get().equals(verifiedIssuer)) {
            throw new IllegalArgumentException(ISSUER + " is '" + configured.get() + "' but the platform verifies tokens of issuer '"
                    + verifiedIssuer + "' (mp.jwt.verify.issuer): the provider's tokens would be refused; set both to the provider's issuer");
        }
        String client = clientId.map(String::strip).filter(c -> !c.isEmpty()).orElseThrow(() -> new IllegalArgumentException(
                CLIENT_ID + " is required with " + ISSUER + ": the id of the console's public client at the provider"));
        String asked = scope.map(String::strip).filter(s -> !s.isEmpty()).orElse("openid");
        if (!Set.of(asked.split("\\s+")).contains("openid")) {
            asked = "openid " + asked;
        }
        return new OidcDiscovery(Optional.of(new Settings(uri, client, asked)), clock);
    }

    /** An https URL, or http on the loopback interface only (a provider tried on the same machine, as in the tests). */
    static URI secureUrl(String key, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be a URL, not '" + value + "'");
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost()))) {
            throw new IllegalArgumentException(key + " must be an https URL (http only on localhost), not '" + value + "'");
        }
        return uri;
    }

    public boolean configured() {
        return settings.isPresent();
    }

    @Override
    public Optional<Endpoints> endpoints() {
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Endpoints known = endpoints;
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (this) {
            if (endpoints == null) {
                if (clock.instant().isBefore(failedAt.plus(RETRY_AFTER))) {
                    throw new Unavailable(failure, null);
                }
                try {
                    endpoints = discover(settings.get());
                } catch (Unavailable e) {
                    failedAt = clock.instant();
                    failure = e.getMessage();
                    throw e;
                }
            }
            return Optional.of(endpoints);
        }
    }

    private static Endpoints discover(Settings settings) {
        String issuer = settings.issuer().toString();
        URI document = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        JsonNode json;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(document).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new Unavailable("the identity provider's discovery document " + document + " answered HTTP " + answer.statusCode(), null);
            }
            json = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new Unavailable("the identity provider's discovery document " + document + " could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while reading " + document, e);
        }
        return endpoints(settings, json, document);
    }

    /** The endpoints of a discovery document, checked against the settings. */
    static Endpoints endpoints(Settings settings, JsonNode json, URI document) {
        String issuer = settings.issuer().toString();
        if (!issuer.equals(json.path("issuer").asText())) {
            throw new Unavailable(document + " names the issuer '" + json.path("issuer").asText() + "', not the configured '" + issuer + "'", null);
        }
        String authorization = endpoint(settings, json, "authorization_endpoint", document).orElseThrow(
                () -> new Unavailable(document + " names no authorization_endpoint", null));
        String token = endpoint(settings, json, "token_endpoint", document).orElseThrow(
                () -> new Unavailable(document + " names no token_endpoint", null));
        if (!origin(URI.create(token)).equals(origin(settings.issuer()))) {
            // The console's Content-Security-Policy lets its scripts reach the issuer's origin only.
            throw new Unavailable("the token endpoint " + token + " is not on the issuer's origin " + origin(settings.issuer())
                    + ", which is the only one the console may call", null);
        }
        if (json.has("code_challenge_methods_supported")
                && !json.path("code_challenge_methods_supported").toString().contains("\"S256\"")) {
            throw new Unavailable(document + " does not offer PKCE with S256, which the console needs", null);
        }
        return new Endpoints(issuer, authorization, token, endpoint(settings, json, "end_session_endpoint", document),
                settings.clientId(), settings.scope());
    }

    private static Optional<String> endpoint(Settings settings, JsonNode json, String name, URI document) {
        String value = json.path(name).asText("");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(secureUrl(name, value).toString());
        } catch (IllegalArgumentException e) {
            throw new Unavailable(document + ": " + e.getMessage(), e);
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
