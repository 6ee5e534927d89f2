package org.shizhi.domain.assessment.model;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.WebhookEventType;

/**
 * What the assessment context tells integrators (it owns the payloads it publishes); the notice and supervision stores
 * append them to the integration outbox in the change's own transaction. A notice's publication gives
 * {@code NOTICE_PUBLISHED} about {@code notices/<id>}; a supervision task's escalation as overdue (挂牌督办, once per
 * task) gives {@code SUPERVISION_TASK_OVERDUE} about {@code supervision-tasks/<id>}. Areas and departments are public
 * bodies and travel in the clear; a grid worker is a person: their name and key (a unit of subject
 * {@code GRID_WORKER}), and the texts that name them, are personal data, sent only to subscriptions with the privilege.
 */
public final class AssessmentIntegrationEvents {

    private AssessmentIntegrationEvents() {
    }

    /** The publication of {@code notice}; nothing for a draft. */
    public static List<IntegrationEvent> published(Notice notice) {
        if (!notice.published()) {
            return List.of();
        }
        String subject = "notices/" + notice.id();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("noticeId", notice.id().toString());
        data.put("scheme", notice.scheme());
        data.put("within", notice.within().value());
        data.put("period", notice.period().toString());
        data.put("resultVersion", Integer.toString(notice.resultVersion()));
        data.put("publishedAt", notice.publishedAt().orElseThrow().toString());
        Map<String, String> personal = new LinkedHashMap<>();
        for (Notice.Kind kind : Notice.Kind.values()) {
            List<Notice.Entry> named = notice.entries().stream().filter(e -> e.kind() == kind).toList();
            String field = kind == Notice.Kind.COMMEND ? "commended" : "criticised";
            data.put(field, Integer.toString(named.size()));
            String bodies = names(named.stream().filter(e -> e.unit().unit().subject() != Subject.GRID_WORKER).toList());
            String workers = names(named.stream().filter(e -> e.unit().unit().subject() == Subject.GRID_WORKER).toList());
            if (!bodies.isEmpty()) {
                data.put(field + "Units", bodies);
            }
            if (!workers.isEmpty()) {
                personal.put(field + "Workers", workers);
            }
        }
        return List.of(new IntegrationEvent(idOf(WebhookEventType.NOTICE_PUBLISHED, subject, 1), WebhookEventType.NOTICE_PUBLISHED,
                notice.within(), subject, 1, notice.publishedAt().orElseThrow(), data, personal));
    }

    /** The escalation of {@code task} as overdue; nothing for a task not escalated. */
    public static List<IntegrationEvent> overdue(SupervisionTask task) {
        if (task.escalation().isEmpty()) {
            return List.of();
        }
        SupervisionTask.Escalation escalation = task.escalation().orElseThrow();
        boolean person = task.unit().subject() == Subject.GRID_WORKER;
        String subject = "supervision-tasks/" + task.id();
        Map<String, String> data = new LinkedHashMap<>();
        Map<String, String> personal = new LinkedHashMap<>();
        data.put("taskId", task.id().toString());
        data.put("noticeId", task.notice().toString());
        data.put("scheme", task.scheme());
        data.put("within", task.within().value());
        data.put("period", task.period().toString());
        data.put("area", task.area().value());
        data.put("unitKind", task.unit().subject().name());
        (person ? personal : data).put("unitKey", task.unit().key());
        (person ? personal : data).put("unitName", task.unit().name());
        (person ? personal : data).put("issue", task.issue());
        data.put("state", task.state().name());
        data.put("deadlineDueOn", task.deadline().dueOn().toString());
        data.put("escalatedAt", escalation.at().toString());
        data.put("escalatedTo", escalation.to().value());
        (person ? personal : data).put("reason", escalation.reason());
        return List.of(new IntegrationEvent(idOf(WebhookEventType.SUPERVISION_TASK_OVERDUE, subject, task.version()),
                WebhookEventType.SUPERVISION_TASK_OVERDUE, task.area(), subject, task.version(), escalation.at(), data, personal));
    }

    private static String names(List<Notice.Entry> entries) {
        return entries.stream().map(e -> e.unit().unit().name()).collect(Collectors.joining("、"));
    }

    static UUID idOf(WebhookEventType type, String subject, long version) {
        return UUID.nameUUIDFromBytes((type.name() + ':' + subject + ':' + version).getBytes(StandardCharsets.UTF_8));
    }
}
