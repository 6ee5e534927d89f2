package org.shizhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.app.GridTokens;
import org.shizhi.app.Main;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.Role;

/**
 * No personal data in logs: the real platform runs as a child JVM with the grid demo data and java.util.logging at
 * FINE, the paths where residents' ID numbers and mobiles pass are exercised (reads with and without
 * {@code PERSONAL_DATA}, a duplicate ID number, malformed and invalid bodies, nonsense in paths, queries and
 * headers), and the captured log is then searched for every demo resident's ID number and mobile, every demo grid
 * member's mobile and every value the test sent. Masked forms ({@code 510104********1234}) are fine; clear ones never.
 */
class PersonalDataStaysOutOfTheLogTest {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
    private static final String DEMO_LOADED = "grid demo data loaded";
    private static final String CITY = DemoAreas.CHENGDU.value();
    private static final String COMMUNITY = DemoAreas.ZONGFU.value();

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int port;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void noDemoResidentsIdNumberOrMobileAppearsInTheLogOfARunThatHandledThem() throws Exception {
        Path log = work.resolve("platform.log");
        Process platform = startPlatform(log);
        // The same demo data, loaded in memory for the same seed while the platform starts.
        CompletableFuture<Map<String, String>> demoValues = CompletableFuture.supplyAsync(PersonalDataStaysOutOfTheLogTest::demoPersonalData);
        Map<String, String> secrets = new LinkedHashMap<>();
        try {
            port = awaitListening(platform, log);
            awaitLine(platform, log, DEMO_LOADED);
            secrets.putAll(demoValues.get(60, TimeUnit.SECONDS));
            exercise(secrets);
        } finally {
            platform.destroy();
            if (!platform.waitFor(30, TimeUnit.SECONDS)) {
                platform.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }

        String output = Files.readString(log, StandardCharsets.UTF_8);
        // Kept for whoever reads a failure (under target/, never committed).
        Path kept = Path.of("target", "personal-data-log", "platform.log");
        Files.createDirectories(kept.getParent());
        Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(output).as("the child used the test's logging configuration and logged at FINE (else a debug-level leak would go unseen)")
                .contains("configured using " + work.resolve("logging.properties")).contains(" FINE ");
        List<Leak> leaks = scan(log, secrets);
        assertThat(leaks)
                .as("%d of %d personal-data values leaked into the log (values masked here):%n%s", leaks.size(), secrets.size(),
                        String.join("\n", leaks.stream().map(Leak::toString).toList()))
                .isEmpty();
        System.out.printf("personal data scan: %d values checked over %d log lines, %d leaked; answers by status %s; values by kind %s%n",
                secrets.size(), output.lines().count(), leaks.size(), statuses,
                secrets.values().stream().collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
    }

    /** The companion that proves the scanner bites: one demo ID number in a log file is found and reported masked. */
    @Test
    void theScannerReportsAClearIdNumberAndMobileAndPassesMaskedOnes() throws IOException {
        String id = "510104199001011234".substring(0, 17);
        IdNumber idNumber = new IdNumber(id + IdNumber.checkCharacter(id));
        String mobile = "13912345678";
        Path log = work.resolve("leaky.log");
        Files.writeString(log, String.join("\n",
                "2026.11.20 10:00:00 INFO org.shizhi.Foo: registered " + idNumber.masked() + " with 139****5678",
                "2026.11.20 10:00:01 FINE org.shizhi.Bar: duplicate id number " + idNumber.value() + "; refusing",
                "2026.11.20 10:00:02 FINE org.shizhi.Baz: phone=+86" + mobile + ",",
                "done"));

        List<Leak> leaks = scan(log, Map.of(idNumber.value(), "demo resident ID number", mobile, "demo resident mobile"));

        assertThat(leaks).extracting(Leak::lineNumber).containsExactly(2, 3);
        assertThat(leaks.getFirst().kind()).isEqualTo("demo resident ID number");
        assertThat(leaks.toString()).doesNotContain(idNumber.value()).doesNotContain(mobile)
                .contains(idNumber.masked()).contains("139****5678");
    }

    // --- the scanner -------------------------------------------------------------------------------------------

    /** A value found in the clear: where, what kind, and the line with every secret in it masked. */
    record Leak(int lineNumber, String kind, String maskedValue, String maskedLine) {
        @Override
        public String toString() {
            return "line " + lineNumber + " (" + kind + " " + maskedValue + "): " + maskedLine;
        }
    }

    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9Xx]{11,}");

    /**
     * Every occurrence of a secret (18-character ID number or 11-digit mobile, mapped to what it is) in the log, also
     * inside longer runs of digits. Linear in the log's length whatever the number of secrets.
     */
    static List<Leak> scan(Path log, Map<String, String> secrets) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<Leak> leaks = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            Matcher run = DIGIT_RUN.matcher(line);
            List<String> found = new ArrayList<>();
            while (run.find()) {
                String digits = run.group().toUpperCase(java.util.Locale.ROOT);
                for (int length : new int[] {11, 18}) {
                    for (int i = 0; i + length <= digits.length(); i++) {
                        String candidate = digits.substring(i, i + length);
                        if (secrets.containsKey(candidate) && !found.contains(candidate)) {
                            found.add(candidate);
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                String masked = line;
                for (String value : found) {
                    masked = masked.replace(value, mask(value)).replace(value.toLowerCase(java.util.Locale.ROOT), mask(value));
                }
                if (masked.length() > 400) {
                    masked = masked.substring(0, 400) + "…";
                }
                for (String value : found) {
                    leaks.add(new Leak(n + 1, secrets.get(value), mask(value), masked));
                }
            }
        }
        return leaks;
    }

    /** The platform's own masks: {@code 510104********1234}, {@code 138****5678}. */
    static String mask(String value) {
        return value.length() == 18 ? value.substring(0, 6) + "********" + value.substring(14)
                : value.substring(0, 3) + "****" + value.substring(7);
    }

    // --- the demo's personal data, in memory -------------------------------------------------------------------

    private static Map<String, String> demoPersonalData() {
        DemoWorld world = new DemoWorld();
        GridDemoData.Summary summary = GridDemoData.load(world.services(), new SplittableRandom(GridDemoData.DEFAULT_SEED), Instant.now());
        assertThat(summary.loaded()).as(summary.describe()).isTrue();
        Map<String, String> values = new LinkedHashMap<>();
        for (DemoAreas.Community community : DemoAreas.communities()) {
            for (Grid grid : world.grids.ofCommunity(community.code())) {
                for (GridMember member : grid.members()) {
                    values.putIfAbsent(member.contact().value(), "demo grid member mobile");
                }
                Optional<Position> after = Optional.empty();
                do {
                    Slice<Resident> residents = world.registers.residentsOf(grid.code(), new PageRequest(after, PageRequest.MAX_LIMIT));
                    for (Resident resident : residents.items()) {
                        values.put(resident.idNumber().value(), "demo resident ID number");
                        resident.mobile().ifPresent(m -> values.put(m.value(), "demo resident mobile"));
                    }
                    after = residents.next();
                } while (after.isPresent());
            }
        }
        assertThat(values).as("demo residents' values").hasSizeGreaterThan(1000);
        return values;
    }

    // --- the child platform ------------------------------------------------------------------------------------

    private Process startPlatform(Path log) throws IOException {
        Path logging = work.resolve("logging.properties");
        Files.writeString(logging, """
                handlers=java.util.logging.ConsoleHandler
                java.util.logging.ConsoleHandler.level=ALL
                java.util.logging.ConsoleHandler.encoding=UTF-8
                java.util.logging.SimpleFormatter.format=%1$tY.%1$tm.%1$td %1$tH:%1$tM:%1$tS %4$s %3$s: %5$s%6$s%n
                .level=INFO
                org.shizhi.level=FINE
                com.zaxxer.level=FINE
                org.flywaydb.level=FINE
                org.jdbi.level=FINE
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.util.logging.config.file=" + logging,
                "-Dserver.port=0",
                "-Dshizhi.db.url=jdbc:h2:mem:personal-data-log;DB_CLOSE_DELAY=-1",
                "-Dshizhi.demo-data=true",
                "-Dshizhi.demo-data.grids=true",
                "-Dshizhi.data.dir=" + work.resolve("data"),
                "-Dshizhi.plugins.dir=" + work.resolve("plugins"),
                Main.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int awaitListening(Process platform, Path log) throws Exception {
        Matcher m = LISTENING.matcher(awaitLine(platform, log, "listening on http://localhost:"));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The first line of the log containing {@code text}, waiting for it at most {@link #LOAD_TIMEOUT}. */
    private static String awaitLine(Process platform, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Optional<String> line = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
            }
            if (!platform.isAlive()) {
                throw new AssertionError("the platform stopped before logging '" + text + "':\n" + tail(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + text + "' within " + LOAD_TIMEOUT + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        // Masked before it is shown: the tail of a failing start may hold personal data too.
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())).replaceAll("\\d{11,}", "<digits>");
    }

    // --- the exercise ------------------------------------------------------------------------------------------

    private void exercise(Map<String, String> secrets) throws Exception {
        String staff = GridTokens.bearer(CITY, COMMUNITY, Role.COMMUNITY_STAFF);
        String staffClear = GridTokens.bearer(CITY, COMMUNITY, Role.COMMUNITY_STAFF, "PERSONAL_DATA");
        String worker = GridTokens.bearer(CITY, COMMUNITY, Role.GRID_WORKER);

        // Reads, masked and clear, of a few grids.
        JsonObject grids = json(send("GET", "/api/v1/areas/" + COMMUNITY + "/grids?limit=50", staff, null, Map.of()), 200, "grids");
        List<String> gridCodes = grids.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(g -> g.getString("code")).toList();
        assertThat(gridCodes).as("grids of %s", COMMUNITY).isNotEmpty();
        JsonObject someone = null;
        int clearSeen = 0;
        for (String grid : gridCodes.subList(0, Math.min(4, gridCodes.size()))) {
            json(send("GET", "/api/v1/grids/" + grid + "/residents?limit=100", staff, null, Map.of()), 200, "masked residents");
            JsonObject clear = json(send("GET", "/api/v1/grids/" + grid + "/residents?limit=100", staffClear, null, Map.of()), 200,
                    "clear residents");
            for (JsonObject resident : clear.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(secrets).as("a resident read back in clear is one the in-memory demo data knows: same seed, same data")
                        .containsKey(resident.getString("idNumber"));
                send("GET", "/api/v1/residents/" + resident.getString("id"), staffClear, null, Map.of());
                someone = someone == null ? resident : someone;
                clearSeen++;
            }
        }
        assertThat(someone).as("a demo resident read in clear").isNotNull();
        assertThat(clearSeen).isPositive();
        String dwelling = someone.getString("dwellingId");
        String takenId = someone.getString("idNumber");

        // A duplicate: refused, and the refusal does not repeat the number.
        String fresh = freshIdNumber(secrets);
        String freshMobile = freshMobile(secrets, "1391");
        secrets.put(fresh, "ID number sent by the test");
        secrets.put(freshMobile, "mobile sent by the test");
        HttpResponse<String> duplicate = send("POST", "/api/v1/dwellings/" + dwelling + "/residents", worker,
                "{\"name\":\"张重复\",\"idNumber\":\"" + takenId + "\",\"mobile\":\"" + freshMobile + "\"}", Map.of());
        assertThat(duplicate.statusCode()).as("duplicate: %s", duplicate.body()).isEqualTo(409);
        assertThat(duplicate.body()).doesNotContain(takenId).doesNotContain(freshMobile);

        // A new resident, successfully registered, then read in clear.
        HttpResponse<String> created = send("POST", "/api/v1/dwellings/" + dwelling + "/residents", worker,
                "{\"name\":\"张新来\",\"idNumber\":\"" + fresh + "\",\"mobile\":\"" + freshMobile + "\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.statusCode()).as("register: %s", created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(fresh).doesNotContain(freshMobile);

        // Invalid values: a bad check character, a mobile that is no mobile, an ID number too short.
        String badCheck = fresh.substring(0, 17) + (fresh.charAt(17) == '0' ? '1' : '0');
        secrets.put(badCheck, "bad-check-character ID number sent by the test");
        String notAMobile = freshMobile(secrets, "1201"); // second digit 2: not a mainland mobile
        secrets.put(notAMobile, "invalid mobile sent by the test");
        String hiddenMobile = freshMobile(secrets, "1365");
        secrets.put(hiddenMobile, "mobile in an unknown field sent by the test");
        String hiddenId = freshIdNumber(secrets);
        secrets.put(hiddenId, "ID number in an unknown field sent by the test");
        String residents = "/api/v1/dwellings/" + dwelling + "/residents";
        List<String> refusedBodies = List.of(
                "{\"name\":\"张错校\",\"idNumber\":\"" + badCheck + "\"}",
                "{\"name\":\"张错号\",\"idNumber\":\"" + fresh + "\",\"mobile\":\"" + notAMobile + "\"}",
                "{\"name\":\"张多余\",\"idNumber\":\"" + hiddenId + "\",\"phone\":\"" + hiddenMobile + "\"}",
                "{\"name\":\"张多余\",\"idNumber\":\"" + takenId + "\",\"mobile\":\"" + freshMobile + "\",\"extra\":{\"mobile\":\"" + hiddenMobile + "\"}}",
                "{\"name\":\"张截断\",\"idNumber\":\"" + badCheck + "\",\"mobile\":\"" + hiddenMobile,        // malformed JSON
                "{\"name\":\"张类型\",\"idNumber\":" + fresh.substring(0, 17) + ",\"mobile\":" + hiddenMobile + "}", // numbers, not strings
                "[\"" + takenId + "\",\"" + hiddenMobile + "\"]",
                "idNumber=" + takenId + "&mobile=" + hiddenMobile);
        for (String body : refusedBodies) {
            HttpResponse<String> refused = send("POST", residents, worker, body, Map.of());
            assertThat(refused.statusCode()).as("refused: %s", refused.body()).isBetween(400, 499);
            for (String value : secrets.keySet()) {
                if (body.contains(value)) {
                    assertThat(refused.body()).as("the refusal repeats no number").doesNotContain(value);
                }
            }
        }
        // The same with a wrong content type, with no token, and a token of another community.
        send("POST", residents, worker, "{\"name\":\"张类型\",\"idNumber\":\"" + badCheck + "\"}", Map.of("Content-Type", "text/plain"));
        send("POST", residents, null, "{\"name\":\"张无证\",\"idNumber\":\"" + takenId + "\"}", Map.of());
        send("POST", residents, GridTokens.bearer(CITY, DemoAreas.YULIN.value(), Role.GRID_WORKER),
                "{\"name\":\"张越界\",\"idNumber\":\"" + takenId + "\",\"mobile\":\"" + hiddenMobile + "\"}", Map.of());

        // Numbers where they do not belong: paths, queries, headers, cursors, limits that overflow.
        String enc = URLEncoder.encode(takenId, StandardCharsets.UTF_8);
        send("GET", "/api/v1/residents/" + enc, staffClear, null, Map.of());
        send("GET", "/api/v1/grids/" + enc + "/residents", staffClear, null, Map.of());
        send("GET", "/api/v1/areas/" + hiddenMobile + "/grids", staffClear, null, Map.of());
        send("GET", "/api/v1/grids/" + gridCodes.getFirst() + "/residents?cursor=" + enc, staffClear, null, Map.of());
        send("GET", "/api/v1/grids/" + gridCodes.getFirst() + "/residents?limit=" + hiddenMobile, staffClear, null, Map.of());
        send("GET", "/api/v1/events?area=" + COMMUNITY + "&cursor=" + hiddenMobile + takenId, staffClear, null, Map.of());
        send("POST", residents, worker, "{\"name\":\"张键\",\"idNumber\":\"" + fresh + "\"}", Map.of("Idempotency-Key", takenId));
        send("DELETE", "/api/v1/residents/" + UUID.randomUUID() + "?reason=" + enc, worker, null, Map.of());
        send("GET", "/api/v1/grids/" + gridCodes.getFirst() + "/residents", "Bearer " + takenId + "." + hiddenMobile, null, Map.of());
        // Something the server may fail on: an enormous body full of numbers, and a deeply nested one.
        send("POST", residents, worker, "{\"name\":\"张大\",\"idNumber\":\"" + takenId + "\",\"x\":\"" + (hiddenMobile + takenId).repeat(80_000) + "\"}", Map.of());
        send("POST", residents, worker, "[".repeat(50_000) + "\"" + takenId + "\"" + "]".repeat(50_000), Map.of());
        send("POST", "/api/v1/events", worker, "{\"gridCode\":\"" + gridCodes.getFirst() + "\",\"text\":\"身份证" + hiddenId
                + "\",\"reporter\":{\"name\":\"李明\",\"phone\":\"" + notAMobile + "\"}}", Map.of());
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        statuses.merge(response.statusCode(), 1, Integer::sum);
        return response;
    }

    private static JsonObject json(HttpResponse<String> response, int status, String what) {
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(status);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A valid ID number of 锦江区 that no demo resident has. */
    private static String freshIdNumber(Map<String, String> taken) {
        SplittableRandom random = new SplittableRandom(System.nanoTime());
        while (true) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
            String first17 = "510104" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(900 + random.nextInt(100));
            String id = first17 + IdNumber.checkCharacter(first17);
            if (!taken.containsKey(id)) {
                return id;
            }
        }
    }

    /** An 11-digit number starting with {@code prefix} that no demo person has. */
    private static String freshMobile(Map<String, String> taken, String prefix) {
        SplittableRandom random = new SplittableRandom(System.nanoTime());
        while (true) {
            String mobile = prefix + "%07d".formatted(random.nextInt(10_000_000));
            if (!taken.containsKey(mobile)) {
                return mobile;
            }
        }
    }
}
