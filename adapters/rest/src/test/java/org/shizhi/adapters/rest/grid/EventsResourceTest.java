package org.shizhi.adapters.rest.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.http.JsonConfiguration;
import org.shizhi.adapters.rest.model.AcceptEventRequestJson;
import org.shizhi.adapters.rest.model.AnswerKindJson;
import org.shizhi.adapters.rest.model.CallEventRequestJson;
import org.shizhi.adapters.rest.model.ChangeKindJson;
import org.shizhi.adapters.rest.model.DispatchEventRequestJson;
import org.shizhi.adapters.rest.model.EventCategoryJson;
import org.shizhi.adapters.rest.model.EventChangeJson;
import org.shizhi.adapters.rest.model.EventChannelJson;
import org.shizhi.adapters.rest.model.EventPageJson;
import org.shizhi.adapters.rest.model.EventReportedJson;
import org.shizhi.adapters.rest.model.EventStateJson;
import org.shizhi.adapters.rest.model.GridEventJson;
import org.shizhi.adapters.rest.model.GridTierJson;
import org.shizhi.adapters.rest.model.MergeEventRequestJson;
import org.shizhi.adapters.rest.model.NewEventJson;
import org.shizhi.adapters.rest.model.NewGridJson;
import org.shizhi.adapters.rest.model.NewReporterJson;
import org.shizhi.adapters.rest.model.ProblemJson;
import org.shizhi.adapters.rest.model.RejectEventRequestJson;
import org.shizhi.adapters.rest.model.ReportWithinJson;
import org.shizhi.adapters.rest.model.ReportWithinUnitJson;
import org.shizhi.adapters.rest.model.ResolveEventRequestJson;
import org.shizhi.adapters.rest.model.StartEventHandlingRequestJson;
import org.shizhi.adapters.rest.model.SummonsJson;
import org.shizhi.adapters.rest.model.SummonsReportRequestJson;
import org.shizhi.adapters.rest.model.SummonsRequestJson;
import org.shizhi.adapters.rest.model.TimelineEntryJson;
import org.shizhi.adapters.rest.model.TimelineJson;
import org.shizhi.adapters.rest.model.VerdictRequestJson;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;

class EventsResourceTest {

    private static final String GRID = "510104022001001";
    private final RestWorld world = new RestWorld();

    @BeforeEach
    void aCommunityWithAGrid() {
        world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(new NewGridJson(RestWorld.ZONGFU.value(), GridTierJson.GENERAL, "总府路第1网格"), null);
    }

    private static NewEventJson event(String text) {
        return new NewEventJson(GRID, EventCategoryJson.ENVIRONMENT, text, EventChannelJson.RESIDENT, new NewReporterJson("李明").phone("13912345678"));
    }

    private EventReportedJson report(String text) {
        return (EventReportedJson) world.as(RestWorld.ZONGFU, Role.GRID_WORKER).events.reportEvent(event(text), null).getEntity();
    }

    private static String etag(Response response) {
        return response.getEntityTag().toString();
    }

    private static ProblemJson problem(Throwable e) {
        return (ProblemJson) ((WebApplicationException) e).getResponse().getEntity();
    }

    @Test
    void intakeAnswers201WithTheEventItsFirstTimelineEntryAndItsETag() {
        Response response = world.as(RestWorld.ZONGFU, Role.GRID_WORKER).events.reportEvent(event("楼道堆放杂物"), null);

        EventReportedJson body = (EventReportedJson) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().toString()).isEqualTo("/api/v1/events/" + body.getEvent().getId());
        assertThat(etag(response)).isEqualTo("\"1\"");
        assertThat(body.getEvent().getState()).isEqualTo(EventStateJson.REPORTED);
        assertThat(body.getEvent().getNextStates()).containsExactly(EventStateJson.ACCEPTED, EventStateJson.REJECTED);
        assertThat(body.getEvent().getGrade().getCode()).isEqualTo("LOW");
        assertThat(body.getEvent().getReporter().getName()).as("masked without PERSONAL_DATA").isEqualTo("李*");
        assertThat(body.getEvent().getReporter().getPhone()).isEqualTo("139****5678");
        assertThat(body.getChange().getKind()).isEqualTo(ChangeKindJson.REPORTED);
        assertThat(body.getChange().getFrom()).isNull();
    }

    @Test
    void aSimilarOpenEventComesBackAsAPossibleDuplicateAndMergingClosesIt() {
        EventReportedJson first = report("总府路12号楼道堆放大量杂物，堵塞消防通道");
        EventReportedJson second = report("总府路12号楼道堆放大量杂物，堵塞了消防通道");

        assertThat(second.getPossibleDuplicates()).extracting(d -> d.getEventId()).containsExactly(first.getEvent().getId());
        Response merged = world.as(RestWorld.ZONGFU, Role.COMMUNITY_STAFF).events.mergeEvent(second.getEvent().getId(), "\"1\"",
                new MergeEventRequestJson(first.getEvent().getId()));
        GridEventJson duplicate = ((EventChangeJson) merged.getEntity()).getEvent();
        assertThat(duplicate.getState()).isEqualTo(EventStateJson.CLOSED);
        assertThat(duplicate.getMergedInto()).isEqualTo(first.getEvent().getId());
    }

    @Test
    void fromIntakeToADissatisfiedVerdictReopeningAndASatisfiedClose() {
        UUID id = report("小区路灯损坏，夜间出行不便").getEvent().getId();

        Response accepted = world.as(RestWorld.ZONGFU, Role.COMMUNITY_STAFF).events.acceptEvent(id, "\"1\"", null);
        Response resolved = world.as(RestWorld.ZONGFU, Role.GRID_WORKER).events.resolveEvent(id, etag(accepted),
                new ResolveEventRequestJson("已联系物业更换路灯"));
        world.clock.advance(Duration.ofHours(20));
        Response dissatisfied = world.events.recordEventVerdict(id, etag(resolved), new VerdictRequestJson(2).comment("仍有一盏未修"));
        Response resolvedAgain = world.events.resolveEvent(id, etag(dissatisfied), new ResolveEventRequestJson("剩余路灯已更换"));
        Response satisfied = world.events.recordEventVerdict(id, etag(resolvedAgain), new VerdictRequestJson(5));

        assertThat(((EventChangeJson) dissatisfied.getEntity()).getEvent().getState()).isEqualTo(EventStateJson.REOPENED);
        GridEventJson closed = ((EventChangeJson) satisfied.getEntity()).getEvent();
        assertThat(closed.getState()).isEqualTo(EventStateJson.CLOSED);
        assertThat(closed.getVerdict().getSatisfaction()).isEqualTo(5);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(etag(satisfied)).isEqualTo("\"6\"");
        TimelineJson timeline = (TimelineJson) world.events.getEventTimeline(id).getEntity();
        assertThat(timeline.getItems()).extracting(TimelineEntryJson::getKind).containsExactly(ChangeKindJson.REPORTED,
                ChangeKindJson.ACCEPTED, ChangeKindJson.RESOLVED, ChangeKindJson.REOPENED, ChangeKindJson.RESOLVED, ChangeKindJson.CLOSED);
        assertThat(timeline.getItems()).extracting(TimelineEntryJson::getTo).containsExactly(EventStateJson.REPORTED,
                EventStateJson.ACCEPTED, EventStateJson.RESOLVED, EventStateJson.REOPENED, EventStateJson.RESOLVED, EventStateJson.CLOSED);
    }

    @Test
    void theStreetCallsDispatchesAndSummonsAndTheDepartmentReportsForItself() {
        UUID id = report("燃气管道隐患，需要处理").getEvent().getId();
        String version = etag(world.as(RestWorld.ZONGFU, Role.COMMUNITY_STAFF).events.acceptEvent(id, "\"1\"", new AcceptEventRequestJson()));
        version = etag(world.events.callEvent(id, version, new CallEventRequestJson().remark("需街道协调")));
        world.as(RestWorld.CHUNXI_ROAD, Role.STREET_OFFICER);
        version = etag(world.events.dispatchEvent(id, version, new DispatchEventRequestJson(List.of("jinjiang-housing"))));
        Response summoned = world.events.summonDepartments(id, version,
                new SummonsRequestJson(List.of("jinjiang-housing", "chunxi-police"), new ReportWithinJson(2, ReportWithinUnitJson.WORKING_HOURS)), null);
        GridEventJson afterSummons = ((EventChangeJson) summoned.getEntity()).getEvent();
        UUID summons = afterSummons.getSummonses().getFirst().getId();

        assertThat(summoned.getStatus()).isEqualTo(201);
        assertThat(summoned.getLocation().toString()).isEqualTo("/api/v1/events/" + id + "/summonses/" + summons);
        world.as(AreaCodes.JINJIANG, Role.DEPARTMENT, Optional.of("jinjiang-housing"));
        String afterReport = etag(world.events.reportToSummons(id, summons, etag(summoned),
                new SummonsReportRequestJson("jinjiang-housing", AnswerKindJson.ARRIVED).note("已到场")));
        SummonsJson read = (SummonsJson) world.events.getSummons(id, summons).getEntity();
        assertThat(read.getAnswers()).singleElement().satisfies(a -> {
            assertThat(a.getDepartment()).isEqualTo("jinjiang-housing");
            assertThat(a.getLateBy()).isEqualTo("PT0S");
        });
        assertThat(read.getOutstanding()).containsExactly("chunxi-police");
        Response started = world.events.startEventHandling(id, afterReport, new StartEventHandlingRequestJson("jinjiang-housing"));
        assertThat(((EventChangeJson) started.getEntity()).getEvent().getState()).isEqualTo(EventStateJson.IN_PROGRESS);
    }

    @Test
    void aTransitionFromTheWrongStateIsAConflictNamingTheStatesAndChangesNothing() {
        UUID id = report("小区路灯损坏").getEvent().getId();

        assertThatThrownBy(() -> world.as(RestWorld.ZONGFU, Role.GRID_WORKER).events.resolveEvent(id, "\"1\"",
                new ResolveEventRequestJson("已处理")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("event is REPORTED").hasMessageContaining("ACCEPTED, REJECTED");
        assertThat(world.eventRepository.timeline(new GridEventId(id))).hasSize(1);
    }

    @Test
    void aStaleIfMatchIs412NamingTheHeaderAndAMissingOne428() {
        UUID id = report("小区路灯损坏").getEvent().getId();
        world.as(RestWorld.ZONGFU, Role.COMMUNITY_STAFF).events.acceptEvent(id, "\"1\"", null);

        assertThatThrownBy(() -> world.events.rejectEvent(id, "\"1\"", new RejectEventRequestJson("重复")))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(412);
                    assertThat(problem(e).getField()).isEqualTo("If-Match");
                    assertThat(problem(e).getType().toString()).isEqualTo("urn:shizhi:problem:stale-version");
                });
        assertThatThrownBy(() -> world.events.rejectEvent(id, null, new RejectEventRequestJson("重复")))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> assertThat(e.getResponse().getStatus()).isEqualTo(428));
        assertThat(((GridEventJson) world.events.getEvent(id, null).getEntity()).getState()).isEqualTo(EventStateJson.ACCEPTED);
    }

    @Test
    void badIntakeIsRefusedNamingTheFieldAndStoresNothing() {
        world.as(RestWorld.ZONGFU, Role.GRID_WORKER);
        NewEventJson unknownGrid = event("路灯损坏").gridCode("510104022001009");
        NewEventJson badGrid = event("路灯损坏").gridCode("5101");
        NewEventJson tooLong = event("长".repeat(10_001));
        NewEventJson badPhone = event("路灯损坏").reporter(new NewReporterJson("李明").phone("12345"));

        assertThatThrownBy(() -> world.events.reportEvent(unknownGrid, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.events.reportEvent(badGrid, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("gridCode"));
        assertThatThrownBy(() -> world.events.reportEvent(tooLong, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("text"));
        assertThatThrownBy(() -> world.events.reportEvent(badPhone, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("reporter.phone"));
        assertThat(world.eventRepository.within(EventFilter.within(RestWorld.CHENGDU), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void aMissingGridIsNamedAsTheRequestNamesIt() {
        NewEventJson noGrid = event("路灯损坏");
        noGrid.setGridCode(null);

        assertThatThrownBy(() -> world.as(RestWorld.ZONGFU, Role.GRID_WORKER).events.reportEvent(noGrid, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("gridCode"));
    }

    @Test
    void theListPagesNewestFirstAndEventsReportedMeanwhileDoNotRepeat() {
        for (int i = 0; i < 5; i++) {
            report("第" + i + "件：井盖缺失" + "甲乙丙丁戊".charAt(i));
            world.clock.advance(Duration.ofMinutes(1));
        }
        world.as(RestWorld.CHENGDU, Role.AUDITOR);
        EventPageJson first = (EventPageJson) world.events.listEvents(null, null, null, null, null, null, null, 2, null).getEntity();
        world.as(RestWorld.ZONGFU, Role.GRID_WORKER);
        report("新的一件：广告牌松动");
        world.as(RestWorld.CHENGDU, Role.AUDITOR);

        List<String> texts = new ArrayList<>(first.getItems().stream().map(GridEventJson::getText).toList());
        String cursor = first.getNextCursor();
        while (cursor != null) {
            EventPageJson page = (EventPageJson) world.events.listEvents(null, null, null, null, null, null, cursor, 2, null).getEntity();
            texts.addAll(page.getItems().stream().map(GridEventJson::getText).toList());
            cursor = page.getNextCursor();
        }

        assertThat(texts).containsExactly("第4件：井盖缺失戊", "第3件：井盖缺失丁", "第2件：井盖缺失丙", "第1件：井盖缺失乙", "第0件：井盖缺失甲");
    }

    @Test
    void theListFiltersByStateGradeCategoryAndTime() {
        report("井盖缺失");
        world.clock.advance(Duration.ofHours(1));
        var hazard = report("燃气泄漏隐患");
        world.as(RestWorld.ZONGFU, Role.COMMUNITY_STAFF).events.acceptEvent(hazard.getEvent().getId(), "\"1\"", null);
        world.as(RestWorld.CHENGDU, Role.CITY_ADMIN);
        var reportedAt = hazard.getEvent().getReportedAt();

        assertThat(texts(world.events.listEvents("510104", EventStateJson.ACCEPTED, null, null, null, null, null, 10, null)))
                .containsExactly("燃气泄漏隐患");
        assertThat(texts(world.events.listEvents(null, null, "MEDIUM", null, null, null, null, 10, null))).containsExactly("燃气泄漏隐患");
        assertThat(texts(world.events.listEvents(null, null, null, EventCategoryJson.DISPUTE, null, null, null, 10, null))).isEmpty();
        assertThat(texts(world.events.listEvents(null, null, null, null, reportedAt, null, null, 10, null))).containsExactly("燃气泄漏隐患");
        assertThat(texts(world.events.listEvents(null, null, null, null, null, reportedAt, null, 10, null))).containsExactly("井盖缺失");
        assertThatThrownBy(() -> world.events.listEvents(null, null, null, null, reportedAt, reportedAt, null, 10, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("reportedBefore"));
        assertThatThrownBy(() -> world.events.listEvents("440802", null, null, null, null, null, null, 10, null))
                .isInstanceOf(NotFoundException.class);
    }

    private static List<String> texts(Response response) {
        return ((EventPageJson) response.getEntity()).getItems().stream().map(GridEventJson::getText).toList();
    }

    @Test
    void timestampsGoOutAsRfc3339AtChinasOffset() throws Exception {
        EventReportedJson reported = report("井盖缺失");

        JsonNode json = JsonConfiguration.MAPPER.readTree(JsonConfiguration.MAPPER.writeValueAsString(reported));

        assertThat(json.at("/event/reportedAt").asText()).isEqualTo("2025-09-26T10:00:00+08:00");
        assertThat(json.at("/event/deadline/dueOn").asText()).matches("2025-\\d\\d-\\d\\d");
        assertThat(json.at("/event/deadline/passesAt").asText()).endsWith("T00:00:00+08:00");
        assertThat(json.at("/change/at").asText()).isEqualTo("2025-09-26T10:00:00+08:00");
        assertThat(json.at("/event/resolution").isMissingNode()).as("absent, not null").isTrue();
    }

    @Test
    void theReporterIsShownClearToACallerWithPersonalData() {
        UUID id = report("井盖缺失").getEvent().getId();

        GridEventJson clear = (GridEventJson) world.as(RestWorld.ZONGFU, Role.COMMUNITY_STAFF, Privilege.PERSONAL_DATA).events.getEvent(id, null).getEntity();

        assertThat(clear.getReporter().getName()).isEqualTo("李明");
        assertThat(clear.getReporter().getMasked()).isFalse();
    }

    /** Codes the tests act in. */
    static final class AreaCodes {
        static final AreaCode JINJIANG = AreaCode.of("510104");
    }
}
