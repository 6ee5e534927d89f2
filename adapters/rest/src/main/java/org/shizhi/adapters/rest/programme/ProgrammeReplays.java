package org.shizhi.adapters.rest.programme;

import static org.shizhi.adapters.rest.http.ReplayRule.UUID;
import static org.shizhi.adapters.rest.http.ReplayRule.stored;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.programme.port.in.ProgrammeQuery;

/** The programme context's creates given again: a visit's finding, whose answer holds ids only once the task is read. */
@ApplicationScoped
public class ProgrammeReplays implements ReplayRules {

    private final List<ReplayRule> rules;

    @Inject
    public ProgrammeReplays(ProgrammeQuery programmes, Caller caller) {
        this.rules = List.of(ReplayRule.of("/api/v1/visit-tasks/" + UUID, (m, answer) -> {
            programmes.visitTask(caller.actor(), new VisitTaskId(java.util.UUID.fromString(m.group(1))));
            return stored(answer);
        }));
    }

    @Override
    public List<ReplayRule> rules() {
        return rules;
    }
}
