package org.shizhi.domain.party.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The party context's storage in memory, for service tests: the same answers as the JDBC adapter, counted over maps.
 * Grids are those handed to the constructor (the grid context's storage, which the JDBC adapter reads in SQL).
 */
public final class InMemoryPartyStorage implements PartyOrganisations, PartyMembers, Alliances, Councils, PartyReporting {

    private final Map<GridCode, String> grids = new ConcurrentHashMap<>();
    private final Map<PartyOrganisationId, PartyOrganisation> organisations = new ConcurrentHashMap<>();
    private final Map<EstateId, Estate> estates = new ConcurrentHashMap<>();
    private final Map<String, PropertyCompany> companies = new ConcurrentHashMap<>();
    private final Map<PartyMemberId, PartyMember> members = new ConcurrentHashMap<>();
    private final Map<PartyMemberId, AreaCode> memberAreas = new ConcurrentHashMap<>();
    private final Map<PartyMemberId, CheckIn> checkIns = new ConcurrentHashMap<>();
    private final Map<ServiceRecordId, ServiceRecord> services = new ConcurrentHashMap<>();
    private final Map<ModelPostId, ModelPost> posts = new ConcurrentHashMap<>();
    private final Map<AllianceId, Alliance> alliances = new ConcurrentHashMap<>();
    private final Map<PledgeId, Pledge> pledges = new ConcurrentHashMap<>();
    private final Map<org.shizhi.domain.party.model.JointActivityId, JointActivity> activities = new ConcurrentHashMap<>();
    private final Map<CouncilId, Council> councils = new ConcurrentHashMap<>();
    private final Map<org.shizhi.domain.party.model.MeetingId, Meeting> meetings = new ConcurrentHashMap<>();

    /** Storage that knows the grids (code → name) the coverage counts. */
    public InMemoryPartyStorage(Map<GridCode, String> grids) {
        this.grids.putAll(grids);
    }

    public void addGrid(GridCode code, String name) {
        grids.put(code, name);
    }

    // Organisations ------------------------------------------------------------------------------------------------

    @Override
    public void save(PartyOrganisation organisation) {
        organisations.put(organisation.id(), organisation);
    }

    @Override
    public Optional<PartyOrganisation> find(PartyOrganisationId id) {
        return Optional.ofNullable(organisations.get(id));
    }

    @Override
    public Slice<PartyOrganisation> within(AreaCode area, PageRequest page) {
        return InMemoryPages.page(organisations.values().stream().filter(o -> area.contains(o.area())), page, o -> new Position(o.area().toString(), o.id().toString()), InMemoryPages.byText());
    }

    @Override
    public void save(Estate estate) {
        estates.put(estate.id(), estate);
    }

    @Override
    public Optional<Estate> find(EstateId id) {
        return Optional.ofNullable(estates.get(id));
    }

    @Override
    public Slice<Estate> estatesWithin(AreaCode area, PageRequest page) {
        return InMemoryPages.page(estates.values().stream().filter(e -> area.contains(e.community())), page, e -> new Position(e.community().toString(), e.id().toString()), InMemoryPages.byText());
    }

    @Override
    public void save(PropertyCompany company) {
        companies.put(company.city() + "/" + company.creditCode().value(), company);
    }

    @Override
    public Optional<PropertyCompany> findCompany(AreaCode city, UnifiedSocialCreditCode creditCode) {
        return Optional.ofNullable(companies.get(city + "/" + creditCode.value()));
    }

    // Members ------------------------------------------------------------------------------------------------------

    @Override
    public synchronized void add(PartyMember member, AreaCode area) {
        boolean taken = members.values().stream().anyMatch(m -> m.idNumber().equals(member.idNumber())
                && memberAreas.get(m.id()).cityCode().equals(area.cityCode()));
        if (taken) {
            throw new ConflictException("idNumber", "a member with this ID number is enrolled in the city already");
        }
        members.put(member.id(), member);
        memberAreas.put(member.id(), area);
    }

    @Override
    public Optional<PartyMember> find(PartyMemberId id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public Slice<PartyMember> ofOrganisation(PartyOrganisationId organisation, PageRequest page) {
        return InMemoryPages.page(members.values().stream().filter(m -> m.organisation().equals(organisation)), page, m -> new Position(m.name(), m.id().toString()), InMemoryPages.byText());
    }

    @Override
    public void save(CheckIn checkIn) {
        checkIns.put(checkIn.member(), checkIn);
    }

    @Override
    public Optional<CheckIn> checkIn(PartyMemberId member) {
        return Optional.ofNullable(checkIns.get(member));
    }

    @Override
    public void add(ServiceRecord record) {
        services.put(record.id(), record);
    }

    @Override
    public Slice<ServiceRecord> services(PartyMemberId member, PageRequest page) {
        return InMemoryPages.page(services.values().stream().filter(s -> s.member().equals(member)), page, s -> new Position(s.on().toString(), s.id().toString()), InMemoryPages.byText().reversed());
    }

    @Override
    public void save(ModelPost post) {
        posts.put(post.id(), post);
    }

    @Override
    public Slice<ModelPost> modelPosts(PartyOrganisationId organisation, PageRequest page) {
        return InMemoryPages.page(posts.values().stream().filter(p -> p.organisation().equals(organisation)), page,
                p -> new Position(p.title(), p.id().toString()), InMemoryPages.byTextThenUuid());
    }

    // Alliances ----------------------------------------------------------------------------------------------------

    @Override
    public void save(Alliance alliance) {
        alliances.put(alliance.id(), alliance);
    }

    @Override
    public Optional<Alliance> find(AllianceId id) {
        return Optional.ofNullable(alliances.get(id));
    }

    @Override
    public Slice<Alliance> alliancesWithin(AreaCode area, PageRequest page) {
        return InMemoryPages.page(alliances.values().stream().filter(a -> area.contains(a.area())), page, a -> new Position(a.area().toString(), a.id().toString()), InMemoryPages.byText());
    }

    @Override
    public void add(Pledge pledge) {
        pledges.put(pledge.id(), pledge);
    }

    @Override
    public Optional<Pledge> find(PledgeId id) {
        return Optional.ofNullable(pledges.get(id));
    }

    @Override
    public Slice<Pledge> pledges(AllianceId alliance, PageRequest page) {
        return InMemoryPages.page(pledges.values().stream().filter(p -> p.alliance().equals(alliance)), page,
                p -> new Position(p.dueOn().toString(), p.id().toString()), InMemoryPages.byDate());
    }

    @Override
    public synchronized void record(JointActivity activity) {
        for (PledgeId id : activity.delivers()) {
            if (pledges.get(id).delivered()) {
                throw new ConflictException("pledgeIds", "pledge " + id + " was delivered meanwhile");
            }
        }
        activities.put(activity.id(), activity);
        for (PledgeId id : activity.delivers()) {
            pledges.put(id, pledges.get(id).deliveredBy(activity));
        }
    }

    @Override
    public Slice<JointActivity> activities(AllianceId alliance, PageRequest page) {
        return InMemoryPages.page(activities.values().stream().filter(a -> a.alliance().equals(alliance)), page, a -> new Position(a.on().toString(), a.id().toString()), InMemoryPages.byText().reversed());
    }

    // Councils -----------------------------------------------------------------------------------------------------

    @Override
    public synchronized void add(Council council) {
        if (councils.values().stream().anyMatch(c -> c.community().equals(council.community()) && c.estate().equals(council.estate()))) {
            throw new ConflictException(council.estate().isPresent() ? "estateId" : "community", "the place has a council already");
        }
        councils.put(council.id(), council);
    }

    @Override
    public Optional<Council> find(CouncilId id) {
        return Optional.ofNullable(councils.get(id));
    }

    @Override
    public Slice<Council> ofCommunity(AreaCode community, PageRequest page) {
        return InMemoryPages.page(councils.values().stream().filter(c -> c.community().equals(community)), page,
                c -> new Position(Councils.placeKey(c), c.id().toString()), InMemoryPages.byTextThenUuid());
    }

    @Override
    public void add(Meeting meeting) {
        meetings.put(meeting.id(), meeting);
    }

    @Override
    public Slice<Meeting> meetings(CouncilId council, PageRequest page) {
        return InMemoryPages.page(meetings.values().stream().filter(m -> m.council().equals(council)), page, m -> new Position(m.on().toString(), m.id().toString()), InMemoryPages.byText().reversed());
    }

    // Reports ------------------------------------------------------------------------------------------------------

    private boolean gridCovered(GridCode grid) {
        return organisations.values().stream().anyMatch(o -> o.tier().covers() && o.grids().contains(grid));
    }

    private boolean estateCovered(EstateId estate) {
        return organisations.values().stream().anyMatch(o -> o.tier().covers() && o.estates().contains(estate));
    }

    private static AreaCode rowArea(AreaCode area, AreaCode community) {
        if (area.level() == AdminLevel.COMMUNITY) {
            return area;
        }
        AdminLevel below = AdminLevel.values()[area.level().ordinal() + 1];
        AreaCode a = community;
        while (a.level() != below) {
            a = a.parent().orElseThrow();
        }
        return a;
    }

    @Override
    public List<PartyReports.Coverage> coverage(AreaCode area) {
        Map<AreaCode, int[]> rows = new TreeMap<>();
        grids.keySet().stream().filter(g -> !g.isBuilding() && area.contains(g.community())).forEach(g -> {
            int[] row = rows.computeIfAbsent(rowArea(area, g.community()), k -> new int[4]);
            row[0]++;
            row[1] += gridCovered(g) ? 1 : 0;
        });
        estates.values().stream().filter(e -> area.contains(e.community())).forEach(e -> {
            int[] row = rows.computeIfAbsent(rowArea(area, e.community()), k -> new int[4]);
            row[2]++;
            row[3] += estateCovered(e.id()) ? 1 : 0;
        });
        return rows.entrySet().stream().map(e -> new PartyReports.Coverage(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    @Override
    public Slice<PartyReports.Uncovered> uncovered(AreaCode area, PageRequest page) {
        List<PartyReports.Uncovered> all = new ArrayList<>();
        grids.forEach((g, name) -> {
            if (!g.isBuilding() && area.contains(g.community()) && !gridCovered(g)) {
                all.add(new PartyReports.Uncovered(PartyReports.Uncovered.Kind.GRID, g.value(), name, g.community()));
            }
        });
        estates.values().stream().filter(e -> area.contains(e.community()) && !estateCovered(e.id())).forEach(e ->
                all.add(new PartyReports.Uncovered(PartyReports.Uncovered.Kind.ESTATE, e.id().toString(), e.name(), e.community())));
        // Keyset: community, then kind, then id, as one text key (kinds sort GRID before ESTATE by ordinal).
        return InMemoryPages.page(all.stream(), page, u -> new Position(u.community() + "/" + u.kind().ordinal(), u.id()), InMemoryPages.byText());
    }

    private List<PartyMember> membersIn(AreaCode area) {
        return members.values().stream().filter(m -> area.contains(memberAreas.get(m.id()))).toList();
    }

    @Override
    public PartyReports.CheckInRate checkInRate(AreaCode area) {
        List<PartyMember> employed = membersIn(area).stream().filter(PartyMember::employed).toList();
        int checkedIn = (int) employed.stream().filter(m -> checkIns.containsKey(m.id())).count();
        return new PartyReports.CheckInRate(area, employed.size(), checkedIn);
    }

    @Override
    public List<PartyReports.Tally> tallies(AreaCode within, AdminLevel level) {
        Map<AreaCode, int[]> rows = new TreeMap<>();
        for (PartyMember m : membersIn(within)) {
            if (m.employed()) {
                int[] row = rows.computeIfAbsent(unit(memberAreas.get(m.id()), level), k -> new int[4]);
                row[0]++;
                row[1] += checkIns.containsKey(m.id()) ? 1 : 0;
            }
        }
        grids.keySet().stream().filter(g -> !g.isBuilding() && within.contains(g.community())).forEach(g -> {
            int[] row = rows.computeIfAbsent(unit(g.community(), level), k -> new int[4]);
            row[2]++;
            row[3] += gridCovered(g) ? 1 : 0;
        });
        return rows.entrySet().stream().map(e -> new PartyReports.Tally(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    private static AreaCode unit(AreaCode area, AdminLevel level) {
        String prefix = area.value().substring(0, level.significantDigits());
        return AreaCode.of(prefix + "0".repeat(12 - prefix.length()));
    }

    private static boolean inPeriod(LocalDate on, LocalDate from, LocalDate to) {
        return !on.isBefore(from) && !on.isAfter(to);
    }

    @Override
    public Slice<PartyReports.MemberHours> hoursPerMember(AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
        List<PartyReports.MemberHours> rows = new ArrayList<>();
        for (PartyMember m : membersIn(area)) {
            List<ServiceRecord> own = services.values().stream().filter(s -> s.member().equals(m.id()) && inPeriod(s.on(), from, to)).toList();
            if (!own.isEmpty()) {
                rows.add(new PartyReports.MemberHours(m.id(), m.name(), m.organisation(),
                        own.stream().map(ServiceRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                        own.size(), own.stream().mapToInt(ServiceRecord::beneficiaries).sum()));
            }
        }
        // Most hours first, then the member's id, as the SQL orders.
        Comparator<Position> order = Comparator.comparing((Position p) -> new BigDecimal(p.key())).reversed().thenComparing(Position::id);
        return InMemoryPages.page(rows.stream(), page, h -> new Position(h.hours().toPlainString(), h.member().toString()), order);
    }

    @Override
    public List<PartyReports.CommunityHours> hoursPerCommunity(AreaCode area, LocalDate from, LocalDate to) {
        Map<AreaCode, List<ServiceRecord>> by = services.values().stream()
                .filter(s -> area.contains(s.community()) && inPeriod(s.on(), from, to))
                .collect(Collectors.groupingBy(ServiceRecord::community, TreeMap::new, Collectors.toList()));
        return by.entrySet().stream().map(e -> new PartyReports.CommunityHours(e.getKey(),
                e.getValue().stream().map(ServiceRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                e.getValue().size(), (int) e.getValue().stream().map(ServiceRecord::member).distinct().count(),
                e.getValue().stream().mapToInt(ServiceRecord::beneficiaries).sum())).toList();
    }

    @Override
    public Slice<PartyReports.IdleMember> idleMembers(AreaCode area, LocalDate since, PageRequest page) {
        List<PartyReports.IdleMember> rows = new ArrayList<>();
        for (CheckIn c : checkIns.values()) {
            if (!area.contains(c.community())) {
                continue;
            }
            Optional<LocalDate> last = services.values().stream().filter(s -> s.member().equals(c.member()))
                    .map(ServiceRecord::on).max(Comparator.naturalOrder());
            if (last.isEmpty() || last.get().isBefore(since)) {
                rows.add(new PartyReports.IdleMember(c.member(), members.get(c.member()).name(), c.community(), c.on(), last));
            }
        }
        return InMemoryPages.page(rows.stream(), page, r -> new Position(r.community().toString(), r.member().toString()), InMemoryPages.byText());
    }

    @Override
    public Slice<PartyReports.OpenPledge> openPledges(AreaCode area, LocalDate today, PageRequest page) {
        List<PartyReports.OpenPledge> rows = pledges.values().stream().filter(p -> !p.delivered())
                .filter(p -> area.contains(alliances.get(p.alliance()).area()))
                .map(p -> new PartyReports.OpenPledge(p, alliances.get(p.alliance()).name(), p.dueOn().isBefore(today))).toList();
        return InMemoryPages.page(rows.stream(), page, r -> new Position(r.pledge().dueOn().toString(), r.pledge().id().toString()), InMemoryPages.byText());
    }

    @Override
    public Slice<PartyReports.UnlinkedEstate> unlinkedEstates(AreaCode area, PageRequest page) {
        List<PartyReports.UnlinkedEstate> rows = new ArrayList<>();
        for (Estate e : estates.values()) {
            if (area.contains(e.community()) && e.propertyCompany().isPresent()) {
                PropertyCompany company = companies.get(e.community().cityCode() + "/" + e.propertyCompany().get().value());
                if (company != null && company.overseenBy().isEmpty()) {
                    rows.add(new PartyReports.UnlinkedEstate(e, company.name()));
                }
            }
        }
        return InMemoryPages.page(rows.stream(), page, r -> new Position(r.estate().community().toString(), r.estate().id().toString()), InMemoryPages.byText());
    }

    @Override
    public PartyReports.Figures figures(AreaCode area, LocalDate from, LocalDate to) {
        PartyReports.CheckInRate rate = checkInRate(area);
        List<ServiceRecord> served = services.values().stream()
                .filter(s -> area.contains(memberAreas.get(s.member())) && inPeriod(s.on(), from, to)).toList();
        List<PartyReports.Coverage> coverage = coverage(area);
        List<Pledge> due = pledges.values().stream().filter(p -> area.contains(alliances.get(p.alliance()).area())
                && inPeriod(p.dueOn(), from, to)).toList();
        return new PartyReports.Figures(area, from, to, rate.employedMembers(), rate.checkedIn(),
                served.stream().map(ServiceRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1), served.size(),
                coverage.stream().mapToInt(PartyReports.Coverage::grids).sum(),
                coverage.stream().mapToInt(PartyReports.Coverage::coveredGrids).sum(),
                due.size(), (int) due.stream().filter(Pledge::kept).count());
    }
}
