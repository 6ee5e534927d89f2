package org.shizhi.adapters.rest.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shizhi.adapters.rest.api.ArchiveApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.FileTypes;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.http.SearchRateLimited;
import org.shizhi.adapters.rest.model.CaseFacetsJson;
import org.shizhi.adapters.rest.model.CaseHitJson;
import org.shizhi.adapters.rest.model.CasePageJson;
import org.shizhi.adapters.rest.model.CasePartyJson;
import org.shizhi.adapters.rest.model.CaseQueryModeJson;
import org.shizhi.adapters.rest.model.CaseRecordJson;
import org.shizhi.adapters.rest.model.CaseSearchRequestJson;
import org.shizhi.adapters.rest.model.CaseSortJson;
import org.shizhi.adapters.rest.model.CaseSourceJson;
import org.shizhi.adapters.rest.model.ExportFormatJson;
import org.shizhi.adapters.rest.model.FacetCountJson;
import org.shizhi.adapters.rest.model.ImportRejectJson;
import org.shizhi.adapters.rest.model.ImportSummaryJson;
import org.shizhi.adapters.rest.model.PartyKindJson;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.FacetCount;
import org.shizhi.domain.archive.model.FacetKind;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.port.in.CaseSearch;
import org.shizhi.domain.archive.port.in.CaseSearchResult;
import org.shizhi.domain.archive.port.in.CaseView;
import org.shizhi.domain.archive.port.in.SearchCasesUseCase;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.WorkingTime;

/** The case archive: search (rate-limited), read, export. Every call is audited by the domain. */
@Path("/")
@ApplicationScoped
public class ArchiveResource implements ArchiveApi {


    private final SearchCasesUseCase archive;
    private final CaseLineImport imports;
    private final Caller caller;
    private final Clock clock;

    @Inject
    public ArchiveResource(SearchCasesUseCase archive, CaseLineImport imports, Caller caller, Clock clock) {
        this.archive = archive;
        this.imports = imports;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR"})
    public Response importCases(String body) {
        // The body is bounded by shizhi.http.max-request-bytes (HttpEdge refuses more before reading it).
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("body", "the import is a body of JSON lines");
        }
        CaseLineImport.Result r;
        try {
            r = imports.importLines(caller.actor(), new java.io.StringReader(body));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a string reader does not fail
        }
        var summary = new ImportSummaryJson(r.lines(), r.imported(), r.skipped(), r.rejected(),
                r.rejects().stream().map(x -> new ImportRejectJson(x.line(), x.reason())).toList());
        return Response.ok(summary).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    @SearchRateLimited
    public Response searchCases(String q, CaseQueryModeJson mode, String similarTo, String area, List<String> caseType,
                                List<CaseSourceJson> source, LocalDate occurredFrom,
                                LocalDate occurredTo, LocalDate closedFrom, LocalDate closedTo, List<String> tag,
                                CaseSortJson sort, String cursor, Integer limit) {
        return page(paged(search(q, mode, similarTo, area, caseType, source, occurredFrom, occurredTo, closedFrom, closedTo,
                tag, sort), cursor, limit));
    }

    /** The same search as {@link #searchCases} with its parameters in the body, for descriptions no URL can carry. */
    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    @SearchRateLimited
    public Response searchCasesByBody(CaseSearchRequestJson body) {
        CaseSearchRequestJson b = Requests.required(body, "the search, e.g. {\"q\":\"…\"}");
        return page(paged(search(b), b.getCursor(), b.getLimit()));
    }

    private static CaseSearch paged(CaseSearch search, String cursor, Integer limit) {
        return search.withCursor(Optional.ofNullable(cursor)).withLimit(limit == null ? CaseSearch.DEFAULT_LIMIT : limit);
    }

    /** One page of hits as both forms answer it. */
    private Response page(CaseSearch search) {
        CaseSearchResult result = archive.search(caller.actor(), search);
        CasePageJson page = new CasePageJson(result.items().stream().map(s -> new CaseHitJson(s.id().value(),
                        Models.as(CaseSourceJson.class, s.source()), s.area().value(), s.caseType(),
                        s.title(), s.occurredOn(), s.closedOn(), s.tags(), s.snippet(), s.score())).toList(), result.total());
        if (!result.facets().isEmpty()) {
            page.facets(new CaseFacetsJson(facet(result, FacetKind.CASE_TYPE), facet(result, FacetKind.DISTRICT),
                    facet(result, FacetKind.YEAR), facet(result, FacetKind.SOURCE)));
        }
        result.nextCursor().ifPresent(page::nextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static List<FacetCountJson> facet(CaseSearchResult r, FacetKind kind) {
        return r.facets().getOrDefault(kind, List.<FacetCount>of()).stream()
                .map(f -> new FacetCountJson(f.value(), f.count())).toList();
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN", "STREET_OFFICER", "MEDIATOR", "COMMUNITY_STAFF"})
    public Response getCase(String caseId) {
        CaseView view = archive.read(caller.actor(), CaseId.parse(caseId));
        return Response.ok(record(view)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN"})
    @SearchRateLimited
    public Response exportCases(ExportFormatJson format, String q, CaseQueryModeJson mode, String similarTo, String area,
                                List<String> caseType, List<CaseSourceJson> source,
                                LocalDate occurredFrom, LocalDate occurredTo, LocalDate closedFrom, LocalDate closedTo,
                                List<String> tag, CaseSortJson sort) {
        return export(format, search(q, mode, similarTo, area, caseType, source, occurredFrom, occurredTo, closedFrom, closedTo,
                tag, sort));
    }

    /** The same export as {@link #exportCases} with the search in the body of {@link #searchCasesByBody}. */
    @Override
    @RolesAllowed({"AUDITOR", "CITY_ADMIN"})
    @SearchRateLimited
    public Response exportCasesByBody(CaseSearchRequestJson body, ExportFormatJson format) {
        CaseSearchRequestJson b = Requests.required(body, "the search, e.g. {\"q\":\"…\"}");
        // Silently ignoring them would hand back something other than what was asked for.
        if (b.getCursor() != null) {
            throw new InvalidValueException("cursor", "an export holds every case of the search: cursor does not apply");
        }
        if (b.getLimit() != null) {
            throw new InvalidValueException("limit", "an export holds every case of the search (at most 10,000): limit does not apply");
        }
        return export(format, search(b));
    }

    private Response export(ExportFormatJson format, CaseSearch search) {
        List<CaseView> rows = new ArrayList<>();
        // The whole export is read (and audited) before the first byte goes out, so a refusal is still a problem+json.
        archive.export(caller.actor(), search, rows::add);
        boolean xlsx = format == ExportFormatJson.XLSX;
        String file = "cases-" + LocalDateTime.ofInstant(clock.instant(), WorkingTime.ZONE)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")) + (xlsx ? ".xlsx" : ".csv");
        StreamingOutput body = out -> {
            if (xlsx) {
                CaseExports.xlsx(rows, out);
            } else {
                CaseExports.csv(rows, out);
            }
        };
        return FileTypes.download(body, xlsx ? FileTypes.XLSX : FileTypes.CSV, file);
    }

    private static CaseSearch search(CaseSearchRequestJson b) {
        return search(b.getQ(), b.getMode(), b.getSimilarTo(), b.getArea(), b.getCaseType(), b.getSource(), b.getOccurredFrom(),
                b.getOccurredTo(), b.getClosedFrom(), b.getClosedTo(), b.getTag(), b.getSort());
    }

    static CaseSearch search(String q, CaseQueryModeJson mode, String similarTo, String area, List<String> caseType,
                             List<CaseSourceJson> source, LocalDate occurredFrom,
                             LocalDate occurredTo, LocalDate closedFrom, LocalDate closedTo, List<String> tag,
                             CaseSortJson sort) {
        boundedValues("caseType", caseType, 20);
        boundedValues("tag", tag, 10);
        if (source != null && source.size() > 3) {
            throw new InvalidValueException("source", "at most 3 sources, got " + source.size());
        }
        CaseFilters filters = CaseFilters.none()
                .withCaseTypes(caseType == null ? Set.of() : Set.copyOf(caseType))
                .withSources(source == null || source.isEmpty() ? Set.of()
                        : source.stream().map(s -> Models.as(CaseSource.class, s)).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseSource.class))))
                .withOccurred(Optional.ofNullable(occurredFrom), Optional.ofNullable(occurredTo))
                .withClosed(Optional.ofNullable(closedFrom), Optional.ofNullable(closedTo))
                .withTags(tag == null ? Set.of() : Set.copyOf(tag));
        if (area != null) {
            filters = filters.withAreaWithin(Fields.as("area", () -> AreaCode.parse(area)));
        }
        Optional<CaseId> like = Optional.ofNullable(similarTo).map(s -> Fields.as("similarTo", () -> CaseId.parse(s)));
        return new CaseSearch(q, mode == null ? SearchText.Mode.AUTO : Models.as(SearchText.Mode.class, mode), like, filters,
                sort == null ? CaseSort.RELEVANCE : Models.as(CaseSort.class, sort), Optional.empty(), CaseSearch.DEFAULT_LIMIT, true);
    }

    /** The contract's bounds on a repeated filter, which also keep the audit entry's description of the filters bounded. */
    private static void boundedValues(String field, List<String> values, int maxItems) {
        if (values == null) {
            return;
        }
        if (values.size() > maxItems) {
            throw new InvalidValueException(field, "at most " + maxItems + " values, got " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.length() > 40) {
                throw new InvalidValueException(field + "[" + i + "]", "a value has at most 40 characters");
            }
        }
    }

    static CaseRecordJson record(CaseView v) {
        CaseRecordJson r = new CaseRecordJson(v.id().value(),
                Models.as(CaseSourceJson.class, v.source()), v.city().value(), v.area().value(),
                v.caseType(), v.title(), v.facts(), v.reasoning(), v.outcome(), v.fullText(),
                v.parties().stream().map(p -> {
                    CasePartyJson party = new CasePartyJson(p.name(), p.role(), Models.as(PartyKindJson.class, p.kind()));
                    p.idNumber().ifPresent(party::idNumber);
                    p.phone().ifPresent(party::phone);
                    return party;
                }).toList(), v.occurredOn(), v.closedOn(), v.tags());
        v.externalId().ifPresent(r::externalId);
        return r;
    }

}
