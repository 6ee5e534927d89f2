package org.shizhi.client.e2e;

import io.helidon.microprofile.server.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.shizhi.app.Settings;
import org.shizhi.app.security.SigningKeys;
import org.shizhi.app.security.TokenMinter;
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
 * <p><b>One platform per test JVM.</b> Helidon MP runs one CDI container per JVM, so the platform starts
 * in-process the first time any test class needs it ({@code Server.builder().port(0)}: a free port, bound
 * to the loopback address) and stops when the whole run ends. Its database is an in-memory H2 of its own
 * ({@code e2e-<random>}) with the demo cities loaded; its data and plugins folders are temporary. Test
 * classes share that database: each test registers areas under codes no other test uses.
 *
 * <p><b>Tokens.</b> Every client this extension hands out sends {@code Authorization: Bearer <token>} on
 * every request, through {@link ApiClient#setRequestInterceptor}, when it has a token, and no
 * {@code Authorization} header at all when it has none ({@link #anonymous()}, or a supplier giving
 * {@code null} or blank). {@link #as} mints the token with the key pair the embedded profile made under
 * {@link #dataDir()}, the way {@code ./shizhi token} does; {@link #withBearerToken(Supplier)} takes a token from
 * anywhere else (a real identity provider). The token is asked for on every request, so it never expires
 * in a long run and a supplier may switch users.
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

    /** The started server, its token minter and temporary folders; JUnit closes it (AutoCloseable) after the last test. */
    static final class RunningPlatform implements AutoCloseable {

        private static final Logger LOG = Logger.getLogger(PlatformUnderTest.class.getName());

        private final Server server;
        private final Path work;
        private final TokenMinter minter;
        private final Map<String, String> previousProperties;

        private RunningPlatform(Server server, Path work, TokenMinter minter, Map<String, String> previousProperties) {
            this.server = server;
            this.work = work;
            this.minter = minter;
            this.previousProperties = previousProperties;
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
            // Builder.port(0) alone is not enough: the config's server.port (8080 in the app's
            // microprofile-config.properties) wins over it, so the free port and the loopback address are set here too.
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
            // In a reactor build the test class path holds app/target/shizhi.jar, whose manifest Class-Path adds
            // app/target/libs/*.jar: every module and library twice. Classes load once, but Weld would make two beans
            // of each class (one per bean archive) and refuse ambiguous injection points. One flat bean archive, as
            // the app's beans.xml files declare no alternatives or interceptors, behaves exactly like the packaged app.
            settings.put("org.jboss.weld.se.archive.isolation", "false");

            Map<String, String> previous = new LinkedHashMap<>();
            settings.forEach((key, value) -> {
                previous.put(key, System.getProperty(key));
                System.setProperty(key, value);
            });
            long started = System.nanoTime();
            try {
                // What Main does before it starts the server: check the settings, make the embedded key pair.
                Config config = ConfigProvider.getConfig();
                Settings checked = Settings.from(config);
                Path keys = checked.dataDir().resolve("keys");
                SigningKeys.ensure(keys);
                TokenMinter minter = new TokenMinter(SigningKeys.readPrivate(keys.resolve(SigningKeys.PRIVATE_FILE)),
                        config.getValue("mp.jwt.verify.issuer", String.class),
                        config.getValue("mp.jwt.verify.audiences", String.class).split(",")[0].strip(),
                        Clock.systemUTC());

                Server server = Server.builder().host("127.0.0.1").port(0).build().start();
                LOG.info(() -> "platform under test listening on http://127.0.0.1:" + server.port() + " (database " + database
                        + "), started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                return new RunningPlatform(server, work, minter, previous);
            } catch (RuntimeException e) {
                restore(previous);
                deleteQuietly(work);
                throw e;
            }
        }

        URI baseUri() {
            return URI.create("http://127.0.0.1:" + server.port());
        }

        Path dataDir() {
            return work.resolve("data");
        }

        String mint(String subject, String city, String jurisdiction, List<String> groups) {
            return minter.mint(subject, city, jurisdiction, groups, Duration.ofMinutes(5));
        }

        @Override
        public void close() {
            try {
                server.stop();
            } finally {
                restore(previousProperties);
                deleteQuietly(work);
            }
        }

        private static void restore(Map<String, String> previous) {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
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
