package org.shizhi.domain.dispute.port.out;

import org.shizhi.domain.dispute.model.DisputeBreakdown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.dispute.model.SampleDisputes.CITY_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.COMMUNITY_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.FRIDAY;
import static org.shizhi.domain.dispute.model.SampleDisputes.MEDIATOR;
import static org.shizhi.domain.dispute.model.SampleDisputes.STREET_CENTRE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.ClosedDisputeRecord;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.dispute.model.DisputeTransition;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.SampleDisputes;
import org.shizhi.domain.dispute.model.Session;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkCalendar;

/** What every storage of disputes must do; run against each adapter. */
public abstract class DisputeRepositoryContract {

    private final WorkCalendar calendar = SampleDisputes.calendar();
    protected DisputeRepository repository;
    protected DisputeArchiveOutbox outbox;

    /** A repository with no disputes (its centres may be registered or not: disputes do not refer to them by key). */
    protected abstract DisputeRepository emptyRepository();

    protected abstract DisputeArchiveOutbox outboxOfTheSameStorage();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
        outbox = outboxOfTheSameStorage();
    }

    private Dispute save(DisputeTransition t) {
        repository.save(DisputeWrite.of(t));
        return t.dispute();
    }

    private Dispute opened(RiskLevel risk) {
        return save(SampleDisputes.opened(risk, COMMUNITY_CENTRE, FRIDAY));
    }

    private Instant at(int minutes) {
        return FRIDAY.plus(Duration.ofMinutes(minutes));
    }

    /** Through acceptance, a channel change, an escalation, a session, 3+N, an agreement, confirmation and a follow-up. */
    private Dispute mediatedToAgreement() {
        Dispute d = opened(RiskLevel.HIGH);
        d = save(d.accept(MEDIATOR, at(1), Deadline.after(calendar, at(1), 30), "收案"));
        d = save(d.changeChannel(MEDIATOR, at(2), MediationChannel.ADMINISTRATIVE, "涉及劳动监察"));
        d = save(d.escalate(MEDIATOR, at(3), STREET_CENTRE, Deadline.after(calendar, at(3), 30), "社区调解不成"));
        d = save(d.holdSession(MEDIATOR, at(4), new Session(LocalDate.of(2025, 9, 26), List.of("street.med"), List.of("魏明", "金某"), "双方陈述")));
        ConsultationRequirement rule = ConsultationRequirement.standard(d.disputeFacts());
        d = save(d.convene(MEDIATOR, at(5), rule, Set.of(ConsultationBody.WOMENS_FEDERATION)));
        for (ConsultationBody body : List.of(ConsultationBody.PEOPLES_COURT, ConsultationBody.POLICE_STATION,
                ConsultationBody.JUDICIAL_OFFICE, ConsultationBody.WOMENS_FEDERATION)) {
            d = save(d.recordOpinion(MEDIATOR, at(6), body, body + " 同意调解方案"));
        }
        d = save(d.concludeConsultation(MEDIATOR, at(7), "一致同意由厂方赔偿"));
        d = save(d.conclude(MEDIATOR, at(8), SampleDisputes.agreement(), rule, LocalDate.of(2025, 10, 24)));
        d = save(d.judicialConfirmation(MEDIATOR, at(9), Outcome.JudicialConfirmation.REQUESTED));
        return save(d.followUp(MEDIATOR, at(10), FollowUp.Result.HOLDING, "协议履行中", null));
    }

    @Test
    void aDisputeReadsBackAsSavedThroughAFullMediation() {
        Dispute d = mediatedToAgreement();
        assertThat(repository.find(d.id())).as("the dispute read back equals the one saved, every list and optional included")
                .contains(d);
        assertThat(repository.find(d.id()).orElseThrow().parties().getFirst().idNumber())
                .as("the applicant's ID number comes back clear to the domain").isEqualTo(SampleDisputes.applicant().idNumber());
        List<DisputeChange> timeline = repository.timeline(d.id());
        assertThat(timeline).extracting(DisputeChange::version).as("one entry per version, in order")
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(timeline.get(3).kind()).isEqualTo(DisputeChange.Kind.ESCALATED);
        assertThat(timeline.getLast()).as("the last entry as made").isEqualTo(timelineEntryOf(d));
    }

    private DisputeChange timelineEntryOf(Dispute d) {
        return repository.timeline(d.id()).getLast();
    }

    @Test
    void aStaleWriteIsRefusedAndWritesNothing() {
        Dispute d = opened(RiskLevel.LOW);
        save(d.accept(MEDIATOR, at(1), Deadline.after(calendar, at(1), 30), ""));
        DisputeTransition stale = d.accept(MEDIATOR, at(2), Deadline.after(calendar, at(2), 30), "again");
        assertThatThrownBy(() -> repository.save(DisputeWrite.of(stale))).isInstanceOf(StaleVersionException.class);
        assertThat(repository.timeline(d.id())).as("the refused change left no timeline entry").hasSize(2);
        assertThat(repository.find(d.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aNewDisputeWithATakenIdIsRefused() {
        DisputeTransition t = SampleDisputes.opened(RiskLevel.LOW, COMMUNITY_CENTRE, FRIDAY);
        save(t);
        assertThatThrownBy(() -> repository.save(DisputeWrite.of(t))).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void twoConcurrentConclusionsOfOneDisputeLetExactlyOneThrough() throws Exception {
        Dispute d = opened(RiskLevel.LOW);
        Dispute accepted = save(d.accept(MEDIATOR, at(1), Deadline.after(calendar, at(1), 30), ""));
        int attempts = 2;
        CountDownLatch ready = new CountDownLatch(attempts);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String reason = "撤回 " + i;
            results.add(pool.submit(() -> {
                DisputeTransition t = accepted.conclude(MEDIATOR, at(2), new Outcome.Withdrawal(reason), ConsultationRequirement.none(), null);
                ready.countDown();
                go.await();
                try {
                    repository.save(DisputeWrite.of(t));
                    return true;
                } catch (StaleVersionException e) {
                    return false;
                }
            }));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        int succeeded = 0;
        for (Future<Boolean> r : results) {
            succeeded += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdownNow();
        assertThat(succeeded).as("exactly one of two concurrent conclusions succeeds").isEqualTo(1);
        assertThat(repository.timeline(d.id())).as("one conclusion on the timeline").hasSize(3);
        assertThat(repository.find(d.id()).orElseThrow().state()).isEqualTo(DisputeState.CONCLUDED);
    }

    @Test
    void closingLeavesOneArchiveRecordWithTheParties() {
        Dispute d = mediatedToAgreement();
        assertThat(outbox.pending(10)).as("nothing before the close").isEmpty();
        Dispute closed = save(d.close(MEDIATOR, at(11), "结案"));
        List<ClosedDisputeRecord> pending = outbox.pending(10);
        assertThat(pending).as("the close left its record").containsExactly(ClosedDisputeRecord.of(closed));
        assertThat(pending.getFirst().parties()).extracting(ClosedDisputeRecord.RecordedParty::personalDataTypes)
                .containsExactly(Set.of(Party.PersonalDataType.NAME, Party.PersonalDataType.ID_NUMBER, Party.PersonalDataType.PHONE), Set.of());
        outbox.delivered(closed.id(), closed.version());
        outbox.delivered(closed.id(), closed.version());
        assertThat(outbox.pending(10)).as("delivered, twice, is gone").isEmpty();
    }

    @Test
    void aRelapseReopensAndASecondCloseLeavesASecondRecord() {
        Dispute d = save(mediatedToAgreement().close(MEDIATOR, at(11), ""));
        d = save(d.followUp(MEDIATOR, at(12), FollowUp.Result.RELAPSED, "厂方未付款", Deadline.after(calendar, at(12), 30)));
        assertThat(repository.find(d.id()).orElseThrow().state()).isEqualTo(DisputeState.REOPENED);
        d = save(d.conclude(MEDIATOR, at(13), new Outcome.Withdrawal("申请人撤回"), ConsultationRequirement.none(), null));
        save(d.close(MEDIATOR, at(14), ""));
        assertThat(outbox.pending(10)).extracting(ClosedDisputeRecord::version).containsExactly(15L, 18L);
    }

    /** Opened, withdrawn and closed straight away: the shortest way to an archive record. */
    private Dispute withdrawnAndClosed(int minutes) {
        Dispute d = opened(RiskLevel.LOW);
        d = save(d.conclude(MEDIATOR, at(minutes), new Outcome.Withdrawal("申请人撤回"), ConsultationRequirement.none(), null));
        return save(d.close(MEDIATOR, at(minutes), "结案"));
    }

    @Test
    void outboxClaimsAreDisjointUntilTheLeaseEndsAndDeliveredRecordsAreNotClaimedAgain() {
        Dispute first = withdrawnAndClosed(1);
        Dispute second = withdrawnAndClosed(2);
        Instant now = FRIDAY.plus(Duration.ofDays(1));
        Duration lease = Duration.ofMinutes(2);

        assertThat(outbox.claim(now, lease, 1)).as("the oldest close").containsExactly(ClosedDisputeRecord.of(first));
        assertThat(outbox.claim(now, lease, 10)).as("a second instance gets the other one")
                .containsExactly(ClosedDisputeRecord.of(second));
        assertThat(outbox.claim(now.plusSeconds(60), lease, 10)).as("both held until their lease ends").isEmpty();
        assertThat(outbox.pending(10)).as("held records are still pending until delivered").hasSize(2);
        outbox.delivered(first.id(), first.version());
        assertThat(outbox.claim(now.plus(lease), lease, 10))
                .as("after the lease the undelivered one is claimable again, the delivered one never")
                .containsExactly(ClosedDisputeRecord.of(second));
    }

    @Test
    void bothClosesOfARelapsedDisputeAreClaimedEachWithItsParties() {
        Dispute d = save(mediatedToAgreement().close(MEDIATOR, at(11), ""));
        d = save(d.followUp(MEDIATOR, at(12), FollowUp.Result.RELAPSED, "厂方未付款", Deadline.after(calendar, at(12), 30)));
        d = save(d.conclude(MEDIATOR, at(13), new Outcome.Withdrawal("申请人撤回"), ConsultationRequirement.none(), null));
        save(d.close(MEDIATOR, at(14), ""));
        List<ClosedDisputeRecord> claimed = outbox.claim(FRIDAY.plus(Duration.ofDays(1)), Duration.ofMinutes(2), 10);
        assertThat(claimed).as("claimed as pending reads them").isEqualTo(outbox.pending(10));
        assertThat(claimed).extracting(ClosedDisputeRecord::version).containsExactly(15L, 18L);
        assertThat(claimed).allSatisfy(r -> assertThat(r.parties()).as("each close keeps its parties").hasSize(2));
    }

    @Test
    void concurrentClaimersTakeEachRecordExactlyOnce() throws Exception {
        Set<DisputeId> closed = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            closed.add(withdrawnAndClosed(i).id());
        }
        Instant now = FRIDAY.plus(Duration.ofDays(1));
        int claimers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<ClosedDisputeRecord>>> results = new ArrayList<>();
        for (int i = 0; i < claimers; i++) {
            results.add(pool.submit(() -> {
                go.await(10, TimeUnit.SECONDS);
                List<ClosedDisputeRecord> mine = new ArrayList<>();
                List<ClosedDisputeRecord> batch;
                do {
                    batch = outbox.claim(now, Duration.ofMinutes(2), 2);
                    mine.addAll(batch);
                } while (!batch.isEmpty());
                return mine;
            }));
        }
        go.countDown();
        List<DisputeId> all = new ArrayList<>();
        for (Future<List<ClosedDisputeRecord>> f : results) {
            f.get(60, TimeUnit.SECONDS).forEach(r -> all.add(r.disputeId()));
        }
        pool.shutdownNow();
        assertThat(all).as("no record went to two claimers").doesNotHaveDuplicates();
        assertThat(all).as("together the claimers took every closed record").containsExactlyInAnyOrderElementsOf(closed);
        assertThat(outbox.claim(now.plusSeconds(119), Duration.ofMinutes(2), 20)).as("all still held").isEmpty();
        assertThat(outbox.claim(now.plusSeconds(120), Duration.ofMinutes(2), 20)).as("the leases passed: all claimable again")
                .hasSize(12);
    }

    @Test
    void theGridEventLinkIsFoundFromTheEvent() {
        GridEventId event = GridEventId.random();
        Dispute.Intake base = SampleDisputes.intake(RiskLevel.LOW);
        Dispute.Intake fromEvent = new Dispute.Intake(DisputeSource.GRID_EVENT, Optional.of(event), base.area(), base.typeCode(),
                base.parties(), base.facts(), base.claims(), base.amount(), base.peopleInvolved(), base.risk(), false, base.channel());
        Dispute d = save(Dispute.open(DisputeId.random(), fromEvent, DisputeType.LABOUR, COMMUNITY_CENTRE,
                Deadline.after(calendar, FRIDAY, 3), FRIDAY, MEDIATOR));
        assertThat(repository.ofGridEvent(event)).contains(d);
        assertThat(repository.ofGridEvent(GridEventId.random())).isEmpty();
    }

    @Test
    void anIntakeReferenceFindsItsDisputeAndOpensNoSecond() {
        DisputeTransition first = referenced("visit-finding:task-1:key-1");
        repository.save(DisputeWrite.of(first));
        assertThat(repository.ofIntakeReference("visit-finding:task-1:key-1")).contains(first.dispute());
        assertThat(repository.ofIntakeReference("visit-finding:task-1:key-2")).isEmpty();

        DisputeTransition second = referenced("visit-finding:task-1:key-1");
        assertThatThrownBy(() -> repository.save(DisputeWrite.of(second)))
                .as("a second dispute under a reference already used").isInstanceOf(StaleVersionException.class);
        assertThat(repository.find(second.dispute().id())).as("the refused dispute was not written").isEmpty();
        opened(RiskLevel.LOW);
        opened(RiskLevel.LOW);
        assertThat(repository.within(SampleDisputes.ZONGFU, Optional.empty(), PageRequest.first(10)).items()).as("disputes without a reference do not collide")
                .hasSize(3);
        Dispute accepted = save(first.dispute().accept(MEDIATOR, at(1), Deadline.after(calendar, at(1), 30), ""));
        assertThat(repository.find(accepted.id()).orElseThrow().intakeReference()).as("the reference kept through later changes")
                .contains("visit-finding:task-1:key-1");
    }

    private DisputeTransition referenced(String reference) {
        return Dispute.open(DisputeId.random(), SampleDisputes.intake(RiskLevel.LOW), DisputeType.LABOUR, COMMUNITY_CENTRE,
                Deadline.after(calendar, FRIDAY, 3), FRIDAY, MEDIATOR, Optional.of(reference));
    }

    @Test
    void listsSelectByAreaStateAndOpening() {
        Dispute a = opened(RiskLevel.LOW);
        Dispute b = save(opened(RiskLevel.LOW).accept(MEDIATOR, at(1), Deadline.after(calendar, at(1), 30), ""));
        assertThat(repository.within(SampleDisputes.JINJIANG, Optional.empty(), PageRequest.first(10)).items()).hasSize(2);
        assertThat(repository.within(SampleDisputes.ZONGFU, Optional.of(DisputeState.ACCEPTED), PageRequest.first(10)).items()).containsExactly(b);
        assertThat(repository.within(SampleDisputes.HONGXING, Optional.empty(), PageRequest.first(10)).items()).isEmpty();
        assertThat(repository.openedWithin(SampleDisputes.CHENGDU, FRIDAY, FRIDAY.plusSeconds(1))).containsExactlyInAnyOrder(a, b);
        assertThat(repository.openedWithin(SampleDisputes.CHENGDU, FRIDAY.plusSeconds(1), FRIDAY.plusSeconds(2))).isEmpty();
        assertThat(repository.tallies(SampleDisputes.JINJIANG, AdminLevel.COMMUNITY, FRIDAY, FRIDAY.plusSeconds(1)))
                .as("both opened in 总府路, neither concluded").containsExactly(new DisputeTally(SampleDisputes.ZONGFU, 2, 0, 0, 0, 0));
        assertThat(repository.tallies(SampleDisputes.CHENGDU, AdminLevel.STREET, FRIDAY, FRIDAY.plusSeconds(1)))
                .containsExactly(new DisputeTally(AreaCode.of("510104022000"), 2, 0, 0, 0, 0));
        assertThat(repository.tallies(SampleDisputes.CHENGDU, AdminLevel.STREET, FRIDAY.plusSeconds(1), FRIDAY.plusSeconds(2))).isEmpty();
    }

    @Test
    void disputesAreCountedByTypeAndByTheChannelTheyStandInLargestFirst() {
        opened(RiskLevel.LOW);
        opened(RiskLevel.LOW);
        Dispute.Intake i = SampleDisputes.intake(RiskLevel.LOW);
        Dispute.Intake familyIntake = new Dispute.Intake(i.source(), i.gridEvent(), i.area(), DisputeType.FAMILY_MARRIAGE.code(), i.parties(),
                i.facts(), i.claims(), i.amount(), i.peopleInvolved(), i.risk(), i.petitionBacklog(), i.channel());
        Dispute family = save(Dispute.open(DisputeId.random(), familyIntake, DisputeType.FAMILY_MARRIAGE,
                COMMUNITY_CENTRE, Deadline.after(calendar, FRIDAY, 3), FRIDAY, MEDIATOR));
        Dispute accepted = save(family.accept(MEDIATOR, at(1), Deadline.after(calendar, at(1), 30), ""));
        save(accepted.changeChannel(MEDIATOR, at(2), MediationChannel.JUDICIAL, "法院诉前委派"));
        save(SampleDisputes.opened(RiskLevel.LOW, COMMUNITY_CENTRE, FRIDAY.plusSeconds(60))); // after the period

        Instant end = FRIDAY.plusSeconds(1);
        assertThat(repository.countByType(SampleDisputes.JINJIANG, FRIDAY, end)).as("by type, largest first")
                .containsExactly(new DisputeBreakdown.TypeCount(DisputeType.LABOUR, 2), new DisputeBreakdown.TypeCount(DisputeType.FAMILY_MARRIAGE, 1));
        assertThat(repository.countByChannel(SampleDisputes.JINJIANG, FRIDAY, end)).as("by the channel each stands in now")
                .containsExactly(new DisputeBreakdown.ChannelCount(MediationChannel.PEOPLE, 2),
                        new DisputeBreakdown.ChannelCount(MediationChannel.JUDICIAL, 1));
        assertThat(repository.countByType(SampleDisputes.HONGXING, FRIDAY, end)).as("another community").isEmpty();
        assertThat(repository.countByChannel(SampleDisputes.HONGXING, FRIDAY, end)).as("another community").isEmpty();
    }

    private Dispute openedAt(Instant at) {
        return save(SampleDisputes.opened(RiskLevel.LOW, COMMUNITY_CENTRE, at));
    }

    @Test
    void pagesOfDisputesCoverTheListOnceNewestFirstWithTiesBrokenById() {
        for (int i = 0; i < 4; i++) {
            openedAt(at(i));
            openedAt(at(2));
        }
        for (int size : new int[] {1, 2, 3}) {
            KeysetPaging.assertPagesCoverTheListOnceInOrder(
                    page -> repository.within(SampleDisputes.ZONGFU, Optional.empty(), page), Dispute::id, size);
        }
        assertThat(repository.within(SampleDisputes.ZONGFU, Optional.empty(), PageRequest.first(100)).items())
                .extracting(Dispute::openedAt).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void pagesOfDisputesInAStateAreFullWhileSuchDisputesRemain() {
        for (int i = 0; i < 9; i++) {
            Dispute d = openedAt(at(i));
            if (i % 3 == 0) {
                save(d.accept(MEDIATOR, at(i + 1), Deadline.after(calendar, at(i + 1), 30), ""));
            }
        }
        List<Dispute> accepted = KeysetPaging.everyPage(
                page -> repository.within(SampleDisputes.ZONGFU, Optional.of(DisputeState.ACCEPTED), page), 2);

        assertThat(accepted).as("three accepted among nine, in a full page and the last").hasSize(3)
                .allMatch(d -> d.state() == DisputeState.ACCEPTED);
    }

    @Test
    void aCursorOfDisputesStaysWhereItWasWhileDisputesArrive() {
        for (int i = 0; i < 6; i++) {
            openedAt(at(10 * i));
        }
        KeysetPaging.assertCursorStableWhileRecordsArrive(
                page -> repository.within(SampleDisputes.ZONGFU, Optional.empty(), page), Dispute::id, 2, () -> {
                    openedAt(at(100));
                    openedAt(at(40));
                    openedAt(at(-5));
                });
        Instant late = FRIDAY.plus(Duration.ofDays(60));
        KeysetPaging.assertCursorStableWhileRecordsArrive(
                page -> repository.overdue(SampleDisputes.ZONGFU, late, page), Dispute::id, 2, () -> {
                    openedAt(FRIDAY.plus(Duration.ofDays(3)));
                    openedAt(FRIDAY.minus(Duration.ofDays(3)));
                });
        KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> repository.overdue(SampleDisputes.ZONGFU, late, page), Dispute::id, 3);
    }

    @Test
    void overdueDisputesAreClaimedByOneCallerOnly() throws Exception {
        for (int i = 0; i < 6; i++) {
            opened(RiskLevel.LOW);
        }
        Instant late = FRIDAY.plus(Duration.ofDays(30));
        assertThat(repository.overdue(SampleDisputes.JINJIANG, late, PageRequest.first(10)).items()).hasSize(6);
        assertThat(repository.overdue(SampleDisputes.JINJIANG, FRIDAY, PageRequest.first(10)).items()).as("not overdue yet").isEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<List<Dispute>>> callers = List.of(
                () -> repository.claimOverdue(SampleDisputes.CHENGDU, late, Duration.ofMinutes(5), 4),
                () -> repository.claimOverdue(SampleDisputes.CHENGDU, late, Duration.ofMinutes(5), 4),
                () -> repository.claimOverdue(SampleDisputes.CHENGDU, late, Duration.ofMinutes(5), 4));
        Set<DisputeId> seen = new HashSet<>();
        int total = 0;
        for (Future<List<Dispute>> f : pool.invokeAll(callers)) {
            for (Dispute d : f.get(30, TimeUnit.SECONDS)) {
                total++;
                seen.add(d.id());
            }
        }
        pool.shutdownNow();
        assertThat(total).as("each overdue dispute claimed once, none twice").isEqualTo(6).isEqualTo(seen.size());
        assertThat(repository.claimOverdue(SampleDisputes.CHENGDU, late, Duration.ofMinutes(5), 10)).as("all held").isEmpty();
        assertThat(repository.claimOverdue(SampleDisputes.CHENGDU, late.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5), 10))
                .as("the leases ran out").hasSize(6);
    }
    @Test
    void anOverdueDisputeAtTheCityCentreIsNeverClaimedForThereIsNoCentreAboveIt() {
        Dispute atCommunity = opened(RiskLevel.LOW);
        Dispute atCity = save(opened(RiskLevel.LOW).escalate(MEDIATOR, at(1), CITY_CENTRE, Deadline.after(calendar, at(1), 1), "区级调解不成"));
        Instant late = FRIDAY.plus(Duration.ofDays(30));
        assertThat(repository.overdue(SampleDisputes.CHENGDU, late, PageRequest.first(10)).items()).extracting(Dispute::id)
                .as("both are overdue").containsExactlyInAnyOrder(atCommunity.id(), atCity.id());
        assertThat(repository.claimOverdue(SampleDisputes.CHENGDU, late, Duration.ofMinutes(5), 10)).extracting(Dispute::id)
                .as("only the one that can still go up is claimed: the city centre's would be claimed and refused every lease")
                .containsExactly(atCommunity.id());
    }
}
