package org.shizhi.adapters.rest.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.shizhi.adapters.rest.api.PluginsApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.Times;
import org.shizhi.adapters.rest.model.AssessmentJson;
import org.shizhi.adapters.rest.model.CampaignTemplateJson;
import org.shizhi.adapters.rest.model.CampaignTemplateListJson;
import org.shizhi.adapters.rest.model.IndicatorValueJson;
import org.shizhi.adapters.rest.model.PluginJson;
import org.shizhi.adapters.rest.model.PluginListJson;
import org.shizhi.adapters.rest.model.ProgrammeRunJson;
import org.shizhi.adapters.rest.model.ProgrammeRunListJson;
import org.shizhi.adapters.rest.model.SchemeItemScoreJson;
import org.shizhi.adapters.rest.model.SchemeScoreJson;
import org.shizhi.adapters.rest.model.VenueKindJson;
import org.shizhi.domain.assessment.port.in.AreaAssessmentQuery;
import org.shizhi.domain.programme.port.in.ProgrammeQuery;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.CityCatalogue;
import org.shizhi.domain.spi.IndicatorValue;
import org.shizhi.domain.spi.InstalledPlugins;

@Path("/")
@ApplicationScoped
public class PluginsResource implements PluginsApi {

    private final InstalledPlugins plugins;
    private final ProgrammeQuery programmes;
    private final CityCatalogue catalogue;
    private final AreaAssessmentQuery assessments;
    private final Caller caller;

    @Inject
    public PluginsResource(InstalledPlugins plugins, ProgrammeQuery programmes, CityCatalogue catalogue,
                           AreaAssessmentQuery assessments, Caller caller) {
        this.plugins = plugins;
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.caller = caller;
    }

    /** What the platform runs is for those who operate it or build on it. */
    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR", "AUDITOR"})
    public Response listPlugins() {
        var items = plugins.all().stream()
                .map(p -> new PluginJson(p.id(), p.name(), p.spiVersion().toString(), p.origin(), p.enabledForCities()))
                .toList();
        return Response.ok(new PluginListJson(items)).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listProgrammeRuns(String code, Integer limit) {
        AreaCode city = Fields.as("code", () -> AreaCode.of(code));
        var items = programmes.runs(caller.actor(), city, limit == null ? 20 : limit).stream()
                .map(r -> new ProgrammeRunJson(r.programme(), r.city().value(), Times.at(r.dueAt()), Times.at(r.startedAt()),
                        ProgrammeRunJson.StatusEnum.valueOf(r.status().name()), r.summary()).finishedAt(Times.at(r.finishedAt()))
                        .attempt(r.attempt()).takenOverAt(Times.at(r.takenOverAt())))
                .toList();
        return Response.ok(new ProgrammeRunListJson(items)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listCampaignTemplates(String code) {
        AreaCode city = Fields.as("code", () -> AreaCode.of(code));
        var items = catalogue.campaignTemplates(caller.actor(), city).stream()
                .map(t -> new CampaignTemplateJson(t.id(), t.name(), t.description(),
                        t.venues().stream().map(v -> new VenueKindJson(v.code(), v.label())).toList(), t.activities(), t.checklist()))
                .toList();
        return Response.ok(new CampaignTemplateListJson(items)).build();
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN", "AUDITOR"})
    public Response getAssessment(String code, String period) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        AssessmentPeriod within = AssessmentPeriod.parse(period);
        CityCatalogue.Assessment assessment = assessments.assess(caller.actor(), area, within);
        var indicators = assessment.indicators().stream().map(PluginsResource::value).toList();
        var schemes = assessment.schemes().stream()
                .map(s -> new SchemeScoreJson(s.scheme(), s.name(), s.items().stream()
                        .map(i -> new SchemeItemScoreJson(i.item().name(), SchemeItemScoreJson.CadenceEnum.valueOf(i.item().cadence().name()),
                                i.item().weight(), value(i.value())))
                        .toList()).score(Double.isNaN(s.score()) ? null : s.score()))
                .toList();
        return Response.ok(new AssessmentJson(assessment.area().value(), within.toString(), indicators, schemes)).build();
    }

    private static IndicatorValueJson value(IndicatorValue v) {
        return new IndicatorValueJson(v.indicator(), v.period().toString(), v.numerator(), v.denominator(), v.explanation())
                .value(Double.isNaN(v.value()) ? null : v.value());
    }
}
