package org.shizhi.domain.grid.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.WebhookEventType;

/**
 * What a change of a grid event tells integrators: the grid context owns the payload it publishes. The event store
 * appends these to the integration outbox in the change's own transaction. A report, an escalation and a close each
 * give one event about {@code grid-events/<id>}; a close also gives {@code CASE_ARCHIVED} about the case its record
 * becomes ({@code cases/ge-<id>}). Ids are derived from the subject and version, so one change can never leave two.
 */
public final class GridIntegrationEvents {

    private GridIntegrationEvents() {
    }

    public static List<IntegrationEvent> of(GridEvent event, TimelineEntry entry) {
        List<IntegrationEvent> out = new ArrayList<>(2);
        WebhookEventType type = switch (entry.kind()) {
            case REPORTED -> WebhookEventType.GRID_EVENT_REPORTED;
            case ESCALATED -> WebhookEventType.GRID_EVENT_ESCALATED;
            case CLOSED -> WebhookEventType.GRID_EVENT_CLOSED;
            default -> null;
        };
        if (type == null) {
            return out;
        }
        String subject = "grid-events/" + event.id().value();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("eventId", event.id().value().toString());
        data.put("grid", event.grid().value());
        data.put("community", event.community().value());
        data.put("category", event.category().name());
        data.put("channel", event.intake().channel().name());
        data.put("state", event.state().name());
        data.put("grade", event.grade().code());
        data.put("handlingLevel", event.handlingLevel().name());
        data.put("reportedAt", event.reportedAt().toString());
        data.put("deadlineDueOn", event.deadline().dueOn().toString());
        data.put("escalations", Integer.toString(event.escalations()));
        data.put("text", event.text());
        event.resolution().ifPresent(r -> data.put("resolution", r.text()));
        event.verdict().ifPresent(v -> data.put("satisfaction", Integer.toString(v.satisfaction())));
        event.closedAt().ifPresent(c -> data.put("closedAt", c.toString()));
        Map<String, String> personal = new LinkedHashMap<>();
        personal.put("reporterName", event.intake().reporter().name());
        event.intake().reporter().phone().ifPresent(p -> personal.put("reporterPhone", p.value()));
        out.add(new IntegrationEvent(idOf(type, subject, event.version()), type, event.community(), subject, event.version(),
                entry.at(), data, personal));
        if (type == WebhookEventType.GRID_EVENT_CLOSED) {
            String caseSubject = "cases/ge-" + event.id().value();
            Map<String, String> caseData = new LinkedHashMap<>();
            caseData.put("caseId", "ge-" + event.id().value());
            caseData.put("source", "GRID_EVENT");
            caseData.put("community", event.community().value());
            caseData.put("category", event.category().name());
            caseData.put("closedAt", entry.at().toString());
            out.add(new IntegrationEvent(idOf(WebhookEventType.CASE_ARCHIVED, caseSubject, 1), WebhookEventType.CASE_ARCHIVED,
                    event.community(), caseSubject, 1, entry.at(), caseData, Map.of()));
        }
        return out;
    }

    static UUID idOf(WebhookEventType type, String subject, long version) {
        return UUID.nameUUIDFromBytes((type.name() + ':' + subject + ':' + version).getBytes(StandardCharsets.UTF_8));
    }
}
