package org.shizhi.domain.law.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PetitionState;
import org.shizhi.domain.law.model.SampleLaw;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkingTime;

/** What every storage of petitions must do; run against each adapter. */
public abstract class PetitionRepositoryContract {

    protected PetitionRepository repository;

    protected abstract PetitionRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    Petition saved(Petition p) {
        repository.save(p);
        return p;
    }

    /** Accepted at {@code at} after being received then, both versions saved. */
    Petition accepted(AreaCode community, Instant at) {
        Petition p = saved(SampleLaw.petition(community, at));
        return saved(p.accept(at, Deadline.after(SampleLaw.calendar(), at, 60)));
    }

    @Test
    void aPetitionReadsBackAsSavedThroughEveryStep() {
        Petition p = saved(SampleLaw.petition(SampleLaw.ZONGFU, SampleLaw.FRIDAY));
        assertThat(repository.find(p.id())).contains(p);
        Petition accepted = saved(p.accept(SampleLaw.FRIDAY, Deadline.after(SampleLaw.calendar(), SampleLaw.FRIDAY, 60)));
        Deadline due = accepted.replyDue().orElseThrow();
        Petition full = saved(saved(saved(saved(saved(saved(accepted.extend("联合调查",
                Deadline.after(SampleLaw.calendar(), WorkingTime.startOf(due.dueOn()), 30))).assignLeader("张书记"))
                .linkDispute(DisputeId.random())).answer(SampleLaw.FRIDAY, "已答复")).reopen())
                .clear(SampleLaw.FRIDAY, "化解", Satisfaction.BASICALLY_SATISFIED));
        assertThat(repository.find(p.id())).contains(full);
        Petition refused = saved(saved(SampleLaw.petition(SampleLaw.ZONGFU, SampleLaw.FRIDAY)).notAccept(SampleLaw.FRIDAY, "已诉讼"));
        assertThat(repository.find(refused.id())).contains(refused);
    }

    @Test
    void aPetitionFiledOnANightVisitReadsBackWithItsTaskAndIsStoredOnceUnderItsId() {
        java.util.UUID task = java.util.UUID.randomUUID();
        Petition.Intake intake = SampleLaw.petitionIntake(SampleLaw.ZONGFU);
        Petition.Intake byVisit = new Petition.Intake(intake.area(), intake.petitioner(), intake.matter(),
                org.shizhi.domain.law.model.PetitionChannel.VISIT, intake.agency(), java.util.Optional.empty(), java.util.Optional.of(task));
        PetitionId id = PetitionId.ofReference("visit-finding:" + task + ":k-1");
        Petition p = saved(Petition.receive(id, byVisit, Deadline.after(SampleLaw.calendar(), SampleLaw.FRIDAY, 15), SampleLaw.FRIDAY));
        assertThat(repository.find(id)).contains(p);
        assertThat(repository.find(id).orElseThrow().visitTask()).contains(task);
        assertThatThrownBy(() -> repository.save(Petition.receive(id, intake, Deadline.after(SampleLaw.calendar(), SampleLaw.FRIDAY, 15),
                SampleLaw.FRIDAY))).as("a second petition under the same id").isInstanceOf(org.shizhi.domain.shared.StaleVersionException.class);
        assertThat(repository.find(id)).contains(p);
    }

    @Test
    void aStaleVersionIsRefused() {
        Petition p = saved(SampleLaw.petition(SampleLaw.ZONGFU, SampleLaw.FRIDAY));
        saved(p.assignLeader("张书记"));
        assertThatThrownBy(() -> repository.save(p.notAccept(SampleLaw.FRIDAY, "迟到"))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> repository.save(p)).isInstanceOf(StaleVersionException.class);
        assertThat(repository.find(p.id()).orElseThrow().state()).isEqualTo(PetitionState.RECEIVED);
    }

    @Test
    void petitionsOfAnAreaPageNewestFirstAndFilterByStateAndRepeatsAreFound() {
        Instant t = SampleLaw.FRIDAY;
        Petition first = saved(SampleLaw.petition(SampleLaw.ZONGFU, t));
        for (int i = 0; i < 6; i++) {
            saved(SampleLaw.petition(SampleLaw.HONGXING, t.plus(Duration.ofHours(i % 2))));
        }
        Petition repeat = saved(Petition.receive(PetitionId.random(), new Petition.Intake(SampleLaw.ZONGFU, SampleLaw.person(), "再次反映",
                org.shizhi.domain.law.model.PetitionChannel.VISIT, "住建局", Optional.of(first.id())),
                Deadline.after(SampleLaw.calendar(), t, 15), t.plus(Duration.ofDays(3))));
        saved(SampleLaw.petition(AreaCode.of("510105001001"), t));
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.within(SampleLaw.JINJIANG, Optional.empty(), p), Petition::id, 3);
        assertThat(repository.within(SampleLaw.JINJIANG, Optional.empty(), PageRequest.first(100)).items()).hasSize(8)
                .first().isEqualTo(repeat);
        assertThat(repository.within(SampleLaw.ZONGFU, Optional.of(PetitionState.RECEIVED), PageRequest.first(100)).items())
                .containsExactly(repeat, first);
        assertThat(repository.repeatsOf(first.id())).containsExactly(repeat);
    }

    @Test
    void theBacklogIsPastTheReplyDateOrReopenedOldestFirst() {
        Instant t = SampleLaw.FRIDAY;
        Petition overdue = accepted(SampleLaw.ZONGFU, t);
        Petition reopened = saved(saved(accepted(SampleLaw.HONGXING, t.plus(Duration.ofDays(4))).answer(t, "答复")).reopen());
        accepted(SampleLaw.ZONGFU, t.plus(Duration.ofDays(10)));
        Petition cleared = accepted(SampleLaw.ZONGFU, t.minus(Duration.ofDays(1)));
        saved(cleared.clear(t, "化解", Satisfaction.SATISFIED));
        Instant now = overdue.replyDue().orElseThrow().passesAt();
        assertThat(repository.backlog(SampleLaw.JINJIANG, now, PageRequest.first(10)).items()).containsExactly(overdue, reopened);
        assertThat(repository.backlog(SampleLaw.HONGXING, now, PageRequest.first(10)).items()).containsExactly(reopened);
        for (int i = 0; i < 5; i++) {
            accepted(SampleLaw.ZONGFU, t.minus(Duration.ofDays(i)));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.backlog(SampleLaw.JINJIANG, now, p), Petition::id, 2);
    }

    @Test
    void theFiguresCountRepliesOnTimeLateUnansweredAndTheBacklogWithItsOldestAge() {
        Instant t = SampleLaw.FRIDAY;
        Petition onTime = accepted(SampleLaw.ZONGFU, t);
        saved(onTime.answer(t.plus(Duration.ofDays(3)), "答复"));
        Petition late = accepted(SampleLaw.ZONGFU, t);
        Instant now = late.replyDue().orElseThrow().passesAt().plus(Duration.ofDays(2));
        saved(accepted(SampleLaw.ZONGFU, t).answer(now, "迟到的答复"));
        saved(SampleLaw.petition(SampleLaw.ZONGFU, t));
        saved(SampleLaw.petition(SampleLaw.ZONGFU, SampleLaw.china("2025-08-31T23:00")));
        PetitionFigures f = repository.figures(SampleLaw.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), now);
        assertThat(f.received()).isEqualTo(4);
        assertThat(f.accepted()).isEqualTo(3);
        assertThat(f.replied()).isEqualTo(2);
        assertThat(f.repliedOnTime()).isEqualTo(1);
        assertThat(f.lateUnanswered()).isEqualTo(1);
        assertThat(f.backlog()).isEqualTo(1);
        assertThat(f.oldestBacklogAgeDays()).contains((int) late.ageDays(now));
        assertThat(f.onTimeReplyRate()).contains(1.0 / 3);
        assertThat(repository.figuresByArea(SampleLaw.JINJIANG, AdminLevel.COMMUNITY, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), now))
                .as("all of them in 总府路, counted as for 总府路 alone").isEqualTo(Map.of(SampleLaw.ZONGFU,
                        repository.figures(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), now)));
        assertThat(repository.figuresByArea(SampleLaw.CHENGDU, AdminLevel.STREET, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), now)
                .get(SampleLaw.CHUNXI_ROAD)).as("their street").isEqualTo(new PetitionFigures(SampleLaw.CHUNXI_ROAD, LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 9, 30), 4, 3, 2, 1, 1, 1, Optional.of((int) late.ageDays(now))));
        assertThat(repository.figuresByArea(SampleLaw.JINJIANG, AdminLevel.COMMUNITY, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), now)
                .get(SampleLaw.ZONGFU)).as("nothing received in October; the backlog stands").isEqualTo(new PetitionFigures(SampleLaw.ZONGFU,
                        LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), 0, 0, 0, 0, 0, 1, Optional.of((int) late.ageDays(now))));
        assertThat(repository.figures(AreaCode.of("510105"), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), now))
                .isEqualTo(new PetitionFigures(AreaCode.of("510105"), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30),
                        0, 0, 0, 0, 0, 0, Optional.empty()));
    }
}
