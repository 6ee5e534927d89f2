package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The document the platform serves at {@code /openapi} is the contract, {@code adapters/rest/src/main/openapi/openapi.yaml}:
 * both are read into Jackson trees and compared member by member (member order aside, numbers by value).
 * A difference fails with the JSON pointer of the first differing member, its value in the contract and as served.
 *
 * <p>The YAML is read with SnakeYAML, which Helidon's OpenAPI support already brings (jackson-dataformat-yaml is
 * not on this class path), and turned into a Jackson tree; the served JSON is read by Jackson directly.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:served-contract;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class ServedContractTest {

    /** The contract, relative to the app module (Surefire runs in the module's folder and names it in {@code basedir}). */
    private static final Path CONTRACT = Path.of(System.getProperty("basedir", "."))
            .resolve("../adapters/rest/src/main/openapi/openapi.yaml").normalize();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebTarget target;

    @Test
    void theServedJsonIsTheContract() throws IOException {
        Response response = target.path("/openapi").request("application/json").get();

        assertThat(response.getStatus()).as("GET /openapi (JSON) status").isEqualTo(200);
        assertThat(response.getMediaType().toString()).as("served media type").startsWith("application/json");
        JsonNode served = JSON.readTree(response.readEntity(String.class));

        assertSameDocument(contract(), served);
    }

    @Test
    void theServedYamlIsTheContract() throws IOException {
        Response response = target.path("/openapi").request("application/yaml").get();

        assertThat(response.getStatus()).as("GET /openapi (YAML) status").isEqualTo(200);
        JsonNode served = yaml(response.readEntity(String.class));

        assertSameDocument(contract(), served);
    }

    @Test
    void theComparisonNamesTheFirstDifferingMember() throws IOException {
        JsonNode changed = contract().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.at("/paths/~1api~1v1~1areas~1{code}/get"))
                .put("operationId", "readArea");

        assertThat(firstDifference(contract(), changed, ""))
                .hasValueSatisfying(d -> assertThat(d).startsWith("/paths/~1api~1v1~1areas~1{code}/get/operationId:")
                        .contains("\"getArea\"").contains("\"readArea\""));
        assertThat(firstDifference(contract(), contract(), "")).as("the contract against itself").isEmpty();
    }

    private static void assertSameDocument(JsonNode contract, JsonNode served) {
        assertThat(contract.at("/paths").size()).as("paths in the contract (a guard against comparing empty documents)").isGreaterThan(0);
        Optional<String> difference = firstDifference(contract, served, "");
        assertThat(difference)
                .as("the served document differs from " + CONTRACT + " at %s", difference.orElse(""))
                .isEmpty();
    }

    private static JsonNode contract() throws IOException {
        assertThat(CONTRACT).as("the contract file").isRegularFile();
        return yaml(Files.readString(CONTRACT, StandardCharsets.UTF_8));
    }

    private static JsonNode yaml(String text) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return JSON.valueToTree(document);
    }

    /**
     * The first place where {@code actual} departs from {@code expected}, as
     * {@code <JSON pointer>: contract <value>, served <value>}; members in the contract's order, then members only served.
     */
    static Optional<String> firstDifference(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.isNumber() && actual.isNumber()) {
            return equalNumbers(expected.decimalValue(), actual.decimalValue()) ? Optional.empty() : differ(pointer, expected, actual);
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return differ(pointer, expected, actual);
        }
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                String at = pointer + "/" + escape(member.getKey());
                JsonNode served = actual.get(member.getKey());
                if (served == null) {
                    return differ(at, member.getValue(), null);
                }
                Optional<String> inner = firstDifference(member.getValue(), served, at);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            List<String> extra = new ArrayList<>();
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    extra.add(name);
                }
            });
            return extra.isEmpty() ? Optional.empty() : differ(pointer + "/" + escape(extra.get(0)), null, actual.get(extra.get(0)));
        }
        if (expected.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                String at = pointer + "/" + i;
                if (i >= actual.size()) {
                    return differ(at, expected.get(i), null);
                }
                if (i >= expected.size()) {
                    return differ(at, null, actual.get(i));
                }
                Optional<String> inner = firstDifference(expected.get(i), actual.get(i), at);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : differ(pointer, expected, actual);
    }

    private static boolean equalNumbers(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static Optional<String> differ(String pointer, JsonNode contract, JsonNode served) {
        return Optional.of((pointer.isEmpty() ? "/" : pointer) + ": contract " + shown(contract) + ", served " + shown(served));
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "(absent)";
        }
        String text = value.toString();
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
