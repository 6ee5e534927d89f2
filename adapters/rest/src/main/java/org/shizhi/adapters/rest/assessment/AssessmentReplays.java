package org.shizhi.adapters.rest.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.assessment.port.in.AssessmentQuery;
import org.shizhi.domain.assessment.port.in.NoticeUseCase;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * A run given again answers the version it stored, a notice drafted again the notice, each read again for the caller
 * (who may since have lost the area).
 */
@ApplicationScoped
public class AssessmentReplays implements ReplayRules {

    private final List<ReplayRule> rules;

    @Inject
    public AssessmentReplays(AssessmentQuery assessments, NoticeUseCase notices, Caller caller) {
        this.rules = List.of(ReplayRule.of("/api/v1/assessment/notices/" + ReplayRule.UUID, (m, answer) -> Response.status(answer.status())
                        .entity(AssessmentResource.notice(notices.notice(caller.actor(), java.util.UUID.fromString(m.group(1)))))),
                ReplayRule.of(
                "/api/v1/assessment/schemes/([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)*)/results/([0-9]{12})/([0-9]{4}-[0-9QH]{2})/versions/([0-9]+)",
                (m, answer) -> Response.status(answer.status()).entity(AssessmentResource.result(assessments.result(caller.actor(),
                        m.group(1), AreaCode.of(m.group(2)), AssessmentPeriod.parse(m.group(3)),
                        Optional.of(Integer.parseInt(m.group(4))))))));
    }

    @Override
    public List<ReplayRule> rules() {
        return rules;
    }
}
