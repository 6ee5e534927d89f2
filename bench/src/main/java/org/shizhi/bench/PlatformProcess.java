package org.shizhi.bench;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform on its embedded defaults (or another database given as JVM options), started as its own JVM from app/target exactly as ./shizhi start
 * runs it, on a fresh data directory and a free port; so the load generator never shares its heap or its JIT.
 */
final class PlatformProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");

    private final Process process;
    private final URI base;
    private final Path dataDir;

    private PlatformProcess(Process process, URI base, Path dataDir) {
        this.process = process;
        this.base = base;
        this.dataDir = dataDir;
    }

    static PlatformProcess start(Path root, List<String> jvmOptions) throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("shizhi-bench-data");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        // For profiling a run, e.g. -Dshizhi.bench.platform.jvm-options=-XX:StartFlightRecording=filename=intake.jfr
        String extra = System.getProperty("shizhi.bench.platform.jvm-options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        // The class path ./shizhi start gives: the release and the demo cities beside it.
        command.addAll(List.of("-cp", root.resolve("app/target/shizhi.jar") + ":" + root.resolve("app/target/libs") + "/*:"
                        + root.resolve("demo/target/shizhi-demo.jar") + ":" + root.resolve("demo/target/libs") + "/*",
                "-Dshizhi.data.dir=" + dataDir, "-Dserver.port=0", "-Dserver.host=127.0.0.1", "org.shizhi.app.Main"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        for (String line; (line = out.readLine()) != null && System.nanoTime() < deadline; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread.ofVirtual().start(() -> {
                    try {
                        out.lines().forEach(l -> { }); // keep the pipe drained
                    } catch (java.io.UncheckedIOException closed) {
                        // the platform was stopped
                    }
                });
                PlatformProcess platform = new PlatformProcess(process, URI.create("http://127.0.0.1:" + m.group(1)), dataDir);
                platform.awaitHealthy();
                return platform;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the platform did not start within 300 s (or exited; its output is above)");
    }

    URI base() {
        return base;
    }

    Path dataDir() {
        return dataDir;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the platform's JVM has used so far, all its threads (JIT and GC too). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Resident memory of the platform's JVM in MiB, from /proc. */
    long residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 300; i++) {
            HttpResponse<Void> health = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding());
            if (health.statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the platform did not become healthy");
    }

    /** SIGKILL, as {@code kill -9}: the platform gets no chance to write anything; returns once it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }


}
