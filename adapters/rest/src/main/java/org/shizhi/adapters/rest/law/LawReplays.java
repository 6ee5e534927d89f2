package org.shizhi.adapters.rest.law;

import static org.shizhi.adapters.rest.http.ReplayRule.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.port.in.LawQuery;

/** The law context's creates given again: receivePetition and applyForLegalAid answer the record itself, read again. */
@ApplicationScoped
public class LawReplays implements ReplayRules {

    private final List<ReplayRule> rules;

    @Inject
    public LawReplays(LawQuery law, Caller caller, Disclosures disclosures) {
        this.rules = List.of(
                ReplayRule.of("/api/v1/petitions/" + UUID, (m, answer) -> {
                    var petition = law.petition(caller.actor(), new PetitionId(java.util.UUID.fromString(m.group(1))));
                    disclosures.shown("petition (a create given again)", List.of(petition.petition().id().toString()), null);
                    return Response.status(answer.status()).tag(ETags.of(petition.petition().version()))
                            .entity(LawResource.petition(petition));
                }),
                ReplayRule.of("/api/v1/legal-aid-applications/" + UUID, (m, answer) -> {
                    var application = law.legalAid(caller.actor(), new LegalAidId(java.util.UUID.fromString(m.group(1))));
                    disclosures.shown("legal-aid application (a create given again)",
                            List.of(application.application().id().toString()), null);
                    return Response.status(answer.status()).tag(ETags.of(application.application().version()))
                            .entity(LawResource.application(application));
                }));
    }

    @Override
    public List<ReplayRule> rules() {
        return rules;
    }
}
