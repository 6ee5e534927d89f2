package org.shizhi.adapters.rest.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.shizhi.adapters.rest.api.SavedSearchesApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.model.CaseHitJson;
import org.shizhi.adapters.rest.model.CaseQueryModeJson;
import org.shizhi.adapters.rest.model.CaseSourceJson;
import org.shizhi.adapters.rest.model.SavedSearchJson;
import org.shizhi.adapters.rest.model.SavedSearchMatchJson;
import org.shizhi.adapters.rest.model.SavedSearchMatchPageJson;
import org.shizhi.adapters.rest.model.SavedSearchPageJson;
import org.shizhi.adapters.rest.model.SavedSearchRequestJson;
import org.shizhi.adapters.rest.model.SavedSearchSeenJson;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.port.in.CaseSearch;
import org.shizhi.domain.archive.port.in.CaseSummary;
import org.shizhi.domain.archive.port.in.SavedSearchUseCase;
import org.shizhi.domain.archive.port.in.SavedSearchUseCase.NewMatch;
import org.shizhi.domain.archive.port.in.SavedSearchUseCase.SavedSearchView;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;

/** Saved searches with alerts: the caller's own searches, their new matches and the seen mark. */
@Path("/")
@ApplicationScoped
public class SavedSearchesResource implements SavedSearchesApi {

    private final SavedSearchUseCase searches;
    private final Caller caller;

    @Inject
    public SavedSearchesResource(SavedSearchUseCase searches, Caller caller) {
        this.searches = searches;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    public Response createSavedSearch(SavedSearchRequestJson body) {
        SavedSearchRequestJson b = Requests.required(body, "the search to keep, e.g. {\"name\":\"噪音\",\"q\":\"噪音\"}");
        // The filters are read exactly as the case search reads them.
        CaseSearch asked = ArchiveResource.search(b.getQ(), b.getMode(), null, b.getArea(), b.getCaseType(), b.getSource(),
                b.getOccurredFrom(), b.getOccurredTo(), b.getClosedFrom(), b.getClosedTo(), b.getTag(), null);
        SavedSearchView saved = searches.save(caller.actor(),
                new SavedSearchUseCase.SaveSearchCommand(b.getName(), asked.q(), asked.mode(), asked.filters()));
        return Response.created(URI.create("/api/v1/saved-searches/" + saved.id())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json(saved)).build();
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    public Response listSavedSearches(String cursor, Integer limit) {
        String list = "saved-searches";
        PageRequest page = Cursors.request(list, cursor, limit);
        Slice<SavedSearchView> slice = searches.list(caller.actor(), page);
        SavedSearchPageJson json = new SavedSearchPageJson(slice.items().stream().map(SavedSearchesResource::json).toList());
        Cursors.next(list, slice.next()).ifPresent(json::nextCursor);
        return ok(json);
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    public Response getSavedSearch(UUID savedSearchId) {
        return ok(json(searches.read(caller.actor(), new SavedSearchId(savedSearchId))));
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    public Response deleteSavedSearch(UUID savedSearchId) {
        searches.delete(caller.actor(), new SavedSearchId(savedSearchId));
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    public Response listSavedSearchMatches(UUID savedSearchId, String cursor, Integer limit) {
        String list = "saved-search-matches|" + savedSearchId;
        Slice<NewMatch> slice = searches.newMatches(caller.actor(), new SavedSearchId(savedSearchId),
                Cursors.request(list, cursor, limit));
        SavedSearchMatchPageJson json = new SavedSearchMatchPageJson(slice.items().stream()
                .map(m -> new SavedSearchMatchJson(m.sequence(), at(m.matchedAt()), hit(m.summary()))).toList());
        Cursors.next(list, slice.next()).ifPresent(json::nextCursor);
        return ok(json);
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    public Response markSavedSearchSeen(UUID savedSearchId, SavedSearchSeenJson body) {
        SavedSearchSeenJson b = Requests.required(body, "up to which match, e.g. {\"upTo\":12} or {} for every match");
        if (b.getUpTo() != null && b.getUpTo() < 0) {
            throw new InvalidValueException("upTo", "upTo is a match's sequence, not below 0, got " + b.getUpTo());
        }
        OptionalLong upTo = b.getUpTo() == null ? OptionalLong.empty() : OptionalLong.of(b.getUpTo());
        return ok(json(searches.markSeen(caller.actor(), new SavedSearchId(savedSearchId), upTo)));
    }

    private static Response ok(Object body) {
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static OffsetDateTime at(java.time.Instant instant) {
        return instant.atZone(WorkingTime.ZONE).toOffsetDateTime();
    }

    private static CaseHitJson hit(CaseSummary s) {
        return new CaseHitJson(s.id().value(), Models.as(CaseSourceJson.class, s.source()), s.area().value(), s.caseType(),
                s.title(), s.occurredOn(), s.closedOn(), s.tags(), s.snippet(), s.score());
    }

    private static SavedSearchJson json(SavedSearchView v) {
        CaseFilters f = v.filters();
        SavedSearchJson json = new SavedSearchJson(v.id().value(), v.name(), v.q(), Models.as(CaseQueryModeJson.class, v.mode()),
                f.caseTypes().stream().sorted().toList(),
                f.sources().stream().sorted().map(s -> Models.as(CaseSourceJson.class, s)).toList(),
                f.tags().stream().sorted().toList(), at(v.createdAt()), v.seenUpTo(), v.newMatches());
        f.areaWithin().ifPresent(a -> json.area(a.value()));
        f.occurredFrom().ifPresent(json::occurredFrom);
        f.occurredTo().ifPresent(json::occurredTo);
        f.closedFrom().ifPresent(json::closedFrom);
        f.closedTo().ifPresent(json::closedTo);
        return json;
    }

}
