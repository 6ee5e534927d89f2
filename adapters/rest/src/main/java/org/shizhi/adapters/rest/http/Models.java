package org.shizhi.adapters.rest.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shizhi.adapters.rest.model.ActingJson;
import org.shizhi.adapters.rest.model.AdminLevelJson;
import org.shizhi.adapters.rest.model.AnswerKindJson;
import org.shizhi.adapters.rest.model.AttachmentJson;
import org.shizhi.adapters.rest.model.CategoryCountJson;
import org.shizhi.adapters.rest.model.ChangeKindJson;
import org.shizhi.adapters.rest.model.DeadlineJson;
import org.shizhi.adapters.rest.model.DuplicateSuggestionJson;
import org.shizhi.adapters.rest.model.DwellingJson;
import org.shizhi.adapters.rest.model.EventCategoryJson;
import org.shizhi.adapters.rest.model.EventChangeJson;
import org.shizhi.adapters.rest.model.EventChannelJson;
import org.shizhi.adapters.rest.model.EventGradeJson;
import org.shizhi.adapters.rest.model.EventReportedJson;
import org.shizhi.adapters.rest.model.EventActionJson;
import org.shizhi.adapters.rest.model.EventStateJson;
import org.shizhi.adapters.rest.model.GradeCountJson;
import org.shizhi.adapters.rest.model.GridEventJson;
import org.shizhi.adapters.rest.model.GridJson;
import org.shizhi.adapters.rest.model.GridMemberJson;
import org.shizhi.adapters.rest.model.GridPostJson;
import org.shizhi.adapters.rest.model.GridTierJson;
import org.shizhi.adapters.rest.model.NewPartyJson;
import org.shizhi.adapters.rest.model.OrganisationJson;
import org.shizhi.adapters.rest.model.OrganisationKindJson;
import org.shizhi.adapters.rest.model.RegisterCountsJson;
import org.shizhi.adapters.rest.model.ReportWithinJson;
import org.shizhi.adapters.rest.model.ReportWithinUnitJson;
import org.shizhi.adapters.rest.model.ReporterJson;
import org.shizhi.adapters.rest.model.ResidentJson;
import org.shizhi.adapters.rest.model.ResolutionJson;
import org.shizhi.adapters.rest.model.RiskJson;
import org.shizhi.adapters.rest.model.RiskSignalJson;
import org.shizhi.adapters.rest.model.RoleJson;
import org.shizhi.adapters.rest.model.SummonsAnswerJson;
import org.shizhi.adapters.rest.model.SummonsJson;
import org.shizhi.adapters.rest.model.TimelineEntryJson;
import org.shizhi.adapters.rest.model.VerdictJson;
import org.shizhi.adapters.rest.model.WeeklyDigestJson;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.grid.model.Attachment;
import org.shizhi.domain.grid.model.DuplicateSuggestion;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.Summons;
import org.shizhi.domain.grid.model.SummonsAnswer;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.model.Verdict;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.grid.port.in.EventChanged;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.in.ResidentView;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The domain's views as the contract's models. Personal data is passed on exactly as the domain's views give it
 * (clear or masked by the caller's privilege): nothing here unmasks or masks.
 */
public final class Models {

    private Models() {
    }

    /** A domain enum as the contract's enum of the same constants. */
    public static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    // Grids and registers

    public static GridJson grid(GridView view) {
        GridJson grid = new GridJson(view.code().value(), as(GridTierJson.class, view.tier()), view.name(),
                view.members().stream().map(Models::member).toList(), view.lacksResponsibleWorker(), counts(view.counts()),
                view.version());
        view.parent().ifPresent(parent -> grid.setParentCode(parent.value()));
        view.boundary().ifPresent(boundary -> grid.setBoundary(GeoJson.polygon(boundary)));
        return grid;
    }

    public static GridMemberJson member(GridView.MemberView member) {
        return new GridMemberJson(member.id().value(), as(GridPostJson.class, member.post()), member.name(), member.contact());
    }

    public static RegisterCountsJson counts(RegisterCounts counts) {
        return new RegisterCountsJson(counts.dwellings(), counts.households(), counts.residents(), counts.organisations());
    }

    public static DwellingJson dwelling(Dwelling dwelling) {
        return new DwellingJson(dwelling.id().value(), dwelling.grid().value(), dwelling.address(), dwelling.households(),
                dwelling.version());
    }

    public static ResidentJson resident(ResidentView view) {
        ResidentJson resident = new ResidentJson(view.id().value(), view.dwelling().value(), view.grid().value(), view.name(),
                view.idNumber(), view.masked());
        view.mobile().ifPresent(resident::setMobile);
        return resident;
    }

    public static OrganisationJson organisation(Organisation organisation) {
        return new OrganisationJson(organisation.id().value(), organisation.grid().value(), organisation.name(),
                organisation.creditCode().value(), as(OrganisationKindJson.class, organisation.kind()), organisation.address());
    }

    // Events

    public static GridEventJson event(GridEventView view) {
        GridEventJson event = new GridEventJson(view.id().value(), view.grid().value(), as(EventCategoryJson.class, view.category()),
                view.text(), as(EventChannelJson.class, view.channel()), reporter(view.reporter()),
                view.attachments().stream().map(Models::attachment).toList(), grade(view.grade()),
                as(AdminLevelJson.class, view.handlingLevel()), as(EventStateJson.class, view.state()),
                view.next().stream().sorted().map(s -> as(EventStateJson.class, s)).toList(),
                view.actions().stream().map(a -> as(EventActionJson.class, a)).toList(), deadline(view.deadline()),
                view.overdue(), Times.at(view.reportedAt()),
                view.dispatchedTo().stream().map(d -> d.value()).toList(),
                view.summonses().stream().map(Models::summons).toList(), view.escalations(), view.version());
        view.location().ifPresent(p -> event.setLocation(GeoJson.point(p)));
        view.resolution().ifPresent(r -> event.setResolution(new ResolutionJson(r.text(), Times.at(r.at()), acting(r.by()))));
        view.verdict().ifPresent(v -> event.setVerdict(verdict(v)));
        view.rejectionReason().ifPresent(event::setRejectionReason);
        view.mergedInto().ifPresent(original -> event.setMergedInto(original.value()));
        view.closedAt().ifPresent(at -> event.setClosedAt(Times.at(at)));
        return event;
    }

    public static ReporterJson reporter(GridEventView.ReporterView view) {
        ReporterJson reporter = new ReporterJson(view.name(), view.masked());
        view.phone().ifPresent(reporter::setPhone);
        return reporter;
    }

    public static AttachmentJson attachment(Attachment attachment) {
        return new AttachmentJson(attachment.fileName(), attachment.mediaType(), attachment.sizeBytes(), attachment.sha256());
    }

    public static EventGradeJson grade(EventGrade grade) {
        return new EventGradeJson(grade.code(), grade.label(), grade.severity(), grade.reasons());
    }

    public static DeadlineJson deadline(Deadline deadline) {
        return new DeadlineJson(deadline.workingDays(), deadline.dueOn(), Times.at(deadline.passesAt()));
    }

    public static ActingJson acting(Acting acting) {
        return new ActingJson(acting.subject(), as(RoleJson.class, acting.role()));
    }

    public static VerdictJson verdict(Verdict verdict) {
        VerdictJson model = new VerdictJson(verdict.satisfaction(), Times.at(verdict.at()), acting(verdict.recordedBy()));
        if (!verdict.comment().isEmpty()) {
            model.setComment(verdict.comment());
        }
        return model;
    }

    public static SummonsJson summons(Summons summons) {
        return new SummonsJson(summons.id().value(), acting(summons.by()), Times.at(summons.summonedAt()),
                summons.departments().stream().map(d -> d.value()).toList(), within(summons.within()),
                Times.at(summons.dueAt()), summons.answers().stream().map(Models::answer).toList(),
                summons.outstanding().stream().map(d -> d.value()).toList());
    }

    public static ReportWithinJson within(ReportWithin within) {
        return new ReportWithinJson(within.amount(), as(ReportWithinUnitJson.class, within.unit()));
    }

    public static SummonsAnswerJson answer(SummonsAnswer answer) {
        SummonsAnswerJson model = new SummonsAnswerJson(answer.department().value(), as(AnswerKindJson.class, answer.kind()),
                Times.at(answer.at()), acting(answer.by()), answer.lateBy().toString(), answer.late());
        if (!answer.note().isEmpty()) {
            model.setNote(answer.note());
        }
        return model;
    }

    public static TimelineEntryJson timelineEntry(TimelineEntry entry) {
        TimelineEntryJson model = new TimelineEntryJson(Times.at(entry.at()), entry.actor(), as(RoleJson.class, entry.role()),
                as(ChangeKindJson.class, entry.kind()), as(EventStateJson.class, entry.to()), entry.note());
        entry.from().ifPresent(from -> model.setFrom(as(EventStateJson.class, from)));
        return model;
    }

    public static EventChangeJson change(EventChanged changed) {
        return new EventChangeJson(event(changed.event()), timelineEntry(changed.change().timelineEntry()));
    }

    public static EventReportedJson reported(ReportEventUseCase.EventReported reported) {
        return new EventReportedJson(event(reported.event()), timelineEntry(reported.change().timelineEntry()),
                reported.possibleDuplicates().stream().map(Models::duplicate).toList());
    }

    public static DuplicateSuggestionJson duplicate(DuplicateSuggestion suggestion) {
        return new DuplicateSuggestionJson(suggestion.eventId().value(), suggestion.grid().value(),
                as(EventStateJson.class, suggestion.state()), Times.at(suggestion.reportedAt()), suggestion.similarity());
    }

    // Digests

    public static WeeklyDigestJson digest(WeeklyDigest digest) {
        List<CategoryCountJson> categories = digest.byCategory().stream()
                .map(c -> new CategoryCountJson(as(EventCategoryJson.class, c.category()), c.label(), c.count())).toList();
        List<GradeCountJson> grades = digest.byGrade().stream()
                .map(g -> new GradeCountJson(g.code(), g.label(), g.severity(), g.count())).toList();
        List<RiskSignalJson> signals = digest.newRiskSignals().stream()
                .map(s -> new RiskSignalJson(s.eventId().value(), s.grid().value(), as(EventCategoryJson.class, s.category()),
                        s.gradeCode(), s.gradeLabel(), s.severity(), Times.at(s.reportedAt()))).toList();
        WeeklyDigestJson model = new WeeklyDigestJson(digest.area().value(), digest.week().monday(), digest.week().sunday(),
                Times.at(digest.asOf()), digest.reported(), categories, grades, signals, digest.overdue(), digest.closed(),
                digest.verdicts());
        if (digest.meanSatisfaction().isPresent()) {
            model.setMeanSatisfaction(digest.meanSatisfaction().getAsDouble());
        }
        return model;
    }

    /** The parties of a request, a refusal naming the field under {@code prefix} ("" or e.g. "dispute."). */
    public static List<Party> parties(List<NewPartyJson> given, String prefix) {
        List<Party> parties = new ArrayList<>();
        List<NewPartyJson> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            NewPartyJson p = all.get(i);
            String at = prefix + "parties[" + i + "]";
            if (p == null) {
                throw new InvalidValueException(at, "a party is an object with kind, role and name");
            }
            Optional<IdNumber> idNumber = Optional.ofNullable(p.getIdNumber()).map(t -> Fields.as(at + ".idNumber", () -> IdNumber.parse(t)));
            Optional<PhoneNumber> phone = Optional.ofNullable(p.getPhone()).map(t -> Fields.as(at + ".phone", () -> PhoneNumber.parse(t)));
            Optional<UnifiedSocialCreditCode> credit = Optional.ofNullable(p.getCreditCode())
                    .map(t -> Fields.as(at + ".creditCode", () -> UnifiedSocialCreditCode.parse(t)));
            parties.add(Fields.at(at, () -> new Party(Models.as(Party.Kind.class, p.getKind()), Models.as(Party.Role.class, p.getRole()),
                    p.getName(), idNumber, phone, credit)));
        }
        return parties;
    }

    /** The risk of a request, or null when absent; a refusal names the field under {@code prefix}. */
    public static Risk risk(RiskJson given, String prefix) {
        if (given == null) {
            return null;
        }
        try {
            return new Risk(Models.as(RiskLevel.class, given.getLevel()), given.getReasons());
        } catch (InvalidValueException e) {
            // The domain names risk.level and risk.reasons[i] already.
            throw new InvalidValueException(prefix + e.field().orElse("risk"), e.getMessage());
        }
    }
}
