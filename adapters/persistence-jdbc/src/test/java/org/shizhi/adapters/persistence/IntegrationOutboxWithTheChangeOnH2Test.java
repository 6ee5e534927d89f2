package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.WebhookEventType;
import org.shizhi.domain.integration.port.out.IntegrationOutbox;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.StaleVersionException;

/**
 * The grid store writes the integration outbox in the change's own transaction: a report (through the intake's group
 * commit) and a close leave their events, a refused change leaves none.
 */
class IntegrationOutboxWithTheChangeOnH2Test {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    private static final Instant FRIDAY = SampleEvents.china("2026-03-06T10:00");
    private GridEventRepository events;
    private IntegrationOutbox outbox;

    @BeforeEach
    void empty() {
        db.clean();
        events = db.database().gridEventRepository();
        outbox = db.database().integrationOutbox();
    }

    /** Everything the outbox holds now, taken out of it. */
    private List<IntegrationEvent> drained(Instant at) {
        List<IntegrationEvent> taken = outbox.claim(at, Duration.ofMinutes(2), 100);
        taken.forEach(e -> outbox.fanOut(e, List.of(), at));
        return taken;
    }

    @Test
    void aReportThroughTheGroupCommitLeavesItsEventWithThePersonalFieldsApart() {
        EventTransition reported = SampleEvents.reported(SampleEvents.ZONGFU_1, "楼道堆放杂物", SampleEvents.LOW, FRIDAY);
        events.save(EventWrite.of(reported));

        assertThat(drained(FRIDAY)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(WebhookEventType.GRID_EVENT_REPORTED);
            assertThat(e.subject()).isEqualTo("grid-events/" + reported.event().id().value());
            assertThat(e.area()).isEqualTo(SampleEvents.ZONGFU);
            assertThat(e.data()).containsEntry("state", "REPORTED").doesNotContainKey("reporterName");
            assertThat(e.personalData()).containsKey("reporterName");
        });
    }

    @Test
    void aRefusedChangeLeavesNoEventAndACloseLeavesTheCloseAndTheArchivedCase() {
        List<EventTransition> path = SampleEvents.pathTo(EventState.RESOLVED, SampleEvents.ZONGFU_1, "井盖缺失", SampleEvents.LOW, FRIDAY);
        path.forEach(t -> events.save(EventWrite.of(t)));
        GridEvent resolved = path.getLast().event();
        Instant later = FRIDAY.plus(Duration.ofDays(1));
        drained(later);
        EventTransition reopened = resolved.judge(SampleEvents.WORKER, later, 1, "没解决", Deadline.after(SampleEvents.calendar(), later, 5));
        EventTransition closedFromTheSameCopy = resolved.judge(SampleEvents.STAFF, later, 5, "满意", null);
        events.save(EventWrite.of(reopened));

        assertThatThrownBy(() -> events.save(EventWrite.of(closedFromTheSameCopy))).isInstanceOf(StaleVersionException.class);
        assertThat(drained(later)).as("a reopening is no webhook type; the refused close left nothing").isEmpty();

        EventTransition resolvedAgain = reopened.event().resolve(SampleEvents.STAFF, later.plusSeconds(60), "已修复");
        events.save(EventWrite.of(resolvedAgain));
        EventTransition closed = resolvedAgain.event().judge(SampleEvents.WORKER, later.plusSeconds(120), 5, "满意", null);
        events.save(EventWrite.of(closed));

        assertThat(drained(later.plusSeconds(120))).extracting(IntegrationEvent::type)
                .containsExactlyInAnyOrder(WebhookEventType.GRID_EVENT_CLOSED, WebhookEventType.CASE_ARCHIVED);
    }
}
