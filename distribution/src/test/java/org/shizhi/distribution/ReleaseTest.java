package org.shizhi.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release as a city receives it: the tar.gz the build just made, unpacked into an empty folder and started with
 * nothing but a JDK (JAVA_HOME, no Maven, no source checkout), on the embedded default, a fresh data folder and a
 * free port.
 */
class ReleaseTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private static Path folder;
    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("shizhi.release.archive"));
        assertThat(archive).as("the release the package phase made").exists();
        folder = Files.createTempDirectory("shizhi-release");
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", folder.toString()).inheritIO().start();
        assertThat(tar.waitFor()).as("tar -xzf " + archive).isZero();
        home = folder.resolve("shizhi-" + System.getProperty("shizhi.release.version"));
    }

    @AfterAll
    static void delete() throws IOException {
        if (folder != null) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theArchiveHoldsTheLauncherLibrariesConfigurationPluginsDocsUnitAndLicence() throws IOException {
        assertThat(home.resolve("bin/shizhi")).isExecutable();
        assertThat(home.resolve("conf/shizhi.properties")).isRegularFile();
        assertThat(home.resolve("plugins")).isDirectory();
        assertThat(home.resolve("docs/operations.md")).isRegularFile();
        assertThat(home.resolve("systemd/shizhi.service")).content().contains("ExecStart=/opt/shizhi/bin/shizhi start");
        assertThat(home.resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
        assertThat(names(home.resolve("lib"))).anyMatch(n -> n.startsWith("shizhi-app-"))
                .anyMatch(n -> n.startsWith("helidon-"))
                .as("a release never loads demo data").noneMatch(n -> n.startsWith("shizhi-demo"))
                .as("the tools are apart from the server's class path").noneMatch(n -> n.startsWith("shizhi-cli"));
        assertThat(names(home.resolve("lib/cli"))).anyMatch(n -> n.startsWith("shizhi-cli-"));
        if (Boolean.getBoolean("shizhi.release.expect-sbom")) {
            assertThat(home.resolve("sbom/shizhi-" + System.getProperty("shizhi.release.version") + ".cdx.json")).content()
                    .contains("\"bomFormat\" : \"CycloneDX\"", "helidon");
        } else {
            System.out.println("ReleaseTest: no SBOM expected (built without -Prelease, whose SBOM plugin needs Maven online)");
        }
    }

    @Test
    void startsWithOnlyAJdkAnswersHealthAndTheApiAndStopsCleanlyOnSigterm() throws Exception {
        Path data = folder.resolve("data");
        Process platform = launcher(List.of("start", "--port", "0", "--data", data.toString()), javaHome());
        StringBuilder output = new StringBuilder();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(platform.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the platform exited before listening"));
        });
        try {
            URI base = URI.create("http://127.0.0.1:" + port.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS));
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> health = waitForHealthUp(http, base);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"database\"", "\"search\"", "\"work-calendar\"");

            String token = tool(List.of("token", "--city", "510100", "--roles", "CITY_ADMIN", "--data", data.toString())).strip();
            HttpResponse<String> plugins = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/plugins"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plugins.statusCode()).as(plugins.body()).isEqualTo(200);
            assertThat(plugins.body()).contains("zhanjiang", "chengdu");
        } finally {
            platform.destroy(); // SIGTERM, as systemctl stop sends
            boolean exited = platform.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                platform.destroyForcibly();
            }
            reader.join(5_000);
            String log;
            synchronized (output) {
                log = output.toString();
            }
            assertThat(exited).as("exited within 60 s of SIGTERM:\n" + log).isTrue();
            assertThat(platform.exitValue()).as(log).isIn(0, 143);
            assertThat(log).as("a normal stop prints no stack trace").doesNotContain("Exception");
        }
    }

    @Test
    void refusesAJavaOlderThan21WithItsVersionNamed() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        Assumptions.assumeTrue(Files.isExecutable(java17.resolve("bin/java")),
                () -> { System.out.println("ReleaseTest: skipped, no Java 17 at " + java17); return "no Java 17 at " + java17; });
        Process refused = launcher(List.of("start", "--data", folder.resolve("never").toString()), java17);
        String out = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(refused.waitFor()).isEqualTo(2);
        assertThat(out).contains("needs Java 21 or newer", "Java 17");
        assertThat(folder.resolve("never/db")).doesNotExist();
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** bin/shizhi in an environment that has a JDK and the shell's basic tools, nothing else (no Maven, no checkout). */
    private static Process launcher(List<String> args, Path javaHome) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/shizhi").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("PATH", "/usr/bin:/bin");
        return builder.start();
    }

    private static String tool(List<String> args) throws Exception {
        Process tool = launcher(args, javaHome());
        String out = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.waitFor()).as(out).isZero();
        return out;
    }

    private static HttpResponse<String> waitForHealthUp(HttpClient http, URI base) throws Exception {
        Instant limit = Instant.now().plus(START_LIMIT);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(limit)) {
            last = http.send(HttpRequest.newBuilder(base.resolve("/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("health never UP: " + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
