package org.shizhi.adapters.rest.law;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.JsonConfiguration;
import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.port.in.LawQuery;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;

/**
 * The law context's creates given again for a repeated {@code Idempotency-Key} (see the REST adapter's Replays): the
 * record the Location names is read again as the replaying caller (404 outside the jurisdiction, 403 without the
 * role), rendered for this caller's privilege, and a petitioner, applicant or complainant shown is audited like a
 * read. A law-publicity event has no read of its own: the area's events of its day are read as the access check and
 * the stored answer, which holds no personal data, is given as it was.
 */
@ApplicationScoped
public class LawReplays {

    private static final String UUID_PATTERN = "([0-9a-fA-F-]{36})";
    /** Every Location a create of the context answers. */
    public static final String LOCATIONS = "/api/v1/(?:petitions/" + UUID_PATTERN + "|legal-aid-applications/" + UUID_PATTERN
            + "|supervision-complaints/" + UUID_PATTERN + "|regulations/" + UUID_PATTERN + "|areas/(\\d+)/law-publicity-events)";
    private static final Pattern PATTERN = Pattern.compile(LOCATIONS);

    /** The answer again: its body as this caller reads it now (empty: the stored one) and the version for the ETag. */
    public record Again(Optional<Object> body, OptionalLong version) {
    }

    private final LawQuery law;
    private final Disclosures disclosures;

    @Inject
    public LawReplays(LawQuery law, Disclosures disclosures) {
        this.law = law;
        this.disclosures = disclosures;
    }

    /** Throws as a fresh read would. */
    public Again again(Actor actor, String location, String storedBody) {
        Matcher m = PATTERN.matcher(location);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a law location: " + location);
        }
        if (m.group(1) != null) {
            var p = law.petition(actor, new PetitionId(UUID.fromString(m.group(1))));
            disclosures.shown("petition (a create given again)", List.of(p.petition().id().toString()), null);
            return new Again(Optional.of(LawModels.petition(p)), OptionalLong.of(p.petition().version()));
        }
        if (m.group(2) != null) {
            var a = law.legalAid(actor, new LegalAidId(UUID.fromString(m.group(2))));
            disclosures.shown("legal-aid application (a create given again)", List.of(a.application().id().toString()), null);
            return new Again(Optional.of(LawModels.application(a)), OptionalLong.of(a.application().version()));
        }
        if (m.group(3) != null) {
            var c = law.complaint(actor, new ComplaintId(UUID.fromString(m.group(3))));
            disclosures.shown("supervision complaint (a create given again)", List.of(c.complaint().id().toString()), null);
            return new Again(Optional.of(LawModels.complaint(c)), OptionalLong.of(c.complaint().version()));
        }
        if (m.group(4) != null) {
            var r = law.regulation(actor, new RegulationId(UUID.fromString(m.group(4))));
            return new Again(Optional.of(LawModels.regulation(r)), OptionalLong.of(r.version()));
        }
        AreaCode area = LawHttp.as("code", () -> AreaCode.of(m.group(5)));
        LocalDate day = heldOn(storedBody);
        law.publicityEvents(actor, area, day, day, PageRequest.first(1));
        return new Again(Optional.empty(), OptionalLong.empty());
    }

    private static LocalDate heldOn(String storedBody) {
        try {
            return LocalDate.parse(JsonConfiguration.MAPPER.readTree(storedBody).path("heldOn").asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException | DateTimeParseException e) {
            throw new IllegalStateException("a stored law-publicity answer lacks its date", e);
        }
    }
}
