package org.shizhi.adapters.rest.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shizhi.adapters.rest.api.PartyApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.model.AllianceMemberJson;
import org.shizhi.adapters.rest.model.AlliancePledgePageJson;
import org.shizhi.adapters.rest.model.CommunityHoursJson;
import org.shizhi.adapters.rest.model.CommunityHoursListJson;
import org.shizhi.adapters.rest.model.CouncilSeatJson;
import org.shizhi.adapters.rest.model.CouncilSeatKindJson;
import org.shizhi.adapters.rest.model.EstatePageJson;
import org.shizhi.adapters.rest.model.IdleMemberJson;
import org.shizhi.adapters.rest.model.IdleMemberPageJson;
import org.shizhi.adapters.rest.model.JointActivityPageJson;
import org.shizhi.adapters.rest.model.JointActivityRecordedJson;
import org.shizhi.adapters.rest.model.MemberHoursJson;
import org.shizhi.adapters.rest.model.MemberHoursPageJson;
import org.shizhi.adapters.rest.model.NewAlliancePledgeJson;
import org.shizhi.adapters.rest.model.NewCheckInJson;
import org.shizhi.adapters.rest.model.NewEstateJson;
import org.shizhi.adapters.rest.model.NewJointActivityJson;
import org.shizhi.adapters.rest.model.NewPartyAllianceJson;
import org.shizhi.adapters.rest.model.NewPartyCouncilJson;
import org.shizhi.adapters.rest.model.NewPartyCouncilMeetingJson;
import org.shizhi.adapters.rest.model.NewPartyMemberJson;
import org.shizhi.adapters.rest.model.NewPartyModelPostJson;
import org.shizhi.adapters.rest.model.NewPartyOrganisationJson;
import org.shizhi.adapters.rest.model.NewPartyServiceJson;
import org.shizhi.adapters.rest.model.NewPropertyCompanyJson;
import org.shizhi.adapters.rest.model.OpenPledgeJson;
import org.shizhi.adapters.rest.model.OpenPledgePageJson;
import org.shizhi.adapters.rest.model.PartyAlliancePageJson;
import org.shizhi.adapters.rest.model.PartyBindingsJson;
import org.shizhi.adapters.rest.model.PartyCheckInJson;
import org.shizhi.adapters.rest.model.PartyCheckInRateJson;
import org.shizhi.adapters.rest.model.PartyCouncilPageJson;
import org.shizhi.adapters.rest.model.PartyCouncilMeetingPageJson;
import org.shizhi.adapters.rest.model.PartyCoverageJson;
import org.shizhi.adapters.rest.model.PartyCoverageRowJson;
import org.shizhi.adapters.rest.model.PartyFiguresJson;
import org.shizhi.adapters.rest.model.PartyMemberJson;
import org.shizhi.adapters.rest.model.PartyMemberPageJson;
import org.shizhi.adapters.rest.model.PartyInstructorJson;
import org.shizhi.adapters.rest.model.PartyInstructorPageJson;
import org.shizhi.adapters.rest.model.PartyModelPostPageJson;
import org.shizhi.adapters.rest.model.PartyOrganisationJson;
import org.shizhi.adapters.rest.model.PartyOrganisationPageJson;
import org.shizhi.adapters.rest.model.PartyOrganisationTierJson;
import org.shizhi.adapters.rest.model.PartyServiceJson;
import org.shizhi.adapters.rest.model.PartyServicePageJson;
import org.shizhi.adapters.rest.model.PropertyCompanyOverseerJson;
import org.shizhi.adapters.rest.model.UncoveredPlaceJson;
import org.shizhi.adapters.rest.model.UncoveredPlacePageJson;
import org.shizhi.adapters.rest.model.UnlinkedEstateJson;
import org.shizhi.adapters.rest.model.UnlinkedEstatePageJson;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.AllianceId;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.CouncilId;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.JointActivity;
import org.shizhi.domain.party.model.Meeting;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PledgeId;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.party.model.Seat;
import org.shizhi.domain.party.model.ServiceRecord;
import org.shizhi.domain.party.port.in.AllianceUseCase;
import org.shizhi.domain.party.port.in.CouncilUseCase;
import org.shizhi.domain.party.port.in.InstructorView;
import org.shizhi.domain.party.port.in.KeepMembersUseCase;
import org.shizhi.domain.party.port.in.MemberView;
import org.shizhi.domain.party.port.in.OrganisePartyUseCase;
import org.shizhi.domain.party.port.in.PartyFiguresQuery;
import org.shizhi.domain.party.port.in.PartyQuery;
import org.shizhi.domain.party.port.in.PartyReportsQuery;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The party context over HTTP: founding organisations, members with their check-ins and service, and the reports and
 * figures. A refusal names the request's field; nothing is written. Reads that show members' names, ID numbers or
 * mobiles in clear are recorded in the audit log ({@link Disclosures}).
 */
@Path("/")
@ApplicationScoped
public class PartyResource implements PartyApi {

    /** Domain field names that the request spells differently. */
    private static final Map<String, String> FIELDS = Map.of("area", "areaCode", "parentId", "parentId", "grids", "gridCodes",
            "estates", "estateIds", "community", "communityCode", "on", "servedOn", "organisationId", "organisationId");

    private final OrganisePartyUseCase organise;
    private final KeepMembersUseCase members;
    private final AllianceUseCase alliances;
    private final CouncilUseCase councils;
    private final PartyQuery party;
    private final PartyReportsQuery reports;
    private final PartyFiguresQuery figures;
    private final Caller caller;
    private final Disclosures disclosures;

    @Inject
    public PartyResource(OrganisePartyUseCase organise, KeepMembersUseCase members, AllianceUseCase alliances, CouncilUseCase councils,
                         PartyQuery party, PartyReportsQuery reports, PartyFiguresQuery figures, Caller caller, Disclosures disclosures) {
        this.organise = organise;
        this.members = members;
        this.alliances = alliances;
        this.councils = councils;
        this.party = party;
        this.reports = reports;
        this.figures = figures;
        this.caller = caller;
        this.disclosures = disclosures;
    }

    // Organisations and members -------------------------------------------------------------------------------------

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response foundPartyOrganisation(NewPartyOrganisationJson request, String idempotencyKey) {
        Requests.required(request, "the organisation to found");
        OrganisationTier tier = request.getTier() == null ? null : OrganisationTier.valueOf(request.getTier().name());
        AreaCode area = request.getAreaCode() == null ? null : Fields.as("areaCode", () -> AreaCode.of(request.getAreaCode()));
        Optional<PartyOrganisationId> parent = Optional.ofNullable(request.getParentId()).map(PartyOrganisationId::new);
        Set<GridCode> grids = grids(request.getGridCodes());
        Set<EstateId> estates = estates(request.getEstateIds());
        PartyOrganisation founded = Fields.renaming(FIELDS, () -> organise.found(caller.actor(),
                new OrganisePartyUseCase.FoundCommand(tier, request.getName(), area, parent, grids, estates)));
        return Response.created(URI.create("/api/v1/party-organisations/" + founded.id()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(PartyModels.organisation(founded)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyOrganisations(String area, String cursor, Integer limit) {
        AreaCode in = area == null ? caller.actor().jurisdiction() : Fields.as("area", () -> AreaCode.of(area));
        return ok(Cursors.page("party-organisations|" + in, cursor, limit, page -> party.organisations(caller.actor(), in, page),
                PartyModels::organisation, PartyOrganisationPageJson::new, PartyOrganisationPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyOrganisation(UUID organisationId) {
        return ok(PartyModels.organisation(party.organisation(caller.actor(), new PartyOrganisationId(organisationId))));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response enrolPartyMember(UUID organisationId, NewPartyMemberJson request, String idempotencyKey) {
        Requests.required(request, "the member to enrol");
        IdNumber idNumber = request.getIdNumber() == null ? null : Fields.as("idNumber", () -> IdNumber.parse(request.getIdNumber()));
        Optional<PhoneNumber> mobile = Optional.ofNullable(request.getMobile()).map(m -> Fields.as("mobile", () -> PhoneNumber.parse(m)));
        if (request.getEmployed() == null) {
            throw new InvalidValueException("employed", "employed is required: true for an employed member (在职党员)");
        }
        MemberView enrolled = Fields.renaming(FIELDS, () -> members.enrol(caller.actor(), new KeepMembersUseCase.EnrolCommand(
                new PartyOrganisationId(organisationId), request.getName(), idNumber, mobile, request.getEmployed(), request.getJoinedOn())));
        disclosures.shown("party member", List.of(enrolled.id().toString()), null);
        return Response.created(URI.create("/api/v1/party-members/" + enrolled.id()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(PartyModels.member(enrolled, Optional.empty())).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyMember(UUID memberId, String accessPurpose) {
        Actor actor = caller.actor();
        PartyMemberId id = new PartyMemberId(memberId);
        MemberView view = party.member(actor, id);
        Optional<CheckIn> checkIn = party.checkIn(actor, id);
        disclosures.shown("party member", List.of(view.id().toString()), accessPurpose);
        return ok(PartyModels.member(view, checkIn));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response checkInPartyMember(UUID memberId, NewCheckInJson request) {
        Requests.required(request, "the check-in");
        AreaCode community = request.getCommunityCode() == null ? null
                : Fields.as("communityCode", () -> AreaCode.of(request.getCommunityCode()));
        CheckIn checkIn = Fields.renaming(Map.of("community", "communityCode", "on", "checkedInOn"), () -> members.checkIn(caller.actor(),
                new KeepMembersUseCase.CheckInCommand(new PartyMemberId(memberId), community, request.getCheckedInOn(),
                        request.getPledgedService())));
        return ok(PartyModels.checkIn(checkIn));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response recordPartyService(UUID memberId, NewPartyServiceJson request, String idempotencyKey) {
        Requests.required(request, "the service to record");
        AreaCode community = request.getCommunityCode() == null ? null
                : Fields.as("communityCode", () -> AreaCode.of(request.getCommunityCode()));
        if (request.getBeneficiaries() == null) {
            throw new InvalidValueException("beneficiaries", "beneficiaries is required (0 if the service served no one directly)");
        }
        int beneficiaries = request.getBeneficiaries();
        ServiceRecord record = Fields.renaming(FIELDS, () -> members.recordService(caller.actor(), new KeepMembersUseCase.RecordServiceCommand(
                new PartyMemberId(memberId), community, request.getActivity(), request.getServedOn(), request.getHours(), beneficiaries)));
        PartyServiceJson body = PartyModels.service(record);
        return Response.created(URI.create("/api/v1/party-members/" + memberId + "/services/" + record.id()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    // Reports --------------------------------------------------------------------------------------------------------

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyCoverage(String code) {
        AreaCode area = code(code);
        return ok(new PartyCoverageJson(area.toString(), reports.coverage(caller.actor(), area).stream()
                .map(c -> new PartyCoverageRowJson(c.area().toString(), c.grids(), c.coveredGrids(), c.estates(), c.coveredEstates())).toList()));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyUncoveredPlaces(String code, String cursor, Integer limit) {
        AreaCode area = code(code);
        return ok(Cursors.page("party-uncovered|" + area, cursor, limit, page -> reports.uncovered(caller.actor(), area, page),
                u -> new UncoveredPlaceJson(UncoveredPlaceJson.KindEnum.fromValue(u.kind().name()), u.id(), u.name(), u.community().toString()),
                UncoveredPlacePageJson::new, UncoveredPlacePageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyCheckInRate(String code) {
        PartyReports.CheckInRate rate = reports.checkInRate(caller.actor(), code(code));
        PartyCheckInRateJson body = new PartyCheckInRateJson(rate.area().toString(), rate.employedMembers(), rate.checkedIn());
        rate.rate().ifPresent(body::setRate);
        return ok(body);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyMemberHours(String code, LocalDate from, LocalDate to, String cursor, Integer limit, String accessPurpose) {
        Actor actor = caller.actor();
        AreaCode area = code(code);
        String list = "party-member-hours|" + area + "|" + from + "|" + to;
        Slice<PartyReports.MemberHours> slice = reports.hoursPerMember(actor, area, from, to, Cursors.request(list, cursor, limit));
        disclosures.shown("party service hours", slice.items().stream().map(h -> h.member().toString()).toList(), accessPurpose);
        return ok(Cursors.page(list, slice, h -> new MemberHoursJson(h.member().value(), h.name(), h.organisation().value(), h.hours(),
                h.records(), h.beneficiaries(), !actor.mayReadPersonalData()), MemberHoursPageJson::new, MemberHoursPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyCommunityHours(String code, LocalDate from, LocalDate to) {
        List<CommunityHoursJson> items = reports.hoursPerCommunity(caller.actor(), code(code), from, to).stream()
                .map(h -> new CommunityHoursJson(h.community().toString(), h.hours(), h.records(), h.members(), h.beneficiaries())).toList();
        return ok(new CommunityHoursListJson(items));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listIdlePartyMembers(String code, Integer months, String cursor, Integer limit, String accessPurpose) {
        Actor actor = caller.actor();
        AreaCode area = code(code);
        int n = months == null ? 3 : months;
        String list = "idle-party-members|" + area + "|" + n;
        Slice<PartyReports.IdleMember> slice = reports.idleMembers(actor, area, n, Cursors.request(list, cursor, limit));
        disclosures.shown("idle party members", slice.items().stream().map(m -> m.member().toString()).toList(), accessPurpose);
        return ok(Cursors.page(list, slice, m -> {
            IdleMemberJson item = new IdleMemberJson(m.member().value(), m.name(), m.community().toString(), m.checkedInOn(), !actor.mayReadPersonalData());
            m.lastServiceOn().ifPresent(item::setLastServiceOn);
            return item;
        }, IdleMemberPageJson::new, IdleMemberPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listOpenPartyPledges(String code, String cursor, Integer limit) {
        AreaCode area = code(code);
        return ok(Cursors.page("open-party-pledges|" + area, cursor, limit, page -> reports.openPledges(caller.actor(), area, page),
                o -> new OpenPledgeJson(o.pledge().id().value(), o.pledge().alliance().value(), o.allianceName(), o.pledge().memberName(),
                        o.pledge().promise(), o.pledge().dueOn(), o.overdue()),
                OpenPledgePageJson::new, OpenPledgePageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listEstatesWithoutRedProperty(String code, String cursor, Integer limit) {
        AreaCode area = code(code);
        return ok(Cursors.page("estates-without-red-property|" + area, cursor, limit, page -> reports.unlinkedEstates(caller.actor(), area, page),
                u -> new UnlinkedEstateJson(u.estate().id().value(), u.estate().name(), u.estate().community().toString(),
                        u.estate().propertyCompany().orElseThrow().value(), u.companyName()),
                UnlinkedEstatePageJson::new, UnlinkedEstatePageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyFigures(String code, LocalDate from, LocalDate to) {
        PartyReports.Figures f = figures.figures(caller.actor(), code(code), from, to);
        PartyFiguresJson body = new PartyFiguresJson(f.area().toString(), f.from(), f.to(), f.employedMembers(), f.checkedIn(), f.serviceHours(),
                f.serviceRecords(), f.grids(), f.coveredGrids(), f.pledgesDue(), f.pledgesKept());
        f.checkInRate().ifPresent(body::setCheckInRate);
        f.branchCoverage().ifPresent(body::setBranchCoverage);
        f.pledgesKeptRate().ifPresent(body::setPledgesKeptRate);
        return ok(body);
    }

    // Organisations: bindings, members, model posts -------------------------------------------------------------------

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response bindPartyOrganisation(UUID organisationId, PartyBindingsJson request) {
        Requests.required(request, "the grids and estates to bind the organisation to");
        if (request.getGridCodes() == null || request.getEstateIds() == null) {
            throw new InvalidValueException(request.getGridCodes() == null ? "gridCodes" : "estateIds",
                    "both lists are required (empty to unbind)");
        }
        Set<GridCode> grids = grids(request.getGridCodes());
        Set<EstateId> estates = estates(request.getEstateIds());
        PartyOrganisation bound = Fields.renaming(FIELDS, () -> organise.bind(caller.actor(),
                new OrganisePartyUseCase.BindCommand(new PartyOrganisationId(organisationId), grids, estates)));
        return ok(PartyModels.organisation(bound));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyMembers(UUID organisationId, String cursor, Integer limit, String accessPurpose) {
        String list = "party-members|" + organisationId;
        Slice<MemberView> slice = party.members(caller.actor(), new PartyOrganisationId(organisationId), Cursors.request(list, cursor, limit));
        shown("party members", slice.items(), accessPurpose);
        return ok(Cursors.page(list, slice, m -> PartyModels.member(m, Optional.empty()), new PartyMemberPageJson()::items,
                PartyMemberPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response appointPartyModelPost(UUID organisationId, NewPartyModelPostJson request, String idempotencyKey) {
        Requests.required(request, "the model post to appoint");
        Actor actor = caller.actor();
        ModelPost post = Fields.renaming(FIELDS, () -> members.appoint(actor, new KeepMembersUseCase.AppointCommand(
                new PartyOrganisationId(organisationId), request.getTitle(),
                request.getHolderId() == null ? null : new PartyMemberId(request.getHolderId()), request.getSince())));
        MemberView holder = party.member(actor, post.holder());
        shown("party model post holder", List.of(holder), null);
        return created("/api/v1/party-organisations/" + organisationId + "/model-posts/" + post.id(), PartyModels.modelPost(post, holder));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyModelPosts(UUID organisationId, String cursor, Integer limit, String accessPurpose) {
        Actor actor = caller.actor();
        String list = "party-model-posts|" + organisationId;
        Slice<ModelPost> slice = party.modelPosts(actor, new PartyOrganisationId(organisationId), Cursors.request(list, cursor, limit));
        // The holders are read as the caller reads members (masked, or in clear and audited alike).
        Map<PartyMemberId, MemberView> holders = new java.util.LinkedHashMap<>();
        slice.items().forEach(p -> holders.computeIfAbsent(p.holder(), id -> party.member(actor, id)));
        shown("party model post holders", List.copyOf(holders.values()), accessPurpose);
        return ok(Cursors.page(list, slice, p -> PartyModels.modelPost(p, holders.get(p.holder())), new PartyModelPostPageJson()::items,
                PartyModelPostPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyServices(UUID memberId, String cursor, Integer limit) {
        return ok(Cursors.page("party-services|" + memberId, cursor, limit, page -> party.services(caller.actor(), new PartyMemberId(memberId), page),
                PartyModels::service, new PartyServicePageJson()::items, PartyServicePageJson::setNextCursor));
    }

    // Estates and property companies (红色物业) -------------------------------------------------------------------------

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response registerEstate(NewEstateJson request, String idempotencyKey) {
        Requests.required(request, "the estate to register");
        AreaCode community = request.getCommunityCode() == null ? null
                : Fields.as("communityCode", () -> AreaCode.of(request.getCommunityCode()));
        Optional<UnifiedSocialCreditCode> company = Optional.ofNullable(request.getPropertyCompanyCreditCode())
                .map(c -> Fields.as("propertyCompanyCreditCode", () -> UnifiedSocialCreditCode.parse(c)));
        Estate estate = Fields.renaming(Map.of("community", "communityCode", "propertyCompany", "propertyCompanyCreditCode"),
                () -> organise.registerEstate(caller.actor(), new OrganisePartyUseCase.RegisterEstateCommand(community, request.getName(), company)));
        return created("/api/v1/estates/" + estate.id(), PartyModels.estate(estate));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listEstates(String area, String cursor, Integer limit) {
        AreaCode in = areaOr(area);
        return ok(Cursors.page("estates|" + in, cursor, limit, page -> party.estates(caller.actor(), in, page), PartyModels::estate,
                new EstatePageJson()::items, EstatePageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getEstate(UUID estateId) {
        return ok(PartyModels.estate(party.estate(caller.actor(), new EstateId(estateId))));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response registerPropertyCompany(NewPropertyCompanyJson request, String idempotencyKey) {
        Requests.required(request, "the property company to register");
        UnifiedSocialCreditCode code = request.getCreditCode() == null ? null
                : Fields.as("creditCode", () -> UnifiedSocialCreditCode.parse(request.getCreditCode()));
        PropertyCompany company = organise.registerCompany(caller.actor(), new OrganisePartyUseCase.RegisterCompanyCommand(code, request.getName()));
        return created("/api/v1/property-companies/" + company.creditCode().value(), PartyModels.company(company));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPropertyCompany(String creditCode) {
        return ok(PartyModels.company(party.company(caller.actor(), creditCode(creditCode))));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response linkPropertyCompany(String creditCode, PropertyCompanyOverseerJson request) {
        Requests.required(request, "the overseeing organisation");
        UnifiedSocialCreditCode code = creditCode(creditCode);
        PropertyCompany linked = organise.linkCompany(caller.actor(), new OrganisePartyUseCase.LinkCompanyCommand(code,
                request.getOrganisationId() == null ? null : new PartyOrganisationId(request.getOrganisationId())));
        return ok(PartyModels.company(linked));
    }

    // Regional party-building alliances (区域党建共同体) -----------------------------------------------------------------

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response formPartyAlliance(NewPartyAllianceJson request, String idempotencyKey) {
        Requests.required(request, "the alliance to form");
        AreaCode area = request.getAreaCode() == null ? null : Fields.as("areaCode", () -> AreaCode.of(request.getAreaCode()));
        List<AllianceMemberJson> given = request.getMembers() == null ? List.of() : request.getMembers();
        List<Alliance.Member> joining = new java.util.ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            joining.add(allianceMember("members[" + i + "]", given.get(i)));
        }
        Alliance alliance = Fields.renaming(FIELDS, () -> alliances.form(caller.actor(), new AllianceUseCase.FormAllianceCommand(
                request.getName(), area, request.getConvenorId() == null ? null : new PartyOrganisationId(request.getConvenorId()), joining)));
        return created("/api/v1/party-alliances/" + alliance.id(), PartyModels.alliance(alliance));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyAlliances(String area, String cursor, Integer limit) {
        AreaCode in = areaOr(area);
        return ok(Cursors.page("party-alliances|" + in, cursor, limit, page -> party.alliances(caller.actor(), in, page), PartyModels::alliance,
                new PartyAlliancePageJson()::items, PartyAlliancePageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyAlliance(UUID allianceId) {
        return ok(PartyModels.alliance(party.alliance(caller.actor(), new AllianceId(allianceId))));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response admitAllianceMember(UUID allianceId, AllianceMemberJson request, String idempotencyKey) {
        Requests.required(request, "the member organisation to admit");
        Alliance.Member member = allianceMember(null, request);
        Alliance joined = alliances.admit(caller.actor(), new AllianceUseCase.AdmitCommand(new AllianceId(allianceId), member));
        return created("/api/v1/party-alliances/" + allianceId, PartyModels.alliance(joined));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response pledgeToAlliance(UUID allianceId, NewAlliancePledgeJson request, String idempotencyKey) {
        Requests.required(request, "the pledge");
        Pledge pledge = alliances.pledge(caller.actor(), new AllianceUseCase.PledgeCommand(new AllianceId(allianceId),
                request.getMemberName(), request.getPromise(), request.getDueOn()));
        return created("/api/v1/party-alliances/" + allianceId + "/pledges/" + pledge.id(), PartyModels.pledge(pledge));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listAlliancePledges(UUID allianceId, String cursor, Integer limit) {
        return ok(Cursors.page("alliance-pledges|" + allianceId, cursor, limit, page -> party.pledges(caller.actor(), new AllianceId(allianceId), page),
                PartyModels::pledge, new AlliancePledgePageJson()::items, AlliancePledgePageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response recordAllianceActivity(UUID allianceId, NewJointActivityJson request, String idempotencyKey) {
        Requests.required(request, "the joint activity");
        List<PledgeId> delivers = (request.getPledgeIds() == null ? List.<UUID>of() : request.getPledgeIds()).stream()
                .map(PledgeId::new).toList();
        AllianceUseCase.ActivityRecorded recorded = Fields.renaming(Map.of("on", "heldOn"), () -> alliances.recordActivity(caller.actor(),
                new AllianceUseCase.RecordActivityCommand(new AllianceId(allianceId), request.getTitle(), request.getHeldOn(),
                        request.getParticipants(), delivers)));
        return created("/api/v1/party-alliances/" + allianceId + "/activities/" + recorded.activity().id(), new JointActivityRecordedJson()
                .activity(PartyModels.activity(recorded.activity())).delivered(recorded.delivered().stream().map(PartyModels::pledge).toList()));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listAllianceActivities(UUID allianceId, String cursor, Integer limit) {
        return ok(Cursors.page("alliance-activities|" + allianceId, cursor, limit,
                page -> party.activities(caller.actor(), new AllianceId(allianceId), page), PartyModels::activity,
                new JointActivityPageJson()::items, JointActivityPageJson::setNextCursor));
    }

    // Five-in-one councils (五位一体) ------------------------------------------------------------------------------------

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response formPartyCouncil(NewPartyCouncilJson request, String idempotencyKey) {
        Requests.required(request, "the council to form");
        AreaCode community = request.getCommunityCode() == null ? null
                : Fields.as("communityCode", () -> AreaCode.of(request.getCommunityCode()));
        Map<Seat, Council.Holder> seats = new EnumMap<>(Seat.class);
        List<CouncilSeatJson> given = request.getSeats() == null ? List.of() : request.getSeats();
        for (int i = 0; i < given.size(); i++) {
            CouncilSeatJson seat = given.get(i);
            String at = "seats[" + i + "]";
            if (seat == null || seat.getSeat() == null) {
                throw new InvalidValueException(at + ".seat", "a seat is one of " + java.util.Arrays.toString(Seat.values()));
            }
            Seat kind = Seat.valueOf(seat.getSeat().name());
            if (seats.containsKey(kind)) {
                throw new InvalidValueException(at + ".seat", "seat " + kind + " is filled twice");
            }
            seats.put(kind, named(at, () -> new Council.Holder(seat.getOrganisation(), seat.getPerson())));
        }
        Council council = Fields.renaming(Map.of("community", "communityCode"), () -> councils.form(caller.actor(), new CouncilUseCase.FormCouncilCommand(community,
                        Optional.ofNullable(request.getEstateId()).map(EstateId::new), seats)));
        return created("/api/v1/party-councils/" + council.id(), PartyModels.council(council));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyCouncil(UUID councilId) {
        return ok(PartyModels.council(party.council(caller.actor(), new CouncilId(councilId))));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyCouncils(String code, String cursor, Integer limit) {
        AreaCode community = code(code);
        return ok(Cursors.page("party-councils|" + community, cursor, limit, page -> party.councils(caller.actor(), community, page),
                PartyModels::council, new PartyCouncilPageJson()::items, PartyCouncilPageJson::setNextCursor));
    }

    // Party instructors (党建指导员): grid posts, read through the grid context -------------------------------------------

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyInstructors(String code, String cursor, Integer limit, String accessPurpose) {
        AreaCode community = code(code);
        String list = "party-instructors|" + community;
        Slice<InstructorView> slice = party.instructors(caller.actor(), community, Cursors.request(list, cursor, limit));
        disclosures.shown("party instructors of community " + community, slice.items().stream()
                .map(i -> i.member().id().toString()).toList(), accessPurpose);
        return ok(Cursors.page(list, slice, i -> new PartyInstructorJson(i.grid().value(), i.gridName(), Models.member(i.member())),
                new PartyInstructorPageJson()::items, PartyInstructorPageJson::setNextCursor));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response recordPartyCouncilMeeting(UUID councilId, NewPartyCouncilMeetingJson request, String idempotencyKey) {
        Requests.required(request, "the meeting");
        Set<Seat> present = new HashSet<>();
        (request.getPresent() == null ? List.<CouncilSeatKindJson>of() : request.getPresent()).forEach(s -> {
            if (s == null) {
                throw new InvalidValueException("present", "a seat present is one of " + java.util.Arrays.toString(Seat.values()));
            }
            present.add(Seat.valueOf(s.name()));
        });
        Meeting meeting = Fields.renaming(Map.of("on", "heldOn"), () -> councils.meet(caller.actor(), new CouncilUseCase.MeetCommand(
                new CouncilId(councilId), request.getHeldOn(), present, request.getTopics(), request.getDecisions())));
        return created("/api/v1/party-councils/" + councilId + "/meetings/" + meeting.id(), PartyModels.meeting(meeting));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyCouncilMeetings(UUID councilId, String cursor, Integer limit) {
        return ok(Cursors.page("council-meetings|" + councilId, cursor, limit, page -> party.meetings(caller.actor(), new CouncilId(councilId), page),
                PartyModels::meeting, new PartyCouncilMeetingPageJson()::items, PartyCouncilMeetingPageJson::setNextCursor));
    }

    // Mapping --------------------------------------------------------------------------------------------------------

    private static Set<GridCode> grids(List<String> codes) {
        Set<GridCode> grids = new HashSet<>();
        List<String> given = codes == null ? List.of() : codes;
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i);
            grids.add(Fields.as("gridCodes[" + i + "]", () -> GridCode.parse(code)));
        }
        return grids;
    }

    private static Set<EstateId> estates(List<UUID> ids) {
        Set<EstateId> estates = new HashSet<>();
        (ids == null ? List.<UUID>of() : ids).forEach(id -> estates.add(new EstateId(id)));
        return estates;
    }

    private static UnifiedSocialCreditCode creditCode(String code) {
        return Fields.as("creditCode", () -> UnifiedSocialCreditCode.parse(code));
    }

    /** The {@code area} query parameter, the caller's jurisdiction when absent. */
    private AreaCode areaOr(String area) {
        return area == null ? caller.actor().jurisdiction() : Fields.as("area", () -> AreaCode.of(area));
    }

    private static Alliance.Member allianceMember(String at, AllianceMemberJson given) {
        String prefix = at == null ? "" : at + ".";
        if (given == null) {
            throw new InvalidValueException(at == null ? "member" : at, "a member organisation is required");
        }
        Optional<UnifiedSocialCreditCode> code = Optional.ofNullable(given.getCreditCode())
                .map(c -> Fields.as(prefix + "creditCode", () -> UnifiedSocialCreditCode.parse(c)));
        Alliance.MemberKind kind = given.getKind() == null ? null : Alliance.MemberKind.valueOf(given.getKind().name());
        return named(at, () -> new Alliance.Member(given.getName(), kind, code));
    }

    /**
     * A part of the request at {@code at} ({@code members[1]}, {@code seats[0]}), refused by the name the request gives
     * its field: the domain names them as parts of the whole ({@code members.name}, {@code seats.person}).
     */
    private static <T> T named(String at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String prefix = at == null ? "" : at + ".";
            throw new InvalidValueException(e.field().map(f -> prefix + f.substring(f.lastIndexOf('.') + 1)).orElse(at), e.getMessage());
        }
    }

    /** Members shown to the caller: audited when in clear (the audit ignores a masked read). */
    private void shown(String what, List<MemberView> views, String purpose) {
        disclosures.shown(what, views.stream().map(v -> v.id().toString()).toList(), purpose);
    }

    private static Response created(String location, Object body) {
        return Response.created(URI.create(location)).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }


    private static AreaCode code(String code) {
        return Fields.as("code", () -> AreaCode.of(code));
    }

    private static Response ok(Object body) {
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
