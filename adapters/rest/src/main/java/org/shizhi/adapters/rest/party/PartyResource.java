package org.shizhi.adapters.rest.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
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
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.model.CommunityHoursJson;
import org.shizhi.adapters.rest.model.CommunityHoursListJson;
import org.shizhi.adapters.rest.model.IdleMemberJson;
import org.shizhi.adapters.rest.model.IdleMemberPageJson;
import org.shizhi.adapters.rest.model.MemberHoursJson;
import org.shizhi.adapters.rest.model.MemberHoursPageJson;
import org.shizhi.adapters.rest.model.NewCheckInJson;
import org.shizhi.adapters.rest.model.NewPartyMemberJson;
import org.shizhi.adapters.rest.model.NewPartyOrganisationJson;
import org.shizhi.adapters.rest.model.NewPartyServiceJson;
import org.shizhi.adapters.rest.model.OpenPledgeJson;
import org.shizhi.adapters.rest.model.OpenPledgePageJson;
import org.shizhi.adapters.rest.model.PartyCheckInJson;
import org.shizhi.adapters.rest.model.PartyCheckInRateJson;
import org.shizhi.adapters.rest.model.PartyCoverageJson;
import org.shizhi.adapters.rest.model.PartyCoverageRowJson;
import org.shizhi.adapters.rest.model.PartyFiguresJson;
import org.shizhi.adapters.rest.model.PartyMemberJson;
import org.shizhi.adapters.rest.model.PartyOrganisationJson;
import org.shizhi.adapters.rest.model.PartyOrganisationPageJson;
import org.shizhi.adapters.rest.model.PartyOrganisationTierJson;
import org.shizhi.adapters.rest.model.PartyServiceJson;
import org.shizhi.adapters.rest.model.UncoveredPlaceJson;
import org.shizhi.adapters.rest.model.UncoveredPlacePageJson;
import org.shizhi.adapters.rest.model.UnlinkedEstateJson;
import org.shizhi.adapters.rest.model.UnlinkedEstatePageJson;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.model.ServiceRecord;
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
    private final PartyQuery party;
    private final PartyReportsQuery reports;
    private final PartyFiguresQuery figures;
    private final Caller caller;
    private final Disclosures disclosures;

    @Inject
    public PartyResource(OrganisePartyUseCase organise, KeepMembersUseCase members, PartyQuery party, PartyReportsQuery reports,
                         PartyFiguresQuery figures, Caller caller, Disclosures disclosures) {
        this.organise = organise;
        this.members = members;
        this.party = party;
        this.reports = reports;
        this.figures = figures;
        this.caller = caller;
        this.disclosures = disclosures;
    }

    // Organisations and members -------------------------------------------------------------------------------------

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response foundPartyOrganisation(NewPartyOrganisationJson request) {
        Requests.required(request, "the organisation to found");
        OrganisationTier tier = request.getTier() == null ? null : OrganisationTier.valueOf(request.getTier().name());
        AreaCode area = request.getAreaCode() == null ? null : Fields.as("areaCode", () -> AreaCode.of(request.getAreaCode()));
        Optional<PartyOrganisationId> parent = Optional.ofNullable(request.getParentId()).map(PartyOrganisationId::new);
        Set<GridCode> grids = new HashSet<>();
        List<String> codes = request.getGridCodes() == null ? List.of() : request.getGridCodes();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            grids.add(Fields.as("gridCodes[" + i + "]", () -> GridCode.parse(code)));
        }
        Set<EstateId> estates = new HashSet<>();
        (request.getEstateIds() == null ? List.<UUID>of() : request.getEstateIds()).forEach(id -> estates.add(new EstateId(id)));
        PartyOrganisation founded = Fields.renaming(FIELDS, () -> organise.found(caller.actor(),
                new OrganisePartyUseCase.FoundCommand(tier, request.getName(), area, parent, grids, estates)));
        return Response.created(URI.create("/api/v1/party-organisations/" + founded.id()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(organisation(founded)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listPartyOrganisations(String area, String cursor, Integer limit) {
        AreaCode in = area == null ? caller.actor().jurisdiction() : Fields.as("area", () -> AreaCode.of(area));
        String list = "party-organisations|" + in;
        Slice<PartyOrganisation> slice = party.organisations(caller.actor(), in, Cursors.request(list, cursor, limit));
        PartyOrganisationPageJson page = new PartyOrganisationPageJson(slice.items().stream().map(PartyResource::organisation).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyOrganisation(UUID organisationId) {
        return ok(organisation(party.organisation(caller.actor(), new PartyOrganisationId(organisationId))));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response enrolPartyMember(UUID organisationId, NewPartyMemberJson request) {
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
                .type(MediaType.APPLICATION_JSON_TYPE).entity(member(enrolled, Optional.empty())).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getPartyMember(UUID memberId, String accessPurpose) {
        Actor actor = caller.actor();
        PartyMemberId id = new PartyMemberId(memberId);
        MemberView view = party.member(actor, id);
        Optional<CheckIn> checkIn = party.checkIn(actor, id);
        disclosures.shown("party member", List.of(view.id().toString()), accessPurpose);
        return ok(member(view, checkIn));
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
        return ok(checkIn(checkIn));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response recordPartyService(UUID memberId, NewPartyServiceJson request) {
        Requests.required(request, "the service to record");
        AreaCode community = request.getCommunityCode() == null ? null
                : Fields.as("communityCode", () -> AreaCode.of(request.getCommunityCode()));
        if (request.getBeneficiaries() == null) {
            throw new InvalidValueException("beneficiaries", "beneficiaries is required (0 if the service served no one directly)");
        }
        int beneficiaries = request.getBeneficiaries();
        ServiceRecord record = Fields.renaming(FIELDS, () -> members.recordService(caller.actor(), new KeepMembersUseCase.RecordServiceCommand(
                new PartyMemberId(memberId), community, request.getActivity(), request.getServedOn(), request.getHours(), beneficiaries)));
        PartyServiceJson body = new PartyServiceJson(record.id().value(),
                record.member().value(), record.community().toString(), record.activity(), record.on(), record.hours(), record.beneficiaries());
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
        String list = "party-uncovered|" + area;
        Slice<PartyReports.Uncovered> slice = reports.uncovered(caller.actor(), area, Cursors.request(list, cursor, limit));
        UncoveredPlacePageJson page = new UncoveredPlacePageJson(slice.items().stream().map(u -> new UncoveredPlaceJson(
                UncoveredPlaceJson.KindEnum.fromValue(u.kind().name()), u.id(), u.name(), u.community().toString())).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
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
        MemberHoursPageJson page = new MemberHoursPageJson(slice.items().stream().map(h -> new MemberHoursJson(h.member().value(), h.name(),
                h.organisation().value(), h.hours(), h.records(), h.beneficiaries(), !actor.mayReadPersonalData())).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
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
        IdleMemberPageJson page = new IdleMemberPageJson(slice.items().stream().map(m -> {
            IdleMemberJson item = new IdleMemberJson(m.member().value(), m.name(), m.community().toString(), m.checkedInOn(), !actor.mayReadPersonalData());
            m.lastServiceOn().ifPresent(item::setLastServiceOn);
            return item;
        }).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listOpenPartyPledges(String code, String cursor, Integer limit) {
        AreaCode area = code(code);
        String list = "open-party-pledges|" + area;
        Slice<PartyReports.OpenPledge> slice = reports.openPledges(caller.actor(), area, Cursors.request(list, cursor, limit));
        OpenPledgePageJson page = new OpenPledgePageJson(slice.items().stream().map(o -> new OpenPledgeJson(o.pledge().id().value(),
                o.pledge().alliance().value(), o.allianceName(), o.pledge().memberName(), o.pledge().promise(), o.pledge().dueOn(),
                o.overdue())).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listEstatesWithoutRedProperty(String code, String cursor, Integer limit) {
        AreaCode area = code(code);
        String list = "estates-without-red-property|" + area;
        Slice<PartyReports.UnlinkedEstate> slice = reports.unlinkedEstates(caller.actor(), area, Cursors.request(list, cursor, limit));
        UnlinkedEstatePageJson page = new UnlinkedEstatePageJson(slice.items().stream().map(u -> new UnlinkedEstateJson(u.estate().id().value(),
                u.estate().name(), u.estate().community().toString(), u.estate().propertyCompany().orElseThrow().value(),
                u.companyName())).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return ok(page);
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

    // Mapping --------------------------------------------------------------------------------------------------------

    private static AreaCode code(String code) {
        return Fields.as("code", () -> AreaCode.of(code));
    }

    private static Response ok(Object body) {
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static PartyOrganisationJson organisation(PartyOrganisation o) {
        var body = new PartyOrganisationJson(o.id().value(), PartyOrganisationTierJson.fromValue(o.tier().name()),
                o.name(), o.area().toString(), o.grids().stream().map(GridCode::value).sorted().toList(),
                o.estates().stream().map(EstateId::value).sorted().toList());
        o.parent().ifPresent(p -> body.setParentId(p.value()));
        return body;
    }

    static PartyMemberJson member(MemberView m, Optional<CheckIn> checkIn) {
        var body = new PartyMemberJson(m.id().value(), m.organisation().value(), m.name(), m.idNumber(),
                m.employed(), m.joinedOn(), m.masked());
        m.mobile().ifPresent(body::setMobile);
        checkIn.ifPresent(c -> body.setCheckIn(checkIn(c)));
        return body;
    }

    static PartyCheckInJson checkIn(CheckIn c) {
        return new PartyCheckInJson(c.member().value(), c.community().toString(), c.on(), c.pledgedService());
    }
}
