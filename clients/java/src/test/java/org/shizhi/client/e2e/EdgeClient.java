package org.shizhi.client.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the edge tests send that no well-behaved client would: raw bytes over a socket, bodies with any Content-Type
 * and bytes, tokens with any claims, signed with the platform's own key so that only the claims are wrong.
 */
final class EdgeClient {

    static final String ISSUER = EmbeddedTokens.ISSUER;
    static final String AUDIENCE = EmbeddedTokens.AUDIENCE;

    private final URI base;
    private final EmbeddedTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    EdgeClient(PlatformUnderTest platform) {
        this.base = platform.baseUri();
        this.tokens = EmbeddedTokens.of(platform.dataDir());
    }

    int port() {
        return base.getPort();
    }

    /** A valid token of a Chengdu user with every role, so that any operation gets past its role check. */
    String everyRole() {
        return token(Clock.systemUTC(), "510100", "CITY_ADMIN", "INTEGRATOR", "AUDITOR", "GRID_WORKER", "COMMUNITY_STAFF",
                "STREET_OFFICER", "MEDIATOR", "DEPARTMENT", "PERSONAL_DATA");
    }

    String token(Clock clock, String city, String... roles) {
        return tokens.mint("edge-test", city, city, List.of(roles), clock, Duration.ofMinutes(10));
    }

    /** A token with exactly these claims (JSON of the payload), signed RS256 with the platform's key. */
    String signed(String payloadJson) {
        return tokens.signed(payloadJson);
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed on the wire: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> send(String method, String path, String token, String contentType, byte[] body) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return send(method, path, headers, body);
    }

    /**
     * Writes {@code request} on a new connection and reads what comes back until the server closes it. Fails if the
     * server keeps the connection open for 10 s: an edge refusal must end its connection.
     */
    String raw(byte[] request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return readUntilClosed(socket.getInputStream());
        }
    }

    static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open after answering:\n" + answer.toString(StandardCharsets.UTF_8), e);
        } catch (java.net.SocketException reset) {
            // A reset after the answer (the server closed with our unread bytes in its buffer) still ends the connection.
            if (answer.size() == 0) {
                throw reset;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
