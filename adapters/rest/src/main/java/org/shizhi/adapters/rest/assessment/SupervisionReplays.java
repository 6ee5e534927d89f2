package org.shizhi.adapters.rest.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.assessment.port.in.SupervisionUseCase;

/** A supervision task opened again with its key answers the task as it stands now, read again for the caller. */
@ApplicationScoped
public class SupervisionReplays implements ReplayRules {

    private final List<ReplayRule> rules;

    @Inject
    public SupervisionReplays(SupervisionUseCase supervision, Caller caller) {
        this.rules = List.of(ReplayRule.of("/api/v1/assessment/supervision-tasks/" + ReplayRule.UUID, (m, answer) -> {
            SupervisionTask task = supervision.task(caller.actor(), UUID.fromString(m.group(1)));
            return Response.status(answer.status()).tag(ETags.of(task.version())).entity(SupervisionResource.task(task));
        }));
    }

    @Override
    public List<ReplayRule> rules() {
        return rules;
    }
}
