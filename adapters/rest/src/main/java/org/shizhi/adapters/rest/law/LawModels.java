package org.shizhi.adapters.rest.law;

import org.shizhi.adapters.rest.model.AudienceKindJson;
import org.shizhi.adapters.rest.model.DeadlineJson;
import org.shizhi.adapters.rest.model.LawPublicityEventJson;
import org.shizhi.adapters.rest.model.LawyerCaseloadJson;
import org.shizhi.adapters.rest.model.LegalAidApplicationJson;
import org.shizhi.adapters.rest.model.LegalAidCategoryJson;
import org.shizhi.adapters.rest.model.LegalAidCentreJson;
import org.shizhi.adapters.rest.model.LegalAidStateJson;
import org.shizhi.adapters.rest.model.NewPersonOnRecordJson;
import org.shizhi.adapters.rest.model.PersonOnRecordJson;
import org.shizhi.adapters.rest.model.PersonalDataTypeJson;
import org.shizhi.adapters.rest.model.PetitionJson;
import org.shizhi.adapters.rest.model.PetitionChannelJson;
import org.shizhi.adapters.rest.model.PetitionStateJson;
import org.shizhi.adapters.rest.model.RegulationHitJson;
import org.shizhi.adapters.rest.model.RegulationJson;
import org.shizhi.adapters.rest.model.RegulationStatusJson;
import org.shizhi.adapters.rest.model.ReviewOutcomeJson;
import org.shizhi.adapters.rest.model.SatisfactionJson;
import org.shizhi.adapters.rest.model.SupervisionComplaintJson;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.Person;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationHit;
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
    static Person person(NewPersonOnRecordJson given, String at) {
        if (given == null) {
            return null;
        }
        Optional<IdNumber> idNumber = Optional.ofNullable(given.getIdNumber()).map(t -> Fields.as(at + ".idNumber", () -> IdNumber.parse(t)));
        Optional<PhoneNumber> phone = Optional.ofNullable(given.getPhone()).map(t -> Fields.as(at + ".phone", () -> PhoneNumber.parse(t)));
        return Fields.at(at, () -> new Person(given.getName(), idNumber, phone));
    }

    static PersonOnRecordJson person(PersonView p) {
        return new PersonOnRecordJson().name(p.name()).idNumber(p.idNumber().orElse(null)).phone(p.phone().orElse(null))
                .personalDataTypes(p.personalDataTypes().stream().map(t -> LawHttp.as(PersonalDataTypeJson.class, t)).sorted().toList())
                .masked(p.masked());
    }

    static DeadlineJson deadline(org.shizhi.domain.shared.Deadline d) {
        return new DeadlineJson(d.workingDays(), d.dueOn(), LawHttp.at(d.passesAt()));
    }

    public static PetitionJson petition(PetitionView view) {
        Petition p = view.petition();
        return new PetitionJson().id(p.id().value()).version(p.version()).areaCode(p.area().value())
                .petitioner(person(view.petitioner())).matter(p.matter())
                .channel(LawHttp.as(PetitionChannelJson.class, p.channel())).agency(p.agency())
                .receivedAt(LawHttp.at(p.receivedAt())).acceptanceDue(deadline(p.acceptanceDue()))
                .state(LawHttp.as(PetitionStateJson.class, p.state()))
                .repeatOf(p.repeatOf().map(PetitionId::value).orElse(null)).visitTaskId(p.visitTask().orElse(null)).acceptedAt(LawHttp.at(p.acceptedAt()))
                .notAcceptedReason(p.notAcceptedReason().orElse(null)).replyDue(p.replyDue().map(LawModels::deadline).orElse(null))
                .extensionReason(p.extensionReason().orElse(null)).leader(view.leader().orElse(null))
                .disputeId(p.dispute().map(d -> d.value()).orElse(null)).reply(p.reply().orElse(null))
                .repliedAt(LawHttp.at(p.repliedAt())).reopenings(p.reopenings()).outcome(p.outcome().orElse(null))
                .petitionerResponse(p.petitionerResponse().map(s -> LawHttp.as(SatisfactionJson.class, s)).orElse(null))
                .clearedAt(LawHttp.at(p.clearedAt())).inBacklog(view.inBacklog()).ageDays(view.ageDays());
    }

    public static LegalAidApplicationJson application(LegalAidView view) {
        LegalAidApplication a = view.application();
        return new LegalAidApplicationJson().id(a.id().value()).version(a.version())
                .areaCode(a.area().value()).applicant(person(view.applicant())).matter(a.matter())
                .category(LawHttp.as(LegalAidCategoryJson.class, a.category()))
                .hardshipEvidence(a.hardshipEvidence()).receivedOn(a.receivedOn()).decisionDue(deadline(a.decisionDue()))
                .state(LawHttp.as(LegalAidStateJson.class, a.state()))
                .decidedAt(LawHttp.at(a.decidedAt())).refusalReason(a.refusalReason().orElse(null))
                .centre(a.centre().orElse(null)).lawyer(a.lawyer().orElse(null)).result(a.result().orElse(null))
                .satisfaction(a.satisfaction().map(s -> LawHttp.as(SatisfactionJson.class, s)).orElse(null))
                .closedAt(LawHttp.at(a.closedAt())).overdue(view.overdue());
    }

    public static SupervisionComplaintJson complaint(ComplaintView view) {
        SupervisionComplaint c = view.complaint();
        return new SupervisionComplaintJson().id(c.id().value()).version(c.version())
                .areaCode(c.area().value()).agency(c.agency()).act(c.act()).complainant(person(view.complainant()))
                .filedAt(LawHttp.at(c.filedAt())).reviewDue(deadline(c.reviewDue()))
                .outcome(c.outcome().map(o -> LawHttp.as(ReviewOutcomeJson.class, o)).orElse(null))
                .finding(c.finding().orElse(null)).reviewedAt(LawHttp.at(c.reviewedAt())).overdue(view.overdue());
    }

    static LegalAidCentreJson centre(CentreView view) {
        return new LegalAidCentreJson().code(view.centre().code()).areaCode(view.centre().area().value())
                .name(view.centre().name()).capacity(view.centre().capacity())
                .lawyers(view.lawyers().stream().map(l -> new LawyerCaseloadJson().id(l.lawyer().id())
                        .name(l.name()).capacity(l.lawyer().capacity()).caseload(l.caseload())).toList());
    }

    public static LawPublicityEventJson publicityEvent(PublicityEvent e) {
        return new LawPublicityEventJson().id(e.id().value()).areaCode(e.area().value())
                .topic(e.topic()).audience(LawHttp.as(AudienceKindJson.class, e.audience()))
                .place(e.place()).heldOn(e.heldOn()).reach(e.reach());
    }

    public static RegulationJson regulation(Regulation r) {
        return new RegulationJson().id(r.id().value()).version(r.version()).cityCode(r.city().value())
                .title(r.title()).documentNumber(r.documentNumber()).adoptingBody(r.adoptingBody())
                .adoptedOn(r.adoptedOn()).effectiveOn(r.effectiveOn())
                .status(LawHttp.as(RegulationStatusJson.class, r.status()))
                .changingAct(r.changingAct().orElse(null)).changedOn(r.changedOn().orElse(null)).text(r.text());
    }

    static RegulationHitJson hit(RegulationHit h, List<String> terms) {
        Regulation r = h.regulation();
        return new RegulationHitJson().id(r.id().value()).relevance(h.relevance()).title(r.title()).documentNumber(r.documentNumber())
                .effectiveOn(r.effectiveOn()).status(LawHttp.as(RegulationStatusJson.class, r.status())).snippet(snippet(r.text(), terms));
    }

    private static final int BEFORE = 40;
    private static final int WIDTH = 120;

    /**
     * About {@value #WIDTH} characters of the text from a little before the first match, every match in it marked
     * {@code <em>…</em>} and the rest HTML-escaped; the text's start when only the title matched.
     */
    static String snippet(String text, List<String> terms) {
        Pattern words = Pattern.compile(terms.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher first = words.matcher(text);
        int from = first.find() ? Math.max(0, first.start() - BEFORE) : 0;
        int to = Math.min(text.length(), from + WIDTH);
        String window = text.substring(from, to);
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        Matcher m = words.matcher(window);
        int done = 0;
        while (m.find()) {
            out.append(escaped(window.substring(done, m.start()))).append("<em>").append(escaped(m.group())).append("</em>");
            done = m.end();
        }
        out.append(escaped(window.substring(done)));
        return to < text.length() ? out.append("…").toString() : out.toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
