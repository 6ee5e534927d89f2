package org.shizhi.domain.grid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.service.GridWorld.HOTLINE;
import static org.shizhi.domain.grid.service.GridWorld.WORKER;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.HotlineChannel;
import org.shizhi.domain.grid.model.HotlineWorkOrder;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.in.ReceiveHotlineOrderUseCase.HotlineOrderReceived;
import org.shizhi.domain.grid.port.in.ReceiveHotlineOrderUseCase.ReceiveHotlineOrderCommand;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;

class HotlineWorkOrderIntakeTest {

    private static final AreaCode ZHANJIANG = AreaCode.of("440800");
    private static final Instant HOTLINE_DEADLINE = SampleEvents.china("2025-09-29T18:00");

    private final GridWorld world = new GridWorld();
    private final GridEventService service = world.eventService;

    private static HotlineWorkOrder order(String orderId, GridCode grid, String text) {
        return new HotlineWorkOrder(orderId, HotlineChannel.PHONE, new Reporter("刘女士", Optional.of(PhoneNumber.parse("13800138000"))),
                grid, Optional.of(new Position(104.08, 30.66)), text, EventCategory.ENVIRONMENT, HOTLINE_DEADLINE);
    }

    @Test
    void anOrderBecomesAnEventOnTheHotlineChannelInItsGridHeadedByTheOrdersIdChannelAndDeadline() {
        HotlineOrderReceived received = service.receive(HOTLINE,
                new ReceiveHotlineOrderCommand(order("CD2025092600017", SampleEvents.ZONGFU_1, "小区门口垃圾三天没人清运")));

        assertThat(received.repeated()).isFalse();
        assertThat(received.orderId()).isEqualTo("CD2025092600017");
        assertThat(received.event().id()).isEqualTo(GridEventId(SampleEvents.CHENGDU.value(), "CD2025092600017"));
        assertThat(received.event().grid()).isEqualTo(SampleEvents.ZONGFU_1);
        assertThat(received.event().channel()).isEqualTo(EventChannel.HOTLINE_12345);
        assertThat(received.event().category()).isEqualTo(EventCategory.ENVIRONMENT);
        assertThat(received.event().text()).isEqualTo("【12345工单 CD2025092600017｜电话｜热线办结时限 2025-09-29 18:00】\n小区门口垃圾三天没人清运");
        assertThat(received.event().location()).contains(new Position(104.08, 30.66));
        assertThat(world.events.size()).isEqualTo(1);
    }

    @Test
    void theSameOrderPushedTwiceMakesOneEventAndTheSecondAnswerSaysItWasRepeated() {
        HotlineWorkOrder order = order("CD2025092600018", SampleEvents.ZONGFU_1, "夜间施工噪音扰民");
        HotlineOrderReceived first = service.receive(HOTLINE, new ReceiveHotlineOrderCommand(order));
        world.clock.advance(Duration.ofMinutes(3));

        HotlineOrderReceived again = service.receive(HOTLINE, new ReceiveHotlineOrderCommand(order));

        assertThat(again.repeated()).isTrue();
        assertThat(again.event()).isEqualTo(first.event());
        assertThat(again.change()).as("the first report, as the timeline tells it").isEqualTo(first.change());
        assertThat(world.events.size()).isEqualTo(1);
        assertThat(world.events.timeline(first.event().id())).hasSize(1);
    }

    @Test
    void theSameOrderIdWithOtherContentIsAConflictAndWritesNothing() {
        HotlineOrderReceived first = service.receive(HOTLINE,
                new ReceiveHotlineOrderCommand(order("CD2025092600019", SampleEvents.ZONGFU_1, "夜间施工噪音扰民")));

        assertThatThrownBy(() -> service.receive(HOTLINE,
                new ReceiveHotlineOrderCommand(order("CD2025092600019", SampleEvents.ZONGFU_1, "路灯不亮"))))
                .isInstanceOf(ConflictException.class);
        assertThat(world.events.size()).isEqualTo(1);
        assertThat(world.events.find(first.event().id()).orElseThrow().text()).endsWith("夜间施工噪音扰民");
    }

    @Test
    void theSameOrderIdInAnotherCityIsAnotherEvent() {
        assertThat(order("A-1", SampleEvents.ZONGFU_1, "x").eventId(SampleEvents.CHENGDU))
                .isNotEqualTo(order("A-1", SampleEvents.ZONGFU_1, "x").eventId(ZHANJIANG));
    }

    @Test
    void onlyTheHotlinesSystemPushesOrders() {
        assertThatThrownBy(() -> service.receive(WORKER,
                new ReceiveHotlineOrderCommand(order("CD2025092600020", SampleEvents.ZONGFU_1, "夜间施工噪音扰民"))))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getMessage()).contains("INTEGRATOR"));
        assertThat(world.events.size()).isZero();
    }

    @Test
    void anOrderForAGridOutsideTheCallersCityIsNotFoundAndWritesNothing() {
        Actor zhanjiangHotline = new Actor("hotline-12345", ZHANJIANG, ZHANJIANG, Set.of(Role.INTEGRATOR), Set.of());
        assertThatThrownBy(() -> service.receive(zhanjiangHotline,
                new ReceiveHotlineOrderCommand(order("CD2025092600021", SampleEvents.ZONGFU_1, "夜间施工噪音扰民"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.receive(HOTLINE,
                new ReceiveHotlineOrderCommand(order("CD2025092600022", GridCode.of(SampleEvents.ZONGFU, 77), "夜间施工噪音扰民"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.events.size()).isZero();
    }

    @Test
    void aBadOrderIsRefusedNamingTheField() {
        Reporter caller = new Reporter("刘女士", Optional.empty());
        assertThatThrownBy(() -> new HotlineWorkOrder("工单1", HotlineChannel.PHONE, caller, SampleEvents.ZONGFU_1, Optional.empty(),
                "text", EventCategory.OTHER, HOTLINE_DEADLINE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("orderId"));
        assertThatThrownBy(() -> new HotlineWorkOrder("A1", null, caller, SampleEvents.ZONGFU_1, Optional.empty(),
                "text", EventCategory.OTHER, HOTLINE_DEADLINE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("channel"));
        assertThatThrownBy(() -> new HotlineWorkOrder("A1", HotlineChannel.WEB, caller, SampleEvents.ZONGFU_1, Optional.empty(),
                "text", EventCategory.OTHER, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("deadline"));
        assertThatThrownBy(() -> new HotlineWorkOrder("A1", HotlineChannel.WEB, caller, SampleEvents.ZONGFU_1, Optional.empty(),
                "x".repeat(HotlineWorkOrder.MAX_TEXT_LENGTH + 1), EventCategory.OTHER, HOTLINE_DEADLINE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("text"));
    }

    private static org.shizhi.domain.grid.model.GridEventId GridEventId(String city, String orderId) {
        return org.shizhi.domain.grid.model.GridEventId.ofReference("12345:" + city + ":" + orderId);
    }
}
