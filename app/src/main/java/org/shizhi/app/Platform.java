package org.shizhi.app;

import java.util.List;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchCaseArchive;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.app.archive.CaseImport;
import org.shizhi.app.archive.ClosedDisputes;
import org.shizhi.app.archive.GridClosedEvents;
import org.shizhi.domain.archive.port.out.AuditLog;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.archive.port.out.PendingCaseRecords;
import org.shizhi.domain.archive.service.ArchiveIndexing;
import org.shizhi.domain.archive.service.AuditService;
import org.shizhi.domain.archive.service.CaseArchiveService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.shizhi.adapters.calendar.JsonWorkCalendars;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.app.plugins.PluginLoader;
import org.shizhi.app.plugins.PluginRegistry;
import org.shizhi.app.plugins.PluginEventGrading;
import org.shizhi.app.plugins.PluginGridRules;
import org.shizhi.app.plugins.PluginCatalogue;
import org.shizhi.app.plugins.PluginEventRouting;
import org.shizhi.app.plugins.ProgrammeRunner;
import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.programme.service.ProgrammeService;
import org.shizhi.app.plugins.PluginDisputeRules;
import org.shizhi.domain.dispute.service.DisputeEscalationService;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.service.EscalationService;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.grid.service.WeeklyDigestService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The platform wired by hand: adapters built from the settings, services built from the adapters.
 * CDI only hands these out (see {@link Wiring}); the domain never sees a container.
 */
public final class Platform implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Platform.class.getName());

    private final Settings settings;
    private final Database database;
    private final WorkCalendar workCalendar;
    private final PluginRegistry plugins;
    private final Clock clock;
    private final AreaService areaService;
    private final GridService gridService;
    private final RegisterService registerService;
    private final GridEventService gridEventService;
    private final EscalationService escalationService;
    private final WeeklyDigestService weeklyDigestService;
    private final ProgrammeService programmeService;
    private final ProgrammeRunner programmeRunner;
    private final PluginCatalogue catalogue;
    private final DisputeService disputeService;
    private final DisputeEscalationService disputeEscalationService;
    private final CaseArchive caseArchive;
    private final CaseRecordStore caseRecords;
    private final CaseArchiveService caseArchiveService;
    private final AuditService auditService;
    private final ArchiveIndexing archiveIndexing;
    private final List<PendingCaseRecords> caseSources;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("shizhi-housekeeping").daemon().factory());

    private Platform(Settings settings, Database database, WorkCalendar workCalendar, PluginRegistry plugins) {
        this.settings = settings;
        this.database = database;
        this.workCalendar = workCalendar;
        this.plugins = plugins;
        // Microsecond ticks: what the database keeps, so an event read back equals the one a service returned.
        this.clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        AreaRepository areas = database.areaRepository();
        this.areaService = new AreaService(areas);
        GridRepository grids = database.gridRepository();
        GridEventRepository events = database.gridEventRepository();
        PluginGridRules gridRules = new PluginGridRules(plugins);
        this.gridService = new GridService(areas, grids, database.registerRepository(), gridRules);
        this.registerService = new RegisterService(grids, database.registerRepository(), gridRules);
        this.gridEventService = new GridEventService(grids, events, new PluginEventGrading(plugins),
                new PluginEventRouting(plugins, DeadlinePolicy.standard()), workCalendar, clock);
        this.escalationService = new EscalationService(events, workCalendar, clock);
        this.weeklyDigestService = new WeeklyDigestService(events, clock);
        this.programmeRunner = new ProgrammeRunner(plugins, database.programmeRuns(), areas, grids, database.visitTasks(),
                weeklyDigestService, database.digestRecords(), clock, settings.programmeLease());
        this.catalogue = new PluginCatalogue(plugins, areas, grids, events);
        this.disputeService = disputeServiceAt(clock);
        this.programmeService = new ProgrammeService(database.programmeRuns(), database.visitTasks(), gridEventService, disputeService,
                clock);
        this.disputeEscalationService = new DisputeEscalationService(database.disputeRepository(), disputeService, clock);
        this.caseArchive = openCaseArchive(settings.archive(), clock);
        this.caseRecords = database.caseRecordStore();
        AuditLog audit = database.auditLog();
        this.caseArchiveService = new CaseArchiveService(caseArchive, caseRecords, audit, clock);
        this.auditService = new AuditService(audit, clock);
        this.archiveIndexing = new ArchiveIndexing(caseArchive, caseRecords, clock);
        // One mapping class per source: closed grid events and closed disputes.
        this.caseSources = List.of(new GridClosedEvents(database.caseArchiveOutbox(), clock),
                new ClosedDisputes(database.disputeArchiveOutbox(), clock));
        // Every instance relays: the outbox and the store claim disjoint batches, so each record moves once.
        housekeeping.scheduleWithFixedDelay(this::keepArchive, 5, 10, TimeUnit.SECONDS);
        // Idempotency keys are promised for 24 hours; forgetting them after 48 keeps the table small.
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                database.idempotencyRecords().forgetBefore(Instant.now().minus(Duration.ofHours(48)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not forget old idempotency keys; will try again", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
        // Every instance runs escalation; the repository's claim makes each escalation happen once.
        housekeeping.scheduleWithFixedDelay(this::escalateOverdue, 30, 60, TimeUnit.SECONDS);
        // Every instance looks for due programmes each minute; the run's claim makes each due time run once.
        housekeeping.scheduleWithFixedDelay(this::runDueProgrammes, 20, 60, TimeUnit.SECONDS);
    }

    /**
     * Loads and checks the city plugins and the work calendar first (a wrong setting should not cost a
     * migration), then opens the database (migrating it) and on an empty database loads the demo data.
     */
    public static Platform open(Settings settings, Config config) {
        PluginRegistry plugins = PluginRegistry.configure(
                PluginLoader.load(Platform.class.getClassLoader(), Optional.of(settings.pluginsDir())), config);
        LOG.info(plugins::describe);
        WorkCalendar calendar = settings.calendarFile().map(file -> JsonWorkCalendars.fromFile(file, settings.beyondNotice()))
                .orElseGet(() -> JsonWorkCalendars.fromClasspath(settings.beyondNotice()));
        calendar.provisionalYears().forEach(year -> LOG.warning(() -> "work calendar: no State Council notice for " + year
                + " is loaded; deadlines reaching " + year + " count its statutory holidays only, without bridging days or make-up "
                + "workdays, and may move once the notice is loaded (shizhi.calendar.file; docs/operations.md)"));
        Database database = Database.open(settings.database(), settings.personalDataKeys());
        try {
            Platform platform = new Platform(settings, database, calendar, plugins);
            if (settings.demoData()) {
                DemoData.loadIfEmpty(platform, database.areaRepository());
            }
            LOG.info(() -> "database " + database.productName() + " ready; work calendar covers " + new java.util.TreeSet<>(calendar.coveredYears()));
            return platform;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public WorkCalendar workCalendar() {
        return workCalendar;
    }

    /** Escalates each city's overdue events and disputes, a bounded batch per run, as that city's system actor. */
    void escalateOverdue() {
        for (Area city : areaService.cities()) {
            try {
                var run = disputeEscalationService.escalateOverdue(Actor.system(city.code()), 200);
                if (!run.escalated().isEmpty()) {
                    LOG.info(() -> "escalated " + run.escalated().size() + " overdue disputes in " + city.name());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "dispute escalation in " + city.code() + " failed; it runs again in a minute", e);
            }
            try {
                var run = escalationService.escalateOverdue(Actor.system(city.code()), 200);
                if (!run.escalated().isEmpty()) {
                    LOG.info(() -> "escalated " + run.escalated().size() + " overdue events in " + city.name());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "escalation in " + city.code() + " failed; it runs again in a minute", e);
            }
        }
    }

    /** Runs the cities' programmes that are due; a failure is logged, and the next minute tries what is still due. */
    void runDueProgrammes() {
        try {
            for (ProgrammeRunner.Ran ran : programmeRunner.runDue()) {
                LOG.info(() -> "programme " + ran.programme() + " for " + ran.city() + " due " + ran.dueAt() + ": " + ran.status()
                        + ", " + ran.summary());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "running due programmes failed; they are looked for again in a minute", e);
        }
    }

    public ProgrammeRunner programmeRunner() {
        return programmeRunner;
    }

    public ProgrammeService programmeService() {
        return programmeService;
    }

    public PluginCatalogue catalogue() {
        return catalogue;
    }

    /** Moves closed events and disputes into the case archive and indexes what the index lacks (after it was down, too). */
    void keepArchive() {
        try {
            // First take a generation that ./shizhi reindex built beside this one, so nothing is indexed into the old.
            if (caseArchive instanceof LuceneCaseArchive lucene && lucene.followPointer()) {
                LOG.info("now searching the rebuilt case index");
            }
            int indexed = archiveIndexing.drain(caseSources, 500);
            if (indexed > 0) {
                LOG.info(() -> "indexed " + indexed + " case records (" + caseArchive.backend() + ")");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "relaying or indexing case records failed; it runs again in 10 s", e);
        }
    }

    private static CaseArchive openCaseArchive(Settings.ArchiveSettings archive, Clock clock) {
        return switch (archive.backend()) {
            case LUCENE -> LuceneCaseArchive.open(archive.luceneDir(), clock);
            case ELASTICSEARCH -> ElasticsearchCaseArchive.connect(archive.elasticsearchUrl().orElseThrow(),
                    archive.elasticsearchIndex(), clock);
        };
    }

    public CaseArchive caseArchive() {
        return caseArchive;
    }

    public CaseRecordStore caseRecords() {
        return caseRecords;
    }

    public CaseArchiveService caseArchiveService() {
        return caseArchiveService;
    }

    /** The archive import endpoint's reading of JSON lines: the same {@link CaseImport} as {@code ./shizhi import}. */
    public org.shizhi.adapters.rest.CaseLineImport caseLineImport() {
        return (actor, body) -> {
            java.util.List<org.shizhi.adapters.rest.CaseLineImport.Reject> listed = new java.util.ArrayList<>();
            CaseImport.Summary s = new CaseImport(caseArchiveService, actor).run(new java.io.BufferedReader(body), (line, reason, text) -> {
                if (listed.size() < org.shizhi.adapters.rest.CaseLineImport.LISTED_REJECTS) {
                    listed.add(new org.shizhi.adapters.rest.CaseLineImport.Reject(line, reason));
                }
            }, lines -> { });
            return new org.shizhi.adapters.rest.CaseLineImport.Result(s.lines(), s.imported(), s.skipped(), s.rejected(), listed);
        };
    }

    public AuditService auditService() {
        return auditService;
    }

    public ArchiveIndexing archiveIndexing() {
        return archiveIndexing;
    }

    public List<PendingCaseRecords> caseSources() {
        return caseSources;
    }

    public Clock clock() {
        return clock;
    }

    public GridService gridService() {
        return gridService;
    }

    public RegisterService registerService() {
        return registerService;
    }

    public GridEventService gridEventService() {
        return gridEventService;
    }

    /** Runs a one-off job on the housekeeping thread, after start-up; a failure is logged, never thrown at a caller. */
    void inBackground(String what, Runnable job) {
        housekeeping.schedule(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed", e);
            }
        }, 0, TimeUnit.SECONDS);
    }

    /** The event service on another clock: demo data reports events in the past. */
    GridEventService gridEventServiceAt(Clock at) {
        return new GridEventService(database.gridRepository(), database.gridEventRepository(), new PluginEventGrading(plugins),
                new PluginEventRouting(plugins, DeadlinePolicy.standard()), workCalendar, at);
    }

    /** The dispute service on another clock: demo data opens disputes in the past. */
    DisputeService disputeServiceAt(Clock at) {
        PluginDisputeRules rules = new PluginDisputeRules(plugins);
        return new DisputeService(database.disputeRepository(), database.mediationCentreRepository(), gridEventServiceAt(at),
                rules, rules, rules, settings.disputes(), workCalendar, at);
    }

    public DisputeService disputeService() {
        return disputeService;
    }

    public DisputeEscalationService disputeEscalationService() {
        return disputeEscalationService;
    }

    public EscalationService escalationService() {
        return escalationService;
    }

    public WeeklyDigestService weeklyDigestService() {
        return weeklyDigestService;
    }

    public PluginRegistry plugins() {
        return plugins;
    }

    public AreaService areaService() {
        return areaService;
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        try {
            housekeeping.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        caseArchive.close();
        database.close();
    }
}
