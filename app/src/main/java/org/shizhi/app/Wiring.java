package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.dispute.port.in.DisputeFiguresQuery;
import org.shizhi.domain.dispute.port.in.DisputeQuery;
import org.shizhi.domain.dispute.port.in.EscalateOverdueDisputesUseCase;
import org.shizhi.domain.dispute.port.in.MediateDisputeUseCase;
import org.shizhi.domain.dispute.port.in.MediationCentresUseCase;
import org.shizhi.domain.dispute.port.in.OpenDisputeUseCase;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.grid.port.in.EscalateOverdueUseCase;
import org.shizhi.domain.grid.port.in.EventQuery;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.HandleEventUseCase;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase;
import org.shizhi.domain.grid.port.in.MergeEventsUseCase;
import org.shizhi.domain.grid.port.in.RegisterQuery;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase;
import org.shizhi.domain.grid.port.in.SummonsUseCase;
import org.shizhi.domain.grid.port.in.WeeklyDigestQuery;
import org.shizhi.domain.grid.port.in.RegisterAreasUseCase;
import java.time.Clock;
import java.util.function.Function;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.spi.InstalledPlugins;

/** Hands the hand-wired {@link Platform} and its use cases to the REST adapter. */
@ApplicationScoped
public class Wiring {

    @Produces
    @Singleton
    Platform platform(Config config) {
        return Platform.open(Settings.from(config), config);
    }

    void close(@Disposes Platform platform) {
        platform.close();
    }

    /** Open the platform while starting, not at the first request: migrations and demo data before listening. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started, Platform platform) {
        // injection is the point
    }

    @Produces
    org.shizhi.domain.archive.port.in.SearchCasesUseCase searchCases(Platform platform) {
        return platform.caseArchiveService();
    }

    @Produces
    org.shizhi.adapters.rest.CaseLineImport caseLineImport(Platform platform) {
        return platform.caseLineImport();
    }

    @Produces
    org.shizhi.domain.archive.port.in.AuditQuery auditQuery(Platform platform) {
        return platform.auditService();
    }

    @Produces
    org.shizhi.domain.archive.port.in.RecordDisclosureUseCase recordDisclosure(Platform platform) {
        return platform.auditService();
    }

    @Produces
    AreaQuery areaQuery(Platform platform) {
        return platform.areaService();
    }

    @Produces
    RegisterAreasUseCase registerAreas(Platform platform) {
        return platform.areaService();
    }

    // The grid context: one service answers several use cases; each interface is produced on its own.

    @Produces
    ManageGridsUseCase manageGrids(Platform platform) {
        return platform.gridService();
    }

    @Produces
    StaffGridsUseCase staffGrids(Platform platform) {
        return platform.gridService();
    }

    @Produces
    GridQuery gridQuery(Platform platform) {
        return platform.gridService();
    }

    @Produces
    KeepRegistersUseCase keepRegisters(Platform platform) {
        return platform.registerService();
    }

    @Produces
    RegisterQuery registerQuery(Platform platform) {
        return platform.registerService();
    }

    @Produces
    ReportEventUseCase reportEvent(Platform platform) {
        return platform.gridEventService();
    }

    @Produces
    HandleEventUseCase handleEvent(Platform platform) {
        return platform.gridEventService();
    }

    @Produces
    SummonsUseCase summons(Platform platform) {
        return platform.gridEventService();
    }

    @Produces
    MergeEventsUseCase mergeEvents(Platform platform) {
        return platform.gridEventService();
    }

    @Produces
    EventQuery eventQuery(Platform platform) {
        return platform.gridEventService();
    }

    @Produces
    EscalateOverdueUseCase escalateOverdue(Platform platform) {
        return platform.escalationService();
    }

    @Produces
    WeeklyDigestQuery weeklyDigest(Platform platform) {
        return platform.weeklyDigestService();
    }

    // The dispute context.

    @Produces
    OpenDisputeUseCase openDispute(Platform platform) {
        return platform.disputeService();
    }

    @Produces
    MediateDisputeUseCase mediateDispute(Platform platform) {
        return platform.disputeService();
    }

    @Produces
    DisputeQuery disputeQuery(Platform platform) {
        return platform.disputeService();
    }

    @Produces
    DisputeFiguresQuery disputeFigures(Platform platform) {
        return platform.disputeService();
    }

    @Produces
    MediationCentresUseCase mediationCentres(Platform platform) {
        return platform.disputeService();
    }

    @Produces
    EscalateOverdueDisputesUseCase escalateOverdueDisputes(Platform platform) {
        return platform.disputeEscalationService();
    }

    // The campaign context.

    @Produces
    org.shizhi.domain.campaign.port.in.RunCampaignUseCase runCampaign(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    org.shizhi.domain.campaign.port.in.CampaignQuery campaignQuery(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    org.shizhi.domain.campaign.port.in.SafetyStarUseCase safetyStar(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    org.shizhi.domain.campaign.port.in.SafetyStarQuery safetyStarQuery(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    org.shizhi.domain.campaign.port.in.GoodSamaritanUseCase goodSamaritan(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    org.shizhi.domain.campaign.port.in.GoodSamaritanQuery goodSamaritanQuery(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    org.shizhi.domain.campaign.port.in.WeddingReformUseCase weddingReform(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    org.shizhi.domain.campaign.port.in.WeddingReformQuery weddingReformQuery(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    org.shizhi.domain.campaign.port.in.CampaignFiguresQuery campaignFigures(Platform platform) {
        return platform.campaignService();
    }

    @Produces
    InstalledPlugins installedPlugins(Platform platform) {
        return platform.plugins();
    }

    @Produces
    org.shizhi.domain.programme.port.in.ProgrammeQuery programmeQuery(Platform platform) {
        return platform.programmeService();
    }

    @Produces
    org.shizhi.domain.programme.port.in.RecordFindingUseCase recordFinding(Platform platform) {
        return platform.programmeService();
    }

    @Produces
    org.shizhi.domain.spi.CityCatalogue cityCatalogue(Platform platform) {
        return platform.catalogue();
    }

    @Produces
    org.shizhi.adapters.rest.IdempotencyRecords idempotencyRecords(Platform platform) {
        return new IdempotencyRecordsInDatabase(platform.database().idempotencyRecords());
    }

    @Produces
    Clock clock(Platform platform) {
        return platform.clock();
    }

    @Produces
    WorkCalendar workCalendar(Platform platform) {
        return platform.workCalendar();
    }

    // For a loader that enters records through the services as a city's staff would (the demo module, on the class path
    // only where ./shizhi start and the tests put it): the services by their own type only, so that no use-case
    // injection point sees two beans, and the clock-taking ones on another clock.

    @Produces
    @Typed(AreaService.class)
    AreaService areaService(Platform platform) {
        return platform.areaService();
    }

    @Produces
    @Typed(GridService.class)
    GridService gridService(Platform platform) {
        return platform.gridService();
    }

    @Produces
    @Typed(RegisterService.class)
    RegisterService registerService(Platform platform) {
        return platform.registerService();
    }

    @Produces
    @Typed(DisputeService.class)
    DisputeService disputeService(Platform platform) {
        return platform.disputeService();
    }

    @Produces
    Function<Clock, GridEventService> gridEventServiceAt(Platform platform) {
        return platform::gridEventServiceAt;
    }

    @Produces
    Function<Clock, DisputeService> disputeServiceAt(Platform platform) {
        return platform::disputeServiceAt;
    }

    @Produces
    Function<Clock, org.shizhi.domain.campaign.service.CampaignService> campaignServiceAt(Platform platform) {
        return platform::campaignServiceAt;
    }
}
