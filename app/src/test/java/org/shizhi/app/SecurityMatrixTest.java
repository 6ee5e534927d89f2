package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.Role;
import org.yaml.snakeyaml.Yaml;

/**
 * Every operation of the contract, called five ways: without a token (401), with a role it does not allow
 * (403), for another city's resource (404), outside the caller's jurisdiction (404), and as it should be
 * (2xx). The operations come from the served contract itself, so a new endpoint without a row here fails.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:security-matrix;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
class SecurityMatrixTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    /** A call of one operation: method, path and body. */
    record Call(String method, String path, Supplier<String> body) {
        static Call get(String path) {
            return new Call("GET", path, () -> null);
        }
    }

    /**
     * One row of the matrix: who may call, and the calls for each case. {@code otherCity} and
     * {@code outsideJurisdiction} are empty for operations without a resource of a place (a create, a listing
     * of the platform's plugins), where those cases do not arise.
     */
    record Row(Set<Role> allowed, Call allowedCall, Optional<Call> otherCity, Optional<Call> outsideJurisdiction) {
    }

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    private static final Map<String, Row> MATRIX = Map.of(
            "getArea", new Row(EVERY_ROLE,
                    Call.get("/api/v1/areas/510104000000"),
                    Optional.of(Call.get("/api/v1/areas/440800000000")),
                    Optional.of(Call.get("/api/v1/areas/510107000000"))),
            "listAreaChildren", new Row(EVERY_ROLE,
                    Call.get("/api/v1/areas/510104000000/children"),
                    Optional.of(Call.get("/api/v1/areas/440811000000/children")),
                    Optional.of(Call.get("/api/v1/areas/510107000000/children"))),
            "registerAreas", new Row(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR),
                    new Call("POST", "/api/v1/areas", () -> "{\"areas\":[{\"code\":\"510104" + SERIAL.incrementAndGet() + "000\",\"name\":\"矩阵街道\"}]}"),
                    Optional.empty(), Optional.empty()),
            "listPlugins", new Row(EnumSet.of(Role.CITY_ADMIN, Role.INTEGRATOR, Role.AUDITOR),
                    Call.get("/api/v1/plugins"), Optional.empty(), Optional.empty()));

    @Inject
    WebTarget target;

    @SuppressWarnings("unchecked")
    private static Map<String, String> operationsOfTheContract() throws Exception {
        Map<String, String> operations = new LinkedHashMap<>();
        try (InputStream in = SecurityMatrixTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            Map<String, Object> document = new Yaml().load(in);
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
            paths.forEach((path, item) -> item.forEach((method, operation) -> {
                if (operation instanceof Map<?, ?> op && op.get("operationId") != null) {
                    operations.put((String) op.get("operationId"), method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                }
            }));
        }
        return operations;
    }

    private Response call(Call call, Optional<String> token) {
        Invocation.Builder request = target.path(call.path()).request();
        token.ifPresent(t -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + t));
        String body = call.body().get();
        return body == null ? request.method(call.method()) : request.method(call.method(), Entity.json(body));
    }

    /** A Chengdu user of the role, answering for 锦江区 (510104). */
    private static String token(Role role) {
        return TestTokens.token("510100", "510104", role.name());
    }

    @Test
    void noOperationOfTheContractIsMissingFromTheMatrix() throws Exception {
        assertThat(new TreeSet<>(MATRIX.keySet()))
                .as("operations of the served contract; add a row to MATRIX for each new one")
                .isEqualTo(new TreeSet<>(operationsOfTheContract().keySet()));
    }

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var entry : operationsOfTheContract().entrySet()) {
            String operation = entry.getKey() + " (" + entry.getValue() + ")";
            Row row = MATRIX.get(entry.getKey());
            if (row == null) {
                continue; // reported by the test above
            }
            expect(wrong, operation + " without a token", call(row.allowedCall(), Optional.empty()).getStatus(), 401);
            for (Role role : EnumSet.complementOf(EnumSet.copyOf(row.allowed()))) {
                expect(wrong, operation + " as " + role, call(row.allowedCall(), Optional.of(token(role))).getStatus(), 403);
            }
            Role allowed = row.allowed().iterator().next();
            row.otherCity().ifPresent(c -> expect(wrong, operation + " for another city's resource",
                    call(c, Optional.of(TestTokens.token("510100", "510100", allowed.name()))).getStatus(), 404));
            row.outsideJurisdiction().ifPresent(c -> expect(wrong, operation + " outside the jurisdiction",
                    call(c, Optional.of(token(allowed))).getStatus(), 404));
            for (Role role : row.allowed()) {
                int status = call(row.allowedCall(), Optional.of(token(role))).getStatus();
                if (status < 200 || status > 299) {
                    wrong.add(operation + " as " + role + ": expected 2xx, got " + status);
                }
            }
        }
        assertThat(wrong).as("calls that were not answered as the matrix says").isEmpty();
    }

    private static void expect(List<String> wrong, String what, int actual, int expected) {
        if (actual != expected) {
            wrong.add(what + ": expected " + expected + ", got " + actual);
        }
    }

}
