package org.shizhi.adapters.rest.law;

import java.util.Optional;
import org.shizhi.adapters.rest.model.Deadline;
import org.shizhi.adapters.rest.model.PersonOnRecord;
import org.shizhi.adapters.rest.model.PersonalDataType;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.Person;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.law.port.in.CentreView;
import org.shizhi.domain.law.port.in.ComplaintView;
import org.shizhi.domain.law.port.in.LegalAidView;
import org.shizhi.domain.law.port.in.PersonView;
import org.shizhi.domain.law.port.in.PetitionView;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;

/** The law context's records as the contract shows them, and the people of requests; also for replays. */
public final class LawModels {

    private LawModels() {
    }

    /** A person of a request, a refusal naming the field under {@code at} ({@code petitioner.idNumber}). */
    static Person person(org.shizhi.adapters.rest.model.NewPersonOnRecord given, String at) {
        if (given == null) {
            return null;
        }
        Optional<IdNumber> idNumber = Optional.ofNullable(given.getIdNumber()).map(t -> Fields.as(at + ".idNumber", () -> IdNumber.parse(t)));
        Optional<PhoneNumber> phone = Optional.ofNullable(given.getPhone()).map(t -> Fields.as(at + ".phone", () -> PhoneNumber.parse(t)));
        return Fields.at(at, () -> new Person(given.getName(), idNumber, phone));
    }

    static PersonOnRecord person(PersonView p) {
        return new PersonOnRecord().name(p.name()).idNumber(p.idNumber().orElse(null)).phone(p.phone().orElse(null))
                .personalDataTypes(p.personalDataTypes().stream().map(t -> LawHttp.as(PersonalDataType.class, t)).sorted().toList())
                .masked(p.masked());
    }

    static Deadline deadline(org.shizhi.domain.shared.Deadline d) {
        return new Deadline(d.workingDays(), d.dueOn(), LawHttp.at(d.passesAt()));
    }

    public static org.shizhi.adapters.rest.model.Petition petition(PetitionView view) {
        Petition p = view.petition();
        return new org.shizhi.adapters.rest.model.Petition().id(p.id().value()).version(p.version()).areaCode(p.area().value())
                .petitioner(person(view.petitioner())).matter(p.matter())
                .channel(LawHttp.as(org.shizhi.adapters.rest.model.PetitionChannel.class, p.channel())).agency(p.agency())
                .receivedAt(LawHttp.at(p.receivedAt())).acceptanceDue(deadline(p.acceptanceDue()))
                .state(LawHttp.as(org.shizhi.adapters.rest.model.PetitionState.class, p.state()))
                .repeatOf(p.repeatOf().map(PetitionId::value).orElse(null)).acceptedAt(LawHttp.at(p.acceptedAt()))
                .notAcceptedReason(p.notAcceptedReason().orElse(null)).replyDue(p.replyDue().map(LawModels::deadline).orElse(null))
                .extensionReason(p.extensionReason().orElse(null)).leader(p.leader().orElse(null))
                .disputeId(p.dispute().map(d -> d.value()).orElse(null)).reply(p.reply().orElse(null))
                .repliedAt(LawHttp.at(p.repliedAt())).reopenings(p.reopenings()).outcome(p.outcome().orElse(null))
                .petitionerResponse(p.petitionerResponse().map(s -> LawHttp.as(org.shizhi.adapters.rest.model.Satisfaction.class, s)).orElse(null))
                .clearedAt(LawHttp.at(p.clearedAt())).inBacklog(view.inBacklog()).ageDays(view.ageDays());
    }

    public static org.shizhi.adapters.rest.model.LegalAidApplication application(LegalAidView view) {
        LegalAidApplication a = view.application();
        return new org.shizhi.adapters.rest.model.LegalAidApplication().id(a.id().value()).version(a.version())
                .areaCode(a.area().value()).applicant(person(view.applicant())).matter(a.matter())
                .category(LawHttp.as(org.shizhi.adapters.rest.model.LegalAidCategory.class, a.category()))
                .hardshipEvidence(a.hardshipEvidence()).receivedOn(a.receivedOn()).decisionDue(deadline(a.decisionDue()))
                .state(LawHttp.as(org.shizhi.adapters.rest.model.LegalAidState.class, a.state()))
                .decidedAt(LawHttp.at(a.decidedAt())).refusalReason(a.refusalReason().orElse(null))
                .centre(a.centre().orElse(null)).lawyer(a.lawyer().orElse(null)).result(a.result().orElse(null))
                .satisfaction(a.satisfaction().map(s -> LawHttp.as(org.shizhi.adapters.rest.model.Satisfaction.class, s)).orElse(null))
                .closedAt(LawHttp.at(a.closedAt())).overdue(view.overdue());
    }

    public static org.shizhi.adapters.rest.model.SupervisionComplaint complaint(ComplaintView view) {
        SupervisionComplaint c = view.complaint();
        return new org.shizhi.adapters.rest.model.SupervisionComplaint().id(c.id().value()).version(c.version())
                .areaCode(c.area().value()).agency(c.agency()).act(c.act()).complainant(person(view.complainant()))
                .filedAt(LawHttp.at(c.filedAt())).reviewDue(deadline(c.reviewDue()))
                .outcome(c.outcome().map(o -> LawHttp.as(org.shizhi.adapters.rest.model.ReviewOutcome.class, o)).orElse(null))
                .finding(c.finding().orElse(null)).reviewedAt(LawHttp.at(c.reviewedAt())).overdue(view.overdue());
    }

    static org.shizhi.adapters.rest.model.LegalAidCentre centre(CentreView view) {
        return new org.shizhi.adapters.rest.model.LegalAidCentre().code(view.centre().code()).areaCode(view.centre().area().value())
                .name(view.centre().name()).capacity(view.centre().capacity())
                .lawyers(view.lawyers().stream().map(l -> new org.shizhi.adapters.rest.model.LawyerCaseload().id(l.lawyer().id())
                        .name(l.lawyer().name()).capacity(l.lawyer().capacity()).caseload(l.caseload())).toList());
    }

    public static org.shizhi.adapters.rest.model.LawPublicityEvent publicityEvent(PublicityEvent e) {
        return new org.shizhi.adapters.rest.model.LawPublicityEvent().id(e.id().value()).areaCode(e.area().value())
                .topic(e.topic()).audience(LawHttp.as(org.shizhi.adapters.rest.model.AudienceKind.class, e.audience()))
                .place(e.place()).heldOn(e.heldOn()).reach(e.reach());
    }

    public static org.shizhi.adapters.rest.model.Regulation regulation(Regulation r) {
        return new org.shizhi.adapters.rest.model.Regulation().id(r.id().value()).version(r.version()).cityCode(r.city().value())
                .title(r.title()).documentNumber(r.documentNumber()).adoptingBody(r.adoptingBody())
                .adoptedOn(r.adoptedOn()).effectiveOn(r.effectiveOn())
                .status(LawHttp.as(org.shizhi.adapters.rest.model.RegulationStatus.class, r.status()))
                .changingAct(r.changingAct().orElse(null)).changedOn(r.changedOn().orElse(null)).text(r.text());
    }
}
