package org.shizhi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.shizhi.adapters.calendar.JsonWorkCalendars;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.persistence.PersonalDataCipher;
import org.shizhi.app.EmbeddedPersonalDataKeys;
import org.shizhi.bench.assessment.AssessmentCity;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.IndicatorDefinition;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * A full assessment of a generated city (10,000 grids, 1,000,000 events and their disputes, summonses, petitions,
 * legal aid, party members and campaign activities by default) for one quarter, as a user runs it: one
 * {@code POST /api/v1/assessment/schemes/{scheme}/runs} per level (every district, street and community of the city,
 * and every department summoned in it), the platform a separate process on its embedded H2 file and then on
 * PostgreSQL. The city is written by bulk JDBC into the platform's schema while the platform is stopped, after its
 * first start ran the migrations; each run's units and the city's event-closure counts are checked against what the
 * generator wrote. Peak heap is read from the platform's GC log between two forced collections around the runs.
 */
final class AssessmentBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GRIDS = Integer.getInteger("shizhi.bench.assessment.grids", 10_000);
    private static final int EVENTS = Integer.getInteger("shizhi.bench.assessment.events", 1_000_000);
    private static final long SEED = Long.getLong("shizhi.bench.assessment.seed", 17L);
    /** Runs of all four schemes: the first on a platform that has not run an assessment yet, the others warm. */
    private static final int PASSES = Integer.getInteger("shizhi.bench.assessment.passes", 3);
    private static final String HEAP = System.getProperty("shizhi.bench.assessment.heap", "1g");
    private static final String POSTGRES = System.getProperty("shizhi.bench.assessment.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String POSTGRES_USER = System.getProperty("shizhi.bench.assessment.postgres-user", "postgres");
    private static final String POSTGRES_DATABASE = System.getProperty("shizhi.bench.assessment.postgres-database",
            "shizhi_bench_assessment");
    private static final Duration TARGET = Duration.ofSeconds(5);
    /** Whether the generated embedded H2 file is compacted before the platform starts on it (true unless set false). */
    private static final boolean COMPACT = Boolean.parseBoolean(System.getProperty("shizhi.bench.assessment.compact", "true"));

    /** One scheme per level, quarterly, with every built-in indicator of its subject (configuration, not code). */
    enum Level {
        DISTRICT("bench-district", "districts"), STREET("bench-street", "streets"), COMMUNITY("bench-community", "communities"),
        DEPARTMENT("bench-department", "departments");

        final String scheme;
        final String plural;

        Level(String scheme, String plural) {
            this.scheme = scheme;
            this.plural = plural;
        }

        int expectedUnits(AssessmentCity.Written city) {
            return switch (this) {
                case DISTRICT -> city.districts();
                case STREET -> city.streets();
                case COMMUNITY -> city.communities();
                case DEPARTMENT -> city.departments();
            };
        }
    }

    private enum Backend {
        EMBEDDED_H2("embedded H2"), POSTGRESQL("PostgreSQL");

        final String label;

        Backend(String label) {
            this.label = label;
        }
    }

    private AssessmentBench() {
    }

    static void run(Path root, Report report) throws Exception {
        List<String> databases = List.of(System.getProperty("shizhi.bench.assessment.databases", "h2,postgres").split(","));
        String loadBefore = loadAverage();
        // The last whole quarter: every deadline in it has passed, as when a city assesses it.
        AssessmentPeriod quarter = AssessmentPeriod.containing(AssessmentPeriod.Cadence.QUARTERLY,
                AssessmentPeriod.containing(AssessmentPeriod.Cadence.QUARTERLY, LocalDate.now(WorkingTime.ZONE)).from().minusDays(1));
        if (databases.contains("h2")) {
            run(root, report, Backend.EMBEDDED_H2, quarter, List.of());
        }
        if (databases.contains("postgres")) {
            try {
                freshPostgresDatabase();
            } catch (SQLException e) {
                report.note("PostgreSQL was not measured: " + POSTGRES + " (user " + POSTGRES_USER + ") is not reachable: " + e.getMessage());
                return;
            }
            run(root, report, Backend.POSTGRESQL, quarter, List.of("-Dshizhi.db.url=" + POSTGRES + POSTGRES_DATABASE,
                    "-Dshizhi.db.user=" + POSTGRES_USER));
        }
        report.note("The city: " + GRIDS + " grids in districts → streets → communities of uneven sizes, " + EVENTS + " events reported"
                + " over the quarter " + quarter + " and the 20 days before it, spread over the grids with a long tail (lognormal"
                + " weights per community and per grid), each community with its own closure, on-time, satisfaction, agreement,"
                + " follow-up, relapse, check-in and venue-coverage rates; with them disputes (about 5 % of events), summonses of"
                + " departments (about 2 %), petitions (1 %), legal aid (0.5 %), party organisations and members (about 8 per grid), two"
                + " campaigns. Written by bulk JDBC into the platform's schema after its migrations, the platform stopped"
                + " (bench/…/AssessmentCity.java, seed " + SEED + "). Schemes (system properties of the platform, as configuration"
                + " sets them): one per level, quarterly, with every built-in indicator of its subject. Each pass runs the four"
                + " schemes one after the other over HTTP for the whole city, as CITY_ADMIN; a pass's time is the sum of the"
                + " four requests' (sent to answer read). The first pass is the platform's first assessment since it started."
                + " On embedded H2 a later pass may be answered in part from H2's reuse of the last result of an identical query"
                + " on the same pooled connection (the event tables do not change between passes; the closure rate, bound to the"
                + " run's instant, is always counted afresh), so the first pass is the nearer figure for an assessment run once."
                + (COMPACT ? " The generated H2 file is compacted (SHUTDOWN COMPACT) before the platform starts, as the store's"
                        + " background compaction leaves a file grown over months." : " The generated H2 file is not compacted.")
                + " Load average (1, 5, 15 min) when the bench started: " + loadBefore + "; when it ended: " + loadAverage()
                + " (other work on the machine shows here).");
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void run(Path root, Report report, Backend backend, AssessmentPeriod quarter, List<String> databaseOptions)
            throws Exception {
        Path dataDir = Files.createTempDirectory("shizhi-bench-assessment");
        Path gcLog = dataDir.resolve("gc.log");
        try {
            List<String> options = new ArrayList<>(List.of("-Xmx" + HEAP, "-Dshizhi.demo-data=false"));
            options.addAll(databaseOptions);
            options.addAll(schemeOptions());
            // First start: the migrations make the schema and the embedded default its keys; then the platform stops.
            try (PlatformProcess first = PlatformProcess.startOn(root, dataDir, options, Optional.empty())) {
                System.out.println("schema ready on " + backend.label);
            }
            AssessmentCity.Written city;
            PersonalDataCipher cipher = new PersonalDataCipher(EmbeddedPersonalDataKeys.loadOrCreate(dataDir.resolve("keys")));
            AssessmentCity generator = new AssessmentCity(new AssessmentCity.Size(GRIDS, EVENTS), SEED, quarter, Instant.now(),
                    JsonWorkCalendars.fromClasspath(JsonWorkCalendars.BeyondNotice.STATUTORY), cipher);
            try (Connection c = backend == Backend.EMBEDDED_H2
                    ? DriverManager.getConnection(DatabaseSettings.embeddedH2(dataDir.resolve("db"), 1).url(), "sa", "")
                    : DriverManager.getConnection(POSTGRES + POSTGRES_DATABASE + "?reWriteBatchedInserts=true", POSTGRES_USER, "")) {
                city = generator.write(c);
                if (backend == Backend.EMBEDDED_H2 && COMPACT) {
                    // As the store's own background compaction leaves a file that grew over months: without it the platform's
                    // H2 spends the first minutes after its start rewriting the bulk load's half-filled chunks, beside (and
                    // evicting the pages of) the assessment being measured.
                    try (Statement s = c.createStatement()) {
                        s.execute("SHUTDOWN COMPACT");
                    }
                }
                if (backend == Backend.POSTGRESQL) {
                    // As autovacuum would after a bulk load: the visibility map that index-only scans need.
                    c.setAutoCommit(true);
                    try (Statement s = c.createStatement()) {
                        s.execute("VACUUM ANALYZE");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "generated on %s: %,d rows in %d s%n", backend.label, city.rowsTotal(), city.took().toSeconds());

            List<String> measured = new ArrayList<>(options);
            measured.add("-Xlog:gc:file=" + gcLog);
            // e.g. -Dshizhi.bench.assessment.profile=/tmp/assessment.jfr records the measured platform with JFR
            String profile = System.getProperty("shizhi.bench.assessment.profile", "");
            if (!profile.isBlank()) {
                measured.add("-XX:StartFlightRecording=filename=" + profile.replace(".jfr", "-" + backend.name() + ".jfr")
                        + ",settings=profile,dumponexit=true");
            }
            try (PlatformProcess platform = PlatformProcess.startOn(root, dataDir, measured, Optional.empty())) {
                String admin = platform.bearer("bench-admin", AssessmentCity.CITY.toString(), AssessmentCity.CITY.toString(),
                        List.of("CITY_ADMIN"), Duration.ofHours(2));
                HttpClient client = HttpClient.newHttpClient();
                awaitIdle(platform);
                jcmd(platform, "GC.run");
                Duration cpu = platform.cpuTime();
                List<Map<Level, Duration>> passes = new ArrayList<>();
                for (int pass = 0; pass < PASSES; pass++) {
                    Map<Level, Duration> times = new LinkedHashMap<>();
                    for (Level level : Level.values()) {
                        long started = System.nanoTime();
                        JsonNode result = runScheme(client, platform.base(), admin, level.scheme, quarter);
                        times.put(level, Duration.ofNanos(System.nanoTime() - started));
                        check(level, result, city);
                    }
                    passes.add(times);
                    System.out.println("pass " + (pass + 1) + " on " + backend.label + ": " + times);
                }
                Duration platformCpu = platform.cpuTime().minus(cpu);
                jcmd(platform, "GC.run");
                Thread.sleep(500); // the log line of the last collection
                Heap heap = Heap.between(Files.readAllLines(gcLog));

                String on = " on " + backend.label;
                report.row("generated city" + on + " (bulk JDBC, not timed against the target)", String.format(Locale.ROOT,
                        "%,d districts, %,d streets, %,d communities, %,d grids; %,d rows (%,d events, %,d disputes, %,d summonses,"
                                + " %,d party members, %,d petitions) in %d s", city.districts(), city.streets(), city.communities(),
                        city.grids(), city.rowsTotal(), city.rows().getOrDefault("grid_event", 0L), city.rows().getOrDefault("dispute", 0L),
                        city.rows().getOrDefault("grid_event_summons", 0L), city.rows().getOrDefault("party_member", 0L),
                        city.rows().getOrDefault("petition", 0L), city.took().toSeconds()), "—");
                Map<Level, Duration> firstPass = passes.getFirst();
                Map<Level, Duration> best = passes.stream().skip(passes.size() > 1 ? 1 : 0)
                        .min(Comparator.comparing(AssessmentBench::total)).orElseThrow();
                report.row("full assessment of " + quarter + on + ", every level over HTTP, first pass", breakdown(firstPass, city),
                        "<= " + TARGET.toSeconds() + " s");
                if (passes.size() > 1) {
                    report.row("the same, best of " + (passes.size() - 1) + " later passes", breakdown(best, city),
                            "<= " + TARGET.toSeconds() + " s");
                }
                report.row("platform during the " + passes.size() + " passes" + on, String.format(Locale.ROOT,
                        "CPU %.1f s; peak heap in use %,d MiB (-Xmx%s), live after %,d MiB, %d collections", platformCpu.toMillis() / 1000.0,
                        heap.peakMiB(), HEAP, heap.liveAfterMiB(), heap.collections()), "—");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Duration total(Map<Level, Duration> pass) {
        return pass.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    static String breakdown(Map<Level, Duration> pass, AssessmentCity.Written city) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.2f s (", total(pass).toMillis() / 1000.0));
        String sep = "";
        for (var e : pass.entrySet()) {
            out.append(sep).append(String.format(Locale.ROOT, "%,d %s %.2f s", e.getKey().expectedUnits(city), e.getKey().plural,
                    e.getValue().toMillis() / 1000.0));
            sep = ", ";
        }
        return out.append(")").toString();
    }

    /** The four schemes as configuration keys for the platform's command line. */
    static List<String> schemeOptions() {
        List<String> options = new ArrayList<>();
        for (Level level : Level.values()) {
            String base = "-Dshizhi.assessment.scheme." + level.scheme + ".";
            options.add(base + "name=基准测试" + level.plural);
            options.add(base + "units=" + level.name());
            options.add(base + "cadence=QUARTERLY");
            IndicatorDefinition.Subject subject = level == Level.DEPARTMENT ? IndicatorDefinition.Subject.DEPARTMENT
                    : IndicatorDefinition.Subject.AREA;
            for (BuiltInIndicator indicator : BuiltInIndicator.values()) {
                IndicatorDefinition d = indicator.definition();
                if (d.subject() == subject) {
                    options.add(base + "item." + d.id() + "=" + item(d));
                }
            }
        }
        return options;
    }

    /** Weight, floor and target that suit the indicator's unit and direction. */
    private static String item(IndicatorDefinition d) {
        boolean higher = d.direction() == IndicatorDefinition.Direction.HIGHER_IS_BETTER;
        if (d.unit() == IndicatorDefinition.Unit.SHARE) {
            return higher ? "10,0.5,0.99" : "10,0.3,0.0";
        }
        return higher ? "10,0,20" : "10,20,0";
    }

    private static JsonNode runScheme(HttpClient client, URI base, String admin, String scheme, AssessmentPeriod quarter)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/assessment/schemes/" + scheme + "/runs"))
                        .header("Authorization", admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"area\":\"" + AssessmentCity.CITY + "\",\"period\":\"" + quarter + "\"}"))
                        .timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("running " + scheme + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * The run assessed every unit the generator made at its level, and at district level the event-closure rate's
     * counts add up to what the generator wrote (every district has events due in the quarter).
     */
    static void check(Level level, JsonNode result, AssessmentCity.Written city) {
        int units = result.path("units").size();
        if (units != level.expectedUnits(city)) {
            throw new IllegalStateException(level.scheme + " assessed " + units + " units, the city has " + level.expectedUnits(city));
        }
        if (level == Level.DISTRICT) {
            long[] closure = sum(result, BuiltInIndicator.EVENT_CLOSURE_RATE.id());
            if (closure[0] != city.closureNumerator() || closure[1] != city.closureDenominator()) {
                throw new IllegalStateException("event-closure-rate over the districts is " + closure[0] + "/" + closure[1]
                        + ", the generator wrote " + city.closureNumerator() + "/" + city.closureDenominator());
            }
        }
    }

    /** Numerator and denominator of one indicator summed over a result's units. */
    static long[] sum(JsonNode result, String indicator) {
        long[] out = new long[2];
        for (JsonNode unit : result.path("units")) {
            for (JsonNode line : unit.path("lines")) {
                if (line.path("indicator").asText().equals(indicator)) {
                    out[0] += line.path("numerator").asLong();
                    out[1] += line.path("denominator").asLong();
                }
            }
        }
        return out;
    }

    /**
     * Heap figures from a {@code -Xlog:gc} log, between the first and the last forced collection (jcmd GC.run before
     * and after the runs): the most in use before any collection, and what lived after the last.
     */
    record Heap(long peakMiB, long liveAfterMiB, int collections) {

        private static final Pattern LINE = Pattern.compile("GC\\(\\d+\\) (.*?) (\\d+)M->(\\d+)M\\((\\d+)M\\)");

        static Heap between(List<String> log) {
            List<long[]> inWindow = new ArrayList<>();
            boolean open = false;
            for (String line : log) {
                Matcher m = LINE.matcher(line);
                if (!m.find()) {
                    continue;
                }
                // jcmd GC.run is a "Diagnostic Command"; System.gc() names itself.
                boolean forced = m.group(1).contains("Diagnostic Command") || m.group(1).contains("System.gc()");
                long before = Long.parseLong(m.group(2));
                long after = Long.parseLong(m.group(3));
                if (forced && !open) {
                    open = true;
                    inWindow.clear();
                    inWindow.add(new long[] {after, after});
                    continue;
                }
                if (open) {
                    inWindow.add(new long[] {before, after});
                }
            }
            if (inWindow.size() < 2) {
                throw new IllegalStateException("the GC log has no pair of forced collections around the runs");
            }
            long peak = inWindow.stream().mapToLong(r -> r[0]).max().orElseThrow();
            return new Heap(peak, inWindow.getLast()[1], inWindow.size() - 2);
        }
    }

    /**
     * Until the platform has used under a tenth of a core for five seconds (its start-up, H2's background writing of
     * the freshly loaded file, the background jobs' first runs), at most two minutes: the runs are measured alone.
     */
    private static void awaitIdle(PlatformProcess platform) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        Duration before = platform.cpuTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            Duration now = platform.cpuTime();
            if (now.minus(before).toMillis() < 500) {
                return;
            }
            before = now;
        }
        System.out.println("the platform was still busy after two minutes; measuring anyway");
    }

    private static void jcmd(PlatformProcess platform, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(platform.pid()), command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed on the platform (pid " + platform.pid() + ")");
        }
    }

    private static void freshPostgresDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", POSTGRES_USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + POSTGRES_DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + POSTGRES_DATABASE);
        }
    }
}
