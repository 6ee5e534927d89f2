package org.shizhi.adapters.rest.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.EventCategoryJson;
import org.shizhi.adapters.rest.model.EventChannelJson;
import org.shizhi.adapters.rest.model.GridTierJson;
import org.shizhi.adapters.rest.model.HotlineChannelJson;
import org.shizhi.adapters.rest.model.HotlineWorkOrderJson;
import org.shizhi.adapters.rest.model.HotlineWorkOrderReceivedJson;
import org.shizhi.adapters.rest.model.NewGridJson;
import org.shizhi.adapters.rest.model.NewReporterJson;
import org.shizhi.adapters.rest.model.ProblemJson;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.DomainException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;

class HotlineWorkOrdersResourceTest {

    private static final String GRID = "510104022001001";
    private final RestWorld world = new RestWorld();

    @BeforeEach
    void aCommunityWithAGrid() {
        world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(new NewGridJson(RestWorld.ZONGFU.value(), GridTierJson.GENERAL, "总府路第1网格"), null);
    }

    private static HotlineWorkOrderJson order(String orderId) {
        return new HotlineWorkOrderJson(orderId, HotlineChannelJson.PHONE, new NewReporterJson("刘女士").phone("13912345678"), GRID,
                "小区门口垃圾三天没人清运", EventCategoryJson.ENVIRONMENT, OffsetDateTime.parse("2025-09-29T18:00:00+08:00"));
    }

    private Response push(HotlineWorkOrderJson order) {
        return world.as(RestWorld.CHENGDU, Role.INTEGRATOR).events.receiveHotlineWorkOrder(order);
    }

    private int events() {
        return world.eventRepository.within(EventFilter.within(RestWorld.CHENGDU), PageRequest.first(10)).items().size();
    }

    /** The field a refusal names, whether the domain's exception or the problem the adapter renamed it into. */
    private static Consumer<Throwable> names(String field) {
        return e -> {
            if (e instanceof DomainException domain) {
                assertThat(domain.field()).contains(field);
            } else {
                ProblemJson problem = (ProblemJson) ((WebApplicationException) e).getResponse().getEntity();
                assertThat(problem.getField()).isEqualTo(field);
            }
        };
    }

    @Test
    void anOrderAnswers201WithAHotlineEventInItsGridAndTheSameOrderAgainAnswers200WithThatEvent() {
        Response first = push(order("CD2025092600017"));
        Response again = push(order("CD2025092600017"));

        HotlineWorkOrderReceivedJson made = (HotlineWorkOrderReceivedJson) first.getEntity();
        HotlineWorkOrderReceivedJson repeated = (HotlineWorkOrderReceivedJson) again.getEntity();
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getLocation().toString()).isEqualTo("/api/v1/events/" + made.getEvent().getId());
        assertThat(made.getRepeated()).isFalse();
        assertThat(made.getOrderId()).isEqualTo("CD2025092600017");
        assertThat(made.getEvent().getChannel()).isEqualTo(EventChannelJson.HOTLINE_12345);
        assertThat(made.getEvent().getGridCode()).isEqualTo(GRID);
        assertThat(made.getEvent().getText()).startsWith("【12345工单 CD2025092600017｜电话｜热线办结时限 2025-09-29 18:00】");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(repeated.getRepeated()).isTrue();
        assertThat(repeated.getEvent().getId()).isEqualTo(made.getEvent().getId());
        assertThat(events()).as("one event for the order pushed twice").isEqualTo(1);
    }

    @Test
    void theSameOrderIdWithOtherContentIsAConflictNamingTheOrderIdAndWritesNothing() {
        push(order("CD2025092600018"));
        HotlineWorkOrderJson changed = order("CD2025092600018");
        changed.setText("路灯不亮");

        assertThatThrownBy(() -> push(changed)).satisfies(names("orderId"))
                .satisfies(e -> assertThat(e instanceof ConflictException
                        || ((WebApplicationException) e).getResponse().getStatus() == 409).isTrue());
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void aBadOrderIsRefusedNamingTheFieldAsTheOrderNamesItAndWritesNothing() {
        HotlineWorkOrderJson badId = order("工单-1");
        HotlineWorkOrderJson noChannel = order("A-1");
        noChannel.setChannel(null);
        HotlineWorkOrderJson noCaller = order("A-2");
        noCaller.setCaller(null);
        HotlineWorkOrderJson namelessCaller = order("A-3");
        namelessCaller.setCaller(new NewReporterJson(""));
        HotlineWorkOrderJson badPhone = order("A-4");
        badPhone.setCaller(new NewReporterJson("刘女士").phone("12345"));
        HotlineWorkOrderJson noGrid = order("A-5");
        noGrid.setGridCode(null);
        HotlineWorkOrderJson badGrid = order("A-6");
        badGrid.setGridCode("5101");
        HotlineWorkOrderJson noText = order("A-7");
        noText.setText(" ");
        HotlineWorkOrderJson noCategory = order("A-8");
        noCategory.setCategory(null);
        HotlineWorkOrderJson noDeadline = order("A-9");
        noDeadline.setDeadline(null);

        assertThatThrownBy(() -> push(badId)).satisfies(names("orderId"));
        assertThatThrownBy(() -> push(noChannel)).satisfies(names("channel"));
        assertThatThrownBy(() -> push(noCaller)).satisfies(names("caller"));
        assertThatThrownBy(() -> push(namelessCaller)).satisfies(names("caller.name"));
        assertThatThrownBy(() -> push(badPhone)).satisfies(names("caller.phone"));
        assertThatThrownBy(() -> push(noGrid)).satisfies(names("gridCode"));
        assertThatThrownBy(() -> push(badGrid)).satisfies(names("gridCode"));
        assertThatThrownBy(() -> push(noText)).satisfies(names("text"));
        assertThatThrownBy(() -> push(noCategory)).satisfies(names("category"));
        assertThatThrownBy(() -> push(noDeadline)).satisfies(names("deadline"));
        assertThat(events()).isZero();
    }

    @Test
    void anOrderForAnUnknownGridOrAnotherCitysIsNotFoundAndOnlyAnIntegratorPushes() {
        HotlineWorkOrderJson unknownGrid = order("A-10");
        unknownGrid.setGridCode("510104022001077");

        assertThatThrownBy(() -> push(unknownGrid)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.as(RestWorld.JINSHAWAN, Role.INTEGRATOR).events.receiveHotlineWorkOrder(order("A-11")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.as(RestWorld.ZONGFU, Role.GRID_WORKER).events.receiveHotlineWorkOrder(order("A-12")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events()).isZero();
    }
}
