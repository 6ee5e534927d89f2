package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the contract, driven against the real platform with malformed bodies, parameters and headers made
 * from its schemas: no answer may be a 5xx, and every refusal must be problem+json whose status is the answer's.
 * Seeded, so a failure names a case that fails again; about 40 requests per operation.
 */
class ContractFuzzTest {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.anonymous();

    private static final long SEED = 19;
    private static final int CASES_PER_OPERATION = 40;
    private static final Path CONTRACT = Path.of("../../adapters/rest/src/main/openapi/openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values no parameter of the contract accepts as they are (sent URL-encoded). */
    private static final List<String> NASTY = List.of("", " ", "-1", "0", "1.5", "1e309", "99999999999999999999999", "null",
            "true", "{}", "[]", "'; DROP TABLE events; --", "../../etc/passwd", "中文字符", "\uD83D\uDE00", "\u0000", "%00",
            "a".repeat(3_000), "2025-13-45", "2025-02-30T25:61:00Z", "NOT_A_VALUE", "\"quoted\"", "<script>", "\\", "9".repeat(80));
    /** Scalars of every JSON type and out-of-range forms, for a property that expects another. */
    private static final List<String> WRONG_VALUES = List.of("12345", "-1", "1.5e308", "1e400", "-0.0", "true", "null", "[]", "{}",
            "\"\"", "\"x\"", "\"" + "长".repeat(20_000) + "\"", "\"\\uD800\"", "[[[[[[[[[[]]]]]]]]]]", "9".repeat(60),
            "{\"unexpected\":1}", "[1,\"a\",null,{}]", "\"2025-13-45\"", "\"NOT_A_VALUE\"");
    private static final List<String> BROKEN_BODIES = List.of("", "not json", "{", "}", "{\"a\":}", "[]", "\"text\"", "1", "null", "true",
            "{\"a\":1,\"a\":2}", "{\"unknown\":1}", "[".repeat(200) + "]".repeat(200), "{\"" + "k".repeat(5_000) + "\":0}",
            "\uFEFF{}", "{} {}", "{\"a\":\"\\u0000\"}");
    private static final List<Map<String, String>> ODD_HEADERS = List.of(
            Map.of("Accept", "application/xml"), Map.of("Accept", "*/*;q=abc"), Map.of("Accept", "text/html, image/*"),
            Map.of("Content-Type", "text/plain"), Map.of("Content-Type", "application/json; charset=utf-16"),
            Map.of("Content-Type", "multipart/form-data; boundary=x"), Map.of("Content-Type", "application/json; charset=nonsense"),
            Map.of("Content-Type", "garbage"), Map.of("If-Match", "garbage"), Map.of("If-Match", "\"-1\""), Map.of("If-Match", "W/\"1\""),
            Map.of("If-Match", "*"), Map.of("Idempotency-Key", "k".repeat(2_000)), Map.of("Idempotency-Key", "key with spaces, \"quotes\" and ;=,"),
            Map.of("Authorization", "Bearer garbage"), Map.of("Authorization", "Bearer a.b.c"), Map.of("Authorization", "Basic dXNlcjpwYXNz"),
            Map.of("Authorization", "Bearer"), Map.of("Content-Encoding", "gzip"), Map.of("Accept-Charset", "latin1"));

    private EdgeClient edge;
    private String token;

    private record Case(String what, String method, String path, Map<String, String> headers, byte[] body) {
    }

    @Test
    void everyOperationAnswersMalformedInputWithAProblemAndNever5xx() throws Exception {
        assertThat(CONTRACT).as("the contract, relative to clients/java").exists();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(CONTRACT.toString(), null, options);
        assertThat(api).as("the contract parses").isNotNull();
        edge = new EdgeClient(platform);
        token = edge.everyRole();

        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        long started = System.nanoTime();
        for (Map.Entry<String, PathItem> path : new TreeMap<>(api.getPaths()).entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                String name = operation.getKey() + " " + path.getKey();
                Random random = new Random(SEED * 31 + name.hashCode());
                for (Case c : cases(operation.getKey().name(), path.getKey(), path.getValue(), operation.getValue(), random)) {
                    requests++;
                    String problem;
                    try {
                        problem = judge(edge.send(c.method(), c.path(), c.headers(), c.body()));
                    } catch (AssertionError noAnswer) {
                        problem = noAnswer.getMessage();
                    }
                    if (problem != null && failures.size() < 200) {
                        failures.add(name + " with " + c.what() + " (" + c.method() + " " + abbreviate(c.path()) + "): " + problem);
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("contract fuzz: %d operations, %d requests in %d s, %d failures%n", operations, requests, seconds, failures.size());
        assertThat(operations).as("operations of the contract driven").isGreaterThan(60);
        assertThat(failures).as("answers that are 5xx or refusals that are not problem+json").isEmpty();
    }

    /** Why the answer breaks the rules, or null. */
    private static String judge(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return "answered " + status + ": " + abbreviate(body);
        }
        if (status < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "refused with " + status + " as '" + type + "', not problem+json: " + abbreviate(body);
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem.path("status").asInt() != status || !problem.path("type").asText().startsWith("urn:shizhi:problem:")
                    || problem.path("title").asText().isEmpty()) {
                return "refused with " + status + " but the problem says otherwise: " + abbreviate(body);
            }
        } catch (Exception e) {
            return "refused with " + status + " and a body that is not JSON: " + abbreviate(body);
        }
        if (response.headers().firstValue("X-Content-Type-Options").isEmpty()) {
            return "refused with " + status + " without the security headers";
        }
        return null;
    }

    private List<Case> cases(String method, String template, PathItem item, Operation operation, Random random) throws Exception {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        Map<String, String> headerValues = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            String value = String.valueOf(scalar(p.getSchema(), p.getExample()));
            switch (p.getIn()) {
                case "path" -> pathValues.put(p.getName(), value);
                case "query" -> {
                    if (Boolean.TRUE.equals(p.getRequired()) || random.nextBoolean()) {
                        queryValues.put(p.getName(), value);
                    }
                }
                case "header" -> headerValues.put(p.getName(), p.getName().equals("Idempotency-Key")
                        ? "fuzz-" + Long.toHexString(random.nextLong()) : value);
                default -> {
                }
            }
        }
        String contentType = null;
        Schema<?> bodySchema = null;
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Map.Entry<String, MediaType> first = operation.getRequestBody().getContent().entrySet().iterator().next();
            contentType = first.getKey();
            bodySchema = first.getValue().getSchema();
        }
        String validBody = bodySchema == null ? null : contentType.contains("json") && !contentType.contains("ndjson")
                ? JSON.writeValueAsString(sample(bodySchema, 0)) : "{\"externalId\":\"fuzz\"}\n";

        List<Case> all = new ArrayList<>();
        all.add(request("a valid-looking request", method, template, pathValues, queryValues, headerValues, contentType, validBody));
        for (String name : pathValues.keySet()) {
            for (String nasty : NASTY) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, nasty);
                all.add(request("path " + name + "=" + abbreviate(nasty), method, template, values, queryValues, headerValues, contentType, validBody));
            }
        }
        for (Parameter p : parameters) {
            if (!p.getIn().equals("query")) {
                continue;
            }
            for (String nasty : NASTY) {
                Map<String, String> values = new LinkedHashMap<>(queryValues);
                values.put(p.getName(), nasty);
                all.add(request("query " + p.getName() + "=" + abbreviate(nasty), method, template, pathValues, values, headerValues, contentType, validBody));
            }
        }
        for (Map<String, String> odd : ODD_HEADERS) {
            Map<String, String> headers = new LinkedHashMap<>(headerValues);
            headers.putAll(odd);
            all.add(request("header " + abbreviate(odd.toString()), method, template, pathValues, queryValues, headers, contentType, validBody));
        }
        all.add(request("no token", method, template, pathValues, queryValues, Map.of("Authorization", ""), contentType, validBody));
        if (bodySchema != null) {
            for (String broken : BROKEN_BODIES) {
                all.add(request("body " + abbreviate(broken), method, template, pathValues, queryValues, headerValues, contentType, broken));
            }
            if (validBody.length() > 2) {
                all.add(request("a truncated body", method, template, pathValues, queryValues, headerValues, contentType,
                        validBody.substring(0, validBody.length() / 2)));
            }
            JsonNode valid = JSON.readTree(validBody.contains("\n") ? "{}" : validBody);
            if (valid.isObject()) {
                for (String property : properties(bodySchema)) {
                    for (String wrong : WRONG_VALUES) {
                        com.fasterxml.jackson.databind.node.ObjectNode changed = valid.deepCopy();
                        changed.set(property, JSON.readTree(wrong.equals("1e400") || wrong.equals("9".repeat(60)) ? "0" : wrong));
                        String text = JSON.writeValueAsString(changed);
                        if (wrong.equals("1e400") || wrong.equals("9".repeat(60))) {
                            text = text.replace("\"" + property + "\":0", "\"" + property + "\":" + wrong);
                        }
                        all.add(request("body " + property + "=" + abbreviate(wrong), method, template, pathValues, queryValues, headerValues,
                                contentType, text));
                    }
                }
            }
        }
        // The valid-looking request first, then a seeded sample of the rest.
        List<Case> chosen = new ArrayList<>(all.subList(0, 1));
        List<Case> rest = new ArrayList<>(all.subList(1, all.size()));
        java.util.Collections.shuffle(rest, random);
        chosen.addAll(rest.subList(0, Math.min(rest.size(), CASES_PER_OPERATION - 1)));
        return chosen;
    }

    private Case request(String what, String method, String template, Map<String, String> pathValues, Map<String, String> query,
                         Map<String, String> headers, String contentType, String body) {
        String path = template;
        for (Map.Entry<String, String> p : pathValues.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", encode(p.getValue()));
        }
        StringBuilder uri = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, String> q : query.entrySet()) {
            uri.append(separator).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            separator = "&";
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Authorization", "Bearer " + token);
        if (contentType != null && body != null) {
            all.put("Content-Type", contentType);
        }
        all.putAll(headers);
        all.values().removeIf(String::isEmpty); // "no token": an empty Authorization is left out
        return new Case(what, method, uri.toString(), all, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> properties(Schema<?> schema) {
        Schema<?> object = schema.getAllOf() != null && !schema.getAllOf().isEmpty() ? schema.getAllOf().get(0) : schema;
        return object.getProperties() == null ? List.of() : new ArrayList<>(object.getProperties().keySet());
    }

    /** A value of the schema's type, from its example where it has one. */
    private static Object sample(Schema<?> schema, int depth) {
        if (schema == null || depth > 6) {
            return null;
        }
        if (schema.getExample() != null) {
            // The parser reads a date-time example as an OffsetDateTime, which this test's plain ObjectMapper cannot write:
            // as JSON it is its ISO text, as in the contract.
            return schema.getExample() instanceof java.time.temporal.Temporal time ? time.toString() : schema.getExample();
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return sample(schema.getAllOf().get(0), depth + 1);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return sample(schema.getOneOf().get(0), depth + 1);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return sample(schema.getAnyOf().get(0), depth + 1);
        }
        String type = schema.getType() != null ? schema.getType() : schema.getProperties() != null ? "object" : "string";
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, property) -> object.put(name, sample(property, depth + 1)));
                    object.values().removeIf(java.util.Objects::isNull);
                }
                yield object;
            }
            case "array" -> {
                Object item = sample(schema.getItems(), depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            default -> scalar(schema, null);
        };
    }

    private static Object scalar(Schema<?> schema, Object example) {
        if (example != null) {
            return example;
        }
        if (schema == null) {
            return "x";
        }
        if (schema.getExample() != null) {
            // The parser reads a date-time example as an OffsetDateTime, which this test's plain ObjectMapper cannot write:
            // as JSON it is its ISO text, as in the contract.
            return schema.getExample() instanceof java.time.temporal.Temporal time ? time.toString() : schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getDefault() != null) {
            return schema.getDefault();
        }
        String type = schema.getType() == null ? "string" : schema.getType();
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (type) {
            case "integer" -> schema.getMinimum() == null ? 1 : schema.getMinimum().intValue();
            case "number" -> 1.5;
            case "boolean" -> true;
            case "array" -> scalar(schema.getItems(), null);
            default -> switch (format) {
                case "date" -> "2025-06-01";
                case "date-time" -> "2025-06-01T08:00:00Z";
                case "uuid" -> "3f2b8c4e-1d2a-4b7c-9e8f-0a1b2c3d4e5f";
                case "uri", "uri-reference" -> "https://example.org/x";
                default -> "x".repeat(Math.max(1, schema.getMinLength() == null ? 1 : schema.getMinLength()));
            };
        };
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }
}
