package org.shizhi.platformprocess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.shizhi.app.security.SigningKeys;
import org.shizhi.app.security.TokenMinter;

/**
 * The platform started as its own JVM from app/target exactly as {@code ./shizhi start} runs it
 * ({@code java -cp app/target/shizhi.jar:app/target/libs/*:demo/target/shizhi-demo.jar:demo/target/libs/* org.shizhi.app.Main} with {@code -Dshizhi.data.dir} and
 * {@code -Dserver.port}), on a free port of 127.0.0.1; so a load generator never shares its heap or its JIT, and a
 * test can kill it as an operator's {@code kill -9} would and start it again on the same data directory.
 */
public final class PlatformProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
    private static final int TAIL_LINES = 40;

    private final Process process;
    private final URI base;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final Deque<String> tail;
    /** Reads the platform's output to its end; joined by {@link #stop} so that its last lines are in the log. */
    private final Thread drainer;

    private PlatformProcess(Process process, URI base, Path dataDir, boolean ownsDataDir, Deque<String> tail, Thread drainer) {
        this.drainer = drainer;
        this.process = process;
        this.base = base;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.tail = tail;
    }

    /** On a fresh temporary data directory, deleted again by {@link #close()}. */
    public static PlatformProcess start(Path root, List<String> jvmOptions) throws IOException, InterruptedException {
        return start(root, Files.createTempDirectory("shizhi-platform-data"), true, jvmOptions, Optional.empty());
    }

    /**
     * On the given data directory, which {@link #close()} leaves in place (a later start finds what this one stored);
     * the platform's output is appended to {@code log} when given.
     */
    public static PlatformProcess startOn(Path root, Path dataDir, List<String> jvmOptions, Optional<Path> log)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        return start(root, dataDir, false, jvmOptions, log);
    }

    private static PlatformProcess start(Path root, Path dataDir, boolean ownsDataDir, List<String> jvmOptions, Optional<Path> log)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        // For profiling a run, e.g. -Dshizhi.bench.platform.jvm-options=-XX:StartFlightRecording=filename=intake.jfr
        String extra = System.getProperty("shizhi.bench.platform.jvm-options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        // The release's class path and, as ./shizhi start adds them, the demo cities beside it.
        String classPath = String.join(":", root.resolve("app/target/shizhi.jar").toString(), root.resolve("app/target/libs") + "/*",
                root.resolve("demo/target/shizhi-demo.jar").toString(), root.resolve("demo/target/libs") + "/*");
        command.addAll(List.of("-cp", classPath,
                "-Dshizhi.data.dir=" + dataDir, "-Dserver.port=0", "-Dserver.host=127.0.0.1", "org.shizhi.app.Main"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Deque<String> tail = new ArrayDeque<>();
        Writer logWriter = log.isPresent() ? Files.newBufferedWriter(log.get(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND) : Writer.nullWriter();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        for (String line; (line = out.readLine()) != null && System.nanoTime() < deadline; ) {
            remember(tail, logWriter, line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drainer = Thread.ofVirtual().start(() -> drain(out, tail, logWriter));
                PlatformProcess platform = new PlatformProcess(process, URI.create("http://127.0.0.1:" + m.group(1)), dataDir,
                        ownsDataDir, tail, drainer);
                platform.awaitHealthy();
                return platform;
            }
        }
        process.destroyForcibly();
        logWriter.close();
        throw new IllegalStateException("the platform did not start within 300 s on " + dataDir + "; its last output:\n"
                + String.join("\n", snapshot(tail)));
    }

    private static void remember(Deque<String> tail, Writer log, String line) {
        synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) {
                tail.removeFirst();
            }
        }
        try {
            log.write(line);
            log.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the pipe drained (a full pipe would stall the platform) and the last lines at hand. */
    private static void drain(BufferedReader out, Deque<String> tail, Writer log) {
        try (log) {
            for (String line; (line = out.readLine()) != null; ) {
                remember(tail, log, line);
            }
        } catch (IOException | UncheckedIOException stopped) {
            // the platform was stopped or killed
        }
    }

    private static List<String> snapshot(Deque<String> tail) {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    public URI base() {
        return base;
    }

    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return process.pid();
    }

    /** The platform's last lines of output, for a failure message. */
    public List<String> lastOutput() {
        return snapshot(tail);
    }

    /**
     * {@code Authorization} header value: a token signed with the embedded default's key in the data directory, as
     * {@code ./shizhi token} mints it.
     */
    public String bearer(String subject, String city, String jurisdiction, List<String> roles, Duration ttl) {
        TokenMinter minter = new TokenMinter(SigningKeys.readPrivate(dataDir.resolve("keys").resolve(SigningKeys.PRIVATE_FILE)),
                "shizhi-embedded", "shizhi", Clock.systemUTC());
        return "Bearer " + minter.mint(subject, city, jurisdiction, roles, ttl);
    }

    /** CPU time the platform's JVM has used so far, all its threads (JIT and GC too). */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Resident memory of the platform's JVM in MiB, from /proc. */
    public long residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /**
     * Kills the platform as {@code kill -9} does ({@link Process#destroyForcibly()} is SIGKILL on Linux): no shutdown
     * hook runs, nothing is flushed. Answers the exit status, 137 (128 + 9) for a SIGKILL.
     */
    public int kill() throws InterruptedException {
        dumpFlightRecording();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the platform (pid " + process.pid() + ") did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    /**
     * Stops the platform as {@code systemctl stop} and {@code kill} do (SIGTERM, {@link Process#destroy()} on Linux): its
     * shutdown hooks run. Answers the exit status once it has exited.
     *
     * @throws IllegalStateException if it has not exited within {@code limit} (it is then killed)
     */
    public int terminate(Duration limit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the platform (pid " + process.pid() + ") did not exit within " + limit + " of SIGTERM");
        }
        drainer.join(10_000);
        return process.exitValue();
    }

    /**
     * A killed JVM writes no flight recording: when the run was started with one
     * ({@code -Dshizhi.bench.platform.jvm-options=-XX:StartFlightRecording=filename=F,...}), it is dumped to F first.
     */
    private void dumpFlightRecording() throws InterruptedException {
        Matcher file = Pattern.compile("StartFlightRecording=(?:.*,)?filename=([^,\\s]+)")
                .matcher(System.getProperty("shizhi.bench.platform.jvm-options", ""));
        if (!file.find() || !process.isAlive()) {
            return;
        }
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "JFR.dump", "filename=" + file.group(1))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            dump.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("could not dump the platform's flight recording: " + e.getMessage());
        }
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

    /** Stops the platform as Ctrl-C does, and deletes the data directory if it was made for this run. */
    @Override
    public void close() throws IOException, InterruptedException {
        stop(Duration.ofSeconds(20));
    }

    /**
     * Stops the platform as Ctrl-C does, waiting up to {@code patience} for its JVM to exit by itself (what it writes on
     * a normal exit, such as a class-data archive, needs the exit to finish) before killing it; then deletes the data
     * directory if it was made for this run. Answers whether the JVM exited by itself.
     */
    public boolean stop(Duration patience) throws IOException, InterruptedException {
        boolean byItself = true;
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                byItself = false;
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (ownsDataDir) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return byItself;
    }
}
