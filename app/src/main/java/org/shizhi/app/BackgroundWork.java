package org.shizhi.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shizhi.adapters.plugins.ProgrammeRunner;
import org.shizhi.domain.archive.port.out.PendingCaseRecords;
import org.shizhi.domain.archive.service.ArchiveIndexing;
import org.shizhi.domain.dispute.service.DisputeEscalationService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.grid.service.EscalationService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.adapters.persistence.JdbcIdempotencyRecords;

/**
 * The platform's background work: named jobs on one daemon thread, each on its own period (settings
 * {@code shizhi.jobs.<name>.period-seconds}, docs/operations.md). Every instance runs every job; the claims in the
 * stores make each piece of work happen once. A failing run is logged and the job runs again after its period.
 */
final class BackgroundWork implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    /** Moves closed events and disputes into the case archive and indexes what the index lacks. */
    static final String ARCHIVE_RELAY = "archive-relay";
    /** Escalates each city's overdue events and disputes. */
    static final String ESCALATION = "escalation";
    /** Runs the cities' programmes that are due. */
    static final String PROGRAMMES = "programmes";
    /** Forgets idempotency keys older than 48 hours (they are promised for 24). */
    static final String IDEMPOTENCY_EXPIRY = "idempotency-expiry";
    /** Fans the integration outbox out to webhook subscriptions and sends the deliveries due. */
    static final String WEBHOOKS = "webhooks";
    /** Escalates each city's overdue supervision tasks (督查督办), each once. */
    static final String SUPERVISION_ESCALATION = "supervision-escalation";

    /** Each job's period unless the settings give another. */
    static final Map<String, Duration> DEFAULT_PERIODS = defaults();

    /**
     * One job.
     *
     * @param name       the name its setting and its log lines use
     * @param firstAfter how long after start it first runs (the jobs are spread so that they do not start together)
     * @param period     the pause between the end of one run and the start of the next
     * @param work       one run; a run that throws is logged, and the job runs again after its period
     */
    record Job(String name, Duration firstAfter, Duration period, Runnable work) {
    }

    /** How long a stop waits for the run in progress to finish its batch before interrupting it. */
    static final Duration FINISH_RUN = Duration.ofSeconds(30);

    private final ScheduledExecutorService thread;
    /** The run in progress, if any (one thread: at most one), for the liveness check. */
    private final AtomicReference<Run> running = new AtomicReference<>();
    private volatile boolean stopping;

    /** A job's run in progress, since when. */
    record Run(String job, Instant since) {
    }

    BackgroundWork(List<Job> jobs) {
        this("shizhi-housekeeping", jobs);
    }

    /** The jobs on a daemon thread of this name. */
    BackgroundWork(String threadName, List<Job> jobs) {
        this.thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
        for (Job job : jobs) {
            thread.scheduleWithFixedDelay(() -> run(job), job.firstAfter().toMillis(), job.period().toMillis(), TimeUnit.MILLISECONDS);
        }
        LOG.fine(() -> "background jobs: " + jobs.stream().map(j -> j.name() + " every " + j.period()).toList());
    }

    private void run(Job job) {
        if (stopping) {
            return;
        }
        running.set(new Run(job.name(), Instant.now()));
        try {
            job.work().run();
        } catch (RuntimeException e) {
            if (stopping) {
                // Interrupted by a stop that could not wait any longer: what it did not finish is found again next start.
                LOG.info(() -> "background job " + job.name() + " stopped with the platform before finishing its run");
            } else {
                LOG.log(Level.WARNING, "background job " + job.name() + " failed; it runs again in " + job.period(), e);
            }
        } finally {
            running.set(null);
        }
    }

    /** The run in progress, if any. */
    Optional<Run> running() {
        return Optional.ofNullable(running.get());
    }

    /** Escalates each city's overdue events and disputes, a bounded batch per run, as that city's system actor. */
    static Job escalation(Duration period, AreaService areas, DisputeEscalationService disputes, EscalationService events) {
        return new Job(ESCALATION, Duration.ofSeconds(30), period, () -> {
            for (Area city : areas.cities()) {
                try {
                    var run = disputes.escalateOverdue(Actor.system(city.code()), 200);
                    if (!run.escalated().isEmpty()) {
                        LOG.info(() -> "escalated " + run.escalated().size() + " overdue disputes in " + city.name());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "dispute escalation in " + city.code() + " failed; it runs again in " + period, e);
                }
                try {
                    var run = events.escalateOverdue(Actor.system(city.code()), 200);
                    if (!run.escalated().isEmpty()) {
                        LOG.info(() -> "escalated " + run.escalated().size() + " overdue events in " + city.name());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "escalation in " + city.code() + " failed; it runs again in " + period, e);
                }
            }
        });
    }

    /** Runs the cities' programmes that are due; what a failed run leaves due is looked for again next time. */
    static Job programmes(Duration period, ProgrammeRunner runner) {
        return new Job(PROGRAMMES, Duration.ofSeconds(20), period, () -> {
            for (ProgrammeRunner.Ran ran : runner.runDue()) {
                LOG.info(() -> "programme " + ran.programme() + " for " + ran.city() + " due " + ran.dueAt() + ": " + ran.status()
                        + ", " + ran.summary());
            }
        });
    }

    /**
     * Moves closed events and disputes into the case archive and indexes what the index lacks (after it was down, too).
     * {@code takeRebuilt} first switches to an index that ./shizhi reindex built beside the current one (true if it did),
     * so that nothing is indexed into the old.
     */
    static Job archiveRelay(Duration period, BooleanSupplier takeRebuilt, ArchiveIndexing indexing, List<PendingCaseRecords> sources,
                            String backend) {
        return new Job(ARCHIVE_RELAY, Duration.ofSeconds(5), period, () -> {
            if (takeRebuilt.getAsBoolean()) {
                LOG.info("now searching the rebuilt case index");
            }
            int indexed = indexing.drain(sources, 500);
            if (indexed > 0) {
                LOG.info(() -> "indexed " + indexed + " case records (" + backend + ")");
            }
        });
    }

    /**
     * Escalates each city's overdue supervision tasks, a bounded batch per run, as that city's system actor. Every
     * instance runs it: the store's version check lets one writer escalate a task, and the escalation kept stops every
     * later run, after a restart too.
     */
    static Job supervisionEscalation(Duration period, AreaService areas,
                                     org.shizhi.domain.assessment.port.in.EscalateOverdueSupervisionUseCase supervision) {
        return new Job(SUPERVISION_ESCALATION, Duration.ofSeconds(40), period, () -> {
            for (Area city : areas.cities()) {
                try {
                    var run = supervision.escalateOverdue(Actor.system(city.code()), 200);
                    if (!run.escalated().isEmpty()) {
                        LOG.info(() -> "escalated " + run.escalated().size() + " overdue supervision tasks in " + city.name());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "supervision escalation in " + city.code() + " failed; it runs again in " + period, e);
                }
            }
        });
    }

    /**
     * Webhooks: fans out what the outbox holds, then sends due deliveries, in batches until a batch comes back short, so a
     * backlog drains without waiting a period per batch. Every instance runs it; the claims' leases keep instances apart.
     */
    static Job webhooks(Duration period, org.shizhi.domain.integration.service.WebhookDispatcher dispatcher) {
        return new Job(WEBHOOKS, Duration.ofSeconds(3), period, () -> {
            while (dispatcher.fanOut(200) == 200) {
                // more waiting
            }
            int sent;
            do {
                sent = dispatcher.deliver(50);
            } while (sent == 50);
        });
    }

    /** Idempotency keys are promised for 24 hours; forgetting them after 48 keeps the table small. */
    static Job idempotencyExpiry(Duration period, Clock clock, JdbcIdempotencyRecords records) {
        return new Job(IDEMPOTENCY_EXPIRY, Duration.ofMinutes(1), period,
                () -> records.forgetBefore(clock.instant().minus(Duration.ofHours(48))));
    }

    private static Map<String, Duration> defaults() {
        Map<String, Duration> periods = new LinkedHashMap<>();
        periods.put(ARCHIVE_RELAY, Duration.ofSeconds(10));
        periods.put(ESCALATION, Duration.ofSeconds(60));
        periods.put(PROGRAMMES, Duration.ofSeconds(60));
        periods.put(IDEMPOTENCY_EXPIRY, Duration.ofMinutes(60));
        periods.put(SUPERVISION_ESCALATION, Duration.ofSeconds(300));
        periods.put(WEBHOOKS, Duration.ofSeconds(2));
        return Map.copyOf(periods);
    }

    /**
     * Stops at a safe point: no run starts any more, and the run in progress finishes its batch (each is bounded and
     * commits what it did), waited for up to {@link #FINISH_RUN}; only then is it interrupted.
     */
    @Override
    public void close() {
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(FINISH_RUN.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> "background job " + running().map(Run::job).orElse("?") + " did not finish within "
                        + FINISH_RUN.toSeconds() + " s of the stop; interrupting it");
                thread.shutdownNow();
                thread.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
