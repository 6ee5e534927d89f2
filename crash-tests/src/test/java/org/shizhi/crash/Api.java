package org.shizhi.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The platform's HTTP API as a client sees it: a request, its status, headers and JSON body. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient client;

    Api(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Answer(int status, JsonNode body, String text, HttpResponse<String> response) {

        boolean ok() {
            return status / 100 == 2;
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The version an ETag names: {@code "3"} is 3. */
        long etagVersion() {
            String etag = header("ETag");
            return etag == null ? -1 : Long.parseLong(etag.replace("\"", ""));
        }
    }

    /** A request under construction. */
    static final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call query(String name, String value) {
            query.put(name, value);
            return this;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(String json) {
            headers.put("Content-Type", "application/json");
            body = json;
            return this;
        }

        Call body(String contentType, String text) {
            headers.put("Content-Type", contentType);
            body = text;
            return this;
        }

        Call ifMatch(long version) {
            return header("If-Match", "\"" + version + "\"");
        }
    }

    static Call get(String path) {
        return new Call("GET", path);
    }

    static Call post(String path) {
        return new Call("POST", path);
    }

    /** Sends it; an IOException means no answer came (the platform died or was never there). */
    Answer send(Call call, String bearer) throws IOException, InterruptedException {
        String query = call.query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", bearer)
                .method(call.method, call.body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body, StandardCharsets.UTF_8));
        call.headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json;
        try {
            json = response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
        } catch (IOException notJson) {
            json = MissingNode.getInstance();
        }
        return new Answer(response.statusCode(), json, response.body(), response);
    }

    /** Sends it and insists on the status: for the setup and the read-back, where anything else is a failure. */
    Answer expect(Call call, String bearer, int status, String what) throws IOException, InterruptedException {
        Answer answer = send(call, bearer);
        if (answer.status() != status) {
            throw new AssertionError(what + ": " + call.method + " " + call.path + " answered " + answer.status()
                    + " instead of " + status + ": " + answer.text());
        }
        return answer;
    }
}
