package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.api.LawApi;
import org.shizhi.client.api.ProgrammesApi;
import org.shizhi.client.model.EventCategory;
import org.shizhi.client.model.FindingKind;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridPost;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewGridMember;
import org.shizhi.client.model.NewNightVisitPetition;
import org.shizhi.client.model.NewReporter;
import org.shizhi.client.model.NewVisitFinding;
import org.shizhi.client.model.Petition;
import org.shizhi.client.model.PetitionChannel;
import org.shizhi.client.model.PetitionState;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RegisterAreasRequest;
import org.shizhi.client.model.VisitFinding;
import org.shizhi.client.model.VisitTask;

/**
 * A night visit's petition through the generated client: Zhanjiang's night-visit programme plans a task for a cadre
 * on a grid of a community of the test's own (440802230001); the cadre records a resident's petition (信访) as a
 * finding; the finding names the petition, which was received by the law context with channel VISIT in the grid's
 * community, names the task, and shows the petitioner masked. Recording it again under its key answers the same
 * petition; a petition finding without its agency, or with a bad ID number, is a problem naming the field.
 */
class NightVisitPetitionEndToEndTest {

    private static final String CITY = "440800";
    private static final String COMMUNITY = "440802230001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as(CITY, CITY, "CITY_ADMIN");

    private static Problem problem(ApiException e) throws Exception {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    private static NewVisitFinding petitionFinding() {
        return new NewVisitFinding().kind(FindingKind.PETITION).category(EventCategory.PUBLIC_OPINION)
                .text("端到端：小区加装电梯的补贴申请半年未获答复。").resident(new NewReporter().name("黄某").phone("13800138000"))
                .petition(new NewNightVisitPetition().agency("赤坎区住房和城乡建设局").idNumber("11010519491231002X"));
    }

    @Test
    void aNightVisitsPetitionFindingFilesAPetitionByVisitThatNamesTheTask() throws Exception {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("440802230000").name("端到端夜访信访街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端夜访信访社区")), null);
        Grid grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL).name("夜访信访网格"), null);
        UUID cadre = new GridsApi(platform.clientAs(CITY, COMMUNITY, "COMMUNITY_STAFF")).assignGridMember(grid.getCode(),
                "\"" + grid.getVersion() + "\"", new NewGridMember().post(GridPost.TOWN_LEADER).name("吴镇长").contact("13812345679"), null)
                .getMemberId();

        platform.runProgrammesDueAt(Instant.parse("2026-11-17T11:31:00Z"));
        VisitTask task = new ProgrammesApi(platform.clientAs(CITY, COMMUNITY, "COMMUNITY_STAFF"))
                .listVisitTasks(COMMUNITY, LocalDate.of(2026, 11, 17), null, 20).getItems().stream()
                .filter(t -> t.getMemberId().equals(cadre)).findFirst().orElseThrow();

        ProgrammesApi asCadre = new ProgrammesApi(platform.clientAsSubject(cadre.toString(), CITY, COMMUNITY, "GRID_WORKER"));
        ApiResponse<VisitFinding> recorded = asCadre.recordVisitFindingWithHttpInfo(task.getId(), petitionFinding(), "e2e-petition");
        assertThat(recorded.getStatusCode()).isEqualTo(201);
        VisitFinding finding = recorded.getData();
        assertThat(finding.getKind()).isEqualTo(FindingKind.PETITION);
        assertThat(finding.getEventId()).isNull();
        assertThat(finding.getDisputeId()).isNull();
        assertThat(finding.getHref()).isEqualTo("/api/v1/petitions/" + finding.getPetitionId());

        Petition petition = new LawApi(platform.clientAs(CITY, "440802", "STREET_OFFICER")).getPetition(finding.getPetitionId(), null);
        assertThat(petition.getChannel()).isEqualTo(PetitionChannel.VISIT);
        assertThat(petition.getAreaCode()).as("the visited grid's community").isEqualTo(COMMUNITY);
        assertThat(petition.getVisitTaskId()).as("the petition names the task it came from").isEqualTo(task.getId());
        assertThat(petition.getMatter()).isEqualTo("端到端：小区加装电梯的补贴申请半年未获答复。");
        assertThat(petition.getAgency()).isEqualTo("赤坎区住房和城乡建设局");
        assertThat(petition.getState()).isEqualTo(PetitionState.RECEIVED);
        assertThat(petition.getPetitioner().getName()).as("masked without PERSONAL_DATA").isEqualTo("黄*");
        assertThat(petition.getPetitioner().getIdNumber()).as("masked without PERSONAL_DATA").doesNotContain("1231");

        VisitFinding again = asCadre.recordVisitFinding(task.getId(), petitionFinding(), "e2e-petition");
        assertThat(again.getPetitionId()).as("the same petition, none filed twice").isEqualTo(finding.getPetitionId());
        VisitTask read = new ProgrammesApi(platform.clientAs(CITY, CITY, "AUDITOR")).getVisitTask(task.getId());
        assertThat(read.getFindings()).extracting(VisitFinding::getPetitionId).containsExactly(finding.getPetitionId());

        ApiException noAgency = catchThrowableOfType(ApiException.class, () -> asCadre.recordVisitFinding(task.getId(),
                petitionFinding().petition(null), "e2e-petition-2"));
        assertThat(noAgency.getCode()).isEqualTo(400);
        assertThat(problem(noAgency).getField()).isEqualTo("petition");
        ApiException badIdNumber = catchThrowableOfType(ApiException.class, () -> asCadre.recordVisitFinding(task.getId(),
                petitionFinding().petition(new NewNightVisitPetition().agency("住建局").idNumber("123")), "e2e-petition-3"));
        assertThat(badIdNumber.getCode()).isEqualTo(400);
        assertThat(problem(badIdNumber).getField()).isEqualTo("petition.idNumber");
        assertThat(new ProgrammesApi(platform.clientAs(CITY, CITY, "AUDITOR")).getVisitTask(task.getId()).getFindings())
                .as("nothing written by bad input").hasSize(1);
    }
}
