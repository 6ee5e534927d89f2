package org.shizhi.adapters.rest.http;

import org.shizhi.adapters.rest.grid.GeoJson;

import java.util.List;
import org.shizhi.adapters.rest.model.Acting;
import org.shizhi.adapters.rest.model.AdminLevel;
import org.shizhi.adapters.rest.model.AnswerKind;
import org.shizhi.adapters.rest.model.Attachment;
import org.shizhi.adapters.rest.model.CategoryCount;
import org.shizhi.adapters.rest.model.ChangeKind;
import org.shizhi.adapters.rest.model.Deadline;
import org.shizhi.adapters.rest.model.DuplicateSuggestion;
import org.shizhi.adapters.rest.model.Dwelling;
import org.shizhi.adapters.rest.model.EventCategory;
import org.shizhi.adapters.rest.model.EventChange;
import org.shizhi.adapters.rest.model.EventChannel;
import org.shizhi.adapters.rest.model.EventGrade;
import org.shizhi.adapters.rest.model.EventReported;
import org.shizhi.adapters.rest.model.EventState;
import org.shizhi.adapters.rest.model.GradeCount;
import org.shizhi.adapters.rest.model.Grid;
import org.shizhi.adapters.rest.model.GridEvent;
import org.shizhi.adapters.rest.model.GridMember;
import org.shizhi.adapters.rest.model.GridPost;
import org.shizhi.adapters.rest.model.GridTier;
import org.shizhi.adapters.rest.model.Organisation;
import org.shizhi.adapters.rest.model.OrganisationKind;
import org.shizhi.adapters.rest.model.RegisterCounts;
import org.shizhi.adapters.rest.model.ReportWithin;
import org.shizhi.adapters.rest.model.ReportWithinUnit;
import org.shizhi.adapters.rest.model.Reporter;
import org.shizhi.adapters.rest.model.Resident;
import org.shizhi.adapters.rest.model.Resolution;
import org.shizhi.adapters.rest.model.RiskSignal;
import org.shizhi.adapters.rest.model.Role;
import org.shizhi.adapters.rest.model.Summons;
import org.shizhi.adapters.rest.model.SummonsAnswer;
import org.shizhi.adapters.rest.model.TimelineEntry;
import org.shizhi.adapters.rest.model.Verdict;
import org.shizhi.adapters.rest.model.WeeklyDigest;
import org.shizhi.domain.grid.port.in.EventChanged;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.in.ResidentView;

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

    public static Grid grid(GridView view) {
        Grid grid = new Grid(view.code().value(), as(GridTier.class, view.tier()), view.name(),
                view.members().stream().map(Models::member).toList(), view.lacksResponsibleWorker(), counts(view.counts()),
                view.version());
        view.parent().ifPresent(parent -> grid.setParentCode(parent.value()));
        view.boundary().ifPresent(boundary -> grid.setBoundary(GeoJson.polygon(boundary)));
        return grid;
    }

    public static GridMember member(GridView.MemberView member) {
        return new GridMember(member.id().value(), as(GridPost.class, member.post()), member.name(), member.contact());
    }

    public static RegisterCounts counts(org.shizhi.domain.grid.model.RegisterCounts counts) {
        return new RegisterCounts(counts.dwellings(), counts.households(), counts.residents(), counts.organisations());
    }

    public static Dwelling dwelling(org.shizhi.domain.grid.model.Dwelling dwelling) {
        return new Dwelling(dwelling.id().value(), dwelling.grid().value(), dwelling.address(), dwelling.households(),
                dwelling.version());
    }

    public static Resident resident(ResidentView view) {
        Resident resident = new Resident(view.id().value(), view.dwelling().value(), view.grid().value(), view.name(),
                view.idNumber(), view.masked());
        view.mobile().ifPresent(resident::setMobile);
        return resident;
    }

    public static Organisation organisation(org.shizhi.domain.grid.model.Organisation organisation) {
        return new Organisation(organisation.id().value(), organisation.grid().value(), organisation.name(),
                organisation.creditCode().value(), as(OrganisationKind.class, organisation.kind()), organisation.address());
    }

    // Events

    public static GridEvent event(GridEventView view) {
        GridEvent event = new GridEvent(view.id().value(), view.grid().value(), as(EventCategory.class, view.category()),
                view.text(), as(EventChannel.class, view.channel()), reporter(view.reporter()),
                view.attachments().stream().map(Models::attachment).toList(), grade(view.grade()),
                as(AdminLevel.class, view.handlingLevel()), as(EventState.class, view.state()),
                view.next().stream().sorted().map(s -> as(EventState.class, s)).toList(), deadline(view.deadline()),
                view.overdue(), Times.at(view.reportedAt()),
                view.dispatchedTo().stream().map(d -> d.value()).toList(),
                view.summonses().stream().map(Models::summons).toList(), view.escalations(), view.version());
        view.location().ifPresent(p -> event.setLocation(GeoJson.point(p)));
        view.resolution().ifPresent(r -> event.setResolution(new Resolution(r.text(), Times.at(r.at()), acting(r.by()))));
        view.verdict().ifPresent(v -> event.setVerdict(verdict(v)));
        view.rejectionReason().ifPresent(event::setRejectionReason);
        view.mergedInto().ifPresent(original -> event.setMergedInto(original.value()));
        view.closedAt().ifPresent(at -> event.setClosedAt(Times.at(at)));
        return event;
    }

    public static Reporter reporter(GridEventView.ReporterView view) {
        Reporter reporter = new Reporter(view.name(), view.masked());
        view.phone().ifPresent(reporter::setPhone);
        return reporter;
    }

    public static Attachment attachment(org.shizhi.domain.grid.model.Attachment attachment) {
        return new Attachment(attachment.fileName(), attachment.mediaType(), attachment.sizeBytes(), attachment.sha256());
    }

    public static EventGrade grade(org.shizhi.domain.grid.model.EventGrade grade) {
        return new EventGrade(grade.code(), grade.label(), grade.severity(), grade.reasons());
    }

    public static Deadline deadline(org.shizhi.domain.shared.Deadline deadline) {
        return new Deadline(deadline.workingDays(), deadline.dueOn(), Times.at(deadline.passesAt()));
    }

    public static Acting acting(org.shizhi.domain.shared.Acting acting) {
        return new Acting(acting.subject(), as(Role.class, acting.role()));
    }

    public static Verdict verdict(org.shizhi.domain.grid.model.Verdict verdict) {
        Verdict model = new Verdict(verdict.satisfaction(), Times.at(verdict.at()), acting(verdict.recordedBy()));
        if (!verdict.comment().isEmpty()) {
            model.setComment(verdict.comment());
        }
        return model;
    }

    public static Summons summons(org.shizhi.domain.grid.model.Summons summons) {
        return new Summons(summons.id().value(), acting(summons.by()), Times.at(summons.summonedAt()),
                summons.departments().stream().map(d -> d.value()).toList(), within(summons.within()),
                Times.at(summons.dueAt()), summons.answers().stream().map(Models::answer).toList(),
                summons.outstanding().stream().map(d -> d.value()).toList());
    }

    public static ReportWithin within(org.shizhi.domain.grid.model.ReportWithin within) {
        return new ReportWithin(within.amount(), as(ReportWithinUnit.class, within.unit()));
    }

    public static SummonsAnswer answer(org.shizhi.domain.grid.model.SummonsAnswer answer) {
        SummonsAnswer model = new SummonsAnswer(answer.department().value(), as(AnswerKind.class, answer.kind()),
                Times.at(answer.at()), acting(answer.by()), answer.lateBy().toString(), answer.late());
        if (!answer.note().isEmpty()) {
            model.setNote(answer.note());
        }
        return model;
    }

    public static TimelineEntry timelineEntry(org.shizhi.domain.grid.model.TimelineEntry entry) {
        TimelineEntry model = new TimelineEntry(Times.at(entry.at()), entry.actor(), as(Role.class, entry.role()),
                as(ChangeKind.class, entry.kind()), as(EventState.class, entry.to()), entry.note());
        entry.from().ifPresent(from -> model.setFrom(as(EventState.class, from)));
        return model;
    }

    public static EventChange change(EventChanged changed) {
        return new EventChange(event(changed.event()), timelineEntry(changed.change().timelineEntry()));
    }

    public static EventReported reported(ReportEventUseCase.EventReported reported) {
        return new EventReported(event(reported.event()), timelineEntry(reported.change().timelineEntry()),
                reported.possibleDuplicates().stream().map(Models::duplicate).toList());
    }

    public static DuplicateSuggestion duplicate(org.shizhi.domain.grid.model.DuplicateSuggestion suggestion) {
        return new DuplicateSuggestion(suggestion.eventId().value(), suggestion.grid().value(),
                as(EventState.class, suggestion.state()), Times.at(suggestion.reportedAt()), suggestion.similarity());
    }

    // Digests

    public static WeeklyDigest digest(org.shizhi.domain.grid.model.WeeklyDigest digest) {
        List<CategoryCount> categories = digest.byCategory().stream()
                .map(c -> new CategoryCount(as(EventCategory.class, c.category()), c.label(), c.count())).toList();
        List<GradeCount> grades = digest.byGrade().stream()
                .map(g -> new GradeCount(g.code(), g.label(), g.severity(), g.count())).toList();
        List<RiskSignal> signals = digest.newRiskSignals().stream()
                .map(s -> new RiskSignal(s.eventId().value(), s.grid().value(), as(EventCategory.class, s.category()),
                        s.gradeCode(), s.gradeLabel(), s.severity(), Times.at(s.reportedAt()))).toList();
        WeeklyDigest model = new WeeklyDigest(digest.area().value(), digest.week().monday(), digest.week().sunday(),
                Times.at(digest.asOf()), digest.reported(), categories, grades, signals, digest.overdue(), digest.closed(),
                digest.verdicts());
        if (digest.meanSatisfaction().isPresent()) {
            model.setMeanSatisfaction(digest.meanSatisfaction().getAsDouble());
        }
        return model;
    }

}
