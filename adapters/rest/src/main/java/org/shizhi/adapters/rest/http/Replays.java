package org.shizhi.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.campaign.CampaignReplays;
import org.shizhi.adapters.rest.consultation.ConsultationReplays;
import org.shizhi.adapters.rest.dispute.DisputeModels;
import org.shizhi.adapters.rest.grid.GridsResource;
import org.shizhi.adapters.rest.http.IdempotencyRecords.Answer;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.port.in.DisputeQuery;
import org.shizhi.domain.dispute.port.in.DisputeView;
import org.shizhi.domain.dispute.port.in.MediationCentresUseCase;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.grid.port.in.EventQuery;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.port.in.RegisterQuery;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.port.in.LawQuery;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.programme.port.in.ProgrammeQuery;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.NotFoundException;

/**
 * A create's answer given again to a caller who repeats its {@code Idempotency-Key}: never the stored body as it was,
 * since the caller may since have lost access to what was created, or read with other privileges. The Location the
 * first answer named is read again through the use cases as this caller, so a replay answers 404 or 403 exactly as
 * a fresh read would, and what the answer shows of the resource (an event with its reporter, a dispute with its
 * parties, a grid with its members) is rendered for this caller's privileges and audited like a read. What the
 * first answer held that cannot be read again (ids, counts, the change recorded) comes from the stored body and holds
 * no personal data. Refusals (4xx) are replayed as stored: they disclose nothing.
 */
@ApplicationScoped
public class Replays {

    private static final String UUID_PATTERN = "([0-9a-fA-F-]{36})";

    private final List<Rule> rules;
    private final Caller caller;
    private final Disclosures disclosures;

    /** One shape of Location: how the answer is derived again from its match and the stored answer. */
    private record Rule(Pattern location, BiFunction<Matcher, Answer, Response.ResponseBuilder> again) {
    }

    @Inject
    public Replays(EventQuery events, DisputeQuery disputes, GridQuery grids, RegisterQuery registers, AreaQuery areas,
                   MediationCentresUseCase centres, ProgrammeQuery programmes, CampaignReplays campaigns, Caller caller,
                   Disclosures disclosures, LawQuery law, ConsultationReplays consultation) {
        this.caller = caller;
        this.disclosures = disclosures;
        this.rules = List.of(
                // reportEvent (EventReported) and summonDepartments (EventChange) both carry the event
                rule("/api/v1/events/" + UUID_PATTERN + "(?:/summonses/" + UUID_PATTERN + ")?", (m, stored) -> {
                    GridEventView event = events.event(caller.actor(), new GridEventId(UUID.fromString(m.group(1))));
                    disclosures.shown("event (a create given again)", List.of(event.id().toString()), null);
                    return Response.status(stored.status()).tag(ETags.of(event.version()))
                            .entity(splice(stored.body(), "event", Models.event(event)));
                }),
                rule("/api/v1/disputes/" + UUID_PATTERN, (m, stored) -> {
                    DisputeView dispute = disputes.dispute(caller.actor(), new DisputeId(UUID.fromString(m.group(1))));
                    disclosures.shown("dispute (a create given again)", List.of(dispute.dispute().id().toString()), null);
                    return Response.status(stored.status()).tag(ETags.of(dispute.dispute().version()))
                            .entity(splice(stored.body(), "dispute", DisputeModels.dispute(dispute)));
                }),
                rule("/api/v1/grids/([^/]+)/members/" + UUID_PATTERN, (m, stored) -> {
                    GridView grid = grids.grid(caller.actor(), GridsResource.code(m.group(1)));
                    UUID member = UUID.fromString(m.group(2));
                    if (grid.members().stream().noneMatch(x -> x.id().value().equals(member))) {
                        throw new NotFoundException("member", member + " on grid " + grid.code());
                    }
                    return stored(stored);
                }),
                rule("/api/v1/grids/([^/]+)", (m, stored) -> {
                    GridView grid = grids.grid(caller.actor(), GridsResource.code(m.group(1)));
                    disclosures.shown("grid " + grid.code().value() + " (a create given again)",
                            grid.members().stream().map(x -> x.id().value().toString()).toList(), null);
                    return Response.status(stored.status()).tag(ETags.of(grid.version())).entity(Models.grid(grid));
                }),
                rule("/api/v1/dwellings/" + UUID_PATTERN, (m, stored) -> {
                    var dwelling = registers.dwelling(caller.actor(), new DwellingId(UUID.fromString(m.group(1))));
                    return Response.status(stored.status()).tag(ETags.of(dwelling.version())).entity(Models.dwelling(dwelling));
                }),
                rule("/api/v1/residents/" + UUID_PATTERN, (m, stored) -> {
                    // the answer (ResidentRegistered) holds ids only: the read is the access check
                    registers.resident(caller.actor(), new ResidentId(UUID.fromString(m.group(1))));
                    return stored(stored);
                }),
                rule("/api/v1/organisations/" + UUID_PATTERN, (m, stored) -> Response.status(stored.status()).entity(
                        Models.organisation(registers.organisation(caller.actor(), new OrganisationId(UUID.fromString(m.group(1))))))),
                rule("/api/v1/areas/(\\d+)/mediation-centres", (m, stored) -> {
                    centres.centres(caller.actor(), Fields.as("code", () -> AreaCode.of(m.group(1))));
                    return stored(stored);
                }),
                rule("/api/v1/areas/(\\d+)", (m, stored) -> {
                    areas.area(caller.actor(), Fields.as("code", () -> AreaCode.of(m.group(1))));
                    return stored(stored);
                }),
                rule("/api/v1/visit-tasks/" + UUID_PATTERN, (m, stored) -> {
                    programmes.visitTask(caller.actor(), new VisitTaskId(UUID.fromString(m.group(1))));
                    return stored(stored);
                }),
                // The campaign context's creates: the read is the access check, what shows personal data is rendered again.
                rule(CampaignReplays.LOCATIONS, (m, stored) -> campaigns.again(caller.actor(), m.group(), stored.body())
                        .map(fresh -> Response.status(stored.status()).entity(fresh)).orElseGet(() -> stored(stored))),
                // Law: receivePetition and applyForLegalAid answer the record itself, read again for this caller
                rule("/api/v1/petitions/" + UUID_PATTERN, (m, stored) -> {
                    var petition = law.petition(caller.actor(), new PetitionId(UUID.fromString(m.group(1))));
                    disclosures.shown("petition (a create given again)", List.of(petition.petition().id().toString()), null);
                    return Response.status(stored.status()).tag(ETags.of(petition.petition().version()))
                            .entity(org.shizhi.adapters.rest.law.LawResource.petition(petition));
                }),
                rule("/api/v1/legal-aid-applications/" + UUID_PATTERN, (m, stored) -> {
                    var application = law.legalAid(caller.actor(), new LegalAidId(UUID.fromString(m.group(1))));
                    disclosures.shown("legal-aid application (a create given again)", List.of(application.application().id().toString()), null);
                    return Response.status(stored.status()).tag(ETags.of(application.application().version()))
                            .entity(org.shizhi.adapters.rest.law.LawResource.application(application));
                }),
                // Consultation: councils and topics rendered again (members, speakers); the rest checked and given as stored
                rule(ConsultationReplays.LOCATIONS, (m, stored) -> consultation.again(caller.actor(), m.group())
                        .map(fresh -> Response.status(stored.status()).tag(ETags.of(fresh.version())).entity(fresh.body()))
                        .orElseGet(() -> stored(stored))));
    }

    private static Rule rule(String location, BiFunction<Matcher, Answer, Response.ResponseBuilder> again) {
        return new Rule(Pattern.compile(location), again);
    }

    /** The answer for the replaying caller, marked {@code Idempotent-Replayed: true}. */
    Response replay(Answer answer) {
        if (answer.status() >= 300 || answer.location().isEmpty()) {
            return marked(stored(answer), answer);
        }
        String path = URI.create(answer.location().get()).getPath();
        for (Rule rule : rules) {
            Matcher match = rule.location().matcher(path);
            if (match.matches()) {
                return marked(rule.again().apply(match, answer).type(MediaType.APPLICATION_JSON_TYPE), answer);
            }
        }
        // Fail closed: an answer this class cannot check for the caller is not given again.
        throw new ConflictException(IdempotencyFilter.HEADER, "the first answer to this Idempotency-Key (" + path
                + ") cannot be given again; send the request with a new key");
    }

    /** Whether a create that answers with this Location can be given again (for the test that every create can). */
    boolean knows(String location) {
        String path = URI.create(location).getPath();
        return rules.stream().anyMatch(rule -> rule.location().matcher(path).matches());
    }

    private static Response.ResponseBuilder stored(Answer answer) {
        Response.ResponseBuilder again = Response.status(answer.status())
                .type(answer.status() >= 400 ? Problems.PROBLEM_JSON : MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.body());
        answer.etag().ifPresent(etag -> again.header(HttpHeaders.ETAG, etag));
        return again;
    }

    private static Response marked(Response.ResponseBuilder again, Answer answer) {
        answer.location().ifPresent(location -> again.header(HttpHeaders.LOCATION, location));
        return again.header("Idempotent-Replayed", "true").build();
    }

    /** The stored answer with one member replaced by the resource as this caller reads it now. */
    private static String splice(String storedBody, String member, Object fresh) {
        try {
            JsonNode body = JsonConfiguration.MAPPER.readTree(storedBody);
            if (!(body instanceof ObjectNode object) || !object.has(member)) {
                throw new IllegalStateException("a stored answer lacks its " + member);
            }
            object.set(member, JsonConfiguration.MAPPER.valueToTree(fresh));
            return JsonConfiguration.MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is not JSON", e);
        }
    }
}
