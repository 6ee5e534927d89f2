package org.shizhi.app.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.grid.port.in.WeeklyDigestQuery;
import org.shizhi.domain.programme.model.RunStatus;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.port.out.DigestRecords;
import org.shizhi.domain.programme.port.out.ProgrammeRuns;
import org.shizhi.domain.programme.port.out.VisitTaskRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.ProgrammeContext;
import org.shizhi.domain.spi.RecurringProgramme;
import org.shizhi.domain.spi.StaffPlacement;

/**
 * Runs the cities' recurring programmes when due. Every instance calls {@link #runDue()} every minute; the claim of a
 * programme's run for a city and due time ({@link ProgrammeRuns#claim}) lets exactly one of them run it. A due time
 * missed while the platform was down runs late if it is at most {@link #CATCH_UP} old; older ones are skipped.
 */
public final class ProgrammeRunner {

    private static final Logger LOG = Logger.getLogger(ProgrammeRunner.class.getName());
    public static final Duration CATCH_UP = Duration.ofHours(6);

    /** What one call ran. */
    public record Ran(String programme, AreaCode city, Instant dueAt, RunStatus status, String summary) {
    }

    private final PluginRegistry registry;
    private final ProgrammeRuns runs;
    private final CityAreas areas;
    private final VisitTaskRepository tasks;
    private final WeeklyDigestQuery digests;
    private final DigestRecords records;
    private final Clock clock;

    public ProgrammeRunner(PluginRegistry registry, ProgrammeRuns runs, org.shizhi.domain.grid.port.out.AreaRepository areas,
                           org.shizhi.domain.grid.port.out.GridRepository grids, VisitTaskRepository tasks, WeeklyDigestQuery digests,
                           DigestRecords records, Clock clock) {
        this.registry = Objects.requireNonNull(registry);
        this.runs = Objects.requireNonNull(runs);
        this.areas = new CityAreas(areas, grids);
        this.tasks = Objects.requireNonNull(tasks);
        this.digests = Objects.requireNonNull(digests);
        this.records = Objects.requireNonNull(records);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Runs every programme due now that no instance has claimed; answers what this call ran. */
    public List<Ran> runDue() {
        Instant now = clock.instant();
        List<Ran> ran = new ArrayList<>();
        for (AreaCode city : registry.cities()) {
            for (RecurringProgramme programme : registry.programmes(city)) {
                Instant due = programme.schedule().latestDueAtOrBefore(now);
                if (due.isBefore(now.minus(CATCH_UP)) || !runs.claim(programme.id(), city, due, now)) {
                    continue;
                }
                RunStatus status;
                String summary;
                try {
                    summary = programme.run(context(programme.id(), city, due, programme.schedule().zone()));
                    status = RunStatus.SUCCEEDED;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "programme " + programme.id() + " for " + city + " due " + due + " failed", e);
                    summary = "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    status = RunStatus.FAILED;
                }
                runs.finish(programme.id(), city, due, status, clock.instant(), summary);
                ran.add(new Ran(programme.id(), city, due, status, summary));
            }
        }
        return ran;
    }

    private ProgrammeContext context(String running, AreaCode city, Instant due, ZoneId zone) {
        Instant plannedAt = clock.instant();
        return new ProgrammeContext(city, due, zone,
                posts -> areas.gridsWithin(city).stream()
                        .flatMap(g -> g.members().stream().filter(m -> posts.contains(m.post()))
                                .map((GridMember m) -> new StaffPlacement(g.code(), g.tier(), m.id(), m.post())))
                        .toList(),
                (programme, visitOn, who) -> {
                    if (!programme.equals(running)) {
                        throw new IllegalArgumentException("programme " + running + " planned visits as " + programme);
                    }
                    return tasks.plan(who.stream()
                            .filter(p -> city.contains(p.grid().community()))
                            .map(p -> VisitTask.plan(programme, p.grid(), p.member(), p.post(), visitOn, plannedAt)).toList());
                },
                week -> {
                    WeeklyDigest digest = digests.weeklyDigest(Actor.system(city), city, week);
                    records.record(digest);
                    return digest;
                });
    }
}
