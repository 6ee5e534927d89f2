package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.EventsApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.model.EventCategory;
import org.shizhi.client.model.EventChannel;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.HotlineChannel;
import org.shizhi.client.model.HotlineWorkOrder;
import org.shizhi.client.model.HotlineWorkOrderReceived;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewReporter;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RegisterAreasRequest;

/**
 * The city's 12345 hotline pushes work orders through the generated client only: an order becomes a HOTLINE_12345
 * grid event in its grid (201), the same order pushed again answers that event (200, one event in the community), the
 * same order id with another text is 409, and bad orders are 400 problem+json naming the field, with nothing written.
 * A community of its own (510104250001, used by no other test) so that its event count is this test's alone.
 */
class HotlineWorkOrderEndToEndTest {

    private static final String COMMUNITY = "510104250001";
    private static Grid grid;

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    @BeforeAll
    static void aStreetACommunityAndAGridOfTheirOwn() throws ApiException {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104250000").name("端到端热线街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端热线社区")), null);
        grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL)
                .name("端到端热线第1网格"), null);
    }

    private static EventsApi hotline() {
        return new EventsApi(platform.clientAs("510100", "510100", "INTEGRATOR"));
    }

    private static HotlineWorkOrder order(String orderId) {
        return new HotlineWorkOrder().orderId(orderId).channel(HotlineChannel.WECHAT)
                .caller(new NewReporter().name("周先生").phone("13612345678")).gridCode(grid.getCode())
                .text("小区东门井盖缺失，夜间有人险些踩空").category(EventCategory.SAFETY_HAZARD)
                .deadline(OffsetDateTime.parse("2025-10-10T17:30:00+08:00"));
    }

    private static Problem problem(ApiException e) throws JsonProcessingException {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    private static int eventsInTheCommunity() throws ApiException {
        return new EventsApi(platform.clientAs("510100", "510100", "AUDITOR"))
                .listEvents(COMMUNITY, null, null, null, null, null, null, 100, null).getItems().size();
    }

    @Test
    void anOrderPushedTwiceMakesOneHotlineEventAndBadOrdersWriteNothing() throws Exception {
        ApiResponse<HotlineWorkOrderReceived> first = hotline().receiveHotlineWorkOrderWithHttpInfo(order("WX2025100800031"));
        ApiResponse<HotlineWorkOrderReceived> again = hotline().receiveHotlineWorkOrderWithHttpInfo(order("WX2025100800031"));

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getData().getRepeated()).isFalse();
        assertThat(first.getData().getEvent().getChannel()).isEqualTo(EventChannel.HOTLINE_12345);
        assertThat(first.getData().getEvent().getGridCode()).isEqualTo(grid.getCode());
        assertThat(first.getData().getEvent().getText()).isEqualTo(
                "【12345工单 WX2025100800031｜微信｜热线办结时限 2025-10-10 17:30】\n小区东门井盖缺失，夜间有人险些踩空");
        assertThat(again.getStatusCode()).as("the same order again").isEqualTo(200);
        assertThat(again.getData().getRepeated()).isTrue();
        assertThat(again.getData().getEvent().getId()).isEqualTo(first.getData().getEvent().getId());
        assertThat(eventsInTheCommunity()).as("one event for the order pushed twice").isEqualTo(1);

        ApiException changed = catchThrowableOfType(ApiException.class,
                () -> hotline().receiveHotlineWorkOrder(order("WX2025100800031").text("路灯不亮")));
        assertThat(changed.getCode()).isEqualTo(409);
        assertThat(problem(changed).getField()).isEqualTo("orderId");

        ApiException badId = catchThrowableOfType(ApiException.class,
                () -> hotline().receiveHotlineWorkOrder(order("工单 1")));
        ApiException noDeadline = catchThrowableOfType(ApiException.class,
                () -> hotline().receiveHotlineWorkOrder(order("WX2025100800032").deadline(null)));
        ApiException badPhone = catchThrowableOfType(ApiException.class,
                () -> hotline().receiveHotlineWorkOrder(order("WX2025100800033").caller(new NewReporter().name("周先生").phone("110"))));
        for (ApiException refused : List.of(badId, noDeadline, badPhone)) {
            assertThat(refused.getCode()).isEqualTo(400);
            assertThat(refused.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(problem(badId).getField()).isEqualTo("orderId");
        assertThat(problem(noDeadline).getField()).isEqualTo("deadline");
        assertThat(problem(badPhone).getField()).isEqualTo("caller.phone");
        assertThat(eventsInTheCommunity()).as("nothing written by the refused orders").isEqualTo(1);

        ApiException notAnIntegrator = catchThrowableOfType(ApiException.class,
                () -> new EventsApi(platform.clientAs("510100", COMMUNITY, "GRID_WORKER")).receiveHotlineWorkOrder(order("WX2025100800034")));
        assertThat(notAnIntegrator.getCode()).isEqualTo(403);
    }
}
