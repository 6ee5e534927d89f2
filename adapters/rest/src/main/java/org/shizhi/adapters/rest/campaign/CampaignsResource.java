package org.shizhi.adapters.rest.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shizhi.adapters.rest.api.CampaignsApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.model.CampaignActivityPageJson;
import org.shizhi.adapters.rest.model.CampaignPageJson;
import org.shizhi.adapters.rest.model.CampaignVenueKindJson;
import org.shizhi.adapters.rest.model.NewCampaignActivityJson;
import org.shizhi.adapters.rest.model.NewCampaignJson;
import org.shizhi.adapters.rest.model.NewSafetyStarNominationJson;
import org.shizhi.adapters.rest.model.NewSafetyStarRoundJson;
import org.shizhi.adapters.rest.model.NewSamaritanAwardJson;
import org.shizhi.adapters.rest.model.NewSamaritanFundIncomeJson;
import org.shizhi.adapters.rest.model.NewWeddingHallJson;
import org.shizhi.adapters.rest.model.NewWeddingJson;
import org.shizhi.adapters.rest.model.NewWeddingRegisterEntryJson;
import org.shizhi.adapters.rest.model.SafetyStarResultsJson;
import org.shizhi.adapters.rest.model.SafetyStarRoundPageJson;
import org.shizhi.adapters.rest.model.SafetyStarTallyJson;
import org.shizhi.adapters.rest.model.SafetyStarVoteCastJson;
import org.shizhi.adapters.rest.model.SafetyStarVoteJson;
import org.shizhi.adapters.rest.model.SamaritanAwardGrantedJson;
import org.shizhi.adapters.rest.model.SamaritanFundJson;
import org.shizhi.adapters.rest.model.WeddingFollowUpJson;
import org.shizhi.adapters.rest.model.WeddingHallListJson;
import org.shizhi.adapters.rest.model.WeddingPageJson;
import org.shizhi.adapters.rest.model.WeddingRegisterEntryPageJson;
import org.shizhi.adapters.rest.model.WeddingRegisterKindJson;
import org.shizhi.adapters.rest.model.WeddingReportJson;
import org.shizhi.adapters.rest.model.WeddingServiceKindJson;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.AwardId;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignId;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.HallId;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.NominationId;
import org.shizhi.domain.campaign.model.Period;
import org.shizhi.domain.campaign.model.RegisterEntryId;
import org.shizhi.domain.campaign.model.RoundId;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingId;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.model.WeddingService;
import org.shizhi.domain.campaign.port.in.CampaignFiguresQuery;
import org.shizhi.domain.campaign.port.in.CampaignQuery;
import org.shizhi.domain.campaign.port.in.GoodSamaritanQuery;
import org.shizhi.domain.campaign.port.in.GoodSamaritanUseCase;
import org.shizhi.domain.campaign.port.in.RunCampaignUseCase;
import org.shizhi.domain.campaign.port.in.SafetyStarQuery;
import org.shizhi.domain.campaign.port.in.SafetyStarUseCase;
import org.shizhi.domain.campaign.port.in.WeddingReformQuery;
import org.shizhi.domain.campaign.port.in.WeddingReformUseCase;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;

/**
 * Campaigns and their activities, Safety Star, the Good Samaritan funds, the wedding reform and the campaign figures. Every
 * bad field is refused by its name in the request before anything is written; roles here mirror the use cases'.
 */
@Path("/")
@ApplicationScoped
public class CampaignsResource implements CampaignsApi {

    private final RunCampaignUseCase running;
    private final CampaignQuery campaigns;
    private final SafetyStarUseCase safetyStar;
    private final SafetyStarQuery safetyStarReads;
    private final GoodSamaritanUseCase samaritan;
    private final GoodSamaritanQuery samaritanReads;
    private final WeddingReformUseCase weddings;
    private final WeddingReformQuery weddingReads;
    private final CampaignFiguresQuery figures;
    private final Caller caller;
    private final Disclosures disclosures;

    @Inject
    public CampaignsResource(RunCampaignUseCase running, CampaignQuery campaigns, SafetyStarUseCase safetyStar,
                             SafetyStarQuery safetyStarReads, GoodSamaritanUseCase samaritan, GoodSamaritanQuery samaritanReads,
                             WeddingReformUseCase weddings, WeddingReformQuery weddingReads, CampaignFiguresQuery figures,
                             Caller caller, Disclosures disclosures) {
        this.running = running;
        this.campaigns = campaigns;
        this.safetyStar = safetyStar;
        this.safetyStarReads = safetyStarReads;
        this.samaritan = samaritan;
        this.samaritanReads = samaritanReads;
        this.weddings = weddings;
        this.weddingReads = weddingReads;
        this.figures = figures;
        this.caller = caller;
        this.disclosures = disclosures;
    }

    private static Response created(String location, Object entity) {
        return Response.created(URI.create(location)).type(MediaType.APPLICATION_JSON_TYPE).entity(entity).build();
    }

    private static Response ok(Object entity) {
        return Response.ok(entity).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Period period(String startField, LocalDate start, String endField, LocalDate end) {
        Inputs.required(start, startField);
        Inputs.required(end, endField);
        try {
            return new Period(start, end);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.field().orElse("").endsWith("start") ? startField : endField, e.getMessage());
        }
    }

    // ---- Campaigns ----

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "COMMUNITY_STAFF"})
    public Response launchCampaign(NewCampaignJson r, String idempotencyKey) {
        Inputs.body(r, "the campaign to launch");
        List<AreaCode> areas = new ArrayList<>();
        List<String> given = Inputs.list(r.getTargetAreas());
        for (int i = 0; i < given.size(); i++) {
            areas.add(Inputs.area("targetAreas[" + i + "]", given.get(i)));
        }
        Set<VenueKind> kinds = EnumSet.noneOf(VenueKind.class);
        for (int i = 0; i < Inputs.list(r.getTargetKinds()).size(); i++) {
            kinds.add(venueKind("targetKinds[" + i + "]", r.getTargetKinds().get(i)));
        }
        var command = new RunCampaignUseCase.LaunchCampaignCommand(Optional.ofNullable(r.getTemplateId()), r.getTheme(), r.getOrganiser(),
                period("periodStart", r.getPeriodStart(), "periodEnd", r.getPeriodEnd()), areas, kinds, r.getActivityKinds(),
                r.getChecklist());
        Campaign c = running.launch(caller.actor(), command);
        return created("/api/v1/campaigns/" + c.id(), CampaignModels.campaign(c));
    }

    private static VenueKind venueKind(String field, CampaignVenueKindJson kind) {
        Inputs.required(kind, field);
        return VenueKind.valueOf(kind.name());
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listCampaigns(String area, String cursor, Integer limit) {
        Actor actor = caller.actor();
        AreaCode within = Inputs.areaOr(area, actor.jurisdiction());
        return ok(Cursors.page("campaigns|" + within.value(), cursor, limit, page -> campaigns.campaigns(actor, within, page),
                CampaignModels::campaign, new CampaignPageJson()::items, CampaignPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getCampaign(UUID campaignId) {
        return ok(CampaignModels.campaign(campaigns.campaign(caller.actor(), new CampaignId(campaignId))));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "INTEGRATOR"})
    public Response recordCampaignActivity(UUID campaignId, NewCampaignActivityJson r, String idempotencyKey) {
        Inputs.body(r, "the activity to record");
        List<Activity.Attachment> attachments = new ArrayList<>();
        var files = Inputs.list(r.getAttachments());
        for (int i = 0; i < files.size(); i++) {
            var f = files.get(i);
            String at = "attachments[" + i + "]";
            Inputs.required(f, at);
            attachments.add(Inputs.at(at, () -> new Activity.Attachment(f.getFileName(), f.getMediaType(),
                    f.getSizeBytes() == null ? 0 : f.getSizeBytes(), f.getSha256())));
        }
        Activity.Participants participants = Inputs.at("participants", () -> new Activity.Participants(
                Inputs.required(r.getParticipants(), "participants"), Optional.ofNullable(r.getMembers()), Optional.ofNullable(r.getVolunteers())));
        Activity.Evidence evidence = Inputs.as("evidence", () -> new Activity.Evidence(r.getEvidence(), List.of()));
        evidence = new Activity.Evidence(evidence.description(), attachments);
        var command = new RunCampaignUseCase.RecordActivityCommand(new CampaignId(campaignId), venueKind("venueKind", r.getVenueKind()),
                r.getPlace(), Inputs.area("areaCode", r.getAreaCode()), Inputs.required(r.getHeldOn(), "heldOn"),
                Optional.ofNullable(r.getKind()), participants, r.getOrganiser(), evidence);
        Activity a = running.record(caller.actor(), command);
        return created("/api/v1/campaigns/" + campaignId + "/activities", CampaignModels.activity(a));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listCampaignActivities(UUID campaignId, String cursor, Integer limit) {
        return ok(Cursors.page("campaign-activities|" + campaignId, cursor, limit,
                page -> campaigns.activities(caller.actor(), new CampaignId(campaignId), page), CampaignModels::activity,
                new CampaignActivityPageJson()::items, CampaignActivityPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getCampaignCoverage(UUID campaignId) {
        return ok(CampaignModels.coverage(campaigns.coverage(caller.actor(), new CampaignId(campaignId))));
    }

    // ---- Safety Star ----

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response openSafetyStarRound(NewSafetyStarRoundJson r, String idempotencyKey) {
        Inputs.body(r, "the round to open");
        var command = new SafetyStarUseCase.OpenRoundCommand(Inputs.area("areaCode", r.getAreaCode()), r.getTitle(),
                period("votingStart", r.getVotingStart(), "votingEnd", r.getVotingEnd()));
        VotingRound round;
        try {
            round = safetyStar.open(caller.actor(), command);
        } catch (InvalidValueException e) {
            throw e.field().filter("voting.end"::equals).isPresent() ? new InvalidValueException("votingEnd", e.getMessage()) : e;
        }
        return created("/api/v1/safety-star-rounds/" + round.id() + "/results", CampaignModels.round(new SafetyStarQuery.RoundView(round,
                round.stageOn(LocalDate.now(WorkingTime.ZONE)))));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listSafetyStarRounds(String area, String cursor, Integer limit) {
        Actor actor = caller.actor();
        AreaCode within = Inputs.areaOr(area, actor.jurisdiction());
        return ok(Cursors.page("safety-star-rounds|" + within.value(), cursor, limit, page -> safetyStarReads.rounds(actor, within, page),
                CampaignModels::round, new SafetyStarRoundPageJson()::items, SafetyStarRoundPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "INTEGRATOR"})
    public Response nominateSafetyStar(UUID roundId, NewSafetyStarNominationJson r, String idempotencyKey) {
        Inputs.body(r, "the nomination");
        Nomination n = safetyStar.nominate(caller.actor(), new SafetyStarUseCase.NominateCommand(new RoundId(roundId), r.getNominee(),
                r.getNominatedBy(), r.getDeed(), r.getEvidence()));
        return created("/api/v1/safety-star-rounds/" + roundId + "/results", CampaignModels.nomination(n));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "GRID_WORKER", "INTEGRATOR"})
    public Response castSafetyStarVote(UUID roundId, SafetyStarVoteJson r, String idempotencyKey) {
        Inputs.body(r, "the vote");
        IdNumber voter = Inputs.as("voterIdNumber", () -> IdNumber.parse(Inputs.required(r.getVoterIdNumber(), "voterIdNumber")));
        var cast = safetyStar.vote(caller.actor(), new SafetyStarUseCase.VoteCommand(new RoundId(roundId),
                new NominationId(Inputs.required(r.getNominationId(), "nominationId")), voter));
        return created("/api/v1/safety-star-rounds/" + roundId + "/results", new SafetyStarVoteCastJson().roundId(cast.round().value())
                .nominationId(cast.nomination().value()).castAt(Inputs.at(cast.castAt())));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getSafetyStarResults(UUID roundId, String accessPurpose) {
        var results = safetyStarReads.results(caller.actor(), new RoundId(roundId));
        disclosures.shown("safety star nominees", results.tallies().stream().map(t -> t.nomination().id().toString()).toList(),
                accessPurpose);
        return ok(new SafetyStarResultsJson().round(CampaignModels.round(results.round())).votes(results.votes())
                .tallies(results.tallies().stream().map(t -> new SafetyStarTallyJson().nomination(CampaignModels.nomination(t.nomination()))
                        .votes(t.votes())).toList()));
    }

    // ---- Good Samaritan ----

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getSamaritanFund(String code, String cursor, Integer limit) {
        Actor actor = caller.actor();
        AreaCode fund = Inputs.area("code", code);
        var balance = samaritanReads.balance(actor, fund);
        // The fund's ledger is the page: its balance comes with it.
        return ok(Cursors.page("samaritan-fund|" + fund.value(), cursor, limit, page -> samaritanReads.ledger(actor, fund, page),
                (FundEntry e) -> CampaignModels.entry(e), new SamaritanFundJson().areaCode(fund.value()).balance(balance)::ledger, SamaritanFundJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response receiveSamaritanFundIncome(String code, NewSamaritanFundIncomeJson r, String idempotencyKey) {
        Inputs.body(r, "the income");
        AreaCode fund = Inputs.area("code", code);
        FundEntry entry = samaritan.receive(caller.actor(), new GoodSamaritanUseCase.ReceiveCommand(fund, r.getAmount(), r.getSource(),
                r.getReceivedOn()));
        return created("/api/v1/areas/" + fund + "/samaritan-fund", CampaignModels.entry(entry));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response grantSamaritanAward(String code, NewSamaritanAwardJson r, String idempotencyKey) {
        Inputs.body(r, "the award");
        AreaCode fund = Inputs.area("code", code);
        List<SamaritanAward.Honouree> honoured = new ArrayList<>();
        var given = Inputs.list(r.getHonoured());
        for (int i = 0; i < given.size(); i++) {
            var h = given.get(i);
            String at = "honoured[" + i + "]";
            Inputs.required(h, at);
            Optional<IdNumber> number = Optional.ofNullable(h.getIdNumber()).map(t -> Inputs.as(at + ".idNumber", () -> IdNumber.parse(t)));
            honoured.add(Inputs.at(at, () -> new SamaritanAward.Honouree(h.getName(), number)));
        }
        var granted = samaritan.award(caller.actor(), new GoodSamaritanUseCase.AwardCommand(fund, r.getAct(), r.getActOn(), r.getPlace(),
                honoured, r.getAmount()));
        return created("/api/v1/samaritan-awards/" + granted.award().id(), new SamaritanAwardGrantedJson()
                .award(CampaignModels.award(granted.award())).entry(CampaignModels.entry(granted.entry())));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getSamaritanAward(UUID awardId, String accessPurpose) {
        var award = samaritanReads.award(caller.actor(), new AwardId(awardId));
        disclosures.shown("good samaritan award's honoured", List.of(award.id().toString()), accessPurpose);
        return ok(CampaignModels.award(award));
    }

    // ---- Wedding reform ----

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN"})
    public Response addWeddingHall(NewWeddingHallJson r, String idempotencyKey) {
        Inputs.body(r, "the hall to add");
        var hall = weddings.addHall(caller.actor(), new WeddingReformUseCase.AddHallCommand(Inputs.area("areaCode", r.getAreaCode()),
                r.getName(), Inputs.required(r.getCapacity(), "capacity")));
        return created("/api/v1/areas/" + hall.area() + "/wedding-halls", CampaignModels.hall(hall));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listWeddingHalls(String code) {
        return ok(new WeddingHallListJson().items(weddingReads.halls(caller.actor(), Inputs.area("code", code)).stream()
                .map(CampaignModels::hall).toList()));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN"})
    public Response enterWeddingRegister(NewWeddingRegisterEntryJson r, String idempotencyKey) {
        Inputs.body(r, "the register entry");
        AreaCode area = Inputs.area("areaCode", r.getAreaCode());
        LocalDate on = Inputs.required(r.getEntryOn(), "entryOn");
        RegisterEntryId placeholder = RegisterEntryId.random(); // the use case gives the entry its own id
        WeddingRegisterEntry entry = switch (Inputs.required(r.getKind(), "kind")) {
            case FOLK_MASTER -> new WeddingRegisterEntry.FolkMaster(placeholder, area, r.getName(),
                    Optional.ofNullable(r.getPhone()).map(p -> Inputs.as("phone", () -> PhoneNumber.parse(p))), on);
            case ALLIANCE_BUSINESS -> new WeddingRegisterEntry.AllianceBusiness(placeholder, area, r.getName(), r.getService(),
                    r.getPledge(), r.getCharityPrice(), on);
            case COUNSELLING -> new WeddingRegisterEntry.CounsellingSession(placeholder, area, r.getTopic(), r.getCounsellor(),
                    Inputs.required(r.getCouples(), "couples"), on);
        };
        WeddingRegisterEntry entered;
        try {
            entered = weddings.enter(caller.actor(), entry);
        } catch (InvalidValueException e) {
            throw e.field().filter(f -> f.endsWith("On")).isPresent() ? new InvalidValueException("entryOn", e.getMessage()) : e;
        }
        return created("/api/v1/areas/" + area + "/wedding-register-entries?kind=" + r.getKind(), CampaignModels.entry(entered));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listWeddingRegisterEntries(String code, WeddingRegisterKindJson kind, String cursor, Integer limit,
                                               String accessPurpose) {
        AreaCode area = Inputs.area("code", code);
        Class<? extends WeddingRegisterEntry> type = switch (Inputs.required(kind, "kind")) {
            case FOLK_MASTER -> WeddingRegisterEntry.FolkMaster.class;
            case ALLIANCE_BUSINESS -> WeddingRegisterEntry.AllianceBusiness.class;
            case COUNSELLING -> WeddingRegisterEntry.CounsellingSession.class;
        };
        String list = "wedding-register|" + area.value() + "|" + kind;
        Slice<? extends WeddingRegisterEntry> page = weddingReads.entries(caller.actor(), type, area, Cursors.request(list, cursor, limit));
        if (type == WeddingRegisterEntry.FolkMaster.class) {
            disclosures.shown("folk masters of ceremony", page.items().stream().map(e -> e.id().toString()).toList(), accessPurpose);
        }
        return ok(Cursors.page(list, page, (WeddingRegisterEntry e) -> CampaignModels.entry(e), new WeddingRegisterEntryPageJson()::items,
                WeddingRegisterEntryPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN"})
    public Response registerWedding(NewWeddingJson r, String idempotencyKey) {
        Inputs.body(r, "the wedding to register");
        Set<WeddingService> services = EnumSet.noneOf(WeddingService.class);
        var given = Inputs.list(r.getServices());
        for (int i = 0; i < given.size(); i++) {
            WeddingServiceKindJson s = Inputs.required(given.get(i), "services[" + i + "]");
            services.add(WeddingService.valueOf(s.name()));
        }
        var p = Inputs.required(r.getPledge(), "pledge");
        Wedding.SimplicityPledge pledge = new Wedding.SimplicityPledge(Inputs.required(p.getMaxGuests(), "pledge.maxGuests"),
                Inputs.required(p.getMaxBanquetTables(), "pledge.maxBanquetTables"), p.getMaxGifts());
        Wedding w = weddings.register(caller.actor(), new WeddingReformUseCase.RegisterWeddingCommand(Inputs.area("areaCode", r.getAreaCode()),
                r.getWeddingOn(), r.getPartnerOne(), r.getPartnerTwo(), services, Optional.ofNullable(r.getHallId()).map(HallId::new), pledge));
        return created("/api/v1/weddings/" + w.id(), CampaignModels.wedding(w));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listWeddings(String area, String cursor, Integer limit, String accessPurpose) {
        Actor actor = caller.actor();
        AreaCode within = Inputs.areaOr(area, actor.jurisdiction());
        String list = "weddings|" + within.value();
        Slice<Wedding> page = weddingReads.weddings(actor, within, Cursors.request(list, cursor, limit));
        disclosures.shown("weddings' couples", page.items().stream().map(w -> w.id().toString()).toList(), accessPurpose);
        return ok(Cursors.page(list, page, CampaignModels::wedding, new WeddingPageJson()::items, WeddingPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getWedding(UUID weddingId, String accessPurpose) {
        Wedding wedding = weddingReads.wedding(caller.actor(), new WeddingId(weddingId));
        disclosures.shown("wedding's couple", List.of(wedding.id().toString()), accessPurpose);
        return ok(CampaignModels.wedding(wedding));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN"})
    public Response followUpWedding(UUID weddingId, WeddingFollowUpJson r) {
        Inputs.body(r, "the follow-up check");
        var check = new Wedding.FollowUpCheck(r.getCheckedOn(), Inputs.required(r.getGuests(), "guests"),
                Inputs.required(r.getBanquetTables(), "banquetTables"), r.getGifts(), r.getCheckedBy());
        return ok(CampaignModels.wedding(weddings.followUp(caller.actor(), new WeddingId(weddingId), check)));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getWeddingReport(String code, LocalDate from, LocalDate to) {
        AreaCode area = Inputs.area("code", code);
        var lines = weddingReads.report(caller.actor(), area, from, to);
        return ok(new WeddingReportJson().areaCode(area.value()).from(from).to(to).lines(lines.stream().map(CampaignModels::line).toList()));
    }

    // ---- Figures ----

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getCampaignFigures(String code, LocalDate from, LocalDate to) {
        return ok(CampaignModels.figures(figures.figures(caller.actor(), Inputs.area("code", code), from, to)));
    }
}
