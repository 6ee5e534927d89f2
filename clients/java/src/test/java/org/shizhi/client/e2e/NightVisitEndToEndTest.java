package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.DisputesApi;
import org.shizhi.client.api.EventsApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.api.ProgrammesApi;
import org.shizhi.client.model.Dispute;
import org.shizhi.client.model.DisputeSource;
import org.shizhi.client.model.EventCategory;
import org.shizhi.client.model.EventChannel;
import org.shizhi.client.model.FindingKind;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridEvent;
import org.shizhi.client.model.GridPost;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.MediationCentre;
import org.shizhi.client.model.Mediator;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewGridMember;
import org.shizhi.client.model.NewNightVisitDispute;
import org.shizhi.client.model.NewParty;
import org.shizhi.client.model.NewReporter;
import org.shizhi.client.model.NewVisitFinding;
import org.shizhi.client.model.PartyKind;
import org.shizhi.client.model.PartyRole;
import org.shizhi.client.model.RegisterAreasRequest;
import org.shizhi.client.model.Risk;
import org.shizhi.client.model.RiskLevel;
import org.shizhi.client.model.VisitFinding;
import org.shizhi.client.model.VisitTask;

/**
 * 平安夜访 through the generated client: Zhanjiang's admin registers a street and community of its own
 * (440802220000, 440802220001), a mediation centre, a grid with a town leader on it; the night-visit programme runs
 * for Tuesday 3 November 2026 (run inside the platform under test as its background job would at that time: the one step no client can
 * make); the community's staff list the evening's tasks; the cadre records a broken light and a boundary quarrel; the
 * task links to the grid event and the dispute, which say where they came from.
 */
class NightVisitEndToEndTest {

    private static final String CITY = "440800";
    private static final String COMMUNITY = "440802220001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as(CITY, CITY, "CITY_ADMIN");

    @Test
    void aNightVisitsFindingsBecomeAGridEventAndADispute() throws Exception {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("440802220000").name("端到端夜访街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端夜访社区")), null);
        new DisputesApi(platform.client()).registerMediationCentre(new MediationCentre().areaCode(COMMUNITY).name("端到端夜访调委会")
                .addMediatorsItem(new Mediator().id("e2e-mediator").name("刘调解")), null);
        GridsApi grids = new GridsApi(platform.client());
        Grid grid = grids.createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL).name("夜访网格"), null);
        UUID cadre = new GridsApi(platform.clientAs(CITY, COMMUNITY, "COMMUNITY_STAFF")).assignGridMember(grid.getCode(),
                "\"" + grid.getVersion() + "\"", new NewGridMember().post(GridPost.TOWN_LEADER).name("周镇长").contact("13812345678"), null)
                .getMemberId();

        platform.runProgrammesDueAt(Instant.parse("2026-11-03T11:31:00Z"));

        VisitTask task = new ProgrammesApi(platform.clientAs(CITY, COMMUNITY, "COMMUNITY_STAFF"))
                .listVisitTasks(COMMUNITY, LocalDate.of(2026, 11, 3), null, 20).getItems().stream()
                .filter(t -> t.getMemberId().equals(cadre)).findFirst().orElseThrow();
        assertThat(task.getGridCode()).isEqualTo(grid.getCode());

        ProgrammesApi asCadre = new ProgrammesApi(platform.clientAsSubject(cadre.toString(), CITY, COMMUNITY, "GRID_WORKER"));
        VisitFinding light = asCadre.recordVisitFinding(task.getId(), new NewVisitFinding().kind(FindingKind.GRID_EVENT)
                .category(EventCategory.SERVICE_REQUEST).text("村口路灯坏了两周").resident(new NewReporter().name("李大爷")), "e2e-light");
        VisitFinding quarrel = asCadre.recordVisitFinding(task.getId(), new NewVisitFinding().kind(FindingKind.DISPUTE)
                .category(EventCategory.DISPUTE).text("陈、林两户因宅基地边界争执多年。").resident(new NewReporter().name("陈某"))
                .dispute(new NewNightVisitDispute().type("PROPERTY_LAND")
                        .addPartiesItem(new NewParty().kind(PartyKind.PERSON).role(PartyRole.APPLICANT).name("陈某"))
                        .addPartiesItem(new NewParty().kind(PartyKind.PERSON).role(PartyRole.RESPONDENT).name("林某"))
                        .claims("重新确认宅基地边界。").risk(new Risk().level(RiskLevel.LOW))), "e2e-quarrel");

        VisitTask read = new ProgrammesApi(platform.clientAs(CITY, CITY, "AUDITOR")).getVisitTask(task.getId());
        assertThat(read.getFindings()).extracting(VisitFinding::getHref)
                .containsExactly("/api/v1/events/" + light.getEventId(), "/api/v1/disputes/" + quarrel.getDisputeId());
        GridEvent event = new EventsApi(platform.clientAs(CITY, CITY, "AUDITOR")).getEvent(light.getEventId(), null);
        assertThat(event.getChannel()).isEqualTo(EventChannel.RESIDENT);
        Dispute dispute = new DisputesApi(platform.clientAs(CITY, CITY, "AUDITOR")).getDispute(quarrel.getDisputeId(), null);
        assertThat(dispute.getSource()).isEqualTo(DisputeSource.NIGHT_VISIT);
        assertThat(dispute.getAreaCode()).isEqualTo(COMMUNITY);
        assertThat(dispute.getIntakeReference()).as("the dispute names the visit task it came from")
                .startsWith("visit-finding:" + task.getId() + ":");

        ApiException colleague = catchThrowableOfType(ApiException.class, () -> new ProgrammesApi(
                platform.clientAsSubject("wang.fang", CITY, COMMUNITY, "GRID_WORKER")).recordVisitFinding(task.getId(),
                new NewVisitFinding().kind(FindingKind.GRID_EVENT).category(EventCategory.SERVICE_REQUEST).text("路灯")
                        .resident(new NewReporter().name("李大爷")), null));
        assertThat(colleague.getCode()).as("a finding by someone who is not the task's cadre").isEqualTo(403);
    }
}
