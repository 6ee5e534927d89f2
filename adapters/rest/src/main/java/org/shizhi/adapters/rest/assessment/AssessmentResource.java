package org.shizhi.adapters.rest.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.adapters.rest.api.AssessmentApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.FileTypes;
import org.shizhi.adapters.rest.http.Times;
import org.shizhi.adapters.rest.model.AssessedUnitsJson;
import org.shizhi.adapters.rest.model.AssessmentNoticeEntryJson;
import org.shizhi.adapters.rest.model.AssessmentNoticeJson;
import org.shizhi.adapters.rest.model.NewAssessmentNoticeJson;
import org.shizhi.adapters.rest.model.NoticeKindJson;
import org.shizhi.adapters.rest.model.AssessmentCadenceJson;
import org.shizhi.adapters.rest.model.AssessmentIndicatorJson;
import org.shizhi.adapters.rest.model.AssessmentIndicatorListJson;
import org.shizhi.adapters.rest.model.AssessmentResultJson;
import org.shizhi.adapters.rest.model.AssessmentSchemeItemJson;
import org.shizhi.adapters.rest.model.AssessmentSchemeJson;
import org.shizhi.adapters.rest.model.AssessmentSchemeListJson;
import org.shizhi.adapters.rest.model.AssessmentSubjectJson;
import org.shizhi.adapters.rest.model.ExportFormatJson;
import org.shizhi.adapters.rest.model.IndicatorDirectionJson;
import org.shizhi.adapters.rest.model.IndicatorUnitJson;
import org.shizhi.adapters.rest.model.NewAssessmentRunJson;
import org.shizhi.adapters.rest.model.RankedUnitJson;
import org.shizhi.adapters.rest.model.ScoreLineJson;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.IndicatorDefinition;
import org.shizhi.domain.assessment.model.Notice;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.Scheme;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.port.in.AssessmentQuery;
import org.shizhi.domain.assessment.port.in.NoticeUseCase;
import org.shizhi.domain.assessment.port.in.RunAssessmentUseCase;
import org.shizhi.domain.assessment.port.in.RunAssessmentUseCase.RunAssessmentCommand;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * Assessment over HTTP: the built-in indicators and the city's schemes, a scheme run over the units inside an area for
 * a period (stored as the next version), stored results with their rankings and breakdowns (also as CSV or xlsx), and
 * notices (通报) drafted from a result and published once.
 */
@Path("/")
@ApplicationScoped
public class AssessmentResource implements AssessmentApi {

    /** The request names the area a run assesses inside {@code area}; the domain calls it {@code within}. */
    private static final Map<String, String> RUN_FIELDS = Map.of("within", "area");

    private final RunAssessmentUseCase runs;
    private final AssessmentQuery assessments;
    private final NoticeUseCase notices;
    private final Caller caller;

    @Inject
    public AssessmentResource(RunAssessmentUseCase runs, AssessmentQuery assessments, NoticeUseCase notices, Caller caller) {
        this.runs = runs;
        this.assessments = assessments;
        this.notices = notices;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response draftAssessmentNotice(String scheme, String code, String period, NewAssessmentNoticeJson request,
                                          String idempotencyKey) {
        if (request == null) {
            throw new InvalidValueException(null, "the request needs a JSON body: how many units to criticise and to commend");
        }
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        AssessmentPeriod within = Fields.as("period", () -> AssessmentPeriod.parse(period));
        Notice draft = notices.draft(caller.actor(), new NoticeUseCase.DraftNotice(scheme, area, within,
                Optional.ofNullable(request.getVersion()), request.getBottom() == null ? 0 : request.getBottom(),
                request.getTop() == null ? 0 : request.getTop()));
        return Response.created(URI.create("/api/v1/assessment/notices/" + draft.id())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(notice(draft)).build();
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR", "GRID_WORKER"})
    public Response getAssessmentNotice(UUID noticeId) {
        return Response.ok(notice(notices.notice(caller.actor(), noticeId))).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN"})
    public Response publishAssessmentNotice(UUID noticeId) {
        return Response.ok(notice(notices.publish(caller.actor(), noticeId))).build();
    }

    static AssessmentNoticeJson notice(Notice n) {
        return new AssessmentNoticeJson(n.id(), n.scheme(), n.within().toString(), n.period().toString(), n.resultVersion(),
                Times.at(n.draftedAt()), n.draftedBy(), n.published(), n.entries().stream()
                .map(e -> new AssessmentNoticeEntryJson(NoticeKindJson.valueOf(e.kind().name()), unit(e.unit()))).toList())
                .publishedAt(n.publishedAt().map(Times::at).orElse(null)).publishedBy(n.publishedBy().orElse(null));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response listAssessmentIndicators() {
        var items = assessments.indicators(caller.actor()).stream().map(AssessmentResource::indicator).toList();
        return Response.ok(new AssessmentIndicatorListJson(items)).build();
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response listAssessmentSchemes() {
        var items = assessments.schemes(caller.actor()).stream().map(AssessmentResource::scheme).toList();
        return Response.ok(new AssessmentSchemeListJson(items)).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response runAssessment(String scheme, NewAssessmentRunJson request, String idempotencyKey) {
        if (request == null) {
            throw new InvalidValueException(null, "the request needs a JSON body: the area and period to assess");
        }
        AreaCode area = Fields.as("area", () -> AreaCode.of(request.getArea()));
        AssessmentPeriod period = Fields.as("period", () -> AssessmentPeriod.parse(request.getPeriod()));
        AssessmentResult result = Fields.renaming(RUN_FIELDS,
                () -> runs.run(caller.actor(), new RunAssessmentCommand(scheme, period, area)));
        return Response.created(URI.create(location(result))).type(MediaType.APPLICATION_JSON_TYPE).entity(result(result)).build();
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response getAssessmentResult(String scheme, String code, String period) {
        return read(scheme, code, period, Optional.empty());
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response getAssessmentResultVersion(String scheme, String code, String period, Integer version) {
        return read(scheme, code, period, Optional.ofNullable(version));
    }

    private Response read(String scheme, String code, String period, Optional<Integer> version) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        AssessmentPeriod within = Fields.as("period", () -> AssessmentPeriod.parse(period));
        return Response.ok(result(assessments.result(caller.actor(), scheme, area, within, version))).build();
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response exportAssessmentResult(String scheme, String code, String period, ExportFormatJson format, Integer version) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        AssessmentPeriod within = Fields.as("period", () -> AssessmentPeriod.parse(period));
        // Read before the first byte goes out, so that a refusal or an unknown result is still a problem+json.
        AssessmentResult result = assessments.result(caller.actor(), scheme, area, within, Optional.ofNullable(version));
        boolean xlsx = format == ExportFormatJson.XLSX;
        String file = "assessment-" + result.scheme() + "-" + result.within() + "-" + result.period() + "-v" + result.version()
                + (xlsx ? ".xlsx" : ".csv");
        StreamingOutput body = out -> {
            if (xlsx) {
                AssessmentExports.xlsx(result, out);
            } else {
                AssessmentExports.csv(result, out);
            }
        };
        return FileTypes.download(body, xlsx ? FileTypes.XLSX : FileTypes.CSV, file);
    }

    /** Where a stored version is read. */
    static String location(AssessmentResult result) {
        return "/api/v1/assessment/schemes/" + result.scheme() + "/results/" + result.within() + "/" + result.period()
                + "/versions/" + result.version();
    }

    static AssessmentResultJson result(AssessmentResult r) {
        return new AssessmentResultJson(r.scheme(), r.schemeName(), r.within().toString(), r.period().toString(), r.version(),
                Times.at(r.ranAt()), r.ranBy(), r.units().stream().map(AssessmentResource::unit).toList());
    }

    private static RankedUnitJson unit(RankedUnit u) {
        return new RankedUnitJson(u.rank(), AssessmentSubjectJson.valueOf(u.unit().subject().name()), u.unit().key(), u.unit().name(),
                u.coverage(), u.sufficientCoverage(), u.lines().stream().map(AssessmentResource::line).toList())
                .score(u.score().orElse(null)).previousRank(u.previousRank().orElse(null))
                .previousScore(u.previousScore().orElse(null)).rankChange(u.rankChange().orElse(null))
                .scoreChange(u.scoreChange().orElse(null));
    }

    private static ScoreLineJson line(ScoreLine l) {
        return new ScoreLineJson(l.indicator(), l.numerator(), l.denominator(), l.floor(), l.target(), l.weight(), l.points())
                .raw(l.raw().orElse(null)).adjusted(l.adjusted().orElse(null));
    }

    private static AssessmentIndicatorJson indicator(IndicatorDefinition d) {
        return new AssessmentIndicatorJson(d.id(), d.name(), IndicatorUnitJson.valueOf(d.unit().name()),
                IndicatorDirectionJson.valueOf(d.direction().name()), AssessmentSubjectJson.valueOf(d.subject().name()),
                d.numerator(), d.denominator());
    }

    private static AssessmentSchemeJson scheme(Scheme s) {
        return new AssessmentSchemeJson(s.id(), s.name(), AssessedUnitsJson.valueOf(s.units().name()),
                AssessmentCadenceJson.valueOf(s.cadence().name()), s.items().stream()
                .map(i -> new AssessmentSchemeItemJson(i.indicator().id(), i.weight(), i.floor(), i.target())).toList(),
                AssessmentSchemeJson.SourceEnum.valueOf(s.source().name()))
                .city(s.city().map(AreaCode::toString).orElse(null));
    }
}
