package org.shizhi.adapters.rest.consultation;

import static org.shizhi.adapters.rest.http.ReplayRule.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.consultation.port.in.ConsultationQuery;
import org.shizhi.domain.consultation.port.in.CouncilView;
import org.shizhi.domain.consultation.port.in.TopicView;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;

/**
 * The consultation context's creates given again for a repeated {@code Idempotency-Key}: the Location is read again as
 * the replaying caller, which is the access check (404 outside the jurisdiction); a council (its members) and a topic
 * (its speakers) are rendered again for this caller's privilege and audited like a read; the other answers hold no
 * personal data and are given as stored.
 */
@ApplicationScoped
public class ConsultationReplays implements ReplayRules {

    private final List<ReplayRule> rules;

    @Inject
    public ConsultationReplays(ConsultationQuery query, Caller caller, Disclosures audit) {
        this.rules = List.of(
                ReplayRule.of("/api/v1/councils/" + UUID, (m, answer) -> {
                    CouncilView council = query.council(caller.actor(), new CouncilId(java.util.UUID.fromString(m.group(1))));
                    if (council.members().stream().anyMatch(x -> !x.masked())) {
                        audit.shown("council members (a create given again)", List.of(council.council().id().toString()), null);
                    }
                    return Response.status(answer.status()).tag(ETags.of(council.council().version()))
                            .entity(ConsultationModels.council(council));
                }),
                ReplayRule.of("/api/v1/councils/" + UUID + "/meetings", (m, answer) -> {
                    query.council(caller.actor(), new CouncilId(java.util.UUID.fromString(m.group(1))));
                    return ReplayRule.stored(answer);
                }),
                ReplayRule.of("/api/v1/council-topics/" + UUID, (m, answer) -> {
                    TopicView topic = query.topic(caller.actor(), new TopicId(java.util.UUID.fromString(m.group(1))));
                    if (!topic.masked() && !topic.opinions().isEmpty()) {
                        audit.shown("topic speakers (a create given again)", List.of(topic.topic().id().toString()), null);
                    }
                    return Response.status(answer.status()).tag(ETags.of(topic.topic().version())).entity(ConsultationModels.topic(topic));
                }),
                ReplayRule.of("/api/v1/stability-risk-assessments/" + UUID, (m, answer) -> {
                    query.assessment(caller.actor(), new AssessmentId(java.util.UUID.fromString(m.group(1))));
                    return ReplayRule.stored(answer);
                }),
                ReplayRule.of("/api/v1/communities/([0-9]{12})/disclosures", (m, answer) -> {
                    query.disclosures(caller.actor(), AreaCode.of(m.group(1)), Optional.empty(), PageRequest.first(1));
                    return ReplayRule.stored(answer);
                }),
                ReplayRule.of("/api/v1/village-assets/" + UUID, (m, answer) -> {
                    query.asset(caller.actor(), new AssetId(java.util.UUID.fromString(m.group(1))));
                    return ReplayRule.stored(answer);
                }));
    }

    @Override
    public List<ReplayRule> rules() {
        return rules;
    }
}
