package org.shizhi.domain.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.WebhookEventType;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * What assessment tells integrators: a notice's publication and a supervision task's escalation as overdue, each once,
 * with areas and departments in the clear and a grid worker (a person) only in the personal fields.
 */
class AssessmentIntegrationEventsTest {

    private static final AreaCode DISTRICT = AreaCode.of("510104000000");
    private static final AreaCode COMMUNITY = AreaCode.of("510104022001");
    private static final Instant DRAFTED = Instant.parse("2026-10-09T02:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-10-10T02:00:00Z");

    private static RankedUnit ranked(AssessedUnit unit, int rank, double score) {
        return new RankedUnit(unit, rank, Optional.of(score), List.of(
                new ScoreLine("event-closure-rate", 90, 100, Optional.of(0.9), Optional.of(0.83), 0.8, 0.99, 100, score)),
                Optional.empty(), Optional.empty());
    }

    private static Notice published(Subject subject, String... names) {
        List<RankedUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String key = subject == Subject.AREA ? "510104%03d000".formatted(i + 1) : "key-" + i;
            units.add(ranked(new AssessedUnit(subject, key, names[i]), i + 1, 90.0 - i));
        }
        AssessmentResult result = new AssessmentResult("scheme", "考核", DISTRICT, AssessmentPeriod.parse("2026-Q3"), 2, DRAFTED, "admin",
                units);
        return Notice.draft(UUID.randomUUID(), result, 1, 1, DRAFTED, "officer").publish(PUBLISHED, "director");
    }

    @Test
    void aDraftTellsNothingAndAPublicationNamesTheAreasInTheClear() {
        Notice notice = published(Subject.AREA, "春熙路街道", "督院街街道", "盐市口街道");
        Notice draft = Notice.draft(notice.id(), new AssessmentResult("scheme", "考核", DISTRICT, notice.period(), 2, DRAFTED, "admin",
                List.of(ranked(new AssessedUnit(Subject.AREA, "510104001000", "春熙路街道"), 1, 90))), 1, 0, DRAFTED, "officer");
        assertThat(AssessmentIntegrationEvents.published(draft)).as("a draft is not published").isEmpty();

        IntegrationEvent event = AssessmentIntegrationEvents.published(notice).getFirst();
        assertThat(event.type()).isEqualTo(WebhookEventType.NOTICE_PUBLISHED);
        assertThat(event.subject()).isEqualTo("notices/" + notice.id());
        assertThat(event.area()).as("the notice's area, for the area filter").isEqualTo(DISTRICT);
        assertThat(event.occurredAt()).isEqualTo(PUBLISHED);
        assertThat(event.data()).containsEntry("commended", "1").containsEntry("criticised", "1")
                .containsEntry("commendedUnits", "春熙路街道").containsEntry("criticisedUnits", "盐市口街道")
                .containsEntry("period", "2026-Q3").containsEntry("resultVersion", "2");
        assertThat(event.personalData()).isEmpty();
        assertThat(AssessmentIntegrationEvents.published(notice).getFirst().id()).as("the same publication, the same id").isEqualTo(event.id());
    }

    @Test
    void aNoticeNamingGridWorkersKeepsTheirNamesInThePersonalFields() {
        Notice notice = published(Subject.GRID_WORKER, "王网格", "李网格", "赵网格");
        IntegrationEvent event = AssessmentIntegrationEvents.published(notice).getFirst();
        assertThat(event.data()).doesNotContainKeys("commendedUnits", "criticisedUnits", "commendedWorkers", "criticisedWorkers")
                .doesNotContainValue("王网格");
        assertThat(event.personalData()).containsEntry("commendedWorkers", "王网格").containsEntry("criticisedWorkers", "赵网格");
        assertThat(event.dataFor(false)).doesNotContainKey("criticisedWorkers");
    }

    @Test
    void aTaskTellsOnlyItsEscalationAsOverdueAndAGridWorkersNameStaysPersonal() {
        LocalDate due = LocalDate.parse("2026-10-26");
        Deadline deadline = new Deadline(10, due, WorkingTime.startOf(due.plusDays(1)));
        Instant late = Instant.parse("2026-11-20T04:00:00Z");
        SupervisionTask street = SupervisionTask.open(UUID.randomUUID(), published(Subject.AREA, "春熙路街道", "督院街街道"), "510104002000",
                "整改：办结率低", List.of(), deadline, DRAFTED.plusSeconds(86_400 * 3), "supervisor");
        assertThat(AssessmentIntegrationEvents.overdue(street)).as("an open task is not overdue news").isEmpty();

        SupervisionTask escalated = street.escalate(late);
        IntegrationEvent event = AssessmentIntegrationEvents.overdue(escalated).getFirst();
        assertThat(event.type()).isEqualTo(WebhookEventType.SUPERVISION_TASK_OVERDUE);
        assertThat(event.subject()).isEqualTo("supervision-tasks/" + street.id());
        assertThat(event.subjectVersion()).isEqualTo(escalated.version());
        assertThat(event.area()).isEqualTo(escalated.area());
        assertThat(event.data()).containsEntry("unitName", "督院街街道").containsEntry("issue", "整改：办结率低")
                .containsEntry("escalatedAt", late.toString()).containsEntry("deadlineDueOn", "2026-10-26")
                .containsEntry("escalatedTo", escalated.escalation().orElseThrow().to().value());

        SupervisionTask worker = SupervisionTask.open(UUID.randomUUID(), published(Subject.GRID_WORKER, "王网格", "李网格"), "key-1",
                "整改：李网格巡查不到位", List.of(), deadline, DRAFTED.plusSeconds(86_400 * 3), "supervisor", Optional.of(COMMUNITY))
                .escalate(late);
        IntegrationEvent aboutAPerson = AssessmentIntegrationEvents.overdue(worker).getFirst();
        assertThat(aboutAPerson.area()).isEqualTo(COMMUNITY);
        assertThat(aboutAPerson.data()).containsEntry("unitKind", "GRID_WORKER").doesNotContainKeys("unitName", "unitKey", "issue", "reason");
        assertThat(aboutAPerson.personalData()).containsEntry("unitName", "李网格").containsKeys("unitKey", "issue", "reason");
    }
}
