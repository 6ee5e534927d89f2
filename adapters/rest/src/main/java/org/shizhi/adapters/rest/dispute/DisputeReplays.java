package org.shizhi.adapters.rest.dispute;

import static org.shizhi.adapters.rest.http.ReplayRule.UUID;
import static org.shizhi.adapters.rest.http.ReplayRule.splice;
import static org.shizhi.adapters.rest.http.ReplayRule.stored;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.port.in.DisputeQuery;
import org.shizhi.domain.dispute.port.in.DisputeView;
import org.shizhi.domain.dispute.port.in.MediationCentresUseCase;
import org.shizhi.domain.shared.AreaCode;

/** The dispute context's creates given again: a dispute with its parties as this caller may see them, a centre. */
@ApplicationScoped
public class DisputeReplays implements ReplayRules {

    private final List<ReplayRule> rules;

    @Inject
    public DisputeReplays(DisputeQuery disputes, MediationCentresUseCase centres, Caller caller, Disclosures disclosures) {
        this.rules = List.of(
                ReplayRule.of("/api/v1/disputes/" + UUID, (m, answer) -> {
                    DisputeView dispute = disputes.dispute(caller.actor(), new DisputeId(java.util.UUID.fromString(m.group(1))));
                    disclosures.shown("dispute (a create given again)", List.of(dispute.dispute().id().toString()), null);
                    return Response.status(answer.status()).tag(ETags.of(dispute.dispute().version()))
                            .entity(splice(answer.body(), "dispute", DisputeModels.dispute(dispute)));
                }),
                ReplayRule.of("/api/v1/areas/(\\d+)/mediation-centres", (m, answer) -> {
                    centres.centres(caller.actor(), Fields.as("code", () -> AreaCode.of(m.group(1))));
                    return stored(answer);
                }));
    }

    @Override
    public List<ReplayRule> rules() {
        return rules;
    }
}
