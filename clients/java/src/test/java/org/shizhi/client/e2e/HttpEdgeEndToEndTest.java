package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The probe of issue 19 against the real platform, one test per reproduction: what the HTTP edge refuses it answers as
 * problem+json with the security headers and then closes the connection, so nothing hidden in a refused body runs;
 * body limits hold for chunked bodies; the client's mistakes in JSON and tokens are 4xx, never 500.
 */
class HttpEdgeEndToEndTest {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.anonymous();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.1 (\\d{3}) ");

    private static EdgeClient edge;
    private static String token;

    @BeforeAll
    static void client() {
        edge = new EdgeClient(platform);
        token = edge.everyRole();
    }

    private static String event(String text) {
        return """
                {"gridCode":"510104022001001","category":"SAFETY_HAZARD","text":%s,"channel":"GRID_WORKER","reporter":{"name":"李明"}}"""
                .formatted(text);
    }

    /** The status lines of every answer on one connection, in order. */
    private static java.util.List<Integer> statuses(String wire) {
        Matcher m = STATUS_LINE.matcher(wire);
        java.util.List<Integer> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** An answer read off the wire is problem+json of this status, with the security headers the API always sends. */
    private static JsonNode isEdgeProblem(String wire, int status) throws IOException {
        assertThat(statuses(wire)).as("the answers on the connection:\n" + wire).containsExactly(status);
        String head = wire.substring(0, wire.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(head).as("headers of the %d answer", status)
                .contains("content-type: application/problem+json")
                .contains("x-content-type-options: nosniff")
                .contains("x-frame-options: deny")
                .contains("content-security-policy: default-src 'none'")
                .contains("cache-control: no-store")
                .contains("connection: close");
        JsonNode problem = JSON.readTree(wire.substring(wire.indexOf("\r\n\r\n") + 4));
        assertThat(problem.path("status").asInt()).as("the problem's status").isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("urn:shizhi:problem:");
        return problem;
    }

    private static JsonNode isProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as("status of an answer whose body is " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    @Test
    void aRequestHiddenInARefusedBodyIsNeverExecutedEvenWithConnectionClose() throws IOException {
        String smuggled = "GET /api/v1/plugins HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        for (String connection : new String[] {"Connection: close\r\n", ""}) {
            String request = "POST /api/v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2000000\r\n" + connection + "\r\n" + smuggled;

            String wire = edge.raw(request.getBytes(StandardCharsets.US_ASCII));

            JsonNode problem = isEdgeProblem(wire, 413);
            assertThat(problem.path("type").asText()).isEqualTo("urn:shizhi:problem:request-too-large");
            assertThat(wire).as("the plugin list must not be answered (" + connection.strip() + ")").doesNotContain("\"items\"");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413AsItStreams() throws Exception {
        String head = "POST /api/v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        String event = event("\"楼道堆放杂物\"");
        String start = event.substring(0, event.length() - 1);
        try (Socket socket = new Socket("127.0.0.1", edge.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> {
                long sent = 0;
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    sent += chunk(out, start.getBytes(StandardCharsets.UTF_8));
                    byte[] padding = " ".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
                    while (sent < 64L * 1024 * 1024) {
                        sent += chunk(out, padding);
                    }
                    chunk(out, "}".getBytes(StandardCharsets.US_ASCII));
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    // The server stopped reading: what was refused needs no more bytes.
                }
                return sent;
            });
            InputStream in = socket.getInputStream();
            String wire = EdgeClient.readUntilClosed(in);

            JsonNode problem = isEdgeProblem(wire, 413);
            assertThat(problem.path("detail").asText()).contains("1048576");
            assertThat(written.get()).as("bytes the client got to send before the server closed").isLessThan(64L * 1024 * 1024);
        }
    }

    private static int chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        return data.length;
    }

    @Test
    void aMalformedRequestLineIsA400ProblemAndClosesTheConnection() throws IOException {
        String wire = edge.raw("]]]] /health HTTP/1.1\r\nHost: localhost\r\n\r\nGET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));

        isEdgeProblem(wire, 400);
    }

    @Test
    void anOverlongRequestLineIs414NamingTheSearchByBody() throws IOException {
        String wire = edge.raw(("GET /api/v1/cases?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        JsonNode problem = isEdgeProblem(wire, 414);
        assertThat(problem.path("detail").asText()).contains("request line is too long").contains("POST /api/v1/cases/search");
    }

    @Test
    void anHttp10RequestIs505Problem() throws IOException {
        String wire = edge.raw("GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        isEdgeProblem(wire, 505);
    }

    @Test
    void anOversizedHeaderSectionIsRefusedAsProblem() throws IOException {
        String wire = edge.raw(("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(40_000) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        int status = statuses(wire).get(0);
        assertThat(status).as("a header section over the limit").isIn(400, 431);
        isEdgeProblem(wire, status);
    }

    @Test
    void jsonNestedDeeperThanTheLimitIs400NamingIt() throws IOException {
        String deep = "[".repeat(1_001) + "]".repeat(1_001);

        JsonNode problem = isProblem(edge.send("POST", "/api/v1/events", token, "application/json",
                event(deep).getBytes(StandardCharsets.UTF_8)), 400);

        assertThat(problem.path("type").asText()).isEqualTo("urn:shizhi:problem:json-limit");
        assertThat(problem.path("detail").asText()).contains("nests deeper than");
    }

    @Test
    void aNumberOf2000DigitsIs400NamingTheLimit() throws IOException {
        JsonNode problem = isProblem(edge.send("POST", "/api/v1/events", token, "application/json",
                event("1".repeat(2_000)).getBytes(StandardCharsets.UTF_8)), 400);

        assertThat(problem.path("detail").asText()).contains("number is longer than");
    }

    @Test
    void aMemberNameOf60000CharactersIs400NamingTheLimit() throws IOException {
        String body = "{\"" + "n".repeat(60_000) + "\":1}";

        JsonNode problem = isProblem(edge.send("POST", "/api/v1/events", token, "application/json",
                body.getBytes(StandardCharsets.UTF_8)), 400);

        assertThat(problem.path("detail").asText()).contains("member name is longer than");
    }

    @Test
    void aNumberWhereTheContractSaysTextIsRefusedNotStoredAsText() throws IOException {
        JsonNode problem = isProblem(edge.send("POST", "/api/v1/events", token, "application/json",
                event("12345").getBytes(StandardCharsets.UTF_8)), 400);

        assertThat(problem.path("field").asText()).isEqualTo("text");
    }

    @Test
    void aCharsetOtherThanUtf8Is415() throws IOException {
        JsonNode problem = isProblem(edge.send("POST", "/api/v1/events", token, "application/json; charset=latin1",
                event("\"x\"").getBytes(StandardCharsets.ISO_8859_1)), 415);

        assertThat(problem.path("detail").asText()).contains("latin1");
    }

    @Test
    void cesu8SurrogatesAreNotUtf8() throws IOException {
        // U+1F600 as CESU-8 writes it: two 3-byte surrogates (ED A0 BD, ED B8 80) where UTF-8 has F0 9F 98 80.
        String body = event("\"X\"");
        int at = body.indexOf("\"X\"") + 1;
        byte[] head = body.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = body.substring(at + 1).getBytes(StandardCharsets.UTF_8);
        byte[] cesu = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80};
        byte[] bytes = new byte[head.length + cesu.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(cesu, 0, bytes, head.length, cesu.length);
        System.arraycopy(tail, 0, bytes, head.length + cesu.length, tail.length);

        JsonNode problem = isProblem(edge.send("POST", "/api/v1/events", token, "application/json", bytes), 400);

        assertThat(problem.path("detail").asText()).contains("UTF-8");
    }

    @Test
    void aTokenWhoseExpIsTextIs401() throws IOException {
        long now = Instant.now().getEpochSecond();
        String claims = """
                {"iss":"%s","aud":["%s"],"sub":"edge","upn":"edge","groups":["CITY_ADMIN"],"city":"510100","jurisdiction":"510100",\
                "iat":%d,"exp":"%d","jti":"string-exp"}""".formatted(EdgeClient.ISSUER, EdgeClient.AUDIENCE, now, now + 600);

        isProblem(edge.send("GET", "/api/v1/areas/510100", edge.signed(claims), null, null), 401);
    }

    @Test
    void aTokenNotValidBeforeAnHourFromNowIs401() throws IOException {
        String future = edge.token(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)), "510100", "CITY_ADMIN");

        isProblem(edge.send("GET", "/api/v1/areas/510100", future, null, null), 401);
        assertThat(edge.send("GET", "/api/v1/areas/510100", edge.token(Clock.systemUTC(), "510100", "CITY_ADMIN"), null, null)
                .statusCode()).as("the same token minted now").isEqualTo(200);
    }

    @Test
    void withoutATokenAnyContentTypeOrAcceptIs401() throws IOException {
        isProblem(edge.send("POST", "/api/v1/events", Map.of("Content-Type", "text/x-odd"), "x".getBytes(StandardCharsets.UTF_8)), 401);
        isProblem(edge.send("GET", "/api/v1/plugins", Map.of("Accept", "image/x-odd"), null), 401);
    }
}
