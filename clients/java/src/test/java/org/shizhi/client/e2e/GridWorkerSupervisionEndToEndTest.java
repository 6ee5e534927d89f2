package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.AssessmentApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.api.SupervisionApi;
import org.shizhi.client.model.AssessmentNotice;
import org.shizhi.client.model.AssessmentNoticeEntry;
import org.shizhi.client.model.AssessmentNoticeSummary;
import org.shizhi.client.model.AssessmentResult;
import org.shizhi.client.model.AssessmentSubject;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridPost;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewAssessmentNotice;
import org.shizhi.client.model.NewAssessmentRun;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewGridMember;
import org.shizhi.client.model.NewSupervisionTask;
import org.shizhi.client.model.NewTrainingAttendance;
import org.shizhi.client.model.NoticeKind;
import org.shizhi.client.model.NoticeState;
import org.shizhi.client.model.RankedUnit;
import org.shizhi.client.model.RectificationReport;
import org.shizhi.client.model.RectificationVerdict;
import org.shizhi.client.model.RegisterAreasRequest;
import org.shizhi.client.model.SupervisionEvidence;
import org.shizhi.client.model.SupervisionTask;
import org.shizhi.client.model.SupervisionTaskState;
import org.shizhi.client.model.SupervisionVerdict;

/**
 * A criticised grid worker through the generated client only: two workers of a new street assessed for a month on their
 * training (4 hours against half an hour), the notice commending the one and criticising the other; the district's
 * supervisor opens a task for the criticised worker, placed in the community of their grid (one of another district may
 * not); the worker reads their own task (their colleague gets 404), reports the rectification, and the supervisor
 * accepts it. Each worker lists the published notices naming them, and no one else's (403), and opens the published
 * notice that names them (a worker it does not name, or a draft: 403).
 */
class GridWorkerSupervisionEndToEndTest {

    private static final String CITY = "510100";
    private static final String STREET = "510104096000";
    private static final String COMMUNITY = "510104096001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as(CITY, CITY, "CITY_ADMIN");

    private static SupervisionApi asWorker(UUID member) {
        return new SupervisionApi(platform.clientAsSubject(member.toString(), CITY, COMMUNITY, "GRID_WORKER"));
    }

    @Test
    void aCriticisedWorkersTaskIsReadAndReportedByTheWorkerAndTheirNoticesAreTheirsToList() throws Exception {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code(STREET).name("端到端督办街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端督办社区")), null);
        GridsApi staff = new GridsApi(platform.clientAs(CITY, COMMUNITY, "COMMUNITY_STAFF"));
        Grid grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL).name("督办网格"),
                null);
        UUID good = staff.assignGridMember(grid.getCode(), "\"" + grid.getVersion() + "\"",
                new NewGridMember().post(GridPost.RESPONSIBLE_WORKER).name("李强").contact("13812345601"), null).getMemberId();
        UUID poor = staff.assignGridMember(grid.getCode(), "\"" + (grid.getVersion() + 1) + "\"",
                new NewGridMember().post(GridPost.ASSISTANT_WORKER).name("赵敏").contact("13812345602"), null).getMemberId();
        staff.recordGridWorkerTraining(grid.getCode(), good, new NewTrainingAttendance().course("网格事件上报实务")
                .attendedOn(LocalDate.of(2025, 11, 12)).hours(4.0), null);
        staff.recordGridWorkerTraining(grid.getCode(), poor, new NewTrainingAttendance().course("网格事件上报实务")
                .attendedOn(LocalDate.of(2025, 11, 12)).hours(0.5), null);

        AssessmentApi admin = new AssessmentApi(platform.clientAs(CITY, CITY, "CITY_ADMIN"));
        AssessmentResult month = admin.runAssessment("grid-worker-monthly", new NewAssessmentRun().area(STREET).period("2025-11"), null);
        assertThat(month.getUnits()).extracting(RankedUnit::getKey).containsExactly(good.toString(), poor.toString());
        AssessmentNotice notice = admin.draftAssessmentNotice("grid-worker-monthly", STREET, "2025-11",
                new NewAssessmentNotice().version(month.getVersion()).bottom(1).top(1), null);
        assertThat(notice.getEntries()).extracting(e -> e.getKind() + " " + e.getUnit().getKey())
                .containsExactly(NoticeKind.COMMEND + " " + good, NoticeKind.CRITICISE + " " + poor);
        admin.publishAssessmentNotice(notice.getId());

        NewSupervisionTask opening = new NewSupervisionTask().unit(poor.toString()).issue("培训学时不足，限期补学")
                .indicators(List.of("worker-training-hours")).workingDays(10);
        ApiException otherDistrict = catchThrowableOfType(ApiException.class, () -> new SupervisionApi(platform.clientAs(CITY, "510107",
                "STREET_OFFICER")).openSupervisionTask(notice.getId(), opening, null));
        assertThat(otherDistrict.getCode()).as("a supervisor of another district").isEqualTo(404);
        SupervisionApi district = new SupervisionApi(platform.clientAs(CITY, "510104", "STREET_OFFICER"));
        SupervisionTask task = district.openSupervisionTask(notice.getId(), opening, null);
        assertThat(task.getSubject()).isEqualTo(AssessmentSubject.GRID_WORKER);
        assertThat(task.getUnitArea()).as("the community of the worker's grid").isEqualTo(COMMUNITY);

        assertThat(asWorker(poor).getSupervisionTask(task.getId())).isEqualTo(task);
        assertThat(asWorker(poor).listSupervisionTasks(null, null, null, null, null).getItems()).extracting(SupervisionTask::getId)
                .containsExactly(task.getId());
        ApiException colleague = catchThrowableOfType(ApiException.class, () -> asWorker(good).getSupervisionTask(task.getId()));
        assertThat(colleague.getCode()).as("another worker's task").isEqualTo(404);
        assertThat(asWorker(good).listSupervisionTasks(null, null, null, null, null).getItems()).isEmpty();
        RectificationReport report = new RectificationReport().account("已补学网格事件上报课程")
                .evidence(List.of(new SupervisionEvidence().description("培训签到表").reference("签到-2025-12")));
        ApiException notTheirs = catchThrowableOfType(ApiException.class, () -> asWorker(good).reportRectification(task.getId(), "\"1\"",
                report));
        assertThat(notTheirs.getCode()).isEqualTo(404);
        SupervisionTask reported = asWorker(poor).reportRectification(task.getId(), "\"1\"", report);
        assertThat(reported.getState()).isEqualTo(SupervisionTaskState.REPORTED);
        SupervisionTask accepted = district.verifyRectification(task.getId(), "\"" + reported.getVersion() + "\"",
                new RectificationVerdict().verdict(SupervisionVerdict.ACCEPTED));
        assertThat(accepted.getState()).isEqualTo(SupervisionTaskState.ACCEPTED);

        assertThat(asWorker(poor).listAssessmentNotices(null, null, null, null, null, poor.toString(), null, null).getItems())
                .as("the criticised worker's criticisms").extracting(AssessmentNoticeSummary::getId).containsExactly(notice.getId());
        assertThat(asWorker(good).listAssessmentNotices(null, null, null, null, good.toString(), null, null, null).getItems())
                .as("the commended worker's commendations").extracting(AssessmentNoticeSummary::getId).containsExactly(notice.getId());
        assertThat(asWorker(poor).listAssessmentNotices(null, null, null, NoticeState.PUBLISHED, poor.toString(), null, null, null)
                .getItems()).as("criticised, never commended").isEmpty();
        ApiException someoneElses = catchThrowableOfType(ApiException.class, () -> asWorker(good).listAssessmentNotices(null, null,
                null, null, null, poor.toString(), null, null));
        assertThat(someoneElses.getCode()).as("another worker's criticisms").isEqualTo(403);
        ApiException everyone = catchThrowableOfType(ApiException.class, () -> asWorker(good).listAssessmentNotices(null, null, null,
                null, null, null, null, null));
        assertThat(everyone.getCode()).as("every notice").isEqualTo(403);

        AssessmentNotice published = admin.getAssessmentNotice(notice.getId());
        assertThat(asWorkerAssessment(poor).getAssessmentNotice(notice.getId())).as("the criticised worker opens it").isEqualTo(published);
        assertThat(asWorkerAssessment(good).getAssessmentNotice(notice.getId())).as("the commended worker opens it").isEqualTo(published);
        ApiException unnamed = catchThrowableOfType(ApiException.class, () -> asWorkerAssessment(UUID.randomUUID())
                .getAssessmentNotice(notice.getId()));
        assertThat(unnamed.getCode()).as("a worker of the street it does not name").isEqualTo(403);
        AssessmentNotice draft = admin.draftAssessmentNotice("grid-worker-monthly", STREET, "2025-11",
                new NewAssessmentNotice().version(month.getVersion()).bottom(1).top(0), null);
        ApiException drafted = catchThrowableOfType(ApiException.class, () -> asWorkerAssessment(poor).getAssessmentNotice(draft.getId()));
        assertThat(drafted.getCode()).as("a draft naming them, not yet published").isEqualTo(403);
        ApiException elsewhere = catchThrowableOfType(ApiException.class, () -> new AssessmentApi(platform.clientAsSubject(poor.toString(),
                CITY, "510107001001", "GRID_WORKER")).getAssessmentNotice(notice.getId()));
        assertThat(elsewhere.getCode()).as("their id, answering for another district").isEqualTo(404);
    }

    private static AssessmentApi asWorkerAssessment(UUID member) {
        return new AssessmentApi(platform.clientAsSubject(member.toString(), CITY, COMMUNITY, "GRID_WORKER"));
    }
}
