package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.ArchiveApi;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.AuditApi;
import org.shizhi.client.api.DigestsApi;
import org.shizhi.client.api.DisputesApi;
import org.shizhi.client.api.EventsApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.model.AuditAction;
import org.shizhi.client.model.AuditEntry;
import org.shizhi.client.model.DisputeBreakdown;
import org.shizhi.client.model.DisputeSource;
import org.shizhi.client.model.EventCategory;
import org.shizhi.client.model.EventStateCount;
import org.shizhi.client.model.EventStateWeeks;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.HotlineChannel;
import org.shizhi.client.model.HotlineWorkOrder;
import org.shizhi.client.model.MediationCentre;
import org.shizhi.client.model.Mediator;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewDispute;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewParty;
import org.shizhi.client.model.NewReporter;
import org.shizhi.client.model.PartyKind;
import org.shizhi.client.model.PartyRole;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RegisterAreasRequest;
import org.shizhi.client.model.Risk;
import org.shizhi.client.model.RiskLevel;

/**
 * The console's dashboard figures and a user's own audit trail, through the generated client only: two work orders
 * in a community of its own (510104252001, used by no other test) are counted in this week's events by state and
 * grade; two disputes opened there are counted by type and by channel; a bad week count is 400 problem+json naming
 * it; an auditor's own trail holds their search and nobody else's entries.
 */
class DashboardFiguresEndToEndTest {

    private static final String COMMUNITY = "510104252001";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static Grid grid;

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    @BeforeAll
    static void aCommunityWithAGridAndACentreOfItsOwn() throws ApiException {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104252000").name("端到端看板街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端看板社区")), null);
        grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL)
                .name("端到端看板第1网格"), null);
        new DisputesApi(platform.client()).registerMediationCentre(new MediationCentre().areaCode(COMMUNITY).name("端到端看板调解室")
                .addMediatorsItem(new Mediator().id("e2e-board-mediator").name("陈调解")), null);
    }

    @Test
    void thisWeeksEventsAreCountedByStateAndGrade() throws Exception {
        EventsApi hotline = new EventsApi(platform.clientAs("510100", "510100", "INTEGRATOR"));
        String state = null;
        for (String orderId : List.of("DB2025000001", "DB2025000002")) {
            state = hotline.receiveHotlineWorkOrder(new HotlineWorkOrder().orderId(orderId).channel(HotlineChannel.PHONE)
                    .caller(new NewReporter().name("赵女士")).gridCode(grid.getCode()).text("路灯不亮，晚上出行不便 " + orderId)
                    .category(EventCategory.SERVICE_REQUEST).deadline(OffsetDateTime.now().plusDays(3)))
                    .getEvent().getState().getValue();
        }

        EventStateWeeks weeks = new DigestsApi(platform.client()).getEventStateWeeks(COMMUNITY, null, 1);

        assertThat(weeks.getWeeks()).as("one week asked for").hasSize(1);
        assertThat(weeks.getCounts().stream().mapToLong(EventStateCount::getCount).sum()).as("both orders, this week").isEqualTo(2);
        String reported = state;
        assertThat(weeks.getCounts()).as("in the state they stand in now").allSatisfy(c -> assertThat(c.getState().getValue()).isEqualTo(reported));
    }

    @Test
    void aWeekCountOutOfRangeIsRefusedNamingIt() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new DigestsApi(platform.client()).getEventStateWeeks(COMMUNITY, null, 27));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(platform.client().getObjectMapper().readValue(refused.getResponseBody(), Problem.class).getField()).isEqualTo("weeks");
    }

    @Test
    void disputesOpenedAreCountedByTypeAndChannel() throws Exception {
        DisputesApi mediator = new DisputesApi(platform.clientAs("510100", "510104", "MEDIATOR"));
        for (String facts : List.of("楼上装修噪音扰民。", "邻居占用楼道堆放杂物。")) {
            mediator.openDispute(new NewDispute().source(DisputeSource.WALK_IN).areaCode(COMMUNITY).type("NEIGHBOURHOOD")
                    .addPartiesItem(new NewParty().kind(PartyKind.PERSON).role(PartyRole.APPLICANT).name("孙丽"))
                    .facts(facts).claims("要求停止侵扰。").risk(new Risk().level(RiskLevel.LOW)), null);
        }
        LocalDate today = LocalDate.now(CHINA);

        DisputeBreakdown breakdown = new DisputesApi(platform.client()).getDisputeBreakdown(COMMUNITY, today.minusDays(1), today.plusDays(1));

        assertThat(breakdown.getByType()).as("both of one type").singleElement()
                .satisfies(t -> assertThat(List.of(t.getCode(), t.getCount())).isEqualTo(List.of("NEIGHBOURHOOD", 2L)));
        assertThat(breakdown.getByChannel().stream().mapToLong(c -> c.getCount()).sum()).as("every dispute has a channel").isEqualTo(2);
    }

    @Test
    void aUsersOwnAuditTrailHoldsTheirSearchesAndNobodyElses() throws Exception {
        new ArchiveApi(platform.clientAsSubject("e2e-own-trail", "510100", "510100", "AUDITOR"))
                .searchCases("看板噪音", null, null, null, null, null, null, null, null, null, null, null, null, 10);
        new ArchiveApi(platform.clientAsSubject("e2e-other-trail", "510100", "510100", "AUDITOR"))
                .searchCases("看板漏水", null, null, null, null, null, null, null, null, null, null, null, null, 10);

        List<AuditEntry> mine = new AuditApi(platform.clientAsSubject("e2e-own-trail", "510100", "510100", "AUDITOR"))
                .listOwnAuditEntries(null, null, null, null, 100).getItems();

        assertThat(mine).as("the user's search is in their own trail")
                .anySatisfy(e -> assertThat(List.of(e.getAction(), e.getQuery())).isEqualTo(List.of(AuditAction.SEARCH, "看板噪音")));
        assertThat(mine).as("and only their entries").allSatisfy(e -> assertThat(e.getSubject()).isEqualTo("e2e-own-trail"));
    }
}
