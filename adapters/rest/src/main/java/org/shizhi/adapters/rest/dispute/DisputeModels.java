package org.shizhi.adapters.rest.dispute;

import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Times;
import org.shizhi.adapters.rest.model.AdminLevelJson;
import org.shizhi.adapters.rest.model.ConsultationBodyJson;
import org.shizhi.adapters.rest.model.ConsultationOpinionJson;
import org.shizhi.adapters.rest.model.DisputeChangeJson;
import org.shizhi.adapters.rest.model.DisputeChangeKindJson;
import org.shizhi.adapters.rest.model.DisputeBreakdownJson;
import org.shizhi.adapters.rest.model.DisputeChannelCountJson;
import org.shizhi.adapters.rest.model.DisputeFiguresJson;
import org.shizhi.adapters.rest.model.DisputeTypeCountJson;
import org.shizhi.adapters.rest.model.DisputeActionJson;
import org.shizhi.adapters.rest.model.DisputeJson;
import org.shizhi.adapters.rest.model.DisputeSourceJson;
import org.shizhi.adapters.rest.model.DisputeStateJson;
import org.shizhi.adapters.rest.model.DisputeTimelineEntryJson;
import org.shizhi.adapters.rest.model.DisputeTypeJson;
import org.shizhi.adapters.rest.model.FollowUpJson;
import org.shizhi.adapters.rest.model.JointConsultationJson;
import org.shizhi.adapters.rest.model.MediationCentreJson;
import org.shizhi.adapters.rest.model.MediationChannelJson;
import org.shizhi.adapters.rest.model.MediatorJson;
import org.shizhi.adapters.rest.model.ObligationJson;
import org.shizhi.adapters.rest.model.OutcomeJson;
import org.shizhi.adapters.rest.model.PartyJson;
import org.shizhi.adapters.rest.model.PartyKindJson;
import org.shizhi.adapters.rest.model.PartyRoleJson;
import org.shizhi.adapters.rest.model.PersonalDataTypeJson;
import org.shizhi.adapters.rest.model.RiskJson;
import org.shizhi.adapters.rest.model.RiskLevelJson;
import org.shizhi.adapters.rest.model.SessionJson;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeBreakdown;
import org.shizhi.domain.dispute.model.DisputeFigures;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.port.in.DisputeChanged;
import org.shizhi.domain.dispute.port.in.DisputeView;

/** The dispute context's views as the contract's models; personal data exactly as the domain's views give it. */
public final class DisputeModels {

    private DisputeModels() {
    }

    public static MediationCentreJson centre(MediationCentre c) {
        return new MediationCentreJson().areaCode(c.area().toString()).level(Models.as(AdminLevelJson.class, c.level())).name(c.name())
                .mediators(c.mediators().stream().map(m -> new MediatorJson().id(m.id()).name(m.name())).toList())
                .takesTypes(c.takesTypes().stream().sorted().toList());
    }

    public static DisputeTypeJson type(DisputeType t) {
        return new DisputeTypeJson().code(t.code()).label(t.label());
    }

    public static DisputeJson dispute(DisputeView view) {
        var d = view.dispute();
        DisputeJson model = new DisputeJson().id(d.id().value()).source(Models.as(DisputeSourceJson.class, d.source()))
                .gridEventId(d.gridEvent().map(e -> e.value()).orElse(null))
                .intakeReference(d.intakeReference().orElse(null))
                .areaCode(d.area().toString()).type(type(d.type()))
                .parties(view.parties().stream().map(DisputeModels::party).toList())
                .facts(d.facts()).claims(d.claims()).amount(d.amount().orElse(null)).peopleInvolved(d.peopleInvolved())
                .risk(new RiskJson().level(Models.as(RiskLevelJson.class, d.risk().level())).reasons(d.risk().reasons()))
                .petitionBacklog(d.petitionBacklog()).channel(Models.as(MediationChannelJson.class, d.channel()))
                .centre(d.centre().toString()).centreLevel(Models.as(AdminLevelJson.class, d.centreLevel()))
                .state(Models.as(DisputeStateJson.class, d.state())).openedAt(Times.at(d.openedAt()))
                .deadline(Models.deadline(d.deadline())).overdue(view.overdue())
                .sessions(d.sessions().stream().map(s -> new SessionJson().heldOn(s.on()).mediators(s.mediators()).attendees(s.attendees())
                        .notes(s.notes())).toList())
                .concludedAt(Times.at(d.concludedAt())).followUpDue(d.followUpDue().orElse(null))
                .followUps(d.followUps().stream().map(f -> new FollowUpJson().result(FollowUpJson.ResultEnum.valueOf(f.result().name()))
                        .note(f.note()).at(Times.at(f.at())).by(f.by())).toList())
                .closedAt(Times.at(d.closedAt())).escalations(d.escalations()).relapses(d.relapses()).version(d.version())
                .actions(view.actions().stream().map(a -> Models.as(DisputeActionJson.class, a)).toList());
        d.consultation().ifPresent(c -> model.consultation(new JointConsultationJson().convenedAt(Times.at(c.convenedAt()))
                .bodies(c.bodies().stream().sorted().map(b -> Models.as(ConsultationBodyJson.class, b)).toList())
                .opinions(c.opinions().stream().map(o -> new ConsultationOpinionJson().body(Models.as(ConsultationBodyJson.class, o.body()))
                        .opinion(o.text()).at(Times.at(o.at())).by(o.by())).toList())
                .awaitingOpinion(c.awaitingOpinion().stream().sorted().map(b -> Models.as(ConsultationBodyJson.class, b)).toList())
                .conclusion(c.conclusion().orElse(null)).concludedAt(Times.at(c.concludedAt()))));
        d.outcome().ifPresent(o -> model.outcome(outcome(o)));
        return model;
    }

    private static PartyJson party(DisputeView.PartyView p) {
        return new PartyJson().kind(Models.as(PartyKindJson.class, p.kind())).role(Models.as(PartyRoleJson.class, p.role())).name(p.name())
                .idNumber(p.idNumber().orElse(null)).phone(p.phone().orElse(null)).creditCode(p.creditCode().orElse(null))
                .personalDataTypes(p.personalDataTypes().stream().sorted().map(t -> Models.as(PersonalDataTypeJson.class, t)).toList())
                .masked(p.masked());
    }

    private static OutcomeJson outcome(Outcome o) {
        OutcomeJson model = new OutcomeJson().summary(o.describe());
        return switch (o) {
            case Outcome.Agreement a -> model.kind(OutcomeJson.KindEnum.AGREEMENT).terms(a.terms())
                    .obligations(a.obligations().stream().map(ob -> new ObligationJson().description(ob.description())
                            .amount(ob.amount().orElse(null)).dueOn(ob.dueOn().orElse(null))).toList())
                    .signatories(a.signatories())
                    .judicialConfirmation(OutcomeJson.JudicialConfirmationEnum.valueOf(a.confirmation().name()));
            case Outcome.Failure f -> model.kind(OutcomeJson.KindEnum.FAILURE).reason(f.reason())
                    .referral(OutcomeJson.ReferralEnum.valueOf(f.referral().name())).body(f.body()).referredOn(f.on());
            case Outcome.Withdrawal w -> model.kind(OutcomeJson.KindEnum.WITHDRAWAL).reason(w.reason());
        };
    }

    public static DisputeTimelineEntryJson entry(DisputeChange c) {
        return new DisputeTimelineEntryJson().version(c.version()).at(Times.at(c.at())).by(Models.acting(c.by()))
                .kind(Models.as(DisputeChangeKindJson.class, c.kind())).from(c.from().map(s -> Models.as(DisputeStateJson.class, s)).orElse(null))
                .to(Models.as(DisputeStateJson.class, c.to())).note(c.note());
    }

    public static DisputeChangeJson change(DisputeChanged changed) {
        return new DisputeChangeJson().dispute(dispute(changed.dispute())).change(entry(changed.change()));
    }

    public static DisputeBreakdownJson breakdown(DisputeBreakdown b) {
        return new DisputeBreakdownJson().areaCode(b.area().toString()).from(b.from()).to(b.to())
                .byType(b.byType().stream().map(c -> new DisputeTypeCountJson().code(c.type().code()).label(c.type().label())
                        .count(c.count())).toList())
                .byChannel(b.byChannel().stream().map(c -> new DisputeChannelCountJson()
                        .channel(Models.as(MediationChannelJson.class, c.channel())).count(c.count())).toList());
    }

    public static DisputeFiguresJson figures(DisputeFigures f) {
        return new DisputeFiguresJson().areaCode(f.area().toString()).from(f.from()).to(f.to()).opened(f.opened())
                .concluded(f.concluded()).resolved(f.resolved()).followedUp(f.followedUp()).fulfilled(f.fulfilled())
                .relapsed(f.relapsed()).escalated(f.escalated()).resolutionRate(f.resolutionRate().orElse(null))
                .fulfilledAtFollowUp(f.fulfilledAtFollowUp().orElse(null)).followUpCoverage(f.followUpCoverage().orElse(null))
                .relapseRate(f.relapseRate().orElse(null))
                .medianWorkingDaysToConclusion(f.medianWorkingDaysToConclusion().orElse(null))
                .shareEscalated(f.shareEscalated().orElse(null));
    }

}
