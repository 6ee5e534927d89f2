package org.shizhi.adapters.rest.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.adapters.rest.api.SupervisionApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.http.Times;
import org.shizhi.adapters.rest.model.AssessmentLineDifferenceJson;
import org.shizhi.adapters.rest.model.AssessmentNoticeSummaryJson;
import org.shizhi.adapters.rest.model.AssessmentNoticeSummaryPageJson;
import org.shizhi.adapters.rest.model.AssessmentResultDifferencesJson;
import org.shizhi.adapters.rest.model.AssessmentSubjectJson;
import org.shizhi.adapters.rest.model.AssessmentUnitDifferenceJson;
import org.shizhi.adapters.rest.model.NewSupervisionTaskJson;
import org.shizhi.adapters.rest.model.NoticeStateJson;
import org.shizhi.adapters.rest.model.RectificationReportJson;
import org.shizhi.adapters.rest.model.RectificationVerdictJson;
import org.shizhi.adapters.rest.model.SupervisionDeadlineJson;
import org.shizhi.adapters.rest.model.SupervisionEscalationJson;
import org.shizhi.adapters.rest.model.SupervisionEvidenceJson;
import org.shizhi.adapters.rest.model.SupervisionRectificationJson;
import org.shizhi.adapters.rest.model.SupervisionTaskJson;
import org.shizhi.adapters.rest.model.SupervisionTaskPageJson;
import org.shizhi.adapters.rest.model.SupervisionTaskStateJson;
import org.shizhi.adapters.rest.model.SupervisionVerdictJson;
import org.shizhi.adapters.rest.model.SupervisionVerificationJson;
import org.shizhi.domain.assessment.model.NoticeSummary;
import org.shizhi.domain.assessment.model.ResultDifferences;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.model.SupervisionFilter;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.assessment.model.SupervisionTask.Evidence;
import org.shizhi.domain.assessment.port.in.NoticeUseCase;
import org.shizhi.domain.assessment.port.in.ResultDifferencesQuery;
import org.shizhi.domain.assessment.port.in.SupervisionUseCase;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * 督查督办 over HTTP: the notices of an area listed, the differences between two stored versions of a result, and
 * supervision tasks opened from a published notice's criticism, reported by the unit, verified by the supervisor, and
 * listed (overdue ones earliest deadline first). The Supervision tag of the contract.
 */
@Path("/")
@ApplicationScoped
public class SupervisionResource implements SupervisionApi {

    private final NoticeUseCase notices;
    private final ResultDifferencesQuery differences;
    private final SupervisionUseCase supervision;
    private final Caller caller;

    @Inject
    public SupervisionResource(NoticeUseCase notices, ResultDifferencesQuery differences, SupervisionUseCase supervision, Caller caller) {
        this.notices = notices;
        this.differences = differences;
        this.supervision = supervision;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "GRID_WORKER"})
    public Response listAssessmentNotices(String area, String scheme, String period, NoticeStateJson state, String commends,
                                          String criticises, String cursor, Integer limit) {
        AreaCode within = area(area);
        NoticeSummary.Filter filter = new NoticeSummary.Filter(Optional.ofNullable(scheme),
                Optional.ofNullable(period).map(p -> Fields.as("period", () -> AssessmentPeriod.parse(p))),
                Optional.ofNullable(state).map(s -> NoticeSummary.State.valueOf(s.name())), Optional.ofNullable(commends),
                Optional.ofNullable(criticises));
        String list = "assessment-notices|" + within + "|" + scheme + "|" + period + "|" + state + "|" + commends + "|" + criticises;
        Slice<NoticeSummary> slice = notices.notices(caller.actor(), within, filter, Cursors.request(list, cursor, limit));
        var page = new AssessmentNoticeSummaryPageJson().items(slice.items().stream().map(SupervisionResource::summary).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).build();
    }

    private static AssessmentNoticeSummaryJson summary(NoticeSummary n) {
        return new AssessmentNoticeSummaryJson().id(n.id()).scheme(n.scheme()).area(n.within().toString()).period(n.period().toString())
                .resultVersion(n.resultVersion()).state(NoticeStateJson.valueOf(n.state().name())).draftedAt(Times.at(n.draftedAt()))
                .draftedBy(n.draftedBy()).publishedAt(n.publishedAt().map(Times::at).orElse(null))
                .publishedBy(n.publishedBy().orElse(null)).commended(n.commended()).criticised(n.criticised());
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response compareAssessmentResultVersions(String scheme, String code, String period, Integer from, Integer to) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        AssessmentPeriod within = Fields.as("period", () -> AssessmentPeriod.parse(period));
        if (from == null) {
            throw new InvalidValueException("from", "the earlier version is required");
        }
        ResultDifferences d = differences.differences(caller.actor(), scheme, area, within, from, Optional.ofNullable(to));
        return Response.ok(new AssessmentResultDifferencesJson().scheme(d.scheme()).area(d.within().toString())
                .period(d.period().toString()).fromVersion(d.from().version()).toVersion(d.to().version())
                .fromRanAt(Times.at(d.from().ranAt())).toRanAt(Times.at(d.to().ranAt()))
                .units(d.units().stream().map(SupervisionResource::unit).toList())).build();
    }

    private static AssessmentUnitDifferenceJson unit(ResultDifferences.UnitDifference u) {
        return new AssessmentUnitDifferenceJson().subject(AssessmentSubjectJson.valueOf(u.unit().subject().name())).key(u.unit().key())
                .name(u.unit().name()).rankBefore(u.rankBefore().orElse(null)).rankAfter(u.rankAfter().orElse(null))
                .rankChange(u.rankChange().orElse(null)).scoreBefore(u.scoreBefore().orElse(null))
                .scoreAfter(u.scoreAfter().orElse(null)).scoreChange(u.scoreChange().orElse(null)).changed(u.changed())
                .lines(u.lines().stream().map(SupervisionResource::line).toList());
    }

    private static AssessmentLineDifferenceJson line(ResultDifferences.LineDifference l) {
        return new AssessmentLineDifferenceJson().indicator(l.indicator()).changed(l.changed())
                .numeratorBefore(l.before().map(ScoreLine::numerator).orElse(null))
                .numeratorAfter(l.after().map(ScoreLine::numerator).orElse(null))
                .denominatorBefore(l.before().map(ScoreLine::denominator).orElse(null))
                .denominatorAfter(l.after().map(ScoreLine::denominator).orElse(null))
                .rawBefore(l.rawBefore().orElse(null)).rawAfter(l.rawAfter().orElse(null))
                .adjustedBefore(l.adjustedBefore().orElse(null)).adjustedAfter(l.adjustedAfter().orElse(null))
                .pointsBefore(l.pointsBefore().orElse(null)).pointsAfter(l.pointsAfter().orElse(null));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response openSupervisionTask(UUID noticeId, NewSupervisionTaskJson request, String idempotencyKey) {
        Requests.required(request, "the unit, what it is to rectify and the deadline in working days");
        SupervisionTask task = supervision.open(caller.actor(), new SupervisionUseCase.OpenTask(noticeId, request.getUnit(),
                request.getIssue(), request.getIndicators(), Requests.number(request.getWorkingDays(), "workingDays")));
        return Response.created(URI.create(location(task))).type(MediaType.APPLICATION_JSON_TYPE).tag(ETags.of(task.version()))
                .entity(task(task)).build();
    }

    /** Where a task is read. */
    static String location(SupervisionTask task) {
        return "/api/v1/assessment/supervision-tasks/" + task.id();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "COMMUNITY_STAFF", "DEPARTMENT", "GRID_WORKER"})
    public Response getSupervisionTask(UUID taskId) {
        SupervisionTask task = supervision.task(caller.actor(), taskId);
        return Response.ok(task(task)).tag(ETags.of(task.version())).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "COMMUNITY_STAFF", "DEPARTMENT", "GRID_WORKER"})
    public Response listSupervisionTasks(String area, SupervisionTaskStateJson state, UUID notice, String cursor, Integer limit) {
        AreaCode within = area(area);
        SupervisionFilter filter = new SupervisionFilter(Optional.ofNullable(state).map(s -> SupervisionTask.State.valueOf(s.name())),
                Optional.ofNullable(notice), Optional.empty());
        String list = "supervision-tasks|" + within + "|" + state + "|" + notice;
        return page(list, supervision.tasks(caller.actor(), within, filter, Cursors.request(list, cursor, limit)));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "COMMUNITY_STAFF", "DEPARTMENT"})
    public Response listOverdueSupervisionTasks(String area, String cursor, Integer limit) {
        AreaCode within = area(area);
        String list = "supervision-overdue-tasks|" + within;
        return page(list, supervision.overdue(caller.actor(), within, Cursors.request(list, cursor, limit)));
    }

    private static Response page(String list, Slice<SupervisionTask> slice) {
        var page = new SupervisionTaskPageJson().items(slice.items().stream().map(SupervisionResource::task).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "GRID_WORKER"})
    public Response reportRectification(UUID taskId, String ifMatch, RectificationReportJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "what was done and the evidence");
        List<Evidence> evidence = request.getEvidence() == null ? List.of() : java.util.stream.IntStream
                .range(0, request.getEvidence().size()).mapToObj(i -> Fields.at("evidence[" + i + "]", () -> {
                    SupervisionEvidenceJson e = request.getEvidence().get(i);
                    if (e == null) {
                        throw new InvalidValueException(null, "a piece of evidence is an object with its description");
                    }
                    return new Evidence(e.getDescription(), Optional.ofNullable(e.getReference()));
                })).toList();
        SupervisionTask task = Fields.renaming(ETags.VERSION_FIELDS, () -> supervision.report(caller.actor(),
                new SupervisionUseCase.ReportRectification(taskId, version, request.getAccount(), evidence)));
        return Response.ok(task(task)).tag(ETags.of(task.version())).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response verifyRectification(UUID taskId, String ifMatch, RectificationVerdictJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the verdict");
        SupervisionTask.Verdict verdict = request.getVerdict() == null ? null : SupervisionTask.Verdict.valueOf(request.getVerdict().name());
        SupervisionTask task = Fields.renaming(ETags.VERSION_FIELDS, () -> supervision.verify(caller.actor(),
                new SupervisionUseCase.VerifyRectification(taskId, version, verdict, Optional.ofNullable(request.getReason()),
                        Optional.ofNullable(request.getWorkingDays()))));
        return Response.ok(task(task)).tag(ETags.of(task.version())).build();
    }

    private AreaCode area(String area) {
        return area == null ? caller.actor().jurisdiction() : Fields.as("area", () -> AreaCode.of(area));
    }

    static SupervisionTaskJson task(SupervisionTask t) {
        return new SupervisionTaskJson().id(t.id()).version(t.version()).notice(t.notice()).scheme(t.scheme())
                .area(t.within().toString()).period(t.period().toString())
                .subject(AssessmentSubjectJson.valueOf(t.unit().subject().name())).unit(t.unit().key()).unitName(t.unit().name())
                .unitArea(t.area().toString()).issue(t.issue()).indicators(t.indicators()).openedAt(Times.at(t.openedAt()))
                .openedBy(t.openedBy()).deadline(deadline(t.deadline())).state(SupervisionTaskStateJson.valueOf(t.state().name()))
                .reports(t.reports().stream().map(r -> new SupervisionRectificationJson().round(r.round()).account(r.account())
                        .evidence(r.evidence().stream().map(e -> new SupervisionEvidenceJson().description(e.description())
                                .reference(e.reference().orElse(null))).toList())
                        .reportedAt(Times.at(r.at())).reportedBy(r.by()).late(r.late())).toList())
                .verifications(t.verifications().stream().map(v -> new SupervisionVerificationJson().round(v.round())
                        .verdict(SupervisionVerdictJson.valueOf(v.verdict().name())).reason(v.reason().orElse(null))
                        .newDeadline(v.newDeadline().map(SupervisionResource::deadline).orElse(null))
                        .verifiedAt(Times.at(v.at())).verifiedBy(v.by())).toList())
                .escalation(t.escalation().map(e -> new SupervisionEscalationJson().escalatedAt(Times.at(e.at())).to(e.to().toString())
                        .reason(e.reason())).orElse(null));
    }

    private static SupervisionDeadlineJson deadline(Deadline d) {
        return new SupervisionDeadlineJson().workingDays(d.workingDays()).dueOn(d.dueOn()).passesAt(Times.at(d.passesAt()));
    }
}
