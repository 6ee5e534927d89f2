package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.assessment.port.out.Notices;
import org.shizhi.domain.assessment.port.out.SupervisionTasks;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.WebhookEventType;
import org.shizhi.domain.integration.port.out.IntegrationOutbox;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The notice and supervision stores write the integration outbox in the change's own transaction: a publication leaves
 * {@code NOTICE_PUBLISHED} and the save that escalates a task as overdue {@code SUPERVISION_TASK_OVERDUE}, once each; a
 * draft, the other steps of a task and a refused write leave nothing.
 */
class AssessmentOutboxWithTheChangeOnH2Test {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    private static final AreaCode DISTRICT = AreaCode.of("510104000000");
    private static final Instant DRAFTED = Instant.parse("2026-10-09T02:00:00.123456Z");
    private static final Instant PUBLISHED = Instant.parse("2026-10-10T02:00:00.123456Z");
    private static final Instant LATE = Instant.parse("2026-11-20T04:00:00Z");

    private Notices notices;
    private SupervisionTasks tasks;
    private IntegrationOutbox outbox;
    private AssessmentResult result;

    @BeforeEach
    void empty() {
        db.clean();
        notices = db.database().notices();
        tasks = db.database().supervisionTasks();
        outbox = db.database().integrationOutbox();
        result = db.database().assessmentResults().save(new AssessmentResult("streets", "街道季度考核", DISTRICT,
                AssessmentPeriod.parse("2026-Q3"), 1, Instant.parse("2026-10-08T02:00:00.123456Z"), "admin", List.of(
                        unit("510104001000", "春熙路街道", 1, 92), unit("510104002000", "督院街街道", 2, 81),
                        unit("510104003000", "盐市口街道", 3, 64))));
    }

    private static RankedUnit unit(String code, String name, int rank, double score) {
        return new RankedUnit(new AssessedUnit(Subject.AREA, code, name), rank, Optional.of(score), List.of(
                new ScoreLine("event-closure-rate", 90, 100, Optional.of(0.9), Optional.of(0.83), 0.8, 0.99, 100, score)),
                Optional.empty(), Optional.empty());
    }

    /** Everything the outbox holds now, taken out of it. */
    private List<IntegrationEvent> drained() {
        List<IntegrationEvent> taken = outbox.claim(LATE, Duration.ofMinutes(2), 100);
        taken.forEach(e -> outbox.fanOut(e, List.of(), LATE));
        return taken;
    }

    private Notice publishedNotice() {
        Notice draft = Notice.draft(UUID.randomUUID(), result, 1, 1, DRAFTED, "officer");
        notices.save(draft);
        assertThat(drained()).as("a draft tells integrators nothing").isEmpty();
        Notice published = draft.publish(PUBLISHED, "director");
        notices.save(published);
        return published;
    }

    @Test
    void aPublicationLeavesItsEventOnceAndARefusedRepublicationNone() {
        Notice published = publishedNotice();

        assertThat(drained()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(WebhookEventType.NOTICE_PUBLISHED);
            assertThat(e.subject()).isEqualTo("notices/" + published.id());
            assertThat(e.area()).isEqualTo(DISTRICT);
            assertThat(e.occurredAt()).isEqualTo(PUBLISHED);
            assertThat(e.data()).containsEntry("criticisedUnits", "盐市口街道").containsEntry("commendedUnits", "春熙路街道");
        });
        assertThatThrownBy(() -> notices.save(published)).isInstanceOf(ConflictException.class);
        assertThat(drained()).as("the refused second publication left nothing").isEmpty();
    }

    @Test
    void onlyTheSaveThatEscalatesATaskAsOverdueLeavesItsEventAndARefusedEscalationNone() {
        Notice notice = publishedNotice();
        drained();
        LocalDate due = LocalDate.parse("2026-10-26");
        SupervisionTask opened = SupervisionTask.open(UUID.randomUUID(), notice, "510104003000", "整改：事件办结率低于目标", List.of(),
                new Deadline(10, due, WorkingTime.startOf(due.plusDays(1))), Instant.parse("2026-10-12T01:00:00.123456Z"), "supervisor");
        tasks.save(opened);
        assertThat(drained()).as("opening a task is no webhook type").isEmpty();

        SupervisionTask escalated = opened.escalate(LATE);
        SupervisionTask escalatedFromTheSameCopy = opened.escalate(LATE.plusSeconds(1));
        tasks.save(escalated);
        assertThatThrownBy(() -> tasks.save(escalatedFromTheSameCopy)).isInstanceOf(StaleVersionException.class);

        assertThat(drained()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(WebhookEventType.SUPERVISION_TASK_OVERDUE);
            assertThat(e.subject()).isEqualTo("supervision-tasks/" + opened.id());
            assertThat(e.subjectVersion()).isEqualTo(escalated.version());
            assertThat(e.area()).isEqualTo(AreaCode.of("510104003000"));
            assertThat(e.data()).containsEntry("escalatedAt", LATE.toString()).containsEntry("unitName", "盐市口街道");
        });

        SupervisionTask reportedAfter = escalated.report("已整改", List.of(new SupervisionTask.Evidence("台账", Optional.empty())),
                LATE.plusSeconds(60), "staff");
        tasks.save(reportedAfter);
        assertThat(drained()).as("a later step of an escalated task tells nothing more").isEmpty();
    }
}
