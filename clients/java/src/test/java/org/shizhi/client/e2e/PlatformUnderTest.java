package org.shizhi.client.e2e;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.shizhi.client.ApiClient;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.PluginsApi;

/**
 * The real Shizhi platform for end-to-end tests, reached only through the generated client.
 *
 * <p>Register it in any context's end-to-end test, acting as one user of the platform:
 * <pre>{@code
 * @RegisterExtension
 * static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "INTEGRATOR");
 *
 * @Test
 * void readsTheDemoCity() throws ApiException {
 *     assertThat(platform.areas().getArea("510100").getName()).isEqualTo("成都市");
 * }
 * }</pre>
 * or use {@code @ExtendWith(PlatformUnderTest.class)} (no token) and take an {@link ApiClient}, {@link AreasApi}
 * or {@link PluginsApi} as a test or lifecycle method parameter.
 *
 * <p><b>One platform per test JVM, in a JVM of its own.</b> The tests run on Java 17 as well as on 21 (the client is
 * compiled for 17), while the platform needs 21: so the first test class that needs it starts the platform as a child
 * process ({@code org.shizhi.app.Main}, as {@code ./shizhi start} runs it, through {@code child.ChildPlatform}) on the
 * JDK that runs Maven ({@code shizhi.e2e.platform.java-home}; the test JVM's own when that is 21 or newer), with the
 * class path Maven resolved for it ({@code shizhi.e2e.platform.classpath-file}); it stops when the whole run ends, or
 * when the test JVM dies (its standard input closes). It listens on a free port of 127.0.0.1; its database is an
 * in-memory H2 of its own ({@code e2e-<random>}) with the demo cities loaded; its data and plugins folders are
 * temporary. Test classes share that database: each test registers areas under codes no other test uses. The test
 * JVM's {@code shizhi.*} system properties at the time of the start are passed on to the platform (a test on
 * Elasticsearch sets the archive's backend that way). Its output goes to {@code shizhi.e2e.platform.log}.
 *
 * <p><b>Tokens.</b> Every client this extension hands out sends {@code Authorization: Bearer <token>} on
 * every request, through {@link ApiClient#setRequestInterceptor}, when it has a token, and no
 * {@code Authorization} header at all when it has none ({@link #anonymous()}, or a supplier giving
 * {@code null} or blank). {@link #as} mints the token with the key pair the embedded profile made under
 * {@link #dataDir()}, the way {@code ./shizhi token} does ({@link EmbeddedTokens}); {@link #withBearerToken(Supplier)}
 * takes a token from anywhere else (a real identity provider). The token is asked for on every request, so it never
 * expires in a long run and a supplier may switch users.
 */
public final class PlatformUnderTest implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformUnderTest.class);

    private final Function<RunningPlatform, String> bearerToken;
    private volatile RunningPlatform platform;

    /** No token: the form {@code @ExtendWith(PlatformUnderTest.class)} uses. */
    public PlatformUnderTest() {
        this(platform -> null);
    }

    private PlatformUnderTest(Function<RunningPlatform, String> bearerToken) {
        this.bearerToken = Objects.requireNonNull(bearerToken, "bearerToken");
    }

    /** Clients that send no {@code Authorization} header. */
    public static PlatformUnderTest anonymous() {
        return new PlatformUnderTest();
    }

    /** Clients that send {@code Authorization: Bearer <token>}, the token asked of {@code token} on every request. */
    public static PlatformUnderTest withBearerToken(Supplier<String> token) {
        Objects.requireNonNull(token, "token");
        return new PlatformUnderTest(platform -> token.get());
    }

    /**
     * Clients acting as a user of {@code city} who answers for {@code jurisdiction} (significant digits or a full
     * code) with these roles (docs/security.md), in tokens signed by the platform's embedded key pair.
     */
    public static PlatformUnderTest as(String city, String jurisdiction, String... roles) {
        return new PlatformUnderTest(user(city, jurisdiction, roles));
    }

    private static Function<RunningPlatform, String> user(String city, String jurisdiction, String... roles) {
        List<String> groups = List.of(roles);
        String subject = "e2e-" + String.join("-", groups).toLowerCase(java.util.Locale.ROOT);
        return platform -> platform.mint(subject, city, jurisdiction, groups);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        platform = running(context);
    }

    private RunningPlatform platform() {
        RunningPlatform started = platform;
        if (started == null) {
            throw new IllegalStateException("the platform is not started: register PlatformUnderTest as a static @RegisterExtension field "
                    + "or with @ExtendWith, then use it in or after @BeforeAll");
        }
        return started;
    }

    /** Where the platform listens, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return platform().baseUri();
    }

    /** The platform's data folder ({@code shizhi.data.dir}, temporary): the embedded key pair sits in {@code keys/}. */
    public Path dataDir() {
        return platform().dataDir();
    }

    /** A new client for the platform, with this extension's token (if any) on every request. */
    public ApiClient client() {
        RunningPlatform started = platform();
        return client(started.baseUri(), () -> bearerToken.apply(started));
    }

    /** A new client for the platform with another token (or none: {@code () -> null}). */
    public ApiClient client(Supplier<String> token) {
        return client(baseUri(), token);
    }

    /** A new client acting as another user of the platform, e.g. to see what a role may not do (see {@link #as}). */
    public ApiClient clientAs(String city, String jurisdiction, String... roles) {
        RunningPlatform started = platform();
        Function<RunningPlatform, String> user = user(city, jurisdiction, roles);
        return client(started.baseUri(), () -> user.apply(started));
    }

    /** A new client acting as the user named {@code subject} (a cadre's token names their grid member id). */
    public ApiClient clientAsSubject(String subject, String city, String jurisdiction, String... roles) {
        RunningPlatform started = platform();
        List<String> groups = List.of(roles);
        return client(started.baseUri(), () -> started.mint(subject, city, jurisdiction, groups));
    }

    public AreasApi areas() {
        return new AreasApi(client());
    }

    public PluginsApi plugins() {
        return new PluginsApi(client());
    }

    /**
     * Runs the cities' programmes due at {@code at} inside the platform, as its background job would at that instant
     * (the one step no client can make), and returns when they have run.
     */
    public void runProgrammesDueAt(Instant at) {
        platform().command("run-programmes " + at);
    }

    /**
     * A client for {@code baseUri} that sends {@code Authorization: Bearer <token>} on every request when
     * {@code bearerToken} gives a non-blank token, and nothing extra when it gives {@code null} or blank.
     */
    public static ApiClient client(URI baseUri, Supplier<String> bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri.toString());
        client.setRequestInterceptor(bearer(bearerToken));
        return client;
    }

    /** The request interceptor that adds the bearer token, if there is one at the time of the request. */
    public static Consumer<HttpRequest.Builder> bearer(Supplier<String> bearerToken) {
        Objects.requireNonNull(bearerToken, "bearerToken");
        return request -> {
            String token = bearerToken.get();
            if (token != null && !token.isBlank()) {
                request.setHeader("Authorization", "Bearer " + token.strip());
            }
        };
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ApiClient.class || type == AreasApi.class || type == PluginsApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (platform == null) {
            platform = running(context);
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == ApiClient.class) {
            return client();
        }
        if (type == AreasApi.class) {
            return areas();
        }
        if (type == PluginsApi.class) {
            return plugins();
        }
        throw new ParameterResolutionException("PlatformUnderTest cannot supply a " + type.getName());
    }

    /** The platform of this test run: started by the first class that asks, closed by JUnit when the run ends. */
    private static RunningPlatform running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningPlatform.class, key -> RunningPlatform.start(), RunningPlatform.class);
    }

    /** The platform's process, its token minter and temporary folders; JUnit closes it (AutoCloseable) after the last test. */
    static final class RunningPlatform implements AutoCloseable {

        private static final Logger LOG = Logger.getLogger(PlatformUnderTest.class.getName());
        private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
        private static final String CHILD_MAIN = "org.shizhi.client.e2e.child.ChildPlatform";
        private static final String REPLY = "shizhi-e2e-child: ";
        private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
        private static final int TAIL_LINES = 60;

        private final Process process;
        private final URI baseUri;
        private final Path work;
        private final EmbeddedTokens tokens;
        private final BlockingQueue<String> replies;
        private final Deque<String> tail;
        private final Writer commands;
        private final AtomicInteger commandIds = new AtomicInteger();

        private RunningPlatform(Process process, URI baseUri, Path work, EmbeddedTokens tokens, BlockingQueue<String> replies,
                                Deque<String> tail) {
            this.process = process;
            this.baseUri = baseUri;
            this.work = work;
            this.tokens = tokens;
            this.replies = replies;
            this.tail = tail;
            this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        }

        static RunningPlatform start() {
            Path work;
            try {
                work = Files.createTempDirectory("shizhi-e2e-");
                Files.createDirectories(work.resolve("data"));
                Files.createDirectories(work.resolve("plugins"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the platform's temporary folders", e);
            }
            String database = "e2e-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            Map<String, String> settings = new LinkedHashMap<>();
            // What a test set for the platform before it starts (e.g. the archive's backend on Elasticsearch).
            System.getProperties().stringPropertyNames().stream().sorted()
                    .filter(name -> name.startsWith("shizhi.") && !name.startsWith("shizhi.e2e."))
                    .forEach(name -> settings.put(name, System.getProperty(name)));
            settings.put("server.port", "0");
            settings.put("server.host", "127.0.0.1");
            settings.put("shizhi.db.url", "jdbc:h2:mem:" + database
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            settings.put("shizhi.demo-data", "true");
            // The demo area tree, not the grids and events: a background load would race the tests' own writes.
            settings.put("shizhi.demo-data.grids", "false");
            settings.put("mp.config.profile", "embedded");
            // Dispute deadlines short enough that the bundled holiday data (2024-2026) covers them whatever today is.
            settings.put("shizhi.dispute.conclusion-days", "5");
            settings.put("shizhi.dispute.follow-up-days", "5");
            // A scheme every street has a value for without any data (a petition backlog of 0), so that a notice over the
            // demo area tree, which has no events here, has units with sufficient coverage to name.
            settings.put("shizhi.assessment.scheme.backlog-quarterly.name", "信访积案季度考核");
            settings.put("shizhi.assessment.scheme.backlog-quarterly.units", "STREET");
            settings.put("shizhi.assessment.scheme.backlog-quarterly.cadence", "QUARTERLY");
            settings.put("shizhi.assessment.scheme.backlog-quarterly.item.petition-backlog", "100, 5, 0");
            settings.put("shizhi.data.dir", work.resolve("data").toString());
            // An empty plugins folder: only the plugins on the class path (zhanjiang) are loaded.
            settings.put("shizhi.plugins.dir", work.resolve("plugins").toString());
            // In a reactor build the class path may hold app/target/shizhi.jar, whose manifest Class-Path adds
            // app/target/libs/*.jar: every module and library twice. Classes load once, but Weld would make two beans
            // of each class (one per bean archive) and refuse ambiguous injection points. One flat bean archive, as
            // the app's beans.xml files declare no alternatives or interceptors, behaves exactly like the packaged app.
            settings.put("org.jboss.weld.se.archive.isolation", "false");

            List<String> command = new ArrayList<>(List.of(platformJava(), "-Dfile.encoding=UTF-8"));
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-cp", platformClassPath(), CHILD_MAIN));
            long started = System.nanoTime();
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                deleteQuietly(work);
                throw new UncheckedIOException("cannot start the platform: " + command.get(0), e);
            }
            Deque<String> tail = new ArrayDeque<>();
            BlockingQueue<String> replies = new LinkedBlockingQueue<>();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread reader = new Thread(() -> read(process, tail, replies, port), "platform-under-test-output");
            reader.setDaemon(true);
            reader.start();
            try {
                int listening = port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                URI base = URI.create("http://127.0.0.1:" + listening);
                awaitHealthy(base);
                RunningPlatform platform = new RunningPlatform(process, base, work, EmbeddedTokens.of(work.resolve("data")), replies, tail);
                LOG.info(() -> "platform under test (pid " + process.pid() + ", " + command.get(0) + ") listening on " + base
                        + " (database " + database + "), started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                return platform;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(process);
                deleteQuietly(work);
                throw new IllegalStateException("interrupted while the platform started", e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                stop(process);
                deleteQuietly(work);
                throw new IllegalStateException("the platform did not start (" + e + "); its last output:\n"
                        + String.join("\n", snapshot(tail)), e);
            }
        }

        /** The platform needs Java 21+: the test JVM's own when it is one, else the JDK that runs Maven. */
        private static String platformJava() {
            if (Runtime.version().feature() >= 21) {
                return ProcessHandle.current().info().command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            }
            String home = System.getProperty("shizhi.e2e.platform.java-home");
            if (home == null || home.isBlank()) {
                throw new IllegalStateException("the tests run on Java " + Runtime.version().feature() + " and the platform needs 21 or newer: "
                        + "set shizhi.e2e.platform.java-home to a JDK 21+ (the build passes the JDK that runs Maven)");
            }
            Path java = Path.of(home, "bin", "java");
            if (!Files.isExecutable(java)) {
                throw new IllegalStateException("shizhi.e2e.platform.java-home=" + home + " has no bin/java");
            }
            return java.toString();
        }

        /** The class path Maven resolved (app, demo, their libraries) and the child's launcher beside these tests. */
        private static String platformClassPath() {
            String file = System.getProperty("shizhi.e2e.platform.classpath-file");
            if (file == null || file.isBlank()) {
                throw new IllegalStateException("shizhi.e2e.platform.classpath-file is not set: run the end-to-end tests through Maven "
                        + "(./mvnw -pl clients/java test), which writes the platform's class path there");
            }
            try {
                Path tests = Path.of(PlatformUnderTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip() + java.io.File.pathSeparator + tests;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the platform's class path from " + file, e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Keeps the platform's output drained (a full pipe would stall it) into its log, a tail, and the command replies. */
        private static void read(Process process, Deque<String> tail, BlockingQueue<String> replies, CompletableFuture<Integer> port) {
            String logFile = System.getProperty("shizhi.e2e.platform.log");
            try (Writer log = logFile == null ? Writer.nullWriter() : Files.newBufferedWriter(Path.of(logFile), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                 BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    log.write(line);
                    log.write('\n');
                    if (line.startsWith(REPLY)) {
                        replies.add(line.substring(REPLY.length()));
                        log.flush();
                        continue;
                    }
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                    Matcher listening = LISTENING.matcher(line);
                    if (!port.isDone() && listening.find()) {
                        port.complete(Integer.parseInt(listening.group(1)));
                        log.flush();
                    }
                }
            } catch (IOException | UncheckedIOException stopped) {
                // the platform was stopped or killed
            } finally {
                port.completeExceptionally(new IllegalStateException("the platform's output ended (exit status "
                        + (process.isAlive() ? "unknown" : process.exitValue()) + ")"));
            }
        }

        private static List<String> snapshot(Deque<String> tail) {
            synchronized (tail) {
                return List.copyOf(tail);
            }
        }

        private static void awaitHealthy(URI base) throws InterruptedException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int status = -1;
            while (System.nanoTime() < deadline) {
                try {
                    status = client.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not answering yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the platform did not become healthy within 60 s (last /health status " + status + ")");
        }

        URI baseUri() {
            return baseUri;
        }

        Path dataDir() {
            return work.resolve("data");
        }

        String mint(String subject, String city, String jurisdiction, List<String> groups) {
            return tokens.mint(subject, city, jurisdiction, groups, Clock.systemUTC(), Duration.ofMinutes(5));
        }

        /** Sends a command to the child's launcher and waits for its answer (one command at a time). */
        synchronized void command(String command) {
            String id = Integer.toString(commandIds.incrementAndGet());
            try {
                commands.write(id + " " + command + "\n");
                commands.flush();
                String reply = replies.poll(120, TimeUnit.SECONDS);
                if (reply == null) {
                    throw new IllegalStateException("the platform did not answer '" + command + "' within 120 s");
                }
                if (!reply.equals(id + " ok")) {
                    throw new IllegalStateException("the platform failed '" + command + "': " + reply + "; its last output:\n"
                            + String.join("\n", snapshot(tail)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot send '" + command + "' to the platform", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                // The launcher stops the platform (and its shutdown hooks run) when its standard input closes.
                commands.close();
            } catch (IOException alreadyGone) {
                // the platform's process ended already
            }
            stop(process);
            deleteQuietly(work);
        }

        private static void stop(Process process) {
            try {
                process.getOutputStream().close();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroy();
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        process.waitFor(30, TimeUnit.SECONDS);
                    }
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static void deleteQuietly(Path dir) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                LOG.fine(() -> "could not delete " + dir + ": " + e);
            }
        }
    }
}
