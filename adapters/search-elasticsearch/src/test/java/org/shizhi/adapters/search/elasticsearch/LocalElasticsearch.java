package org.shizhi.adapters.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One Elasticsearch server process on 127.0.0.1, run from a private copy of the unpacked distribution
 * in a fresh temporary directory, so that its data, logs and keystore never touch target/ or another run.
 */
final class LocalElasticsearch implements AutoCloseable {

    /** Elasticsearch refuses to run as root; under root (as in CI) it runs as this system user. */
    static final String USER = "shizhi-es";

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final Path workDir;
    private final String user;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stop, "elasticsearch-stop");
    // Set as the start proceeds; stop() undoes whatever exists by then.
    private volatile Process process;
    private volatile ElasticsearchClient client;
    private boolean viaRunuser;
    private Path log;
    private int port;
    private long serverPid;
    private Duration startup;

    private LocalElasticsearch(Path workDir, String user) {
        this.workDir = workDir;
        this.user = user;
    }

    /**
     * Starts a server from {@code distribution} and waits until the cluster is at least yellow.
     *
     * @throws StartFailure with the reason (and the tail of the server's output) where it cannot start
     */
    static LocalElasticsearch start(Path distribution, Path logDir) throws StartFailure {
        long began = System.nanoTime();
        if (!Files.isExecutable(distribution.resolve("bin/elasticsearch"))) {
            throw new StartFailure("no Elasticsearch distribution at " + distribution
                    + " (the Maven build unpacks it in generate-test-resources)");
        }
        boolean root = new UnixSystem().getUid() == 0;
        LocalElasticsearch server = null;
        try {
            if (root) {
                ensureUser();
            }
            server = new LocalElasticsearch(Files.createTempDirectory("shizhi-es-"),
                    root ? USER : System.getProperty("user.name"));
            // Hooked before anything runs, so that a test JVM stopped mid-start leaves no server behind.
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            server.launch(distribution, root, logDir);
            server.awaitHealthy(began);
            server.connect();
            server.startup = Duration.ofNanos(System.nanoTime() - began);
            return server;
        } catch (StartFailure | IOException | RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Path log = server == null ? null : server.log;
            if (server != null) {
                server.close();
            }
            throw e instanceof StartFailure failure ? failure
                    : new StartFailure(e + (log == null ? "" : tail(log)), e);
        }
    }

    private void launch(Path distribution, boolean root, Path logDir)
            throws IOException, InterruptedException, StartFailure {
        Path home = copyTree(distribution, workDir.resolve("home"));
        Path data = Files.createDirectory(workDir.resolve("data"));
        Path logs = Files.createDirectory(workDir.resolve("logs"));
        Path tmp = Files.createDirectory(workDir.resolve("tmp"));
        // The tests' own JDK (>= 21, as they are compiled for 21) is one Elasticsearch 9 accepts.
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (root) {
            run("chown", "-R", USER, workDir.toString());
            requireUsable(javaHome, home);
        }
        port = freePort();
        log = Files.createDirectories(logDir).resolve("elasticsearch-" + port + ".log");

        List<String> command = new ArrayList<>();
        viaRunuser = root;
        if (root) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.addAll(List.of("env",
                "ES_JAVA_HOME=" + javaHome,
                "ES_JAVA_OPTS=-Xms512m -Xmx512m",
                "ES_TMPDIR=" + tmp,
                home.resolve("bin/elasticsearch").toString(),
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                "-E", "network.host=" + HOST,
                "-E", "http.port=" + port,
                "-E", "path.data=" + data,
                "-E", "path.logs=" + logs,
                // A nearly full developer disk must not turn the test indices read-only.
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // An inherited ES_PATH_CONF would point the server at another configuration; JAVA_HOME only draws a warning.
        builder.environment().keySet().removeIf(name -> name.startsWith("ES_") || name.equals("JAVA_HOME"));
        process = builder.start();
    }

    private void awaitHealthy(long began) throws StartFailure, InterruptedException {
        // GET / answers 405 in this distribution (no rest-root module): cluster health is the readiness check.
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = began + START_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new StartFailure("Elasticsearch exited with code " + process.exitValue() + tail(log));
                }
                if (System.nanoTime() > deadline) {
                    throw new StartFailure("Elasticsearch was not healthy within " + START_TIMEOUT.toSeconds()
                            + " s" + tail(log));
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // retry until the deadline
                }
                Thread.sleep(250);
            }
        }
    }

    private void connect() throws IOException {
        client = ElasticsearchClient.of(b -> b.host(baseUrl()).jsonMapper(new JacksonJsonpMapper()));
        serverPid = client.nodes().info(n -> n.nodeId("_local").metric("process"))
                .nodes().values().iterator().next().process().id();
    }

    String baseUrl() {
        return "http://" + HOST + ":" + port;
    }

    int port() {
        return port;
    }

    /** The operating-system user the server runs as. */
    String user() {
        return user;
    }

    /** The PID of the server JVM, as the server itself reports it. */
    long serverPid() {
        return serverPid;
    }

    ElasticsearchClient client() {
        return client;
    }

    Path log() {
        return log;
    }

    Duration startup() {
        return startup;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            if (client != null) {
                client.close();
            }
        } catch (IOException ignored) {
            // the process goes anyway
        }
        stopTree();
        deleteTree(workDir);
    }

    private static void ensureUser() throws IOException, InterruptedException, StartFailure {
        if (exec("id", "-u", USER).code() == 0) {
            return;
        }
        Result added;
        try {
            added = exec("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER);
        } catch (IOException e) {
            added = new Result(-1, e.getMessage());
        }
        // Another test JVM may have created it meanwhile.
        if (added.code() != 0 && exec("id", "-u", USER).code() != 0) {
            throw new StartFailure("cannot create the system user " + USER + " to run Elasticsearch as (it refuses"
                    + " to run as root): " + added.output());
        }
    }

    /** The user must reach both the JDK and the copy; a JDK under /root, say, it cannot run. */
    private static void requireUsable(Path javaHome, Path home) throws IOException, InterruptedException, StartFailure {
        Path java = javaHome.resolve("bin/java");
        Path script = home.resolve("bin/elasticsearch");
        if (exec("runuser", "-u", USER, "--", "test", "-x", java.toString(), "-a", "-x", script.toString())
                .code() != 0) {
            throw new StartFailure("user " + USER + " cannot execute " + java + " or " + script
                    + ": run the tests on a JDK >= 21 readable by all users");
        }
    }

    private static Path copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                // COPY_ATTRIBUTES keeps the scripts executable.
                Files.copy(path, target.resolve(source.relativize(path).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }
        return target;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /**
     * SIGTERM to the Elasticsearch CLI, which stops the server in order; SIGKILL to whatever of the tree
     * outlives the grace period. Under runuser the CLI is its child: runuser would pass SIGTERM on too,
     * but then wait 2 s more and SIGKILL it.
     */
    private void stopTree() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        List<ProcessHandle> cli = viaRunuser ? process.children().toList() : List.of();
        (cli.isEmpty() ? List.of(process.toHandle()) : cli).forEach(ProcessHandle::destroy);
        try {
            CompletableFuture.allOf(tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return " (no output in " + log + ")";
        }
    }

    private static void run(String... command) throws IOException, InterruptedException, StartFailure {
        Result result = exec(command);
        if (result.code() != 0) {
            throw new StartFailure(String.join(" ", command) + " failed: " + result.output());
        }
    }

    private static Result exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Result(p.waitFor(), output);
    }

    private record Result(int code, String output) {
    }

    /** Why the server could not be started; the message is what a skipped or failed test reports. */
    static final class StartFailure extends Exception {
        StartFailure(String message) {
            super(message);
        }

        StartFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
