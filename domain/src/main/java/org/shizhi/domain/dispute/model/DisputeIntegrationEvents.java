package org.shizhi.domain.dispute.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.WebhookEventType;

/**
 * What a change of a dispute tells integrators (the dispute context owns the payload it publishes): a conclusion gives
 * {@code DISPUTE_CONCLUDED} about {@code disputes/<id>}; a close gives {@code CASE_ARCHIVED} about the case record the
 * close leaves ({@code cases/dp-…}, the archive's id for it). The store appends them to the integration outbox in the
 * change's own transaction. Parties' names are personal data; facts and claims are not sent (they name people).
 */
public final class DisputeIntegrationEvents {

    private DisputeIntegrationEvents() {
    }

    public static List<IntegrationEvent> of(Dispute dispute, DisputeChange change) {
        List<IntegrationEvent> out = new ArrayList<>(1);
        if (change.kind() == DisputeChange.Kind.CONCLUDED) {
            String subject = "disputes/" + dispute.id().value();
            Map<String, String> data = new LinkedHashMap<>();
            data.put("disputeId", dispute.id().value().toString());
            data.put("area", dispute.area().value());
            data.put("type", dispute.type().code());
            data.put("channel", dispute.channel().name());
            data.put("risk", dispute.risk().level().name());
            data.put("centre", dispute.centre().value());
            data.put("state", dispute.state().name());
            data.put("openedAt", dispute.openedAt().toString());
            data.put("concludedAt", change.at().toString());
            dispute.outcome().ifPresent(o -> data.put("outcome", o.describe()));
            Map<String, String> personal = Map.of("parties",
                    dispute.parties().stream().map(Party::name).collect(Collectors.joining("、")));
            out.add(new IntegrationEvent(idOf(WebhookEventType.DISPUTE_CONCLUDED, subject, dispute.version()),
                    WebhookEventType.DISPUTE_CONCLUDED, dispute.area(), subject, dispute.version(), change.at(), data, personal));
        }
        if (dispute.state() == DisputeState.CLOSED && change.kind() == DisputeChange.Kind.CLOSED) {
            String caseId = "dp-" + UUID.nameUUIDFromBytes(("dispute:" + dispute.id().value() + ':' + dispute.version())
                    .getBytes(StandardCharsets.UTF_8));
            String subject = "cases/" + caseId;
            Map<String, String> data = new LinkedHashMap<>();
            data.put("caseId", caseId);
            data.put("source", "DISPUTE");
            data.put("disputeId", dispute.id().value().toString());
            data.put("area", dispute.area().value());
            data.put("type", dispute.type().code());
            data.put("closedAt", change.at().toString());
            out.add(new IntegrationEvent(idOf(WebhookEventType.CASE_ARCHIVED, subject, 1), WebhookEventType.CASE_ARCHIVED,
                    dispute.area(), subject, 1, change.at(), data, Map.of()));
        }
        return out;
    }

    static UUID idOf(WebhookEventType type, String subject, long version) {
        return UUID.nameUUIDFromBytes((type.name() + ':' + subject + ':' + version).getBytes(StandardCharsets.UTF_8));
    }
}
