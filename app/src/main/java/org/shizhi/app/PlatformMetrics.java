package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.OutboxBacklog;
import org.shizhi.adapters.rest.archive.CaseLineImport;
import org.shizhi.domain.archive.port.in.SearchCasesUseCase;
import org.shizhi.domain.grid.port.in.HandleEventUseCase;
import org.shizhi.domain.grid.port.in.ReceiveHotlineOrderUseCase;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.shared.DomainException;

/**
 * The platform's own metrics, served with Helidon's on {@code /metrics} (MicroProfile Metrics, Prometheus text;
 * docs/operations.md#metrics lists each with its meaning and the alerts worth setting). Counters are kept at the use
 * cases the REST adapter calls, so each counts a call that reached the domain, with its outcome: {@code done},
 * {@code refused} (the caller's mistake or permissions: a domain refusal) or {@code failed} (anything else). Gauges are
 * read when scraped: the outboxes' backlogs (at most one database read per {@link #BACKLOG_TTL}) and the connection pool.
 * Not final: CDI proxies an application-scoped bean.
 */
@ApplicationScoped
public class PlatformMetrics {

    private static final Logger LOG = Logger.getLogger(PlatformMetrics.class.getName());

    /** The backlogs are read once for every gauge of a scrape, and never more often than this. */
    static final Duration BACKLOG_TTL = Duration.ofSeconds(5);

    public static final String EVENTS_REPORTED = "shizhi.events.reported";
    public static final String EVENT_TRANSITIONS = "shizhi.event.transitions";
    public static final String CASE_SEARCHES = "shizhi.case.searches";
    public static final String CASE_IMPORTS = "shizhi.case.imports";
    public static final String CASE_IMPORT_LINES = "shizhi.case.import.lines";
    public static final String OUTBOX_PENDING = "shizhi.outbox.pending";
    public static final String OUTBOX_LAG = "shizhi.outbox.lag.seconds";
    public static final String POOL_CONNECTIONS = "shizhi.db.pool.connections";
    public static final String POOL_WAITING = "shizhi.db.pool.waiting";
    public static final String POOL_MAX = "shizhi.db.pool.max";

    /** The outcomes a counted call ends with. */
    static final List<String> OUTCOMES = List.of("done", "refused", "failed");

    /** Which calls of a use case are counted, under which counter, and the tags that tell them apart. */
    private record Counted(String name, String description, Function<Method, Tag> what) {
    }

    private static final Map<Class<?>, Counted> COUNTED = Map.of(
            ReportEventUseCase.class, new Counted(EVENTS_REPORTED,
                    "Grid events taken in (intake), by the way they came in (report, hotline) and outcome",
                    method -> new Tag("via", "report")),
            ReceiveHotlineOrderUseCase.class, new Counted(EVENTS_REPORTED,
                    "Grid events taken in (intake), by the way they came in (report, hotline) and outcome",
                    method -> new Tag("via", "hotline")),
            HandleEventUseCase.class, new Counted(EVENT_TRANSITIONS,
                    "Grid event transitions asked for, by transition (the use case's step) and outcome",
                    method -> new Tag("transition", method.getName())),
            SearchCasesUseCase.class, new Counted(CASE_SEARCHES,
                    "Case archive searches (not reads or exports), by outcome",
                    method -> method.getName().equals("search") ? new Tag("kind", "search") : null));

    @Inject
    MetricRegistry registry;

    private final Clock clock = Clock.systemUTC();
    private volatile Backlogs backlogs;

    /**
     * The service answering {@code port}, counted where the table above names the port: a proxy that counts each call
     * with its outcome and otherwise passes it on unchanged (exceptions included).
     */
    <T> T counted(Class<T> port, T service) {
        Counted counted = COUNTED.get(port);
        if (counted == null) {
            return service;
        }
        Map<Method, Map<String, Counter>> counters = counters(port, counted);
        InvocationHandler handler = (proxy, method, args) -> {
            Map<String, Counter> byOutcome = counters.get(method);
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(service, args);
            }
            try {
                Object result = method.invoke(service, args);
                if (byOutcome != null) {
                    byOutcome.get("done").inc();
                }
                return result;
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause();
                if (byOutcome != null) {
                    byOutcome.get(thrown instanceof DomainException ? "refused" : "failed").inc();
                }
                throw thrown;
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, handler));
    }

    /** The counters of {@code port}'s counted methods, by outcome: made (at zero) if they were not yet. */
    private Map<Method, Map<String, Counter>> counters(Class<?> port, Counted counted) {
        Map<Method, Map<String, Counter>> counters = new HashMap<>();
        for (Method method : port.getMethods()) {
            Tag what = counted.what().apply(method);
            if (what == null || method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Map<String, Counter> byOutcome = new HashMap<>();
            for (String outcome : OUTCOMES) {
                byOutcome.put(outcome, registry.counter(metadata(counted.name(), counted.description()), what, new Tag("outcome", outcome)));
            }
            counters.put(method, byOutcome);
        }
        return counters;
    }

    /** The archive import counted: runs by outcome, and the lines it read by what became of them. */
    CaseLineImport counted(CaseLineImport imports) {
        Metadata runs = metadata(CASE_IMPORTS, "Case archive imports (POST /api/v1/case-imports), by outcome");
        Map<String, Counter> byOutcome = new HashMap<>();
        OUTCOMES.forEach(outcome -> byOutcome.put(outcome, registry.counter(runs, new Tag("outcome", outcome))));
        Metadata lines = metadata(CASE_IMPORT_LINES, "Lines read by case archive imports, by result (imported, skipped, rejected)");
        Counter imported = registry.counter(lines, new Tag("result", "imported"));
        Counter skipped = registry.counter(lines, new Tag("result", "skipped"));
        Counter rejected = registry.counter(lines, new Tag("result", "rejected"));
        return (actor, body) -> {
            CaseLineImport.Result result;
            try {
                result = imports.importLines(actor, body);
            } catch (DomainException e) {
                byOutcome.get("refused").inc();
                throw e;
            } catch (RuntimeException | java.io.IOException e) {
                byOutcome.get("failed").inc();
                throw e;
            }
            byOutcome.get("done").inc();
            imported.inc(result.imported());
            skipped.inc(result.skipped());
            rejected.inc(result.rejected());
            return result;
        };
    }

    /** The gauges over the platform's database: the outboxes' backlogs and the connection pool. */
    void register(Platform platform) {
        // Every counter at zero from the start: a rate over a series that appears only at its first increment misses it.
        COUNTED.forEach(this::counters);
        counted((actor, body) -> {
            throw new IllegalStateException("only made to register the import's counters");
        });
        Database database = platform.database();
        backlogs = new Backlogs(database, clock);
        for (String outbox : List.of("case-archive", "dispute-archive", "integration-event")) {
            Tag tag = new Tag("outbox", outbox);
            registry.gauge(metadata(OUTBOX_PENDING, "Rows an outbox holds that its relay has not yet taken (NaN: the database did not answer)"),
                    () -> backlogs.of(outbox).map(b -> (double) b.pending()).orElse(Double.NaN), tag);
            registry.gauge(metadata(OUTBOX_LAG, "Seconds the oldest row waiting in an outbox has waited: the relay's lag (0 when empty)"),
                    () -> backlogs.of(outbox).map(b -> b.lag(clock.instant()).toMillis() / 1000.0).orElse(Double.NaN), tag);
        }
        Metadata connections = metadata(POOL_CONNECTIONS, "Database connections of the pool, by state (active: in use, idle)");
        registry.gauge(connections, () -> database.pool().active(), new Tag("state", "active"));
        registry.gauge(connections, () -> database.pool().idle(), new Tag("state", "idle"));
        registry.gauge(metadata(POOL_WAITING, "Requests waiting for a database connection of the pool"), () -> database.pool().waiting());
        registry.gauge(metadata(POOL_MAX, "The most connections the pool opens (shizhi.db.max-pool-size)"), () -> database.pool().max());
    }

    private static Metadata metadata(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    /** The outboxes' backlogs, read at most once per {@link #BACKLOG_TTL}; empty while the database does not answer. */
    static final class Backlogs {
        private final Database database;
        private final Clock clock;
        private Instant readAt = Instant.MIN;
        private List<OutboxBacklog> last = List.of();

        Backlogs(Database database, Clock clock) {
            this.database = database;
            this.clock = clock;
        }

        synchronized Optional<OutboxBacklog> of(String outbox) {
            Instant now = clock.instant();
            if (Duration.between(readAt, now).compareTo(BACKLOG_TTL) >= 0) {
                readAt = now;
                try {
                    last = database.outboxBacklogs();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "metrics: the outboxes' backlogs could not be read: " + e.getMessage());
                    last = List.of();
                }
            }
            return last.stream().filter(b -> b.outbox().equals(outbox)).findFirst();
        }
    }
}
