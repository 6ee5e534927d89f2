package org.shizhi.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The crash-safety suite (issue 19): the real platform process, written to from several threads, killed with SIGKILL
 * at random moments and started again on the same data directory, 20 times; then every write it acknowledged (answered
 * 2xx) must be there exactly once and every case that was to reach the archive must become searchable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the embedded default first: it is what every build must prove
class CrashSafetyTest {

    private static final Path ROOT = Path.of(System.getProperty("shizhi.root", "..")).toAbsolutePath().normalize();
    /** For the relays' lease and period only: each backend's run draws its own seed. */
    private static final CrashRun.Settings SETTINGS = CrashRun.Settings.fromSystemProperties();
    /**
     * The platform's defaults but the demo grids, whose background load would compete with the writers, and the archive
     * relays' lease and period: a relay batch the killed instance had claimed is taken over once its lease has passed,
     * and the read-back waits for that (the lease, then a relay period); the platform's 2-minute lease and 10-second
     * period would make each backend's run wait out over two minutes for what a shorter lease proves the same way.
     */
    private static final List<String> PLATFORM = List.of("-Xmx512m", "-Dshizhi.demo-data.grids=false",
            "-Dshizhi.archive.relay-lease-seconds=" + SETTINGS.relayLease().toSeconds(),
            "-Dshizhi.jobs.archive-relay.period-seconds=" + SETTINGS.relayPeriod().toSeconds());
    /** Made by the first test that needs it; the backends run one after the other in this JVM. */
    private static ClassDataArchive classes;

    private static List<String> platform() throws Exception {
        if (classes == null) {
            classes = ClassDataArchive.prepared(ROOT, PLATFORM);
        }
        return classes.with(PLATFORM);
    }

    @Test
    @Order(1)
    void noAcknowledgedWriteIsLostOrDoubledAcrossKillsOnTheEmbeddedH2Database() throws Exception {
        List<String> problems = new CrashRun("H2", ROOT, platform(), CrashRun.Settings.fromSystemProperties()).run();
        assertThat(problems).as(report("H2", problems)).isEmpty();
    }

    @Test
    @Order(2)
    void noAcknowledgedWriteIsLostOrDoubledAcrossKillsOnPostgresql() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.createOrSkip("crash-safety on PostgreSQL")) {
            List<String> options = new java.util.ArrayList<>(platform());
            options.addAll(List.of("-Dshizhi.db.url=" + database.url(), "-Dshizhi.db.user=" + database.user(),
                    "-Dshizhi.db.password=" + database.password()));
            List<String> problems = new CrashRun("PostgreSQL", ROOT, options, CrashRun.Settings.fromSystemProperties()).run();
            assertThat(problems).as(report("PostgreSQL", problems)).isEmpty();
        }
    }

    private static String report(String backend, List<String> problems) {
        return "after SIGKILLs of the platform on " + backend + ", acknowledged writes did not all survive exactly once:\n  - "
                + String.join("\n  - ", problems) + "\n";
    }
}
