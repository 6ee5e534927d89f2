package org.shizhi.domain.integration.model;

import java.util.Arrays;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * What an integrator may subscribe to. An enum, so a context that starts reporting (saved-search matches, petitions)
 * adds a constant here and a mapping in its own {@code *IntegrationEvents} (grid, dispute, assessment); the API lists
 * the names, and the CloudEvents {@code type} is {@link #cloudEventType()}.
 */
@PublishedModel
public enum WebhookEventType {
    GRID_EVENT_REPORTED("org.shizhi.grid-event.reported"),
    GRID_EVENT_ESCALATED("org.shizhi.grid-event.escalated"),
    GRID_EVENT_CLOSED("org.shizhi.grid-event.closed"),
    DISPUTE_CONCLUDED("org.shizhi.dispute.concluded"),
    CASE_ARCHIVED("org.shizhi.case.archived"),
    NOTICE_PUBLISHED("org.shizhi.notice.published"),
    SUPERVISION_TASK_OVERDUE("org.shizhi.supervision-task.overdue");

    private final String cloudEventType;

    WebhookEventType(String cloudEventType) {
        this.cloudEventType = cloudEventType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    /** The type by its API name, refusing an unknown one with the names there are. */
    public static WebhookEventType named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("eventTypes", "unknown event type '" + name + "'; known: "
                        + Arrays.toString(values())));
    }
}
