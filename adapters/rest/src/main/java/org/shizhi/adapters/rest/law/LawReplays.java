package org.shizhi.adapters.rest.law;

import static org.shizhi.adapters.rest.http.ReplayRule.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.JsonConfiguration;
import org.shizhi.adapters.rest.http.ReplayRule;
import org.shizhi.adapters.rest.http.ReplayRules;
import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.port.in.LawQuery;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;

/**
 * The law context's creates given again for a repeated {@code Idempotency-Key}: the record the Location names is read
 * again as the replaying caller (404 outside the jurisdiction, 403 without the role), rendered for this caller's
 * privilege, and a petitioner, applicant or complainant shown is audited like a read. A law-publicity event has no
 * read of its own: the area's events of its day are read as the access check, and the stored answer, which holds no
 * personal data, is given as it was.
 */
@ApplicationScoped
public class LawReplays implements ReplayRules {

    private final List<ReplayRule> rules;

    @Inject
    public LawReplays(LawQuery law, Caller caller, Disclosures disclosures) {
        this.rules = List.of(
                ReplayRule.of("/api/v1/petitions/" + UUID, (m, answer) -> {
                    var p = law.petition(caller.actor(), new PetitionId(java.util.UUID.fromString(m.group(1))));
                    disclosures.shown("petition (a create given again)", List.of(p.petition().id().toString()), null);
                    return Response.status(answer.status()).tag(ETags.of(p.petition().version())).entity(LawModels.petition(p));
                }),
                ReplayRule.of("/api/v1/legal-aid-applications/" + UUID, (m, answer) -> {
                    var a = law.legalAid(caller.actor(), new LegalAidId(java.util.UUID.fromString(m.group(1))));
                    disclosures.shown("legal-aid application (a create given again)", List.of(a.application().id().toString()), null);
                    return Response.status(answer.status()).tag(ETags.of(a.application().version())).entity(LawModels.application(a));
                }),
                ReplayRule.of("/api/v1/supervision-complaints/" + UUID, (m, answer) -> {
                    var c = law.complaint(caller.actor(), new ComplaintId(java.util.UUID.fromString(m.group(1))));
                    disclosures.shown("supervision complaint (a create given again)", List.of(c.complaint().id().toString()), null);
                    return Response.status(answer.status()).tag(ETags.of(c.complaint().version())).entity(LawModels.complaint(c));
                }),
                ReplayRule.of("/api/v1/regulations/" + UUID, (m, answer) -> {
                    var r = law.regulation(caller.actor(), new RegulationId(java.util.UUID.fromString(m.group(1))));
                    return Response.status(answer.status()).tag(ETags.of(r.version())).entity(LawModels.regulation(r));
                }),
                ReplayRule.of("/api/v1/areas/(\\d+)/law-publicity-events", (m, answer) -> {
                    AreaCode area = LawHttp.as("code", () -> AreaCode.of(m.group(1)));
                    LocalDate day = heldOn(answer.body());
                    law.publicityEvents(caller.actor(), area, day, day, PageRequest.first(1));
                    return ReplayRule.stored(answer);
                }));
    }

    @Override
    public List<ReplayRule> rules() {
        return rules;
    }

    private static LocalDate heldOn(String storedBody) {
        try {
            return LocalDate.parse(JsonConfiguration.MAPPER.readTree(storedBody).path("heldOn").asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException | DateTimeParseException e) {
            throw new IllegalStateException("a stored law-publicity answer lacks its date", e);
        }
    }
}
