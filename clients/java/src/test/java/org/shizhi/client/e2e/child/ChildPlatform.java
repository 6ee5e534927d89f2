package org.shizhi.client.e2e.child;

import jakarta.enterprise.inject.spi.CDI;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.shizhi.adapters.plugins.ProgrammeRunner;
import org.shizhi.app.Main;
import org.shizhi.app.Platform;

/**
 * The platform as the end-to-end tests start it, in a JVM of its own (Java 21+, compiled at 21 unlike the tests):
 * {@link Main} exactly as {@code ./shizhi start} runs it, then one line per command on standard input, each answered by
 * a line {@code shizhi-e2e-child: <id> ok|failed …}. The one command is the step no client can make: running the cities'
 * programmes due at a given instant ({@code <id> run-programmes <instant>}), as the background job would at that time.
 * When standard input closes (the tests ended, or their JVM died) the platform stops: it never outlives its tests.
 */
public final class ChildPlatform {

    public static final String REPLY = "shizhi-e2e-child: ";

    private ChildPlatform() {
    }

    public static void main(String[] args) throws IOException {
        Main.main(args);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = commands.readLine()) != null; ) {
            String[] words = line.strip().split(" ");
            if (words.length < 2) {
                continue;
            }
            String reply;
            try {
                reply = switch (words[1]) {
                    case "run-programmes" -> runProgrammesDueAt(Instant.parse(words[2]));
                    default -> throw new IllegalArgumentException("unknown command " + words[1]);
                };
            } catch (RuntimeException e) {
                e.printStackTrace();
                reply = "failed " + e;
            }
            System.out.println(REPLY + words[0] + " " + reply);
            System.out.flush();
        }
        System.exit(0);
    }

    /** The programme runner the platform runs every minute, on a clock fixed at {@code at}. */
    private static String runProgrammesDueAt(Instant at) {
        Platform running = CDI.current().select(Platform.class).get();
        var db = running.database();
        new ProgrammeRunner(running.plugins(), db.programmeRuns(), db.areaRepository(), db.gridRepository(), db.visitTasks(),
                running.weeklyDigestService(), db.digestRecords(), Clock.fixed(at, ZoneOffset.UTC)).runDue();
        return "ok";
    }
}
