package org.shizhi.app;

import java.util.List;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchCaseArchive;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.adapters.search.lucene.LuceneSavedSearchMonitor;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchSavedSearchMonitor;
import org.shizhi.domain.archive.port.out.SavedSearchMonitor;
import org.shizhi.domain.archive.service.AlertingCaseArchive;
import org.shizhi.domain.archive.service.SavedSearchService;
import org.shizhi.adapters.archiveimport.CaseImport;
import org.shizhi.domain.archive.service.ClosedDisputes;
import org.shizhi.domain.archive.service.GridClosedEvents;
import org.shizhi.domain.archive.port.out.AuditLog;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.archive.port.out.PendingCaseRecords;
import org.shizhi.domain.archive.service.ArchiveIndexing;
import org.shizhi.domain.archive.service.AuditService;
import org.shizhi.domain.archive.service.CaseArchiveService;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.shizhi.adapters.calendar.JsonWorkCalendars;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.plugins.PluginLoader;
import org.shizhi.adapters.plugins.PluginRegistry;
import org.shizhi.adapters.plugins.PluginEventGrading;
import org.shizhi.adapters.plugins.PluginGridRules;
import org.shizhi.adapters.plugins.PluginAssessmentReads;
import org.shizhi.adapters.plugins.PluginCatalogue;
import org.shizhi.domain.assessment.service.AssessmentService;
import org.shizhi.domain.assessment.service.NoticeService;
import org.shizhi.domain.assessment.service.ResultDifferencesService;
import org.shizhi.domain.assessment.service.PluginSchemes;
import org.shizhi.domain.assessment.service.SchemeAssessmentService;
import org.shizhi.adapters.plugins.PluginEventRouting;
import org.shizhi.adapters.plugins.ProgrammeRunner;
import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.programme.service.ProgrammeService;
import org.shizhi.domain.grid.service.TrainingService;
import org.shizhi.adapters.plugins.PluginDisputeRules;
import org.shizhi.domain.dispute.service.DisputeEscalationService;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.law.service.LawService;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.service.EscalationService;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.grid.service.WeeklyDigestService;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The composition root: adapters built from the settings, services built from the adapters, and the background work
 * ({@link BackgroundWork}) that runs them. CDI only hands these out (see {@link Wiring}); the domain never sees a
 * container. A new use case is one constructor call here, passed to {@link #serve}: CDI finds it by its
 * {@code port.in} interfaces ({@link UseCaseBeans}).
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
    private final TrainingService trainingService;
    private final ProgrammeRunner programmeRunner;
    private final PluginCatalogue catalogue;
    private final DisputeService disputeService;
    private final org.shizhi.domain.party.service.PartyService partyService;
    private final DisputeEscalationService disputeEscalationService;
    private final org.shizhi.domain.campaign.service.CampaignService campaignService;
    private final LawService lawService;
    private final org.shizhi.domain.consultation.service.ConsultationService consultationService;
    /** One for every scheme service, so the work calendar is copied into the database once per start. */
    private final org.shizhi.domain.assessment.port.out.IndicatorTallies indicatorTallies;
    private final org.shizhi.domain.assessment.service.SupervisionService supervisionService;
    private final CaseArchive caseArchive;
    private final SavedSearchMonitor savedSearchMonitor;
    private final CaseRecordStore caseRecords;
    private final CaseArchiveService caseArchiveService;
    private final AuditService auditService;
    private final ArchiveIndexing archiveIndexing;
    private final List<PendingCaseRecords> caseSources;
    private final BackgroundWork.Job archiveRelay;
    private final BackgroundWork backgroundWork;
    /**
     * An assessment run's indicator reads, side by side: one per core, so that a run uses the machine without taking more
     * of the database's pool than intake can spare.
     */
    private final java.util.concurrent.ExecutorService assessmentReads = java.util.concurrent.Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("shizhi-assessment-read-", 1).daemon().factory());
    private final org.shizhi.domain.integration.service.WebhookDispatcher webhookDispatcher;
    private final BackgroundWork webhookWork;
    /** The services answering the domain's use cases, in the order built. */
    private final List<Object> services = new java.util.ArrayList<>();

    private Platform(Settings settings, Database database, WorkCalendar workCalendar, PluginRegistry plugins,
                     org.shizhi.domain.integration.model.RetryPolicy webhookRetry, Duration webhookLease) {
        this.settings = settings;
        this.database = database;
        this.workCalendar = workCalendar;
        this.plugins = plugins;
        this.indicatorTallies = database.indicatorTallies(workCalendar);
        // Microsecond ticks: what the database keeps, so an event read back equals the one a service returned.
        this.clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        AreaRepository areas = database.areaRepository();
        this.areaService = serve(new AreaService(areas));
        GridRepository grids = database.gridRepository();
        GridEventRepository events = database.gridEventRepository();
        PluginGridRules gridRules = new PluginGridRules(plugins);
        this.gridService = serve(new GridService(areas, grids, database.registerRepository(), gridRules));
        this.registerService = serve(new RegisterService(grids, database.registerRepository(), gridRules));
        this.gridEventService = serve(new GridEventService(grids, events, new PluginEventGrading(plugins),
                new PluginEventRouting(plugins, DeadlinePolicy.standard()), workCalendar, clock));
        this.escalationService = serve(new EscalationService(events, workCalendar, clock));
        this.weeklyDigestService = serve(new WeeklyDigestService(events, areas, clock));
        serve(new org.shizhi.domain.grid.service.EventStateWeeksService(database.eventStateTallies(), clock));
        this.trainingService = serve(new TrainingService(grids, database.trainingRecords(), clock));
        this.programmeRunner = new ProgrammeRunner(plugins, database.programmeRuns(), areas, grids, database.visitTasks(),
                weeklyDigestService, database.digestRecords(), clock, settings.programmeLease());
        this.catalogue = new PluginCatalogue(plugins);
        serve(new AssessmentService(plugins, new PluginAssessmentReads(areas, grids, events)));
        this.disputeService = serve(disputeServiceAt(clock));
        this.disputeEscalationService = serve(new DisputeEscalationService(database.disputeRepository(), disputeService, clock));
        Database.PartyStorage party = database.partyStorage();
        this.partyService = serve(new org.shizhi.domain.party.service.PartyService(party.organisations(), party.members(),
                party.alliances(), party.councils(), party.reporting(), gridService, clock));
        this.campaignService = serve(campaignServiceAt(clock));
        this.lawService = serve(lawServiceAt(clock, disputeService));
        // After law: a night visit's petition finding is received through law's PetitionUseCase.
        this.programmeService = serve(new ProgrammeService(database.programmeRuns(), database.visitTasks(), gridEventService,
                disputeService, lawService, clock));
        this.consultationService = serve(consultationServiceAt(clock));
        serve(schemeAssessmentServiceAt(clock));
        serve(noticeServiceAt(clock));
        this.supervisionService = serve(supervisionServiceAt(clock));
        serve(new ResultDifferencesService(database.assessmentResults()));
        BooleanSupplier takeRebuiltIndex;
        switch (settings.archive().backend()) {
            case LUCENE -> {
                LuceneCaseArchive lucene = LuceneCaseArchive.open(settings.archive().luceneDir(), clock);
                // A generation that ./shizhi reindex built beside this one is taken before anything is indexed.
                takeRebuiltIndex = lucene::followPointer;
                this.caseArchive = lucene;
            }
            case ELASTICSEARCH -> {
                ElasticsearchCaseArchive elasticsearch = ElasticsearchCaseArchive.connect(settings.archive().elasticsearchUrl().orElseThrow(),
                        settings.archive().elasticsearchIndex(), clock);
                try {
                    IndexFormat.refuseIfOutdated(elasticsearch);
                } catch (RuntimeException refused) {
                    elasticsearch.close();
                    throw refused;
                }
                this.caseArchive = elasticsearch;
                takeRebuiltIndex = () -> false;
            }
            default -> throw new IllegalStateException("no archive backend " + settings.archive().backend());
        }
        this.caseRecords = database.caseRecordStore();
        AuditLog audit = database.auditLog();
        // Saved searches are matched by the archive's own backend, at indexing time (AlertingCaseArchive).
        this.savedSearchMonitor = caseArchive instanceof ElasticsearchCaseArchive es
                ? ElasticsearchSavedSearchMonitor.beside(es, settings.archive().elasticsearchIndex(), clock)
                : new LuceneSavedSearchMonitor();
        SavedSearchService savedSearches = serve(new SavedSearchService(database.savedSearches(), savedSearchMonitor, caseRecords,
                audit, clock));
        savedSearches.watchAll();
        CaseArchive alerting = new AlertingCaseArchive(caseArchive, savedSearches::alert);
        this.caseArchiveService = serve(new CaseArchiveService(alerting, caseRecords, audit, clock));
        this.auditService = serve(new AuditService(audit, clock));
        this.archiveIndexing = new ArchiveIndexing(alerting, caseRecords, clock, settings.archive().relayLease());
        if (caseArchive instanceof LuceneCaseArchive lucene) {
            IndexFormat.rebuildIfOutdated(lucene, archiveIndexing);
        }
        // One mapping class per source: closed grid events and closed disputes.
        this.caseSources = List.of(new GridClosedEvents(database.caseArchiveOutbox(), clock, settings.archive().relayLease()),
                new ClosedDisputes(database.disputeArchiveOutbox(), clock, settings.archive().relayLease()));
        Settings.JobPeriods periods = settings.jobs();
        this.archiveRelay = BackgroundWork.archiveRelay(periods.of(BackgroundWork.ARCHIVE_RELAY), takeRebuiltIndex, archiveIndexing,
                caseSources, caseArchive.backend().toString());
        this.backgroundWork = new BackgroundWork(List.of(
                archiveRelay,
                BackgroundWork.escalation(periods.of(BackgroundWork.ESCALATION), areaService, disputeEscalationService,
                        escalationService),
                BackgroundWork.programmes(periods.of(BackgroundWork.PROGRAMMES), programmeRunner),
                BackgroundWork.idempotencyExpiry(periods.of(BackgroundWork.IDEMPOTENCY_EXPIRY), clock, database.idempotencyRecords()),
                BackgroundWork.supervisionEscalation(periods.of(BackgroundWork.SUPERVISION_ESCALATION), areaService, supervisionService)));
        // Webhooks: the outbox's fan-out and the deliveries on a thread of their own, so that a slow receiver (an attempt
        // may take the transport's timeouts) never delays the archive relay or the escalations.
        serve(new org.shizhi.domain.integration.service.WebhookService(database.webhookSubscriptions(), database.webhookDeliveries(),
                clock, new java.security.SecureRandom()));
        this.webhookDispatcher = new org.shizhi.domain.integration.service.WebhookDispatcher(database.integrationOutbox(),
                database.webhookSubscriptions(), database.webhookDeliveries(), new org.shizhi.adapters.webhooks.HttpWebhookTransport(),
                webhookRetry, clock, new java.util.SplittableRandom(), webhookLease);
        this.webhookWork = new BackgroundWork("shizhi-webhooks",
                List.of(BackgroundWork.webhooks(periods.of(BackgroundWork.WEBHOOKS), webhookDispatcher)));
    }

    /**
     * Loads and checks the city plugins and the work calendar first (a wrong setting should not cost a
     * migration), then opens the database (migrating it).
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
        Database database = Database.open(settings.database(), settings.personalDataKeys(), Optional.of(calendar));
        try {
            // Before any request: a changed calendar (or the first start after V270) recomputes the working days stored
            // with closed events here, and the month tally of grid events is counted again where asked (V280), not in
            // the first assessment.
            long aligning = System.nanoTime();
            database.alignWorkCalendar(calendar);
            LOG.info(() -> "work calendar and month tally of grid events aligned in " + (System.nanoTime() - aligning) / 1_000_000 + " ms");
            Platform platform = new Platform(settings, database, calendar, plugins, Settings.webhookRetry(config),
                    Settings.webhookLease(config));
            LOG.info(() -> "database " + database.productName() + " ready; work calendar covers " + new java.util.TreeSet<>(calendar.coveredYears()));
            return platform;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private <S> S serve(S service) {
        services.add(service);
        return service;
    }

    /**
     * The service answering a use case: the one built here that implements {@code port}.
     *
     * @throws IllegalStateException if none or several do, which is a wiring mistake in this class
     */
    public <T> T useCase(Class<T> port) {
        List<Object> answering = services.stream().filter(port::isInstance).toList();
        if (answering.size() != 1) {
            throw new IllegalStateException(answering.isEmpty() ? "no service of the platform implements " + port.getName()
                    : "several services of the platform implement " + port.getName() + ": " + answering.stream()
                            .map(service -> service.getClass().getSimpleName()).toList());
        }
        return port.cast(answering.getFirst());
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

    public ProgrammeRunner programmeRunner() {
        return programmeRunner;
    }

    public TrainingService trainingService() {
        return trainingService;
    }

    public ProgrammeService programmeService() {
        return programmeService;
    }

    public PluginCatalogue catalogue() {
        return catalogue;
    }

    /** One run of the archive relay, now (tests that cannot wait for its period). */
    void keepArchive() {
        archiveRelay.work().run();
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
    public org.shizhi.adapters.rest.archive.CaseLineImport caseLineImport() {
        return (actor, body) -> {
            java.util.List<org.shizhi.adapters.rest.archive.CaseLineImport.Reject> listed = new java.util.ArrayList<>();
            CaseImport.Summary s = new CaseImport(caseArchiveService, actor).run(new java.io.BufferedReader(body), (line, reason, text) -> {
                if (listed.size() < org.shizhi.adapters.rest.archive.CaseLineImport.LISTED_REJECTS) {
                    listed.add(new org.shizhi.adapters.rest.archive.CaseLineImport.Reject(line, reason));
                }
            }, lines -> { });
            return new org.shizhi.adapters.rest.archive.CaseLineImport.Result(s.lines(), s.imported(), s.skipped(), s.rejected(), listed);
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

    /** The event service on another clock (demo data reports events in the past). */
    public GridEventService gridEventServiceAt(Clock at) {
        return new GridEventService(database.gridRepository(), database.gridEventRepository(), new PluginEventGrading(plugins),
                new PluginEventRouting(plugins, DeadlinePolicy.standard()), workCalendar, at);
    }

    /** The dispute service on another clock (demo data opens disputes in the past). */
    public DisputeService disputeServiceAt(Clock at) {
        PluginDisputeRules rules = new PluginDisputeRules(plugins);
        return new DisputeService(database.disputeRepository(), database.mediationCentreRepository(), gridEventServiceAt(at),
                rules, rules, rules, settings.disputes(), workCalendar, at);
    }

    public DisputeService disputeService() {
        return disputeService;
    }

    /** The party context: organisations, members, alliances, councils, their reports and figures. */
    public org.shizhi.domain.party.service.PartyService partyService() {
        return partyService;
    }

    /** The campaign context's service on another clock (demo data records activities, votes and weddings in the past). */
    public org.shizhi.domain.campaign.service.CampaignService campaignServiceAt(Clock at) {
        return new org.shizhi.domain.campaign.service.CampaignService(database.campaignRepository(), database.safetyStarRepository(),
                database.samaritanFund(), database.weddingReform(), plugins::campaignTemplates, at);
    }

    public org.shizhi.domain.campaign.service.CampaignService campaignService() {
        return campaignService;
    }

    /** Regulations are searched with the case archive's Chinese analysis (its bigrams), kept in the database. */
    private static final org.shizhi.adapters.persistence.SearchTokens REGULATION_TOKENS =
            new org.shizhi.adapters.search.analysis.CaseAnalysis()::bigrams;

    /**
     * The law service on another clock (demo data receives petitions in the past), opening and reading disputes through
     * {@code disputes}. Each city's deadlines are its settings ({@link LawSettings}), the national ones by default.
     */
    public LawService lawServiceAt(Clock at, DisputeService disputes) {
        return new LawService(database.legalAidRepository(), database.petitionRepository(), database.supervisionRepository(),
                database.publicityRepository(), database.regulationRepository(REGULATION_TOKENS), settings.law(), disputes,
                disputes, workCalendar, at);
    }

    public LawService lawService() {
        return lawService;
    }

    /** The consultation service on another clock (demo data holds meetings and publishes disclosures in the past). */
    public org.shizhi.domain.consultation.service.ConsultationService consultationServiceAt(Clock at) {
        return new org.shizhi.domain.consultation.service.ConsultationService(database.councilRepository(),
                database.topicRepository(), database.stabilityRiskRepository(), database.disclosureRepository(), at);
    }

    public org.shizhi.domain.consultation.service.ConsultationService consultationService() {
        return consultationService;
    }

    /** Scheme runs on another clock (demo data assesses periods in the past); figures are read from the stores as they are. */
    public SchemeAssessmentService schemeAssessmentServiceAt(Clock at) {
        return new SchemeAssessmentService(settings.assessmentSchemes(), indicatorTallies, database.assessmentResults(),
                areaService, new SchemeAssessmentService.ContextFigures(disputeService, partyService, campaignService, lawService,
                consultationService), new SchemeAssessmentService.PeopleFigures(programmeService, trainingService),
                new PluginSchemes(plugins, new PluginAssessmentReads(database.areaRepository(), database.gridRepository(),
                        database.gridEventRepository()), java.util.Map.of()), at, assessmentReads);
    }

    /** Notices on another clock (demo data drafts and publishes them in the past). */
    public NoticeService noticeServiceAt(Clock at) {
        return new NoticeService(database.assessmentResults(), database.notices(), at);
    }

    /** Supervision tasks (督查督办) on another clock (demo data opens, reports and verifies them in the past). */
    public org.shizhi.domain.assessment.service.SupervisionService supervisionServiceAt(Clock at) {
        return new org.shizhi.domain.assessment.service.SupervisionService(database.notices(), database.supervisionTasks(),
                gridService, workCalendar, at);
    }

    public org.shizhi.domain.assessment.service.SupervisionService supervisionService() {
        return supervisionService;
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

    BackgroundWork backgroundWork() {
        return backgroundWork;
    }

    @Override
    public void close() {
        // Background work first, at its safe point, so that nothing writes to the index or the database as they close.
        webhookWork.close();
        backgroundWork.close();
        assessmentReads.shutdownNow();
        savedSearchMonitor.close();
        caseArchive.close();
        database.close();
        LOG.info("stopped: background work finished, case index and database closed");
    }
}
