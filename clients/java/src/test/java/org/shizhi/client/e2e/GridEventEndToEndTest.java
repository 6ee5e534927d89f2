package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.DigestsApi;
import org.shizhi.client.api.EventsApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.model.ChangeKind;
import org.shizhi.client.model.EventAction;
import org.shizhi.client.model.EventCategory;
import org.shizhi.client.model.EventChange;
import org.shizhi.client.model.EventChannel;
import org.shizhi.client.model.EventPage;
import org.shizhi.client.model.EventReported;
import org.shizhi.client.model.EventState;
import org.shizhi.client.model.GeoJsonPoint;
import org.shizhi.client.model.GeoJsonPolygon;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridEvent;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewEvent;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewReporter;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RegisterAreasRequest;
import org.shizhi.client.model.ResolveEventRequest;
import org.shizhi.client.model.TimelineEntry;
import org.shizhi.client.model.VerdictRequest;
import org.shizhi.client.model.WeeklyDigest;

/**
 * A grid event from intake to close, end to end through the generated client only: a city admin registers a street
 * and a community of its own (510104210000, 510104210001: used by no other test, so no other event lies there) and
 * draws a grid in it, a grid worker reports an event there (sent twice with one
 * Idempotency-Key after a lost answer), the community accepts it, the worker resolves it, the hotline's callback
 * takes down a dissatisfied verdict that reopens it, it is resolved again and closed by a satisfied one. Each change
 * names the version it was based on ({@code If-Match}); one based on an older version is refused with 412.
 */
class GridEventEndToEndTest {

    private static final String COMMUNITY = "510104210001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    @BeforeAll
    static void aStreetAndACommunityOfTheirOwn() throws ApiException {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104210000").name("端到端网格街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端网格社区")), null);
    }

    private static EventsApi events(String jurisdiction, String role) {
        return new EventsApi(platform.clientAs("510100", jurisdiction, role));
    }

    /** The ETag of a version, as If-Match sends it back. */
    private static String ifMatch(GridEvent event) {
        return "\"" + event.getVersion() + "\"";
    }

    private static Problem problem(ApiException e) throws JsonProcessingException {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void aGridEventFromIntakeToClose() throws Exception {
        Grid grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL)
                .name("端到端第1网格").boundary(new GeoJsonPolygon().type(GeoJsonPolygon.TypeEnum.POLYGON)
                        .addCoordinatesItem(List.of(List.of(104.0801, 30.6571), List.of(104.0832, 30.6571),
                                List.of(104.0832, 30.6598), List.of(104.0801, 30.6598), List.of(104.0801, 30.6571)))), null);
        EventsApi worker = events(COMMUNITY, "GRID_WORKER");
        EventsApi staff = events(COMMUNITY, "COMMUNITY_STAFF");
        EventsApi hotline = events("510100", "INTEGRATOR");
        EventsApi auditor = events("510100", "AUDITOR");
        NewEvent report = new NewEvent().gridCode(grid.getCode()).category(EventCategory.ENVIRONMENT)
                .text("社区路口垃圾桶满溢，异味明显").channel(EventChannel.HOTLINE_12345)
                .reporter(new NewReporter().name("陈静").phone("13712345678"))
                .location(new GeoJsonPoint().type(GeoJsonPoint.TypeEnum.POINT).coordinates(List.of(104.0815, 30.6584)));
        String key = UUID.randomUUID().toString();

        ApiResponse<EventReported> reported = worker.reportEventWithHttpInfo(report, key);
        ApiResponse<EventReported> againWithHeaders = worker.reportEventWithHttpInfo(report, key);
        EventReported again = againWithHeaders.getData();

        GridEvent event = reported.getData().getEvent();
        assertThat(reported.getStatusCode()).isEqualTo(201);
        assertThat(URI.create(reported.getHeaders().get("location").get(0)).getPath()).isEqualTo("/api/v1/events/" + event.getId());
        assertThat(reported.getHeaders().get("etag")).containsExactly("\"1\"");
        assertThat(again.getEvent().getId()).as("the same key and request: the first answer, no second event").isEqualTo(event.getId());
        assertThat(againWithHeaders.getHeaders().get("etag")).as("the replay's ETag, to go on with If-Match").containsExactly("\"1\"");
        assertThat(event.getState()).isEqualTo(EventState.REPORTED);
        assertThat(event.getReporter().getName()).as("masked without PERSONAL_DATA").isEqualTo("陈*");
        assertThat(event.getLocation().getCoordinates()).containsExactly(104.0815, 30.6584);
        assertThat(event.getReportedAt().getOffset().getTotalSeconds()).as("China's offset").isEqualTo(8 * 3600);

        assertThat(event.getActions()).as("a grid worker may not accept or reject").isEmpty();
        assertThat(staff.getEvent(event.getId(), null).getActions()).as("the steps open to community staff")
                .containsExactly(EventAction.ACCEPT, EventAction.REJECT);

        event = staff.acceptEvent(event.getId(), ifMatch(event), null).getEvent();
        assertThat(event.getActions()).as("community staff on an accepted event").containsExactly(EventAction.REJECT,
                EventAction.CALL, EventAction.RESOLVE);
        event = worker.resolveEvent(event.getId(), ifMatch(event), new ResolveEventRequest().resolution("已通知环卫清运")).getEvent();
        GridEvent resolved = event;
        EventChange reopened = hotline.recordEventVerdict(event.getId(), ifMatch(event), new VerdictRequest().satisfaction(2).comment("第二天又满了"));
        event = reopened.getEvent();
        assertThat(event.getState()).isEqualTo(EventState.REOPENED);
        assertThat(reopened.getChange().getKind()).isEqualTo(ChangeKind.REOPENED);

        ApiException stale = catchThrowableOfType(ApiException.class, () -> staff.resolveEvent(resolved.getId(), ifMatch(resolved),
                new ResolveEventRequest().resolution("基于旧版本的处理")));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problem(stale).getType().toString()).isEqualTo("urn:shizhi:problem:stale-version");
        assertThat(problem(stale).getField()).isEqualTo("If-Match");

        event = staff.resolveEvent(event.getId(), ifMatch(event), new ResolveEventRequest().resolution("增设垃圾桶并加密清运")).getEvent();
        event = hotline.recordEventVerdict(event.getId(), ifMatch(event), new VerdictRequest().satisfaction(5)).getEvent();

        assertThat(event.getState()).isEqualTo(EventState.CLOSED);
        assertThat(event.getNextStates()).isEmpty();
        assertThat(event.getClosedAt()).isNotNull();
        assertThat(event.getVersion()).isEqualTo(6);
        assertThat(auditor.getEventTimeline(event.getId()).getItems()).extracting(TimelineEntry::getKind).containsExactly(
                ChangeKind.REPORTED, ChangeKind.ACCEPTED, ChangeKind.RESOLVED, ChangeKind.REOPENED, ChangeKind.RESOLVED,
                ChangeKind.CLOSED);

        List<UUID> listed = new ArrayList<>();
        String cursor = null;
        do {
            EventPage page = auditor.listEvents(COMMUNITY, EventState.CLOSED, null, null, null, null, cursor, 1, null);
            page.getItems().forEach(e -> listed.add(e.getId()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertThat(listed).containsExactly(event.getId());

        WeeklyDigest digest = new DigestsApi(platform.client()).getWeeklyDigest("510104", null, null);
        assertThat(digest.getClosed()).isPositive();
        assertThat(digest.getMeanSatisfaction()).isNotNull();
        List<WeeklyDigest> streets = new DigestsApi(platform.client()).listChildWeeklyDigests("510104", null).getItems();
        assertThat(streets).as("the district's streets, each with its own digest").isNotEmpty()
                .allSatisfy(street -> assertThat(street.getArea()).startsWith("510104"));
        assertThat(streets.stream().mapToLong(WeeklyDigest::getClosed).sum()).as("the streets' closures add up to the district's")
                .isEqualTo(digest.getClosed());
    }

    @Test
    void aChangeWithoutTheVersionOrFromTheWrongStateIsRefusedWithAProblem() throws Exception {
        Grid grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL)
                .name("端到端第2网格"), null);
        EventsApi worker = events(COMMUNITY, "GRID_WORKER");
        GridEvent event = worker.reportEvent(new NewEvent().gridCode(grid.getCode()).category(EventCategory.SERVICE_REQUEST)
                .text("独居老人需要上门送餐").channel(EventChannel.RESIDENT).reporter(new NewReporter().name("刘芳")), null).getEvent();

        ApiException wrongState = catchThrowableOfType(ApiException.class, () -> worker.recordEventVerdict(event.getId(),
                ifMatch(event), new VerdictRequest().satisfaction(5)));
        ApiException noVersion = catchThrowableOfType(ApiException.class, () -> worker.resolveEvent(event.getId(), "",
                new ResolveEventRequest().resolution("已送餐")));

        assertThat(wrongState.getCode()).isEqualTo(409);
        assertThat(problem(wrongState).getDetail()).contains("REPORTED");
        assertThat(noVersion.getCode()).isEqualTo(428);
        assertThat(problem(noVersion).getField()).isEqualTo("If-Match");
        assertThat(worker.getEvent(event.getId(), null).getVersion()).as("nothing changed").isEqualTo(1);
    }
}
