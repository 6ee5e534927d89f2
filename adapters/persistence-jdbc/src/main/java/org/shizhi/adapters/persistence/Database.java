package org.shizhi.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.shizhi.domain.dispute.port.out.DisputeArchiveOutbox;
import org.shizhi.domain.dispute.port.out.DisputeRepository;
import org.shizhi.domain.dispute.port.out.MediationCentreRepository;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.CaseArchiveOutbox;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.port.out.RegisterRepository;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The platform's database: a connection pool over H2 or PostgreSQL, migrated to the current schema
 * on open, and the factory of every repository this adapter implements. Personal data (residents' ID numbers,
 * every mobile) is encrypted at rest with the {@link PersonalDataKeys} it is opened with.
 */
public final class Database implements AutoCloseable {

    /** Rows per transaction when personal data is re-encrypted. */
    static final int ROTATION_BATCH = 500;
    /** New grid events committed in one transaction at most. */
    static final int INTAKE_BATCH = 64;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean postgres;
    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher;
    private final GridEventRepository gridEvents;
    private final Optional<DurableWrites> durableWrites;
    private final GroupCommit<org.shizhi.domain.grid.port.out.EventWrite> intake;

    private Database(HikariDataSource dataSource, boolean postgres, boolean soleWriter, PersonalDataKeys keys,
                     Optional<WorkCalendar> calendar) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        // Before any repository writes: a write returns only once it would survive the process being killed.
        this.durableWrites = DurableWrites.install(jdbi, dataSource, postgres);
        // A failed statement's message names the statement, never the values bound to it: names and texts of residents
        // and reporters would otherwise reach the logs with the exception (Jdbi's default lists every argument).
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutArguments);
        this.postgres = postgres;
        this.keys = keys;
        this.cipher = new PersonalDataCipher(keys);
        // Names stored in clear before V210 made their columns encrypted: sealed before any repository reads them.
        new PersonalDataRotation(jdbi, cipher, keys).sealMarkedClear(ROTATION_BATCH);
        // Intake's inserts share transactions and flushes under load; durable as every other write before answering.
        Runnable durable = durableWrites.<Runnable>map(d -> d::awaitWritten).orElse(() -> { });
        GridEventMonthTally tally = new GridEventMonthTally(postgres);
        this.intake = new GroupCommit<>("shizhi-intake-commit", dataSource, new GridEventInserts(cipher, tally), durable, INTAKE_BATCH);
        GridEventRepository stored = new JdbcGridEventRepository(jdbi, cipher, intake, new WorkingDaysToClose(calendar), tally);
        // One instance for the process: what it keeps in memory must see every save.
        this.gridEvents = soleWriter ? new RecentOpenEventsInMemory(stored, Runtime.getRuntime().maxMemory() / 8) : stored;
    }

    /**
     * Opens the pool and applies any pending migration; fails fast when the database cannot be reached.
     * {@code keys} encrypt personal data: the active key writes, every configured key reads what it wrote.
     */
    public static Database open(DatabaseSettings settings, PersonalDataKeys keys) {
        return open(settings, keys, Optional.empty());
    }

    /**
     * As {@link #open(DatabaseSettings, PersonalDataKeys)}, for the platform: with its work calendar, by which a closed
     * event's working days to close are stored with it (V270) and copied into {@code work_calendar_day} by
     * {@link #alignWorkCalendar}. A tool opening the database without it leaves those days to be counted when read.
     */
    public static Database open(DatabaseSettings settings, PersonalDataKeys keys, Optional<WorkCalendar> calendar) {
        Objects.requireNonNull(keys, "personal-data keys");
        Objects.requireNonNull(calendar, "calendar");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("shizhi");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        settings.schema().ifPresent(config::setSchema);
        if (settings.isPostgres()) {
            // PostgreSQL's error detail repeats the failing row ("Failing row contains (...)"): keep it out of messages.
            config.addDataSourceProperty("logServerErrorDetail", "false");
            // A commit must be durable when it returns: a server or role configured with synchronous_commit=off is
            // overruled for these connections (local, on and the replica levels are all durable here).
            config.setConnectionInitSql("SELECT CASE WHEN current_setting('synchronous_commit') = 'off' "
                    + "THEN set_config('synchronous_commit', 'on', false) END");
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            var flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true);
            settings.schema().ifPresent(schema -> flyway.schemas(schema).defaultSchema(schema));
            flyway.load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, settings.isPostgres(), settings.isSoleWriter(), keys, calendar);
    }

    private static String withoutArguments(StatementException e) {
        String sql = e.getStatementContext() == null ? null : e.getStatementContext().getRenderedSql();
        if (sql == null) {
            return e.getShortMessage();
        }
        String statement = sql.strip().replaceAll("\\s+", " ");
        return e.getShortMessage() + " [statement: " + (statement.length() > 300 ? statement.substring(0, 300) + "…" : statement) + "]";
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True when a connection answers a trivial query within the pool's timeout. */
    public boolean isReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** "H2" or "PostgreSQL": for health and start-up reports. */
    public String productName() {
        return postgres ? "PostgreSQL" : "H2";
    }

    public AreaRepository areaRepository() {
        return new JdbcAreaRepository(jdbi);
    }

    public JdbcIdempotencyRecords idempotencyRecords() {
        return new JdbcIdempotencyRecords(jdbi);
    }

    public GridRepository gridRepository() {
        return new JdbcGridRepository(jdbi, cipher);
    }

    public RegisterRepository registerRepository() {
        return new JdbcRegisterRepository(jdbi, cipher);
    }

    /**
     * The events. On an embedded file database, which only this process writes, duplicate checks are answered from
     * memory kept up to date by every save ({@link RecentOpenEventsInMemory}): open one Database per such file.
     */
    public GridEventRepository gridEventRepository() {
        return gridEvents;
    }

    public org.shizhi.domain.programme.port.out.ProgrammeRuns programmeRuns() {
        return new JdbcProgrammes.Runs(jdbi);
    }

    public org.shizhi.domain.grid.port.out.TrainingRecords trainingRecords() {
        return new JdbcTrainingRecords(jdbi);
    }

    public org.shizhi.domain.programme.port.out.VisitTaskRepository visitTasks() {
        return new JdbcProgrammes.Tasks(jdbi);
    }

    /** Events by week reported, state and grade, for the dashboards. */
    public org.shizhi.domain.grid.port.out.EventStateTallies eventStateTallies() {
        return new JdbcEventStateTallies(jdbi);
    }

    public org.shizhi.domain.programme.port.out.DigestRecords digestRecords() {
        return new JdbcProgrammes.Digests(jdbi);
    }

    /** The read side of the case-archive outbox that {@link #gridEventRepository()} writes. */
    public CaseArchiveOutbox caseArchiveOutbox() {
        return new JdbcCaseArchiveOutbox(jdbi);
    }

    public DisputeRepository disputeRepository() {
        return new JdbcDisputeRepository(jdbi, cipher);
    }

    /** The read side of the dispute archive outbox that {@link #disputeRepository()} writes. */
    public DisputeArchiveOutbox disputeArchiveOutbox() {
        return new JdbcDisputeRepository(jdbi, cipher);
    }

    // Law: legal aid, petitions, enforcement supervision, law publicity, local regulations

    public org.shizhi.domain.law.port.out.LegalAidRepository legalAidRepository() {
        return new JdbcLegalAidRepository(jdbi, cipher);
    }

    /**
     * Copies {@code calendar} into {@code work_calendar_day} if it differs from what is there, recomputing the stored
     * working days to close of every closed event when it did (V270), and rebuilds the month tally of grid events when
     * asked to (V280): at the platform's start, so that neither the first assessment nor an upgrade's first one pays for it.
     */
    public void alignWorkCalendar(WorkCalendar calendar) {
        new WorkCalendarDays(jdbi, postgres, calendar).write();
        new GridEventMonthTally(postgres).rebuildIfAsked(jdbi);
    }

    /** {@code calendar}: the platform's work calendar, copied into the database for the median's working days (V240). */
    public org.shizhi.domain.assessment.port.out.IndicatorTallies indicatorTallies(org.shizhi.domain.shared.WorkCalendar calendar) {
        return new JdbcIndicatorTallies(jdbi, postgres, calendar);
    }

    public org.shizhi.domain.assessment.port.out.AssessmentResults assessmentResults() {
        return new JdbcAssessmentResults(jdbi);
    }

    public org.shizhi.domain.assessment.port.out.Notices notices() {
        return new JdbcNotices(jdbi, cipher);
    }

    public org.shizhi.domain.assessment.port.out.SupervisionTasks supervisionTasks() {
        return new JdbcSupervisionTasks(jdbi, cipher);
    }

    public org.shizhi.domain.law.port.out.PetitionRepository petitionRepository() {
        return new JdbcPetitionRepository(jdbi, cipher);
    }

    public org.shizhi.domain.law.port.out.SupervisionRepository supervisionRepository() {
        return new JdbcSupervisionRepository(jdbi, cipher);
    }

    public org.shizhi.domain.law.port.out.PublicityRepository publicityRepository() {
        return new JdbcPublicityRepository(jdbi);
    }

    /** The regulations, their search reading texts as {@code tokens} does (the application gives the archive's analysis). */
    public org.shizhi.domain.law.port.out.RegulationRepository regulationRepository(SearchTokens tokens) {
        return new JdbcRegulationRepository(jdbi, tokens);
    }

    // Consultation: councils and topics, stability-risk assessments, public disclosure and the village ledger

    public org.shizhi.domain.consultation.port.out.CouncilRepository councilRepository() {
        return new JdbcCouncilRepository(jdbi, cipher);
    }

    public org.shizhi.domain.consultation.port.out.TopicRepository topicRepository() {
        return new JdbcTopicRepository(jdbi, cipher);
    }

    public org.shizhi.domain.consultation.port.out.StabilityRiskRepository stabilityRiskRepository() {
        return new JdbcStabilityRiskRepository(jdbi, cipher);
    }

    public org.shizhi.domain.consultation.port.out.DisclosureRepository disclosureRepository() {
        return new JdbcDisclosureRepository(jdbi);
    }

    public org.shizhi.domain.campaign.port.out.CampaignRepository campaignRepository() {
        return new JdbcCampaigns.Campaigns(jdbi);
    }

    /** Safety Star rounds; a ballot keeps of its voter only the blind index (keyed hash) of round and ID number. */
    public org.shizhi.domain.campaign.port.out.SafetyStarRepository safetyStarRepository() {
        return new JdbcCampaigns.SafetyStar(jdbi, cipher);
    }

    public org.shizhi.domain.campaign.port.out.SamaritanFund samaritanFund() {
        return new JdbcCampaigns.Funds(jdbi, cipher);
    }

    public org.shizhi.domain.campaign.port.out.WeddingReform weddingReform() {
        return new JdbcCampaigns.Weddings(jdbi, cipher);
    }

    /**
     * The party context's storage: one object answering its five ports ({@code PartyOrganisations}, {@code PartyMembers},
     * {@code Alliances}, {@code Councils}, {@code PartyReporting}), whose reports join the grid tables.
     */
    public PartyStorage partyStorage() {
        JdbcPartyStorage storage = new JdbcPartyStorage(jdbi, cipher);
        return new PartyStorage(storage, storage, storage, storage, storage);
    }

    /** The party context's five ports over one database. */
    public record PartyStorage(org.shizhi.domain.party.port.out.PartyOrganisations organisations,
                               org.shizhi.domain.party.port.out.PartyMembers members,
                               org.shizhi.domain.party.port.out.Alliances alliances,
                               org.shizhi.domain.party.port.out.Councils councils,
                               org.shizhi.domain.party.port.out.PartyReporting reporting) {
    }

    public MediationCentreRepository mediationCentreRepository() {
        return new JdbcMediationCentreRepository(jdbi);
    }

    /** The case archive's records: the source of truth its search index is derived from. */
    public org.shizhi.domain.archive.port.out.CaseRecordStore caseRecordStore() {
        return new JdbcCaseRecordStore(jdbi, cipher);
    }

    /** Saved searches of the case archive and the cases that matched them. */
    public org.shizhi.domain.archive.port.out.SavedSearches savedSearches() {
        return new JdbcSavedSearches(jdbi);
    }

    /** Webhook subscriptions (the integration context). */
    public org.shizhi.domain.integration.port.out.WebhookSubscriptions webhookSubscriptions() {
        return new JdbcWebhooks(jdbi, cipher);
    }

    /** The integration outbox, which the grid and dispute stores write in their changes' transactions. */
    public org.shizhi.domain.integration.port.out.IntegrationOutbox integrationOutbox() {
        return new JdbcWebhooks(jdbi, cipher);
    }

    /** Webhook deliveries and their log. */
    public org.shizhi.domain.integration.port.out.WebhookDeliveries webhookDeliveries() {
        return new JdbcWebhooks(jdbi, cipher);
    }

    /** The hash-chained audit log of archive reads and searches. */
    public org.shizhi.domain.archive.port.out.AuditLog auditLog() {
        return new JdbcAuditLog(jdbi);
    }

    /**
     * Key rotation: re-encrypts with the active key every stored personal-data value that another key wrote, in
     * batches of {@value #ROTATION_BATCH} rows, one transaction each, while the platform keeps running. Returns how
     * many values it rewrote (0 when there was nothing to do, so running it again is harmless). Afterwards
     * {@link #personalDataByKey()} names only the active key, and the old keys can be removed from the configuration.
     * Every instance still running must already have the active key among its keys: it must read what is rewritten.
     */
    public long rotatePersonalData() {
        return rotatePersonalData(ROTATION_BATCH);
    }

    long rotatePersonalData(int batchSize) {
        return new PersonalDataRotation(jdbi, cipher, keys).rotate(batchSize);
    }

    /** How many stored personal-data values each key wrote, by key id: a key missing here is no longer needed. */
    public Map<String, Long> personalDataByKey() {
        return new PersonalDataRotation(jdbi, cipher, keys).valuesByKey();
    }

    /** What the relays have still to take from each outbox (the archive's two and the integration outbox). */
    public List<OutboxBacklog> outboxBacklogs() {
        return new JdbcOutboxBacklogs(jdbi).read();
    }

    /** The connection pool as it is now: connections in use and idle, callers waiting for one, and its size limit. */
    public PoolState pool() {
        com.zaxxer.hikari.HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return pool == null ? new PoolState(0, 0, 0, dataSource.getMaximumPoolSize())
                : new PoolState(pool.getActiveConnections(), pool.getIdleConnections(), pool.getThreadsAwaitingConnection(),
                dataSource.getMaximumPoolSize());
    }

    /** See {@link #pool()}. */
    public record PoolState(int active, int idle, int waiting, int max) {
    }

    /** Flushes of the embedded H2 store that writers have waited for (0 where commits are durable by themselves). */
    long durableFlushes() {
        return durableWrites.map(DurableWrites::flushes).orElse(0L);
    }

    @Override
    public void close() {
        intake.close();
        durableWrites.ifPresent(DurableWrites::close);
        dataSource.close();
    }
}
