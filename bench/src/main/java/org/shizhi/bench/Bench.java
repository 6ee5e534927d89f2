package org.shizhi.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shizhi.bench.archive.ArchiveBench;
import org.shizhi.bench.archive.SimilarCasesBench;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * {@code ./shizhi bench NAME}: runs one benchmark against the platform started as ./shizhi start starts it,
 * and appends its figures to docs/benchmarks.md. Figures are never asserted in unit tests.
 */
public final class Bench {

    interface Benchmark {
        void run(Path root, Report report) throws Exception;
    }

    private static final Map<String, Benchmark> BENCHMARKS = new TreeMap<>(Map.of(
            "health", Bench::health,
            "intake", IntakeBench::run,
            "assessment", AssessmentBench::run,
            "archive", (root, report) -> ArchiveBench.run(root, sink(report)),
            "similar-cases", (root, report) -> SimilarCasesBench.run(root, sink(report))));

    private Bench() {
    }

    private static ArchiveBench.Sink sink(Report report) {
        return new ArchiveBench.Sink() {
            @Override
            public void row(String measure, String value, String target) {
                report.row(measure, value, target);
            }

            @Override
            public void note(String text) {
                report.note(text);
            }
        };
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("shizhi.root", ".")).toAbsolutePath().normalize();
        if (args.length != 1 || !BENCHMARKS.containsKey(args[0])) {
            System.err.println("shizhi bench: name one of " + BENCHMARKS.keySet());
            System.exit(2);
        }
        // The options a run was given are part of its command: figures at 1 M are not the default run's.
        String options = System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("shizhi.bench."))
                .sorted().map(k -> " -D" + k + "=" + System.getProperty(k)).collect(java.util.stream.Collectors.joining());
        Report report = new Report(args[0], "./shizhi bench " + args[0] + options);
        BENCHMARKS.get(args[0]).run(root, report);
        report.appendTo(root.resolve("docs/benchmarks.md"));
    }

    /** The server's own ceiling: how fast it answers its cheapest endpoint, which touches the database once. */
    static void health(Path root, Report report) throws Exception {
        try (PlatformProcess platform = PlatformProcess.start(root, List.of("-Xmx1g"))) {
            byte[] health = Load.Template.of("GET", platform.base(), "/health", java.util.Map.of()).withoutBody();
            Load load = new Load(platform.base());
            load.verify(health, 200, 3);
            load.saturate(() -> health, 200, 32, Duration.ofSeconds(5)); // warm-up: JIT and pools
            report.row("GET /health, 32 in flight, 15 s", load.saturate(() -> health, 200, 32, Duration.ofSeconds(15)), "(ceiling)");
            report.row("GET /health at 1,000/s, 15 s", load.fixedRate(() -> health, 200, 1_000, Duration.ofSeconds(15)), "—");
            report.row("platform RSS after the run", platform.residentMiB() + " MiB", "—");
        }
    }
}
