package org.shizhi.domain.party.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.AllianceId;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.CouncilId;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.JointActivity;
import org.shizhi.domain.party.model.JointActivityId;
import org.shizhi.domain.party.model.Meeting;
import org.shizhi.domain.party.model.MeetingId;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.ModelPostId;
import org.shizhi.domain.party.model.PartyMember;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PledgeId;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.party.model.ServiceRecord;
import org.shizhi.domain.party.model.ServiceRecordId;
import org.shizhi.domain.party.port.in.AllianceUseCase;
import org.shizhi.domain.party.port.in.CouncilUseCase;
import org.shizhi.domain.party.port.in.InstructorView;
import org.shizhi.domain.party.port.in.KeepMembersUseCase;
import org.shizhi.domain.party.port.in.MemberView;
import org.shizhi.domain.party.port.in.OrganisePartyUseCase;
import org.shizhi.domain.party.port.in.PartyFiguresQuery;
import org.shizhi.domain.party.port.in.PartyQuery;
import org.shizhi.domain.party.port.in.PartyReportsQuery;
import org.shizhi.domain.party.port.out.Alliances;
import org.shizhi.domain.party.port.out.Councils;
import org.shizhi.domain.party.port.out.PartyMembers;
import org.shizhi.domain.party.port.out.PartyOrganisations;
import org.shizhi.domain.party.port.out.PartyReporting;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The party context: the organisation tree and what it is bound to, members and their service, alliances, councils,
 * and the reports. Each change checks, in this order: the role (403), the records it names in the caller's
 * jurisdiction (404), then the context's rule (400/409); only then is anything written.
 */
public final class PartyService implements OrganisePartyUseCase, KeepMembersUseCase, AllianceUseCase, CouncilUseCase,
        PartyQuery, PartyReportsQuery, PartyFiguresQuery {

    /** Who keeps the party's records. */
    // No role of its own: the community's and the street's staff keep the party's records (组织委员 sit in those offices);
    // a PARTY_ORGANISER role would have to be granted on every other operation's every-role list as well.

    private final PartyOrganisations organisations;
    private final PartyMembers members;
    private final Alliances alliances;
    private final Councils councils;
    private final PartyReporting reporting;
    private final GridQuery grids;
    private final Clock clock;

    public PartyService(PartyOrganisations organisations, PartyMembers members, Alliances alliances, Councils councils,
                        PartyReporting reporting, GridQuery grids, Clock clock) {
        this.organisations = Objects.requireNonNull(organisations);
        this.members = Objects.requireNonNull(members);
        this.alliances = Objects.requireNonNull(alliances);
        this.councils = Objects.requireNonNull(councils);
        this.reporting = Objects.requireNonNull(reporting);
        this.grids = Objects.requireNonNull(grids);
        this.clock = Objects.requireNonNull(clock);
    }

    // Organisations --------------------------------------------------------------------------------------------------

    @Override
    public PartyOrganisation found(Actor actor, FoundCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        actor.requireJurisdiction(command.area(), "area", command.area());
        // The parent may stand above the caller's jurisdiction (a community's branch under the street's committee),
        // but never outside the caller's city.
        Optional<PartyOrganisation> parent = command.parent().map(id -> organisations.find(id)
                .filter(p -> actor.city().contains(p.area()))
                .orElseThrow(() -> new NotFoundException("organisation", id)));
        PartyOrganisation organisation = new PartyOrganisation(PartyOrganisationId.random(), command.tier(), command.name(),
                command.area(), command.parent(), command.grids(), command.estates());
        organisation.requireFitsUnder(parent);
        requireBindingsExist(actor, organisation);
        organisations.save(organisation);
        return organisation;
    }

    @Override
    public PartyOrganisation bind(Actor actor, BindCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        PartyOrganisation bound = organisationIn(actor, command.organisation()).boundTo(command.grids(), command.estates());
        requireBindingsExist(actor, bound);
        organisations.save(bound);
        return bound;
    }

    /** Grids are read through the grid context (unknown or outside the jurisdiction: not found); estates must lie inside. */
    private void requireBindingsExist(Actor actor, PartyOrganisation organisation) {
        for (GridCode grid : organisation.grids()) {
            grids.grid(actor, grid);
        }
        for (EstateId id : organisation.estates()) {
            Estate estate = organisations.find(id).filter(e -> actor.answersFor(e.community()))
                    .orElseThrow(() -> new NotFoundException("estate", id));
            if (!organisation.area().contains(estate.community())) {
                throw new InvalidValueException("estates", "estate " + estate.name() + " lies outside the organisation's area " + organisation.area());
            }
        }
    }

    @Override
    public Estate registerEstate(Actor actor, RegisterEstateCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        actor.requireJurisdiction(command.community(), "community", command.community());
        command.propertyCompany().ifPresent(code -> companyOf(actor, code));
        Estate estate = new Estate(EstateId.random(), command.community(), command.name(), command.propertyCompany());
        organisations.save(estate);
        return estate;
    }

    @Override
    public PropertyCompany registerCompany(Actor actor, RegisterCompanyCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        Optional<PropertyCompany> existing = organisations.findCompany(actor.city(), command.creditCode());
        PropertyCompany company = new PropertyCompany(command.creditCode(), actor.city(), command.name(),
                existing.flatMap(PropertyCompany::overseenBy));
        organisations.save(company);
        return company;
    }

    @Override
    public PropertyCompany linkCompany(Actor actor, LinkCompanyCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        PropertyCompany company = companyOf(actor, command.creditCode());
        organisationIn(actor, command.organisation());
        PropertyCompany linked = company.overseenBy(command.organisation());
        organisations.save(linked);
        return linked;
    }

    private PropertyCompany companyOf(Actor actor, UnifiedSocialCreditCode code) {
        return organisations.findCompany(actor.city(), code).orElseThrow(() -> new NotFoundException("propertyCompany", code.masked()));
    }

    private PartyOrganisation organisationIn(Actor actor, PartyOrganisationId id) {
        PartyOrganisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
        actor.requireJurisdiction(organisation.area(), "organisation", id);
        return organisation;
    }

    // Members --------------------------------------------------------------------------------------------------------

    @Override
    public MemberView enrol(Actor actor, EnrolCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        PartyOrganisation organisation = organisationIn(actor, command.organisation());
        PartyMember member = new PartyMember(PartyMemberId.random(), organisation.id(), command.name(), command.idNumber(),
                command.mobile(), command.employed(), command.joinedOn());
        if (command.joinedOn().isAfter(today())) {
            throw new InvalidValueException("joinedOn", "a member is enrolled once they joined (on or before " + today() + ")");
        }
        members.add(member, organisation.area());
        return MemberView.of(member, PersonalData.shownAs(actor.mayReadPersonalData()));
    }

    @Override
    public CheckIn checkIn(Actor actor, CheckInCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        PartyMember member = memberIn(actor, command.member());
        requireInCity(actor, command.community());
        CheckIn checkIn = CheckIn.of(member, command.community(), command.on(), command.pledgedService(), today());
        members.save(checkIn);
        return checkIn;
    }

    @Override
    public ServiceRecord recordService(Actor actor, RecordServiceCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        PartyMember member = memberIn(actor, command.member());
        requireInCity(actor, command.community());
        ServiceRecord record = ServiceRecord.of(ServiceRecordId.random(), member, command.community(), command.activity(),
                command.on(), command.hours(), command.beneficiaries(), today());
        members.add(record);
        return record;
    }

    @Override
    public ModelPost appoint(Actor actor, AppointCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        PartyOrganisation organisation = organisationIn(actor, command.organisation());
        PartyMember holder = members.find(command.holder()).orElseThrow(() -> new NotFoundException("member", command.holder()));
        ModelPost post = ModelPost.of(ModelPostId.random(), organisation.id(), command.title(), holder, command.since());
        members.save(post);
        return post;
    }

    private PartyMember memberIn(Actor actor, PartyMemberId id) {
        PartyMember member = members.find(id).orElseThrow(() -> new NotFoundException("member", id));
        PartyOrganisation organisation = organisations.find(member.organisation()).orElseThrow(() -> new NotFoundException("member", id));
        actor.requireJurisdiction(organisation.area(), "member", id);
        return member;
    }

    private static void requireInCity(Actor actor, AreaCode community) {
        if (community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("community", "a community is a 12-digit community code, not a " + community.level() + " code");
        }
        if (!actor.city().contains(community)) {
            throw new InvalidValueException("community", "community " + community + " lies outside the city " + actor.city());
        }
    }

    // Alliances ------------------------------------------------------------------------------------------------------

    @Override
    public Alliance form(Actor actor, FormAllianceCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        actor.requireJurisdiction(command.area(), "area", command.area());
        PartyOrganisation convenor = organisations.find(command.convenor()).filter(o -> actor.city().contains(o.area()))
                .orElseThrow(() -> new NotFoundException("organisation", command.convenor()));
        if (!convenor.area().contains(command.area()) && !command.area().contains(convenor.area())) {
            throw new InvalidValueException("convenorId", "the convenor " + convenor.name() + " stands in " + convenor.area()
                    + ", neither above nor inside the alliance's area " + command.area());
        }
        Alliance alliance = new Alliance(AllianceId.random(), command.name(), command.area(), convenor.id(), command.members());
        alliances.save(alliance);
        return alliance;
    }

    @Override
    public Alliance admit(Actor actor, AdmitCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        Alliance joined = allianceIn(actor, command.alliance()).joinedBy(command.member());
        alliances.save(joined);
        return joined;
    }

    @Override
    public Pledge pledge(Actor actor, PledgeCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        Alliance alliance = allianceIn(actor, command.alliance());
        Pledge pledge = Pledge.by(PledgeId.random(), alliance, command.memberName(), command.promise(), command.dueOn());
        alliances.add(pledge);
        return pledge;
    }

    @Override
    public ActivityRecorded recordActivity(Actor actor, RecordActivityCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        Alliance alliance = allianceIn(actor, command.alliance());
        List<Pledge> pledges = new ArrayList<>();
        for (PledgeId id : command.delivers()) {
            pledges.add(alliances.find(id).filter(p -> p.alliance().equals(alliance.id()))
                    .orElseThrow(() -> new NotFoundException("pledge", id)));
        }
        JointActivity activity = JointActivity.held(JointActivityId.random(), alliance, command.title(), command.on(),
                command.participants(), pledges, today());
        List<Pledge> delivered = pledges.stream().map(p -> p.deliveredBy(activity)).toList();
        alliances.record(activity);
        return new ActivityRecorded(activity, delivered);
    }

    private Alliance allianceIn(Actor actor, AllianceId id) {
        Alliance alliance = alliances.find(id).orElseThrow(() -> new NotFoundException("alliance", id));
        actor.requireJurisdiction(alliance.area(), "alliance", id);
        return alliance;
    }

    // Councils -------------------------------------------------------------------------------------------------------

    @Override
    public Council form(Actor actor, FormCouncilCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        actor.requireJurisdiction(command.community(), "community", command.community());
        Optional<Estate> estate = command.estate().map(id -> organisations.find(id).filter(e -> actor.answersFor(e.community()))
                .orElseThrow(() -> new NotFoundException("estate", id)));
        Optional<PropertyCompany> company = estate.flatMap(Estate::propertyCompany)
                .flatMap(code -> organisations.findCompany(actor.city(), code));
        Council council = Council.of(CouncilId.random(), command.community(), estate, command.seats(), company);
        // One council per place is the store's rule (a unique place), so two concurrent formings cannot both succeed.
        councils.add(council);
        return council;
    }

    @Override
    public Meeting meet(Actor actor, MeetCommand command) {
        actor.require(Permission.KEEP_PARTY_RECORDS);
        Council council = councilIn(actor, command.council());
        Meeting meeting = Meeting.held(MeetingId.random(), council.id(), command.on(), command.present(), command.topics(),
                command.decisions(), today());
        councils.add(meeting);
        return meeting;
    }

    private Council councilIn(Actor actor, CouncilId id) {
        Council council = councils.find(id).orElseThrow(() -> new NotFoundException("council", id));
        actor.requireJurisdiction(council.community(), "council", id);
        return council;
    }

    // Reads ----------------------------------------------------------------------------------------------------------
    // Every read is one expression: the caller as a reader (403 without READ_PARTY), the record or area it names in
    // the jurisdiction (404), then the store.

    @Override
    public PartyOrganisation organisation(Actor actor, PartyOrganisationId id) {
        return organisationIn(reader(actor), id);
    }

    @Override
    public Slice<PartyOrganisation> organisations(Actor actor, AreaCode area, PageRequest page) {
        return organisations.within(areaIn(reader(actor), area), page);
    }

    @Override
    public Estate estate(Actor actor, EstateId id) {
        Actor reader = reader(actor);
        return organisations.find(id).filter(e -> reader.answersFor(e.community())).orElseThrow(() -> new NotFoundException("estate", id));
    }

    @Override
    public Slice<Estate> estates(Actor actor, AreaCode area, PageRequest page) {
        return organisations.estatesWithin(areaIn(reader(actor), area), page);
    }

    @Override
    public PropertyCompany company(Actor actor, UnifiedSocialCreditCode creditCode) {
        return companyOf(reader(actor), creditCode);
    }

    @Override
    public MemberView member(Actor actor, PartyMemberId id) {
        return MemberView.of(memberIn(reader(actor), id), PersonalData.shownAs(actor.mayReadPersonalData()));
    }

    @Override
    public Slice<MemberView> members(Actor actor, PartyOrganisationId organisation, PageRequest page) {
        PersonalData shown = PersonalData.shownAs(actor.mayReadPersonalData());
        return members.ofOrganisation(organisationIn(reader(actor), organisation).id(), page).map(m -> MemberView.of(m, shown));
    }

    @Override
    public Optional<CheckIn> checkIn(Actor actor, PartyMemberId member) {
        return members.checkIn(memberIn(reader(actor), member).id());
    }

    @Override
    public Slice<ServiceRecord> services(Actor actor, PartyMemberId member, PageRequest page) {
        return members.services(memberIn(reader(actor), member).id(), page);
    }

    @Override
    public Slice<ModelPost> modelPosts(Actor actor, PartyOrganisationId organisation, PageRequest page) {
        return members.modelPosts(organisationIn(reader(actor), organisation).id(), page);
    }

    @Override
    public Alliance alliance(Actor actor, AllianceId id) {
        return allianceIn(reader(actor), id);
    }

    @Override
    public Slice<Alliance> alliances(Actor actor, AreaCode area, PageRequest page) {
        return alliances.alliancesWithin(areaIn(reader(actor), area), page);
    }

    @Override
    public Slice<Pledge> pledges(Actor actor, AllianceId alliance, PageRequest page) {
        return alliances.pledges(allianceIn(reader(actor), alliance).id(), page);
    }

    @Override
    public Slice<JointActivity> activities(Actor actor, AllianceId alliance, PageRequest page) {
        return alliances.activities(allianceIn(reader(actor), alliance).id(), page);
    }

    @Override
    public Council council(Actor actor, CouncilId id) {
        return councilIn(reader(actor), id);
    }

    @Override
    public Slice<Council> councils(Actor actor, AreaCode community, PageRequest page) {
        reader(actor).requireJurisdiction(community, "community", community);
        return councils.ofCommunity(community, page);
    }

    @Override
    public Slice<Meeting> meetings(Actor actor, CouncilId council, PageRequest page) {
        return councils.meetings(councilIn(reader(actor), council).id(), page);
    }

    @Override
    public Slice<InstructorView> instructors(Actor actor, AreaCode community, PageRequest page) {
        reader(actor);
        // The grid context answers grids, not posts: the community's grids are read page by page (a community holds a
        // few dozen, its building sub-grids included) and the instructors after the request's position kept, in order.
        Comparator<Position> order = Comparator.comparing(Position::key).thenComparing(Position::id);
        List<InstructorView> after = new ArrayList<>();
        PageRequest grids = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Slice<GridView> slice = this.grids.gridsOfCommunity(actor, community, grids);
            for (GridView grid : slice.items()) {
                grid.members().stream().filter(m -> m.post() == GridPost.PARTY_INSTRUCTOR)
                        .map(m -> new InstructorView(grid.code(), grid.name(), m))
                        .filter(i -> page.after().map(p -> order.compare(i.position(), p) > 0).orElse(true))
                        .forEach(after::add);
            }
            if (slice.next().isEmpty()) {
                break;
            }
            grids = PageRequest.after(slice.next().get(), PageRequest.MAX_LIMIT);
        }
        List<InstructorView> rows = after.stream().sorted(Comparator.comparing(InstructorView::position, order))
                .limit(page.limit() + 1L).toList();
        return Slice.of(rows, page, InstructorView::position);
    }

    // Reports --------------------------------------------------------------------------------------------------------

    @Override
    public List<PartyReports.Coverage> coverage(Actor actor, AreaCode area) {
        return reporting.coverage(areaIn(reader(actor), area));
    }

    @Override
    public Slice<PartyReports.Uncovered> uncovered(Actor actor, AreaCode area, PageRequest page) {
        return reporting.uncovered(areaIn(reader(actor), area), page);
    }

    @Override
    public PartyReports.CheckInRate checkInRate(Actor actor, AreaCode area) {
        return reporting.checkInRate(areaIn(reader(actor), area));
    }

    @Override
    public Slice<PartyReports.MemberHours> hoursPerMember(Actor actor, AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
        AreaCode in = areaIn(reader(actor), area);
        requirePeriod(from, to);
        PersonalData shown = PersonalData.shownAs(actor.mayReadPersonalData());
        return reporting.hoursPerMember(in, from, to, page).map(h -> new PartyReports.MemberHours(h.member(),
                shown.name(h.name()), h.organisation(), h.hours(), h.records(), h.beneficiaries()));
    }

    @Override
    public List<PartyReports.CommunityHours> hoursPerCommunity(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        AreaCode in = areaIn(reader(actor), area);
        requirePeriod(from, to);
        return reporting.hoursPerCommunity(in, from, to);
    }

    @Override
    public Slice<PartyReports.IdleMember> idleMembers(Actor actor, AreaCode area, int months, PageRequest page) {
        AreaCode in = areaIn(reader(actor), area);
        if (months < 1 || months > MAX_IDLE_MONTHS) {
            throw new InvalidValueException("months", "months must be between 1 and " + MAX_IDLE_MONTHS + ", got " + months);
        }
        PersonalData shown = PersonalData.shownAs(actor.mayReadPersonalData());
        return reporting.idleMembers(in, today().minusMonths(months), page).map(m -> new PartyReports.IdleMember(m.member(),
                shown.name(m.name()), m.community(), m.checkedInOn(), m.lastServiceOn()));
    }

    @Override
    public Slice<PartyReports.OpenPledge> openPledges(Actor actor, AreaCode area, PageRequest page) {
        return reporting.openPledges(areaIn(reader(actor), area), today(), page);
    }

    @Override
    public Slice<PartyReports.UnlinkedEstate> unlinkedEstates(Actor actor, AreaCode area, PageRequest page) {
        return reporting.unlinkedEstates(areaIn(reader(actor), area), page);
    }

    @Override
    public PartyReports.Figures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        AreaCode in = areaIn(reader(actor), area);
        requirePeriod(from, to);
        return reporting.figures(in, from, to);
    }

    @Override
    public List<PartyReports.Tally> tallies(Actor actor, AreaCode within, AdminLevel level) {
        AreaCode in = areaIn(reader(actor), within);
        if (level == null || !in.level().isAbove(level)) {
            throw new InvalidValueException("level", "the areas counted lie below " + in + ", not at " + level);
        }
        return reporting.tallies(in, level);
    }

    /** The caller, once they may read the party's records. */
    private static Actor reader(Actor actor) {
        actor.require(Permission.READ_PARTY);
        return actor;
    }

    /** The area, once it lies in the caller's jurisdiction (else not found). */
    private static AreaCode areaIn(Actor actor, AreaCode area) {
        actor.requireJurisdiction(area, "area", area);
        return area;
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", "a period has a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new InvalidValueException("to", "a period covers at most " + MAX_PERIOD_DAYS + " days");
        }
    }

    private LocalDate today() {
        return WorkingTime.dateOf(clock.instant());
    }
}
