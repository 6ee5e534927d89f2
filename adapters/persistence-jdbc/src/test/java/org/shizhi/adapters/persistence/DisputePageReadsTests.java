package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.dispute.model.SampleDisputes.COMMUNITY_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.FRIDAY;
import static org.shizhi.domain.dispute.model.SampleDisputes.MEDIATOR;
import static org.shizhi.domain.dispute.model.SampleDisputes.STREET_CENTRE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.ClosedDisputeRecord;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeTransition;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.SampleDisputes;
import org.shizhi.domain.dispute.model.Session;
import org.shizhi.domain.dispute.port.out.DisputeWrite;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * A page of disputes is read with a fixed number of statements, whatever its size: the {@code dispute} rows, then each
 * list table once for the whole page (never once per dispute). Counted on the statements Jdbi executes, with disputes
 * that have every list (risk reasons, parties, sessions with mediators and attendees, a joint consultation with bodies
 * and opinions, an agreement with obligations and signatories, follow-ups) and a closed record in the outbox; each
 * dispute's lists differ from its neighbours', so a page that mixed them up would not equal the disputes saved.
 */
abstract class DisputePageReadsTests {

    /** The {@code dispute} rows, then one statement for each of the nine list tables. */
    private static final int MOST_STATEMENTS_PER_READ = 10;
    /** A claim also picks its candidates, locks them and stamps them before it reads them. */
    private static final int MOST_STATEMENTS_PER_CLAIM = MOST_STATEMENTS_PER_READ + 3;

    private final WorkCalendar calendar = SampleDisputes.calendar();
    private final AtomicInteger statements = new AtomicInteger();
    private JdbcDisputeRepository repository;

    abstract TestDatabase db();

    @BeforeEach
    void startEmptyAndCount() {
        db().clean();
        Jdbi jdbi = Jdbi.create(db().database().dataSource());
        jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        repository = new JdbcDisputeRepository(jdbi, new PersonalDataCipher(db().keys()));
    }

    @Test
    void aPageOfTwentyDisputesIsReadWithAsManyStatementsAsAPageOfFive() {
        List<Dispute> stored = storeReopenedDisputes(20);
        Instant late = FRIDAY.plus(Duration.ofDays(120));

        int withinFive = count("within, page of 5", () -> repository.within(SampleDisputes.ZONGFU, Optional.empty(), PageRequest.first(5)).items(), 5);
        List<Dispute> page = new ArrayList<>();
        int withinTwenty = count("within, page of 20",
                () -> { page.addAll(repository.within(SampleDisputes.ZONGFU, Optional.empty(), PageRequest.first(20)).items()); return page; }, 20);
        assertThat(page).as("the page of 20 read back is the 20 disputes as saved, every list with its own dispute")
                .containsExactlyInAnyOrderElementsOf(stored);
        assertSameCount("within", withinFive, withinTwenty);

        assertSameCount("overdue",
                count("overdue, page of 5", () -> repository.overdue(SampleDisputes.ZONGFU, late, PageRequest.first(5)).items(), 5),
                count("overdue, page of 20", () -> repository.overdue(SampleDisputes.ZONGFU, late, PageRequest.first(20)).items(), 20));
        assertSameCount("openedWithin",
                count("openedWithin, 5", () -> repository.openedWithin(SampleDisputes.ZONGFU, opening(0), opening(5)), 5),
                count("openedWithin, 20", () -> repository.openedWithin(SampleDisputes.ZONGFU, opening(0), opening(20)), 20));
    }

    @Test
    void claimingTwentyOverdueDisputesReadsThemWithAsManyStatementsAsClaimingFive() {
        List<Dispute> stored = storeReopenedDisputes(25);
        Instant late = FRIDAY.plus(Duration.ofDays(120));
        int five = count("claimOverdue of 5", () -> repository.claimOverdue(SampleDisputes.ZONGFU, late, Duration.ofMinutes(5), 5), 5,
                MOST_STATEMENTS_PER_CLAIM);
        List<Dispute> claimed = new ArrayList<>();
        int twenty = count("claimOverdue of 20", () -> {
            claimed.addAll(repository.claimOverdue(SampleDisputes.ZONGFU, late, Duration.ofMinutes(5), 20));
            return claimed;
        }, 20, MOST_STATEMENTS_PER_CLAIM);
        assertThat(claimed).as("the claimed disputes read back as saved").isSubsetOf(stored);
        assertSameCount("claimOverdue", five, twenty);
    }

    @Test
    void twentyClosedRecordsAreReadWithAsManyStatementsAsFive() {
        List<Dispute> stored = storeReopenedDisputes(20);
        int five = count("pending closed records, 5", () -> repository.pending(5), 5);
        List<ClosedDisputeRecord> records = new ArrayList<>();
        int twenty = count("pending closed records, 20", () -> { records.addAll(repository.pending(20)); return records; }, 20);
        assertThat(records).extracting(ClosedDisputeRecord::parties)
                .as("each record with its own dispute's parties").allSatisfy(parties -> assertThat(parties).hasSize(2));
        assertThat(records).extracting(ClosedDisputeRecord::disputeId)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(Dispute::id).toList());
        assertSameCount("pending", five, twenty);
    }

    @Test
    void oneDisputeIsReadWithNoMoreStatementsThanAPage() {
        Dispute d = storeReopenedDisputes(1).getFirst();
        List<Dispute> found = new ArrayList<>();
        count("find", () -> { repository.find(d.id()).ifPresent(found::add); return found; }, 1);
        assertThat(found).as("the dispute found is the one saved, whole").containsExactly(d);
    }

    /** Runs a read, checks it returned {@code expected} items, and gives the statements it executed. */
    private int count(String read, Supplier<List<?>> run, int expected) {
        return count(read, run, expected, MOST_STATEMENTS_PER_READ);
    }

    private int count(String read, Supplier<List<?>> run, int expected, int most) {
        statements.set(0);
        List<?> result = run.get();
        int executed = statements.get();
        System.out.println("[statements] " + db().database().productName() + " " + read + ": " + executed);
        assertThat(result).as(read + " returns " + expected).hasSize(expected);
        assertThat(executed).as(read + " ran " + executed + " SQL statements; a read must run at most "
                + most + ", however many disputes it returns").isLessThanOrEqualTo(most);
        return executed;
    }

    private static void assertSameCount(String read, int ofFive, int ofTwenty) {
        assertThat(ofTwenty).as(read + " ran " + ofFive + " statements for 5 disputes but " + ofTwenty
                + " for 20: the statements must not grow with the page").isEqualTo(ofFive);
    }

    private static Instant opening(int i) {
        return FRIDAY.plus(Duration.ofMinutes(i));
    }

    /**
     * {@code n} disputes opened a minute apart, each mediated (i+1 sessions, a consultation, an agreement), closed, and
     * reopened by a relapse: open and overdue later, every list filled, one closed record each in the outbox.
     */
    private List<Dispute> storeReopenedDisputes(int n) {
        List<Dispute> stored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stored.add(reopened(i));
        }
        return stored;
    }

    private Dispute reopened(int i) {
        Instant start = opening(i);
        AtomicInteger step = new AtomicInteger();
        Supplier<Instant> next = () -> start.plusSeconds(step.incrementAndGet());
        Dispute d = save(SampleDisputes.opened(RiskLevel.HIGH, COMMUNITY_CENTRE, start));
        Instant at = next.get();
        d = save(d.accept(MEDIATOR, at, Deadline.after(calendar, at, 30), "收案 " + i));
        d = save(d.changeChannel(MEDIATOR, next.get(), MediationChannel.ADMINISTRATIVE, "涉及劳动监察"));
        at = next.get();
        d = save(d.escalate(MEDIATOR, at, STREET_CENTRE, Deadline.after(calendar, at, 30), "社区调解不成"));
        for (int s = 0; s <= i % 3; s++) {
            d = save(d.holdSession(MEDIATOR, next.get(), new Session(LocalDate.of(2025, 9, 26).plusDays(s),
                    List.of("street.med", "med." + i), List.of("魏明", "金某" + i + "-" + s), "第" + s + "次调解 " + i)));
        }
        ConsultationRequirement rule = ConsultationRequirement.standard(d.disputeFacts());
        d = save(d.convene(MEDIATOR, next.get(), rule, Set.of(ConsultationBody.WOMENS_FEDERATION)));
        for (ConsultationBody body : List.of(ConsultationBody.PEOPLES_COURT, ConsultationBody.POLICE_STATION,
                ConsultationBody.JUDICIAL_OFFICE, ConsultationBody.WOMENS_FEDERATION)) {
            d = save(d.recordOpinion(MEDIATOR, next.get(), body, body + " 意见 " + i));
        }
        d = save(d.concludeConsultation(MEDIATOR, next.get(), "一致同意 " + i));
        Outcome.Agreement sample = SampleDisputes.agreement();
        Outcome.Agreement agreement = new Outcome.Agreement(sample.terms() + " " + i, sample.obligations(),
                List.of("魏明", "签字人" + i), sample.confirmation());
        d = save(d.conclude(MEDIATOR, next.get(), agreement, rule, LocalDate.of(2025, 10, 24)));
        d = save(d.followUp(MEDIATOR, next.get(), FollowUp.Result.HOLDING, "协议履行中 " + i, null));
        d = save(d.close(MEDIATOR, next.get(), "结案"));
        at = next.get();
        return save(d.followUp(MEDIATOR, at, FollowUp.Result.RELAPSED, "厂方未付款 " + i, Deadline.after(calendar, at, 30)));
    }

    private Dispute save(DisputeTransition t) {
        repository.save(DisputeWrite.of(t));
        return t.dispute();
    }
}
