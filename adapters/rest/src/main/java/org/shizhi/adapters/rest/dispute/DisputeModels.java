package org.shizhi.adapters.rest.dispute;

import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Times;

import org.shizhi.adapters.rest.model.AdminLevel;
import org.shizhi.adapters.rest.model.ConsultationBody;
import org.shizhi.adapters.rest.model.ConsultationOpinion;
import org.shizhi.adapters.rest.model.Dispute;
import org.shizhi.adapters.rest.model.DisputeChange;
import org.shizhi.adapters.rest.model.DisputeChangeKind;
import org.shizhi.adapters.rest.model.DisputeFigures;
import org.shizhi.adapters.rest.model.DisputeSource;
import org.shizhi.adapters.rest.model.DisputeState;
import org.shizhi.adapters.rest.model.DisputeTimelineEntry;
import org.shizhi.adapters.rest.model.DisputeType;
import org.shizhi.adapters.rest.model.FollowUp;
import org.shizhi.adapters.rest.model.JointConsultation;
import org.shizhi.adapters.rest.model.MediationCentre;
import org.shizhi.adapters.rest.model.MediationChannel;
import org.shizhi.adapters.rest.model.Mediator;
import org.shizhi.adapters.rest.model.Obligation;
import org.shizhi.adapters.rest.model.Outcome;
import org.shizhi.adapters.rest.model.Party;
import org.shizhi.adapters.rest.model.PartyKind;
import org.shizhi.adapters.rest.model.PartyRole;
import org.shizhi.adapters.rest.model.PersonalDataType;
import org.shizhi.adapters.rest.model.Risk;
import org.shizhi.adapters.rest.model.RiskLevel;
import org.shizhi.adapters.rest.model.Session;
import org.shizhi.domain.dispute.port.in.DisputeChanged;
import org.shizhi.domain.dispute.port.in.DisputeView;

/** The dispute context's views as the contract's models; personal data exactly as the domain's views give it. */
public final class DisputeModels {

    private DisputeModels() {
    }

    public static MediationCentre centre(org.shizhi.domain.dispute.model.MediationCentre c) {
        return new MediationCentre().areaCode(c.area().toString()).level(Models.as(AdminLevel.class, c.level())).name(c.name())
                .mediators(c.mediators().stream().map(m -> new Mediator().id(m.id()).name(m.name())).toList())
                .takesTypes(c.takesTypes().stream().sorted().toList());
    }

    public static DisputeType type(org.shizhi.domain.dispute.model.DisputeType t) {
        return new DisputeType().code(t.code()).label(t.label());
    }

    public static Dispute dispute(DisputeView view) {
        var d = view.dispute();
        Dispute model = new Dispute().id(d.id().value()).source(Models.as(DisputeSource.class, d.source()))
                .gridEventId(d.gridEvent().map(e -> e.value()).orElse(null))
                .intakeReference(d.intakeReference().orElse(null))
                .areaCode(d.area().toString()).type(type(d.type()))
                .parties(view.parties().stream().map(DisputeModels::party).toList())
                .facts(d.facts()).claims(d.claims()).amount(d.amount().orElse(null)).peopleInvolved(d.peopleInvolved())
                .risk(new Risk().level(Models.as(RiskLevel.class, d.risk().level())).reasons(d.risk().reasons()))
                .petitionBacklog(d.petitionBacklog()).channel(Models.as(MediationChannel.class, d.channel()))
                .centre(d.centre().toString()).centreLevel(Models.as(AdminLevel.class, d.centreLevel()))
                .state(Models.as(DisputeState.class, d.state())).openedAt(Times.at(d.openedAt()))
                .deadline(Models.deadline(d.deadline())).overdue(view.overdue())
                .sessions(d.sessions().stream().map(s -> new Session().heldOn(s.on()).mediators(s.mediators()).attendees(s.attendees())
                        .notes(s.notes())).toList())
                .concludedAt(Times.at(d.concludedAt())).followUpDue(d.followUpDue().orElse(null))
                .followUps(d.followUps().stream().map(f -> new FollowUp().result(FollowUp.ResultEnum.valueOf(f.result().name()))
                        .note(f.note()).at(Times.at(f.at())).by(f.by())).toList())
                .closedAt(Times.at(d.closedAt())).escalations(d.escalations()).relapses(d.relapses()).version(d.version());
        d.consultation().ifPresent(c -> model.consultation(new JointConsultation().convenedAt(Times.at(c.convenedAt()))
                .bodies(c.bodies().stream().sorted().map(b -> Models.as(ConsultationBody.class, b)).toList())
                .opinions(c.opinions().stream().map(o -> new ConsultationOpinion().body(Models.as(ConsultationBody.class, o.body()))
                        .opinion(o.text()).at(Times.at(o.at())).by(o.by())).toList())
                .awaitingOpinion(c.awaitingOpinion().stream().sorted().map(b -> Models.as(ConsultationBody.class, b)).toList())
                .conclusion(c.conclusion().orElse(null)).concludedAt(Times.at(c.concludedAt()))));
        d.outcome().ifPresent(o -> model.outcome(outcome(o)));
        return model;
    }

    private static Party party(DisputeView.PartyView p) {
        return new Party().kind(Models.as(PartyKind.class, p.kind())).role(Models.as(PartyRole.class, p.role())).name(p.name())
                .idNumber(p.idNumber().orElse(null)).phone(p.phone().orElse(null)).creditCode(p.creditCode().orElse(null))
                .personalDataTypes(p.personalDataTypes().stream().sorted().map(t -> Models.as(PersonalDataType.class, t)).toList())
                .masked(p.masked());
    }

    private static Outcome outcome(org.shizhi.domain.dispute.model.Outcome o) {
        Outcome model = new Outcome().summary(o.describe());
        return switch (o) {
            case org.shizhi.domain.dispute.model.Outcome.Agreement a -> model.kind(Outcome.KindEnum.AGREEMENT).terms(a.terms())
                    .obligations(a.obligations().stream().map(ob -> new Obligation().description(ob.description())
                            .amount(ob.amount().orElse(null)).dueOn(ob.dueOn().orElse(null))).toList())
                    .signatories(a.signatories())
                    .judicialConfirmation(Outcome.JudicialConfirmationEnum.valueOf(a.confirmation().name()));
            case org.shizhi.domain.dispute.model.Outcome.Failure f -> model.kind(Outcome.KindEnum.FAILURE).reason(f.reason())
                    .referral(Outcome.ReferralEnum.valueOf(f.referral().name())).body(f.body()).referredOn(f.on());
            case org.shizhi.domain.dispute.model.Outcome.Withdrawal w -> model.kind(Outcome.KindEnum.WITHDRAWAL).reason(w.reason());
        };
    }

    public static DisputeTimelineEntry entry(org.shizhi.domain.dispute.model.DisputeChange c) {
        return new DisputeTimelineEntry().version(c.version()).at(Times.at(c.at())).by(Models.acting(c.by()))
                .kind(Models.as(DisputeChangeKind.class, c.kind())).from(c.from().map(s -> Models.as(DisputeState.class, s)).orElse(null))
                .to(Models.as(DisputeState.class, c.to())).note(c.note());
    }

    public static DisputeChange change(DisputeChanged changed) {
        return new DisputeChange().dispute(dispute(changed.dispute())).change(entry(changed.change()));
    }

    public static DisputeFigures figures(org.shizhi.domain.dispute.model.DisputeFigures f) {
        return new DisputeFigures().areaCode(f.area().toString()).from(f.from()).to(f.to()).opened(f.opened())
                .concluded(f.concluded()).resolved(f.resolved()).followedUp(f.followedUp()).fulfilled(f.fulfilled())
                .relapsed(f.relapsed()).escalated(f.escalated()).resolutionRate(f.resolutionRate().orElse(null))
                .fulfilledAtFollowUp(f.fulfilledAtFollowUp().orElse(null)).followUpCoverage(f.followUpCoverage().orElse(null))
                .relapseRate(f.relapseRate().orElse(null))
                .medianWorkingDaysToConclusion(f.medianWorkingDaysToConclusion().orElse(null))
                .shareEscalated(f.shareEscalated().orElse(null));
    }

}
