package org.shizhi.adapters.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
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
 *
 * <p>A claim is a lease ({@code shizhi.programmes.lease-minutes}, 30 by default): a run still RUNNING when its lease
 * has passed — its instance died mid-way — is taken over by the next instance that looks, and run again. Programmes
 * are written to be repeated (a plan skips tasks already planned, a digest replaces the week's record), so a
 * takeover of a run that was only slow does no harm; the slow attempt's outcome is then not recorded. The lease must
 * be longer than the longest run.
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
    private final Duration lease;

    /** How long a run holds its claim unless the settings say otherwise (shizhi.programme.lease). */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(30);

    public ProgrammeRunner(PluginRegistry registry, ProgrammeRuns runs, org.shizhi.domain.grid.port.out.AreaRepository areas,
                           org.shizhi.domain.grid.port.out.GridRepository grids, VisitTaskRepository tasks, WeeklyDigestQuery digests,
                           DigestRecords records, Clock clock) {
        this(registry, runs, areas, grids, tasks, digests, records, clock, DEFAULT_LEASE);
    }

    public ProgrammeRunner(PluginRegistry registry, ProgrammeRuns runs, org.shizhi.domain.grid.port.out.AreaRepository areas,
                           org.shizhi.domain.grid.port.out.GridRepository grids, VisitTaskRepository tasks, WeeklyDigestQuery digests,
                           DigestRecords records, Clock clock, Duration lease) {
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a programme run's lease is a positive duration, not " + lease);
        }
        this.lease = lease;
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
                if (due.isBefore(now.minus(CATCH_UP))) {
                    continue;
                }
                OptionalInt claimed = runs.claim(programme.id(), city, due, now, lease);
                if (claimed.isEmpty()) {
                    continue;
                }
                if (claimed.getAsInt() > 1) {
                    LOG.warning(() -> "programme " + programme.id() + " for " + city + " due " + due + " was still RUNNING past its "
                            + lease.toMinutes() + "-minute lease; taken over as attempt " + claimed.getAsInt());
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
                if (!runs.finish(programme.id(), city, due, claimed.getAsInt(), status, clock.instant(), summary)) {
                    LOG.warning(() -> "programme " + programme.id() + " for " + city + " due " + due + " attempt " + claimed.getAsInt()
                            + " finished after another instance took the run over; its outcome is not recorded");
                    continue;
                }
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
