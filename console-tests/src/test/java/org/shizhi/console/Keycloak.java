package org.shizhi.console;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Keycloak, the city's identity provider as the platform meets it: the distribution the build unpacked from the
 * Maven registry ({@code org.keycloak:keycloak-quarkus-dist}, into target/keycloak), started in development mode on a
 * free port of 127.0.0.1 with the committed realm ({@value #REALM_RESOURCE}) imported into a fresh database, on a JDK
 * 21+ (the tests' own, else Temurin 25). Start bounded by {@link #START_TIMEOUT}; {@link #close()} (and a shutdown hook,
 * should the JVM end first) stops it with every process it started. Where it cannot be had or started the tests are
 * skipped with the reason printed, except under {@code CI=true}, where that fails the run.
 */
final class Keycloak implements AutoCloseable {

    static final String REALM = "shizhi";
    static final String CLIENT_ID = "shizhi-console";
    /** Every user of the realm has this password (a demo realm: never for a real city). */
    static final String PASSWORD = "shizhi-demo";
    private static final String REALM_RESOURCE = "/keycloak/shizhi-realm.json";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI base;
    private final Thread shutdownHook;

    private Keycloak(Process process, URI base) {
        this.process = process;
        this.base = base;
        this.shutdownHook = new Thread(this::stop);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Started and answering its realm's discovery document, or the test is skipped (failed under CI=true). */
    static Keycloak start(Path logFile) {
        Path home = distribution();
        Path java = jdk21();
        try {
            Files.createDirectories(home.resolve("data/import"));
            deleteRecursively(home.resolve("data/h2"));
            try (InputStream realm = Keycloak.class.getResourceAsStream(REALM_RESOURCE)) {
                Files.copy(realm, home.resolve("data/import/shizhi-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(List.of("/bin/bash", home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host", "127.0.0.1",
                    "--http-port", String.valueOf(port), "--import-realm"))
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(logFile.toFile());
            builder.environment().putAll(Map.of("JAVA_HOME", java.toString(), "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
            long began = System.nanoTime();
            Keycloak keycloak = new Keycloak(builder.start(), URI.create("http://127.0.0.1:" + port));
            try {
                keycloak.awaitRealm(began);
            } catch (RuntimeException | InterruptedException e) {
                keycloak.close();
                unavailable("Keycloak did not start: " + e.getMessage() + " (log: " + logFile + ")");
            }
            System.out.printf("[console-tests] Keycloak %s started in %d ms at %s%n", home.getFileName(),
                    (System.nanoTime() - began) / 1_000_000, keycloak.base);
            return keycloak;
        } catch (IOException e) {
            unavailable("Keycloak could not be started from " + home + ": " + e.getMessage());
            throw new IllegalStateException("unreachable");
        }
    }

    private void awaitRealm(long began) throws InterruptedException {
        long deadline = began + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("it exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("its realm did not answer within " + START_TIMEOUT.toSeconds() + " s");
    }

    /** The distribution the build unpacked (its folder named in {@code shizhi.keycloak.home}). */
    private static Path distribution() {
        String configured = System.getProperty("shizhi.keycloak.home", "");
        Path unpacked = configured.isEmpty() ? null : Path.of(configured);
        if (unpacked == null || !Files.isDirectory(unpacked)) {
            unavailable("no Keycloak distribution at '" + configured + "' (the build unpacks org.keycloak:keycloak-quarkus-dist there)");
        }
        try (Stream<Path> inside = Files.list(unpacked)) {
            return inside.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh"))).findFirst()
                    .orElseGet(() -> {
                        unavailable("no bin/kc.sh under " + unpacked);
                        return null;
                    });
        } catch (IOException e) {
            unavailable("cannot read " + unpacked + ": " + e.getMessage());
            return null;
        }
    }

    /** Keycloak needs Java 21 or later: the JDK running the tests when it is one, else Temurin 25. */
    private static Path jdk21() {
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (!Files.isExecutable(temurin.resolve("bin/java"))) {
            unavailable("Keycloak needs a JDK 21 or later; the tests run on " + Runtime.version() + " and " + temurin + " is absent");
        }
        return temurin;
    }

    private static void unavailable(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true: " + reason);
        }
        System.out.println("[console-tests] SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    URI issuer() {
        return URI.create(base + "/realms/" + REALM);
    }

    URI jwks() {
        return URI.create(issuer() + "/protocol/openid-connect/certs");
    }

    /**
     * Lets the console at {@code consoleUrl} (the platform's port is only known once it runs) be the client's redirect
     * URI and web origin, through Keycloak's admin API, as a city's administrator registers the console's address.
     */
    void registerConsole(String consoleUrl) throws IOException, InterruptedException {
        JsonNode token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))))));
        String bearer = "Bearer " + token.path("access_token").asText();
        URI clients = URI.create(base + "/admin/realms/" + REALM + "/clients");
        JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + CLIENT_ID))
                .header("Authorization", bearer).GET()));
        ObjectNode client = (ObjectNode) found.get(0);
        client.putArray("redirectUris").add(consoleUrl);
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText())).header("Authorization", bearer)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
    }

    private static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .toList());
    }

    private static String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /** kc.sh and the JVM it starts, politely first, then forcibly. */
    private void stop() {
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
