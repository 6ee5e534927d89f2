package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AssessmentApi;
import org.shizhi.client.api.SupervisionApi;
import org.shizhi.client.model.AssessmentNotice;
import org.shizhi.client.model.AssessmentNoticeEntry;
import org.shizhi.client.model.AssessmentNoticeSummary;
import org.shizhi.client.model.AssessmentResult;
import org.shizhi.client.model.AssessmentResultDifferences;
import org.shizhi.client.model.AssessmentUnitDifference;
import org.shizhi.client.model.NewAssessmentNotice;
import org.shizhi.client.model.NewAssessmentRun;
import org.shizhi.client.model.NewSupervisionTask;
import org.shizhi.client.model.NoticeKind;
import org.shizhi.client.model.NoticeState;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RectificationReport;
import org.shizhi.client.model.RectificationVerdict;
import org.shizhi.client.model.SupervisionEvidence;
import org.shizhi.client.model.SupervisionTask;
import org.shizhi.client.model.SupervisionTaskState;
import org.shizhi.client.model.SupervisionVerdict;

/**
 * 督查督办 through the generated client only: 锦江区's streets assessed for a quarter and re-run (the two versions compared);
 * a notice drafted, published and found in the list of notices; a task opened for the criticised street (again with its
 * Idempotency-Key: the same task), reported by the street with evidence, sent back with a new deadline, reported again
 * and accepted; bad input refused as problem+json naming the field.
 */
class SupervisionEndToEndTest {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    private static final String PERIOD = "2025-Q2";

    private static SupervisionApi supervision(String subject, String jurisdiction, String role) {
        return new SupervisionApi(platform.clientAsSubject(subject, "510100", jurisdiction, role));
    }

    private static String field(ApiException refused) throws Exception {
        return platform.client().getObjectMapper().readValue(refused.getResponseBody(), Problem.class).getField();
    }

    @Test
    void aCriticisedStreetIsSupervisedToRectification() throws Exception {
        AssessmentApi admin = new AssessmentApi(platform.clientAs("510100", "510100", "CITY_ADMIN"));
        AssessmentResult first = admin.runAssessment("backlog-quarterly", new NewAssessmentRun().area("510104").period(PERIOD), null);
        AssessmentResult second = admin.runAssessment("backlog-quarterly", new NewAssessmentRun().area("510104").period(PERIOD), null);
        SupervisionApi district = supervision("jinjiang-supervisor", "510104", "STREET_OFFICER");

        AssessmentResultDifferences d = district.compareAssessmentResultVersions("backlog-quarterly", "510104000000", PERIOD,
                first.getVersion(), null);
        assertThat(d.getToVersion()).as("the latest").isEqualTo(second.getVersion());
        assertThat(d.getUnits()).extracting(AssessmentUnitDifference::getKey)
                .containsExactlyElementsOf(second.getUnits().stream().map(u -> u.getKey()).toList());
        assertThat(d.getUnits()).as("nothing was corrected between the runs").noneMatch(AssessmentUnitDifference::getChanged)
                .allSatisfy(u -> assertThat(u.getLines()).hasSize(second.getUnits().get(0).getLines().size()));
        ApiException noVersion = catchThrowableOfType(ApiException.class, () -> district.compareAssessmentResultVersions(
                "backlog-quarterly", "510104000000", PERIOD, 0, null));
        assertThat(noVersion.getCode()).isEqualTo(400);
        assertThat(field(noVersion)).isEqualTo("from");

        AssessmentNotice draft = admin.draftAssessmentNotice("backlog-quarterly", "510104000000", PERIOD,
                new NewAssessmentNotice().version(second.getVersion()).bottom(1).top(1), null);
        ApiException draftOpensNothing = catchThrowableOfType(ApiException.class, () -> district.openSupervisionTask(draft.getId(),
                new NewSupervisionTask().unit("510104022000").issue("整改").workingDays(5), null));
        assertThat(draftOpensNothing.getCode()).isEqualTo(409);
        AssessmentNotice notice = admin.publishAssessmentNotice(draft.getId());
        List<AssessmentNoticeSummary> listed = district.listAssessmentNotices("510104", "backlog-quarterly", PERIOD, NoticeState.PUBLISHED,
                null, null, null, 100).getItems();
        assertThat(listed).extracting(AssessmentNoticeSummary::getId).contains(notice.getId());
        assertThat(listed.stream().filter(n -> n.getId().equals(notice.getId())).findFirst().orElseThrow())
                .satisfies(n -> {
                    assertThat(n.getCommended()).isEqualTo(1);
                    assertThat(n.getCriticised()).isEqualTo(1);
                });

        String criticised = notice.getEntries().stream().filter(e -> e.getKind() == NoticeKind.CRITICISE).findFirst().orElseThrow()
                .getUnit().getKey();
        String commended = notice.getEntries().stream().filter(e -> e.getKind() == NoticeKind.COMMEND).map(AssessmentNoticeEntry::getUnit)
                .findFirst().orElseThrow().getKey();
        ApiException notCriticised = catchThrowableOfType(ApiException.class, () -> district.openSupervisionTask(notice.getId(),
                new NewSupervisionTask().unit(commended).issue("整改").workingDays(5), null));
        assertThat(notCriticised.getCode()).isEqualTo(400);
        assertThat(field(notCriticised)).isEqualTo("unit");
        ApiException tooLong = catchThrowableOfType(ApiException.class, () -> district.openSupervisionTask(notice.getId(),
                new NewSupervisionTask().unit(criticised).issue("整改").workingDays(61), null));
        assertThat(field(tooLong)).isEqualTo("workingDays");

        NewSupervisionTask opening = new NewSupervisionTask().unit(criticised).issue("事件按时办结率偏低，限期整改")
                .indicators(List.of("petition-backlog")).workingDays(5);
        ApiResponse<SupervisionTask> created = district.openSupervisionTaskWithHttpInfo(notice.getId(), opening, "supervision-e2e-open");
        assertThat(created.getStatusCode()).isEqualTo(201);
        SupervisionTask task = created.getData();
        assertThat(task.getState()).isEqualTo(SupervisionTaskState.OPEN);
        assertThat(task.getUnitArea()).isEqualTo(criticised);
        assertThat(task.getDeadline().getWorkingDays()).isEqualTo(5);
        assertThat(district.openSupervisionTask(notice.getId(), opening, "supervision-e2e-open").getId())
                .as("given again with its key: the same task").isEqualTo(task.getId());

        SupervisionApi street = supervision("chunxi-officer", criticised, "STREET_OFFICER");
        ApiException noEvidence = catchThrowableOfType(ApiException.class, () -> street.reportRectification(task.getId(), "\"1\"",
                new RectificationReport().account("已整改").evidence(List.of())));
        assertThat(noEvidence.getCode()).isEqualTo(400);
        assertThat(field(noEvidence)).isEqualTo("evidence");
        ApiException supervisorReports = catchThrowableOfType(ApiException.class, () -> district.reportRectification(task.getId(),
                "\"1\"", new RectificationReport().account("代为整改").evidence(List.of(new SupervisionEvidence().description("照片")))));
        assertThat(supervisorReports.getCode()).as("the supervisor does not report for the street").isEqualTo(403);

        RectificationReport report = new RectificationReport().account("已建立事件台账，逐件督办办结")
                .evidence(List.of(new SupervisionEvidence().description("整改台账").reference("台账-2025-031")));
        SupervisionTask reported = street.reportRectification(task.getId(), "\"1\"", report);
        assertThat(reported.getState()).isEqualTo(SupervisionTaskState.REPORTED);
        ApiException stale = catchThrowableOfType(ApiException.class, () -> street.reportRectification(task.getId(), "\"1\"", report));
        assertThat(stale.getCode()).isEqualTo(412);

        SupervisionTask sentBack = district.verifyRectification(task.getId(), "\"" + reported.getVersion() + "\"",
                new RectificationVerdict().verdict(SupervisionVerdict.SENT_BACK).reason("台账缺少办结回访记录").workingDays(3));
        assertThat(sentBack.getState()).isEqualTo(SupervisionTaskState.SENT_BACK);
        assertThat(sentBack.getVerifications().get(0).getNewDeadline().getWorkingDays()).isEqualTo(3);
        ApiException noReason = catchThrowableOfType(ApiException.class, () -> district.verifyRectification(task.getId(),
                "\"" + sentBack.getVersion() + "\"", new RectificationVerdict().verdict(SupervisionVerdict.SENT_BACK).workingDays(3)));
        assertThat(field(noReason)).isEqualTo("reason");

        SupervisionTask again = street.reportRectification(task.getId(), "\"" + sentBack.getVersion() + "\"", report);
        SupervisionTask accepted = district.verifyRectification(task.getId(), "\"" + again.getVersion() + "\"",
                new RectificationVerdict().verdict(SupervisionVerdict.ACCEPTED));
        assertThat(accepted.getState()).isEqualTo(SupervisionTaskState.ACCEPTED);
        assertThat(accepted.getReports()).hasSize(2);
        assertThat(accepted.getVerifications()).extracting(v -> v.getVerdict())
                .containsExactly(SupervisionVerdict.SENT_BACK, SupervisionVerdict.ACCEPTED);

        assertThat(supervision("auditor", "510100", "AUDITOR").getSupervisionTask(task.getId())).isEqualTo(accepted);
        assertThat(district.listSupervisionTasks("510104", SupervisionTaskState.ACCEPTED, notice.getId(), null, 100).getItems())
                .extracting(SupervisionTask::getId).containsExactly(task.getId());
        ApiException elsewhere = catchThrowableOfType(ApiException.class, () -> supervision("wuhou", "510107", "STREET_OFFICER")
                .getSupervisionTask(task.getId()));
        assertThat(elsewhere.getCode()).as("outside the jurisdiction").isEqualTo(404);
    }
}
