package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.AssessmentApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.api.SupervisionApi;
import org.shizhi.client.model.AssessmentNoticeSummary;
import org.shizhi.client.model.NewAssessmentNotice;
import org.shizhi.client.model.NoticeState;
import org.shizhi.client.model.AssessmentResult;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridPost;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewAssessmentRun;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewGridMember;
import org.shizhi.client.model.NewTrainingAttendance;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RankedUnit;
import org.shizhi.client.model.RegisterAreasRequest;
import org.shizhi.client.model.ScoreLine;
import org.shizhi.client.model.TrainingAttendance;
import org.shizhi.client.model.TrainingAttendancePage;

/**
 * 网格员培训 through the generated client only: the community's staff record a worker's training (a repeated
 * Idempotency-Key answering the same record), the worker lists their own and no one else's, bad hours are refused naming
 * the field, and the hours count in the grid-worker assessment of the month.
 */
class GridWorkerTrainingEndToEndTest {

    private static final String CITY = "510100";
    private static final String COMMUNITY = "510104098001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as(CITY, CITY, "CITY_ADMIN");

    @Test
    void aWorkersTrainingIsRecordedOnceListedToThemAndCountedInTheirAssessment() throws Exception {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104098000").name("端到端培训街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端培训社区")), null);
        Grid grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL).name("培训网格"),
                null);
        GridsApi staff = new GridsApi(platform.clientAs(CITY, COMMUNITY, "COMMUNITY_STAFF"));
        UUID worker = staff.assignGridMember(grid.getCode(), "\"" + grid.getVersion() + "\"",
                new NewGridMember().post(GridPost.ASSISTANT_WORKER).name("李培训").contact("13812345678"), null).getMemberId();

        TrainingAttendance first = staff.recordGridWorkerTraining(grid.getCode(), worker, new NewTrainingAttendance()
                .course("矛盾纠纷排查化解实务").attendedOn(LocalDate.of(2025, 11, 12)).hours(2.5), "training-e2e-1");
        TrainingAttendance again = staff.recordGridWorkerTraining(grid.getCode(), worker, new NewTrainingAttendance()
                .course("矛盾纠纷排查化解实务").attendedOn(LocalDate.of(2025, 11, 12)).hours(2.5), "training-e2e-1");
        assertThat(again).as("the same Idempotency-Key answers the record made then").isEqualTo(first);
        staff.recordGridWorkerTraining(grid.getCode(), worker, new NewTrainingAttendance().course("消防安全与隐患排查")
                .attendedOn(LocalDate.of(2025, 11, 20)).hours(1.5), null);
        ApiException tooLong = catchThrowableOfType(ApiException.class, () -> staff.recordGridWorkerTraining(grid.getCode(), worker,
                new NewTrainingAttendance().course("通宵").attendedOn(LocalDate.of(2025, 11, 21)).hours(30.0), null));
        assertThat(tooLong.getCode()).isEqualTo(400);
        assertThat(platform.client().getObjectMapper().readValue(tooLong.getResponseBody(), Problem.class).getField()).isEqualTo("hours");

        TrainingAttendancePage own = new GridsApi(platform.clientAsSubject(worker.toString(), CITY, COMMUNITY, "GRID_WORKER"))
                .listGridWorkerTrainings(grid.getCode(), worker, null, null);
        assertThat(own.getItems()).as("the latest day first").extracting(TrainingAttendance::getHours).containsExactly(1.5, 2.5);
        assertThat(own.getItems().get(own.getItems().size() - 1)).isEqualTo(first);
        ApiException notTheirs = catchThrowableOfType(ApiException.class, () -> new GridsApi(platform.clientAs(CITY, COMMUNITY,
                "GRID_WORKER")).listGridWorkerTrainings(grid.getCode(), worker, null, null));
        assertThat(notTheirs.getCode()).as("another worker does not read them").isEqualTo(404);
        assertThat(new GridsApi(platform.clientAs(CITY, CITY, "AUDITOR")).getGridWorkerTraining(first.getId())).isEqualTo(first);

        AssessmentResult month = new AssessmentApi(platform.clientAs(CITY, CITY, "CITY_ADMIN")).runAssessment("grid-worker-monthly",
                new NewAssessmentRun().area("510104098000").period("2025-11"), null);
        RankedUnit unit = month.getUnits().stream().filter(u -> u.getKey().equals(worker.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("the trained worker is not assessed: " + month.getUnits()));
        ScoreLine hours = unit.getLines().stream().filter(l -> l.getIndicator().equals("worker-training-hours")).findFirst().orElseThrow();
        assertThat(hours.getNumerator()).as("2.5 + 1.5 hours in tenths").isEqualTo(40L);
        assertThat(hours.getDenominator()).isEqualTo(10L);
        assertThat(hours.getRaw()).isEqualTo(4.0);
        assertThat(hours.getPoints()).as("the target of 4 hours reached: the item's whole weight").isEqualTo((double) hours.getWeight());

        // Commended in the month's published notice (the top 1): the worker's commendations list it.
        AssessmentApi admin = new AssessmentApi(platform.clientAs(CITY, CITY, "CITY_ADMIN"));
        var draft = admin.draftAssessmentNotice("grid-worker-monthly", "510104098000", "2025-11",
                new NewAssessmentNotice().version(month.getVersion()).bottom(0).top(1), null);
        assertThat(draft.getEntries().get(0).getUnit().getKey()).isEqualTo(worker.toString());
        admin.publishAssessmentNotice(draft.getId());
        var commendations = new SupervisionApi(platform.clientAs(CITY, CITY, "AUDITOR")).listAssessmentNotices("510104", null, null,
                NoticeState.PUBLISHED, worker.toString(), null, null, null).getItems();
        assertThat(commendations).extracting(AssessmentNoticeSummary::getId).containsExactly(draft.getId());
        assertThat(new SupervisionApi(platform.clientAs(CITY, CITY, "AUDITOR")).listAssessmentNotices("510104", null, null,
                NoticeState.PUBLISHED, UUID.randomUUID().toString(), null, null, null).getItems()).as("nobody else's").isEmpty();
    }
}
