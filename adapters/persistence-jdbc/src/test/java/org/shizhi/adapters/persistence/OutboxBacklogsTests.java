package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.port.out.IntegrationOutbox;

/**
 * What the /metrics outbox gauges read: the rows each relay has still to take, and since when the oldest waits. Run on
 * H2 and on PostgreSQL.
 */
abstract class OutboxBacklogsTests {

    protected abstract TestDatabase database();

    private static final Instant FRIDAY = SampleEvents.china("2026-03-06T10:00");
    private GridEventRepository events;
    private IntegrationOutbox outbox;

    private TestDatabase db;

    @BeforeEach
    void empty() {
        db = database();
        db.clean();
        events = db.database().gridEventRepository();
        outbox = db.database().integrationOutbox();
    }

    private Map<String, OutboxBacklog> backlogs() {
        return db.database().outboxBacklogs().stream().collect(Collectors.toMap(OutboxBacklog::outbox, Function.identity()));
    }

    @Test
    void emptyOutboxesHaveNothingPendingAndNoLag() {
        assertThat(backlogs()).containsOnlyKeys("case-archive", "dispute-archive", "integration-event")
                .allSatisfy((name, backlog) -> {
                    assertThat(backlog.pending()).as(name).isZero();
                    assertThat(backlog.oldest()).as(name).isEmpty();
                    assertThat(backlog.lag(FRIDAY)).as(name).isEqualTo(Duration.ZERO);
                });
    }

    @Test
    void aClosedEventWaitsInTheArchiveOutboxAndItsChangesInTheIntegrationOutboxUntilTaken() {
        List<EventTransition> path = SampleEvents.pathTo(EventState.CLOSED, SampleEvents.ZONGFU_1, "井盖缺失", SampleEvents.LOW, FRIDAY);
        path.forEach(t -> events.save(EventWrite.of(t)));
        Instant closedAt = path.getLast().event().closedAt().orElseThrow();

        Map<String, OutboxBacklog> waiting = backlogs();
        assertThat(waiting.get("case-archive").pending()).as("the closed event, for the case archive").isEqualTo(1);
        assertThat(waiting.get("case-archive").oldest()).contains(closedAt);
        assertThat(waiting.get("case-archive").lag(closedAt.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(waiting.get("integration-event").pending()).as("its changes, for the webhooks").isGreaterThanOrEqualTo(2);
        assertThat(waiting.get("integration-event").oldest()).as("the report, the first change").contains(FRIDAY);
        assertThat(waiting.get("dispute-archive").pending()).isZero();

        Instant later = closedAt.plusSeconds(60);
        List<IntegrationEvent> taken = outbox.claim(later, Duration.ofMinutes(2), 100);
        taken.forEach(e -> outbox.fanOut(e, List.of(), later));

        assertThat(backlogs().get("integration-event").pending()).as("after the fan-out took them").isZero();
        assertThat(backlogs().get("case-archive").pending()).as("the archive relay has not run").isEqualTo(1);
    }
}
