package org.shizhi.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * One run of the suite on one database: the platform started as ./shizhi start starts it, loaded by the writers,
 * killed with SIGKILL at a random moment, started again on the same data directory, {@code kills} times; then the
 * read-back. The seed decides the kill moments and the replay sample, and is printed so that a run can be repeated.
 */
final class CrashRun {

    /** 128 + SIGKILL's number: how a JVM killed by SIGKILL exits. */
    static final int KILLED_BY_SIGKILL = 137;

    /**
     * A round kills the platform right after its n-th acknowledged write, n drawn from {@code fewestAnswers} to
     * {@code mostAnswers}: counted in answers, not time, the kill lands amid acknowledged writes however fast or slow
     * the machine is (a fresh JVM on a busy machine answers its first requests in seconds), and just after an answer,
     * where a write that is acknowledged before it is durable is lost. {@code longestLoad} caps a round.
     */
    record Settings(int kills, int fewestAnswers, int mostAnswers, Duration longestLoad, Duration relayLease, Duration relayPeriod,
                    Duration convergence, long seed) {

        /**
         * Beyond the relays' lease and period, what the read-back allows the archive for a relay run and the indexing of
         * everything the run closed and imported, on a busy machine.
         */
        static final Duration CONVERGENCE_MARGIN = Duration.ofSeconds(50);

        /**
         * From -Dshizhi.crash.kills, -Dshizhi.crash.answers (fewest,most), -Dshizhi.crash.seed, -Dshizhi.crash.relay-lease-s
         * (the platform's shizhi.archive.relay-lease-seconds, 15 by default; 120 runs on the platform's default),
         * -Dshizhi.crash.convergence-s. Convergence allows for a relay batch the killed instance had claimed: it waits out
         * the relays' lease (GridClosedEvents, ClosedDisputes, ArchiveIndexing) before the restarted instance may claim
         * it, then a relay period (2 s), then the margin.
         */
        static Settings fromSystemProperties() {
            String[] answers = System.getProperty("shizhi.crash.answers", "10,400").split(",");
            Duration lease = Duration.ofSeconds(Long.getLong("shizhi.crash.relay-lease-s", 15));
            Duration period = Duration.ofSeconds(2);
            Duration convergence = Duration.ofSeconds(Long.getLong("shizhi.crash.convergence-s",
                    lease.plus(period).plus(CONVERGENCE_MARGIN).toSeconds()));
            return new Settings(Integer.getInteger("shizhi.crash.kills", 20), Integer.parseInt(answers[0].strip()),
                    Integer.parseInt(answers[1].strip()), Duration.ofSeconds(5), lease, period, convergence,
                    Long.getLong("shizhi.crash.seed", new Random().nextLong()));
        }
    }

    private final String backend;
    private final Path root;
    private final List<String> platformOptions;
    private final Settings settings;

    CrashRun(String backend, Path root, List<String> platformOptions, Settings settings) {
        this.backend = backend;
        this.root = root;
        this.platformOptions = platformOptions;
        this.settings = settings;
    }

    /** Answers the problems found (none when every acknowledged write survived) and prints the figures. */
    List<String> run() throws Exception {
        Random random = new Random(settings.seed());
        String run = "cs" + HexFormat.of().toHexDigits(random.nextInt());
        Path work = root.resolve("crash-tests/target/crash-runs").resolve(backend.toLowerCase() + "-" + run);
        Path dataDir = work.resolve("data");
        Optional<Path> log = Optional.of(work.resolve("platform.log"));
        Files.createDirectories(work);
        System.out.println("crash-safety on " + backend + ": run " + run + ", seed " + settings.seed() + " (-Dshizhi.crash.seed to repeat), "
                + settings.kills() + " kills, relay lease " + settings.relayLease().toSeconds() + " s, convergence "
                + settings.convergence().toSeconds() + " s, platform output in " + log.get());
        long started = System.nanoTime();
        Ledger ledger = new Ledger();
        List<String> problems = new ArrayList<>();
        PlatformProcess platform = PlatformProcess.startOn(root, dataDir, platformOptions, log);
        try {
            Duration ttl = Duration.ofHours(4);
            Writers.Tokens tokens = new Writers.Tokens(
                    platform.bearer("crash-worker", Writers.CITY, Writers.COMMUNITY, List.of("GRID_WORKER"), ttl),
                    platform.bearer("crash-staff", Writers.CITY, Writers.COMMUNITY, List.of("COMMUNITY_STAFF"), ttl),
                    platform.bearer("crash-mediator", Writers.CITY, "510104", List.of("MEDIATOR"), ttl),
                    platform.bearer("crash-admin", Writers.CITY, Writers.CITY, List.of("CITY_ADMIN"), ttl),
                    platform.bearer("crash-auditor", Writers.CITY, Writers.CITY, List.of("AUDITOR"), ttl));
            String grid = setUp(new Api(platform.base()), tokens);
            AtomicLong serial = new AtomicLong();
            for (int round = 1; round <= settings.kills(); round++) {
                Writers writers = new Writers(new Api(platform.base()), tokens, ledger, run, grid, round, serial);
                long answeredBefore = ledger.answers();
                writers.start(2, 2, 1);
                int answers = settings.fewestAnswers() + random.nextInt(Math.max(1, settings.mostAnswers() - settings.fewestAnswers() + 1));
                awaitKillMoment(ledger, answeredBefore, answers, round);
                int exit = platform.kill();
                writers.awaitStopped();
                if (exit != KILLED_BY_SIGKILL) {
                    problems.add("kill " + round + ": the platform exited with " + exit + ", not " + KILLED_BY_SIGKILL + " (SIGKILL)");
                }
                long restarting = System.nanoTime();
                platform = restart(dataDir, log, round);
                // The CPU the start took, beside its wall time: on a machine shared with other builds the wall time says
                // more about them than about the start.
                System.out.println("  kill " + round + " (exit " + exit + ") after " + (ledger.answers() - answeredBefore)
                        + " acknowledged writes; started again in " + Duration.ofNanos(System.nanoTime() - restarting).toMillis()
                        + " ms (" + platform.cpuTime().toMillis() + " ms of CPU)");
            }
            ReadBack readBack = new ReadBack(new Api(platform.base()), tokens, ledger, run);
            readBack.verify(settings.convergence(), random);
            readBack.figures().forEach(f -> System.out.println("  " + f));
            problems.addAll(readBack.problems());
            for (Ledger.Kind kind : Ledger.Kind.values()) {
                if (ledger.acknowledged(kind).isEmpty()) {
                    problems.add("the load acknowledged no " + kind.label + ": the run proves nothing about them");
                }
            }
            List<String> refusals = List.copyOf(ledger.refusals);
            if (!refusals.isEmpty()) {
                problems.add(refusals.size() + " writes were refused during the load (each stopped its round's writers); e.g. "
                        + String.join("; ", refusals.subList(0, Math.min(5, refusals.size()))));
            }
        } finally {
            platform.close();
        }
        System.out.println("crash-safety on " + backend + ": " + settings.kills() + " kills in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s, " + problems.size() + " problems");
        problems.forEach(p -> System.out.println("  PROBLEM: " + p));
        if (problems.isEmpty()) {
            deleteRecursively(dataDir); // the platform's output stays for a look at the run
        }
        return problems;
    }

    /** Until the round's {@code answers}-th acknowledged write, or the round's longest load after its first ones. */
    private void awaitKillMoment(Ledger ledger, long before, int answers, int round) throws InterruptedException {
        if (!ledger.awaitAnswers(before + settings.fewestAnswers(), System.nanoTime() + Duration.ofSeconds(120).toNanos())) {
            throw new AssertionError("round " + round + ": the platform acknowledged " + (ledger.answers() - before)
                    + " writes in 120 s, not the " + settings.fewestAnswers() + " a round needs; refusals: " + ledger.refusals);
        }
        ledger.awaitAnswers(before + answers, System.nanoTime() + settings.longestLoad().toNanos());
    }

    private PlatformProcess restart(Path dataDir, Optional<Path> log, int round) throws Exception {
        try {
            return PlatformProcess.startOn(root, dataDir, platformOptions, log);
        } catch (IllegalStateException e) {
            throw new AssertionError("the platform did not start again after kill " + round + " on " + backend + ": " + e.getMessage(), e);
        }
    }

    /** The run's grid in the community and the mediation centres disputes are routed to; answers the grid's code. */
    private static String setUp(Api api, Writers.Tokens tokens) throws Exception {
        String grid = api.expect(Api.post("/api/v1/grids").json("{\"community\":\"" + Writers.COMMUNITY
                + "\",\"tier\":\"TOTAL\",\"name\":\"崩溃测试总网格\"}"), tokens.admin(), 201, "create the run's grid").body().path("code").asText();
        for (String[] centre : List.of(new String[] {Writers.COMMUNITY, "总府路社区调委会"}, new String[] {"510104022000", "春熙路街道调解中心"},
                new String[] {"510104000000", "锦江区一站式矛盾纠纷调解中心"}, new String[] {"510100000000", "成都市矛盾纠纷多元化解中心"})) {
            api.expect(Api.post("/api/v1/mediation-centres").json("{\"areaCode\":\"" + centre[0] + "\",\"name\":\"" + centre[1]
                    + "\",\"mediators\":[{\"id\":\"crash-mediator\",\"name\":\"刘调解\"}]}"), tokens.admin(), 201, "register " + centre[1]);
        }
        return grid;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
