package org.shizhi.domain.dispute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.dispute.model.SampleDisputes.COMMUNITY_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.FRIDAY;
import static org.shizhi.domain.dispute.model.SampleDisputes.MEDIATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.Role;

/** The steps a console offers on a dispute: those its state allows now AND one of the caller's roles may take. */
class DisputeActionTest {

    private final Deadline thirtyDays = Deadline.after(SampleDisputes.calendar(), FRIDAY, 30);

    private static Actor as(Role... roles) {
        return new Actor("someone", AreaCode.of("510100"), AreaCode.of("510104"), Set.of(roles), Set.of());
    }

    private Dispute opened(RiskLevel risk) {
        return SampleDisputes.opened(risk, COMMUNITY_CENTRE, FRIDAY).dispute();
    }

    private Dispute inMediation(RiskLevel risk) {
        return opened(risk).accept(MEDIATOR, FRIDAY, thirtyDays, "").dispute()
                .holdSession(MEDIATOR, FRIDAY, new Session(LocalDate.of(2025, 9, 26), List.of("tiao.jie"), List.of(), "首次调解")).dispute();
    }

    private Dispute agreed() {
        return inMediation(RiskLevel.LOW).conclude(MEDIATOR, FRIDAY, SampleDisputes.agreement(), ConsultationRequirement.none(),
                LocalDate.of(2025, 10, 24)).dispute();
    }

    @Test
    void aMediatorMayAcceptEscalateChangeTheChannelOrRecordAWithdrawalOnAnOpenedDisputeButHoldNoSessionYet() {
        assertThat(DisputeAction.openTo(as(Role.MEDIATOR), opened(RiskLevel.LOW))).containsExactly(DisputeAction.ACCEPT,
                DisputeAction.ESCALATE, DisputeAction.CHANGE_CHANNEL, DisputeAction.CONCLUDE);
    }

    @Test
    void anAcceptedDisputeIsNoLongerAcceptedButMediated() {
        Dispute accepted = opened(RiskLevel.LOW).accept(MEDIATOR, FRIDAY, thirtyDays, "").dispute();
        assertThat(DisputeAction.openTo(as(Role.STREET_OFFICER), accepted)).containsExactly(DisputeAction.ESCALATE,
                DisputeAction.CHANGE_CHANNEL, DisputeAction.HOLD_SESSION, DisputeAction.CONVENE, DisputeAction.CONCLUDE);
    }

    @Test
    void duringAConsultationOnlyItsOpinionsAndConclusionAndTheOtherOpenStepsAreOffered() {
        Dispute high = inMediation(RiskLevel.HIGH);
        Dispute consulting = high.convene(MEDIATOR, FRIDAY, ConsultationRequirement.standard(high.disputeFacts()), Set.of()).dispute();
        assertThat(DisputeAction.openTo(as(Role.MEDIATOR), consulting)).containsExactly(DisputeAction.ESCALATE,
                DisputeAction.CHANGE_CHANNEL, DisputeAction.HOLD_SESSION, DisputeAction.RECORD_OPINION, DisputeAction.CONCLUDE_CONSULTATION);
    }

    @Test
    void anAgreementIsClosedConfirmedAndFollowedUpAndAGridWorkerMayOnlyFollowItUp() {
        assertThat(DisputeAction.openTo(as(Role.MEDIATOR), agreed())).containsExactly(DisputeAction.JUDICIAL_CONFIRMATION,
                DisputeAction.CLOSE, DisputeAction.FOLLOW_UP);
        assertThat(DisputeAction.openTo(as(Role.GRID_WORKER), agreed())).containsExactly(DisputeAction.FOLLOW_UP);
    }

    @Test
    void aGrantedConfirmationOnAClosedDisputeLeavesOnlyTheFollowUp() {
        Dispute granted = agreed().judicialConfirmation(MEDIATOR, FRIDAY, Outcome.JudicialConfirmation.REQUESTED).dispute()
                .judicialConfirmation(MEDIATOR, FRIDAY, Outcome.JudicialConfirmation.GRANTED).dispute()
                .close(MEDIATOR, FRIDAY, "").dispute();
        assertThat(DisputeAction.openTo(as(Role.values()), granted)).containsExactly(DisputeAction.FOLLOW_UP);
    }

    @Test
    void aWithdrawnDisputeOffersOnlyItsClosing() {
        Dispute withdrawn = opened(RiskLevel.LOW).conclude(MEDIATOR, FRIDAY, new Outcome.Withdrawal("和解"), ConsultationRequirement.none(),
                null).dispute();
        assertThat(DisputeAction.openTo(as(Role.MEDIATOR), withdrawn)).containsExactly(DisputeAction.CLOSE);
    }

    @Test
    void readersWithoutAMediatingRoleAreOfferedNothing() {
        for (Dispute d : List.of(opened(RiskLevel.LOW), inMediation(RiskLevel.LOW), agreed())) {
            assertThat(DisputeAction.openTo(as(Role.AUDITOR, Role.CITY_ADMIN, Role.DEPARTMENT, Role.INTEGRATOR), d))
                    .as("a %s dispute", d.state()).isEmpty();
        }
    }
}
