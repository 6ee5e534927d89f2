package org.shizhi.domain.dispute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.dispute.model.SampleDisputes.COMMUNITY_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.DISTRICT_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.FRIDAY;
import static org.shizhi.domain.dispute.model.SampleDisputes.MEDIATOR;
import static org.shizhi.domain.dispute.model.SampleDisputes.STREET_CENTRE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.WorkCalendar;

class DisputeTest {

    private final WorkCalendar calendar = SampleDisputes.calendar();
    private final Deadline thirtyDays = Deadline.after(calendar, FRIDAY, 30);

    private Dispute opened(RiskLevel risk) {
        return SampleDisputes.opened(risk, COMMUNITY_CENTRE, FRIDAY).dispute();
    }

    private Dispute inMediation(RiskLevel risk) {
        Dispute d = opened(risk).accept(MEDIATOR, FRIDAY, thirtyDays, "").dispute();
        return d.holdSession(MEDIATOR, FRIDAY, new Session(LocalDate.of(2025, 9, 26), List.of("tiao.jie"), List.of(), "首次调解")).dispute();
    }

    @Test
    void openingRecordsTheSourceRouteAndAcceptanceDeadline() {
        DisputeTransition t = SampleDisputes.opened(RiskLevel.MEDIUM, COMMUNITY_CENTRE, FRIDAY);
        assertThat(t.dispute().state()).isEqualTo(DisputeState.OPENED);
        assertThat(t.dispute().version()).isEqualTo(1);
        assertThat(t.change().kind()).isEqualTo(DisputeChange.Kind.OPENED);
        assertThat(t.change().note()).contains("WALK_IN", "劳资劳动纠纷", "MEDIUM", "当事人情绪激动", "总府路社区人民调解委员会");
        assertThat(t.dispute().deadline().dueOn()).as("3 working days after the Friday before National Day: Sunday 28th is a make-up working day")
                .isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void acceptSessionOutcomeAndCloseWalkTheFlowOneVersionEach() {
        Dispute d = opened(RiskLevel.LOW);
        d = d.accept(MEDIATOR, FRIDAY, thirtyDays, "收案").dispute();
        assertThat(d.state()).isEqualTo(DisputeState.ACCEPTED);
        assertThat(d.deadline()).isEqualTo(thirtyDays);
        DisputeTransition session = d.holdSession(MEDIATOR, FRIDAY, new Session(LocalDate.of(2025, 9, 26), List.of("tiao.jie"),
                List.of("魏明"), "双方陈述"));
        assertThat(session.change().from()).contains(DisputeState.ACCEPTED);
        d = session.dispute();
        assertThat(d.state()).isEqualTo(DisputeState.IN_MEDIATION);
        d = d.conclude(MEDIATOR, FRIDAY, SampleDisputes.agreement(), ConsultationRequirement.none(), LocalDate.of(2025, 10, 24)).dispute();
        assertThat(d.state()).isEqualTo(DisputeState.CONCLUDED);
        assertThat(d.followUpDue()).contains(LocalDate.of(2025, 10, 24));
        d = d.close(MEDIATOR, FRIDAY, "结案").dispute();
        assertThat(d.state()).isEqualTo(DisputeState.CLOSED);
        assertThat(d.version()).isEqualTo(5);
    }

    @Test
    void aDisputeCannotCloseWithoutAnOutcome() {
        Dispute accepted = opened(RiskLevel.LOW).accept(MEDIATOR, FRIDAY, thirtyDays, "").dispute();
        assertThatThrownBy(() -> accepted.close(MEDIATOR, FRIDAY, ""))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot close without an outcome");
    }

    @Test
    void transitionsOutsideTheFlowAreRefusedNamingTheState() {
        Dispute d = opened(RiskLevel.LOW);
        assertThatThrownBy(() -> d.holdSession(MEDIATOR, FRIDAY, new Session(LocalDate.of(2025, 9, 26), List.of("tiao.jie"), List.of(), "x")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is OPENED");
        Dispute accepted = d.accept(MEDIATOR, FRIDAY, thirtyDays, "").dispute();
        assertThatThrownBy(() -> accepted.accept(MEDIATOR, FRIDAY, thirtyDays, "")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accepted.followUp(MEDIATOR, FRIDAY, FollowUp.Result.HOLDING, "", null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aWithdrawalEndsEvenAnUnacceptedDispute() {
        Dispute d = opened(RiskLevel.HIGH).conclude(MEDIATOR, FRIDAY, new Outcome.Withdrawal("和解"), ConsultationRequirement.none(), null).dispute();
        assertThat(d.state()).isEqualTo(DisputeState.CONCLUDED);
        assertThat(d.followUpDue()).isEmpty();
    }

    @Test
    void aFailureRecordsTheReferral() {
        Outcome.Failure failure = new Outcome.Failure("双方分歧过大", Outcome.Referral.LITIGATION, "锦江区人民法院", LocalDate.of(2025, 10, 9));
        Dispute d = inMediation(RiskLevel.LOW).conclude(MEDIATOR, FRIDAY, failure, ConsultationRequirement.none(), null).dispute();
        assertThat(d.outcome()).contains(failure);
        assertThat(failure.describe()).contains("LITIGATION", "锦江区人民法院");
    }

    @Test
    void anAgreementNeedsTermsAndSignatories() {
        assertThatThrownBy(() -> new Outcome.Agreement(" ", List.of(), List.of("魏明"), Outcome.JudicialConfirmation.NONE))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("terms");
        assertThatThrownBy(() -> new Outcome.Agreement("赔偿", List.of(), List.of(), Outcome.JudicialConfirmation.NONE))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("signatories");
    }

    @Test
    void judicialConfirmationGoesRequestedThenGrantedOrRefused() {
        Dispute d = inMediation(RiskLevel.LOW).conclude(MEDIATOR, FRIDAY, SampleDisputes.agreement(), ConsultationRequirement.none(),
                LocalDate.of(2025, 10, 24)).dispute();
        assertThatThrownBy(() -> d.judicialConfirmation(MEDIATOR, FRIDAY, Outcome.JudicialConfirmation.GRANTED))
                .isInstanceOf(ConflictException.class);
        Dispute requested = d.judicialConfirmation(MEDIATOR, FRIDAY, Outcome.JudicialConfirmation.REQUESTED).dispute();
        Dispute granted = requested.judicialConfirmation(MEDIATOR, FRIDAY, Outcome.JudicialConfirmation.GRANTED).dispute();
        assertThat(((Outcome.Agreement) granted.outcome().orElseThrow()).confirmation()).isEqualTo(Outcome.JudicialConfirmation.GRANTED);
    }

    @Test
    void aChannelChangeIsRecordedWithItsReason() {
        DisputeTransition t = opened(RiskLevel.LOW).changeChannel(MEDIATOR, FRIDAY, MediationChannel.JUDICIAL, "法院诉前委派");
        assertThat(t.dispute().channel()).isEqualTo(MediationChannel.JUDICIAL);
        assertThat(t.change().note()).isEqualTo("PEOPLE → JUDICIAL: 法院诉前委派");
        assertThatThrownBy(() -> t.dispute().changeChannel(MEDIATOR, FRIDAY, MediationChannel.JUDICIAL, "again"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> t.dispute().changeChannel(MEDIATOR, FRIDAY, MediationChannel.PEOPLE, " "))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void escalationGoesToACentreAboveThatCoversTheDispute() {
        Dispute d = opened(RiskLevel.LOW);
        Deadline next = Deadline.after(calendar, FRIDAY, 3);
        DisputeTransition t = d.escalate(MEDIATOR, FRIDAY, STREET_CENTRE, next, "逾期未受理");
        assertThat(t.dispute().centre()).isEqualTo(STREET_CENTRE.area());
        assertThat(t.dispute().escalations()).isEqualTo(1);
        assertThat(t.change().kind()).isEqualTo(DisputeChange.Kind.ESCALATED);
        assertThat(t.change().note()).contains("COMMUNITY", "STREET", "逾期未受理");
        assertThatThrownBy(() -> t.dispute().escalate(MEDIATOR, FRIDAY, COMMUNITY_CENTRE, next, "down"))
                .as("never down").isInstanceOf(ConflictException.class);
        MediationCentre elsewhere = new MediationCentre(org.shizhi.domain.shared.AreaCode.of("510107"), "武侯区中心", List.of(), Set.of());
        assertThatThrownBy(() -> t.dispute().escalate(MEDIATOR, FRIDAY, elsewhere, next, "x"))
                .as("never to a centre that does not cover it").isInstanceOf(ConflictException.class);
        assertThat(t.dispute().escalate(MEDIATOR, FRIDAY, DISTRICT_CENTRE, next, "再次逾期").dispute().escalations()).isEqualTo(2);
    }

    @Test
    void jointConsultationIsConvenedOnlyWhenTheRuleSaysSo() {
        Dispute low = inMediation(RiskLevel.LOW);
        assertThatThrownBy(() -> low.convene(MEDIATOR, FRIDAY, ConsultationRequirement.standard(low.disputeFacts()), Set.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("LOW");
        Dispute high = inMediation(RiskLevel.HIGH);
        assertThat(ConsultationRequirement.standard(high.disputeFacts()).convene()).isTrue();
        assertThat(ConsultationRequirement.standard(inMediation(RiskLevel.CRITICAL).disputeFacts()).convene()).isTrue();
        assertThat(ConsultationRequirement.standard(inMediation(RiskLevel.MEDIUM).disputeFacts()).convene()).isFalse();
        JointConsultation c = high.convene(MEDIATOR, FRIDAY, ConsultationRequirement.standard(high.disputeFacts()),
                Set.of(ConsultationBody.GRID_WORKER)).dispute().consultation().orElseThrow();
        assertThat(c.bodies()).containsExactlyInAnyOrder(ConsultationBody.PEOPLES_COURT, ConsultationBody.POLICE_STATION,
                ConsultationBody.JUDICIAL_OFFICE, ConsultationBody.GRID_WORKER);
    }

    @Test
    void aConvenedConsultationNeedsEveryOpinionBeforeItsConclusion() {
        Dispute high = inMediation(RiskLevel.HIGH);
        ConsultationRequirement rule = new ConsultationRequirement(true, Set.of(ConsultationBody.CIVIL_AFFAIRS));
        Dispute d = high.convene(MEDIATOR, FRIDAY, rule, Set.of()).dispute();
        assertThat(d.consultation().orElseThrow().bodies()).as("the rule's N is invited").contains(ConsultationBody.CIVIL_AFFAIRS);
        assertThatThrownBy(() -> d.conclude(MEDIATOR, FRIDAY, SampleDisputes.agreement(), rule, LocalDate.of(2025, 10, 24)))
                .as("not while the consultation goes on").isInstanceOf(ConflictException.class);
        Dispute one = d.recordOpinion(MEDIATOR, FRIDAY, ConsultationBody.PEOPLES_COURT, "可司法确认").dispute();
        assertThatThrownBy(() -> one.recordOpinion(MEDIATOR, FRIDAY, ConsultationBody.PEOPLES_COURT, "again"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> one.recordOpinion(MEDIATOR, FRIDAY, ConsultationBody.VILLAGE_CADRE, "not invited"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> one.concludeConsultation(MEDIATOR, FRIDAY, "一致意见"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("still missing");
        Dispute all = one;
        for (ConsultationBody b : List.of(ConsultationBody.POLICE_STATION, ConsultationBody.JUDICIAL_OFFICE, ConsultationBody.CIVIL_AFFAIRS)) {
            all = all.recordOpinion(MEDIATOR, FRIDAY, b, "同意").dispute();
        }
        Dispute concluded = all.concludeConsultation(MEDIATOR, FRIDAY, "一致意见：赔偿").dispute();
        assertThat(concluded.consultation().orElseThrow().conclusion()).contains("一致意见：赔偿");
        assertThat(concluded.conclude(MEDIATOR, FRIDAY, SampleDisputes.agreement(), rule, LocalDate.of(2025, 10, 24)).dispute().state())
                .isEqualTo(DisputeState.CONCLUDED);
    }

    @Test
    void aHighRiskDisputeConcludesOnlyAfterItsConsultation() {
        Dispute high = inMediation(RiskLevel.HIGH);
        ConsultationRequirement rule = ConsultationRequirement.standard(high.disputeFacts());
        assertThatThrownBy(() -> high.conclude(MEDIATOR, FRIDAY, SampleDisputes.agreement(), rule, LocalDate.of(2025, 10, 24)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("3+N");
        assertThat(high.conclude(MEDIATOR, FRIDAY, new Outcome.Withdrawal("撤回"), rule, null).dispute().state())
                .as("a withdrawal needs no consultation").isEqualTo(DisputeState.CONCLUDED);
    }

    @Test
    void aRelapseAtFollowUpReopensTheDisputeWithANewDeadline() {
        Dispute closed = inMediation(RiskLevel.LOW).conclude(MEDIATOR, FRIDAY, SampleDisputes.agreement(), ConsultationRequirement.none(),
                LocalDate.of(2025, 10, 24)).dispute().close(MEDIATOR, FRIDAY, "").dispute();
        Deadline again = Deadline.after(calendar, FRIDAY.plusSeconds(86_400 * 30), 30);
        DisputeTransition relapse = closed.followUp(MEDIATOR, FRIDAY, FollowUp.Result.RELAPSED, "未付款", again);
        Dispute reopened = relapse.dispute();
        assertThat(reopened.state()).isEqualTo(DisputeState.REOPENED);
        assertThat(reopened.closedAt()).isEmpty();
        assertThat(reopened.relapses()).isEqualTo(1);
        assertThat(reopened.deadline()).isEqualTo(again);
        assertThat(relapse.change().kind()).isEqualTo(DisputeChange.Kind.REOPENED);
        assertThat(reopened.holdSession(MEDIATOR, FRIDAY, new Session(LocalDate.of(2025, 11, 3), List.of("tiao.jie"), List.of(), "再调"))
                .dispute().state()).as("mediation resumes").isEqualTo(DisputeState.IN_MEDIATION);
    }

    @Test
    void aHoldingFollowUpKeepsTheDisputeAndEndsTheSchedule() {
        Dispute concluded = inMediation(RiskLevel.LOW).conclude(MEDIATOR, FRIDAY, SampleDisputes.agreement(), ConsultationRequirement.none(),
                LocalDate.of(2025, 10, 24)).dispute();
        Dispute visited = concluded.followUp(MEDIATOR, FRIDAY, FollowUp.Result.HOLDING, "已履行", null).dispute();
        assertThat(visited.state()).isEqualTo(DisputeState.CONCLUDED);
        assertThat(visited.followUpDue()).isEmpty();
        assertThat(visited.followUps()).extracting(FollowUp::result).containsExactly(FollowUp.Result.HOLDING);
    }

    @Test
    void badIntakeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Party.person(Party.Role.APPLICANT, " ", null, null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
        Dispute.Intake base = SampleDisputes.intake(RiskLevel.LOW);
        Dispute.Intake onlyRespondent = new Dispute.Intake(base.source(), Optional.empty(), base.area(), base.typeCode(),
                List.of(SampleDisputes.respondent()), base.facts(), base.claims(), base.amount(), 1, base.risk(), false, base.channel());
        assertThatThrownBy(() -> Dispute.open(DisputeId.random(), onlyRespondent, DisputeType.LABOUR, COMMUNITY_CENTRE, thirtyDays, FRIDAY, MEDIATOR))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("parties");
        Dispute.Intake fromEventWithoutOne = new Dispute.Intake(DisputeSource.GRID_EVENT, Optional.empty(), base.area(), base.typeCode(),
                base.parties(), base.facts(), base.claims(), base.amount(), 1, base.risk(), false, base.channel());
        assertThatThrownBy(() -> Dispute.open(DisputeId.random(), fromEventWithoutOne, DisputeType.LABOUR, COMMUNITY_CENTRE, thirtyDays, FRIDAY, MEDIATOR))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("gridEventId");
        assertThatThrownBy(() -> new Risk(RiskLevel.HIGH, List.of())).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("risk.reasons");
    }

    @Test
    void overdueWhileOpenOnlyOnceTheDeadlinePassed() {
        Dispute d = opened(RiskLevel.LOW);
        assertThat(d.isOverdue(FRIDAY)).isFalse();
        assertThat(d.isOverdue(d.deadline().passesAt())).isTrue();
        Dispute withdrawn = d.conclude(MEDIATOR, FRIDAY, new Outcome.Withdrawal("撤回"), ConsultationRequirement.none(), null).dispute();
        assertThat(withdrawn.isOverdue(d.deadline().passesAt())).as("a concluded dispute is never overdue").isFalse();
    }
}
