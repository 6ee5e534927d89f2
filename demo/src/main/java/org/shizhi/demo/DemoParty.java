package org.shizhi.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.party.model.Seat;
import org.shizhi.domain.party.port.in.AllianceUseCase;
import org.shizhi.domain.party.port.in.CouncilUseCase;
import org.shizhi.domain.party.port.in.KeepMembersUseCase;
import org.shizhi.domain.party.port.in.MemberView;
import org.shizhi.domain.party.port.in.OrganisePartyUseCase;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The party demo data of both demo cities, entered through the use cases as a street's staff would, after the grids:
 * in each community with grids a community party committee, a branch on most grids (every fifth grid left without one,
 * so that the coverage report has gaps), a group on some building sub-grids, two estates with property companies (one
 * overseen by the committee: 红色物业; one not), members with check-ins (most employed members, not all) and service
 * hours over the last eight months (some checked-in members idle for months), a model post; a five-in-one council in
 * every community, meeting twice (in the first community of a city its red-property estate has a council of its own too);
 * and an alliance in the first street with pledges, some delivered by joint activities, some overdue, some pending.
 */
public final class DemoParty {

    private static final Logger LOG = Logger.getLogger(DemoParty.class.getName());
    public static final long SEED = 20_261_207L;
    /** Members enrolled in each branch: enough for every report, quick to load. */
    static final int MEMBERS_PER_BRANCH = 2;
    private static final String[] ACTIVITIES = {"义务巡逻", "助老送餐", "垃圾分类督导", "政策宣讲", "文明劝导", "义诊咨询", "四点半课堂"};

    /** The party context's use cases and the grid context's read side. */
    public record Services(OrganisePartyUseCase organise, KeepMembersUseCase members, AllianceUseCase alliances,
                           CouncilUseCase councils, GridQuery grids) {
    }

    /** What the demo entered. */
    public record Loaded(int organisations, int members, int checkIns, int services, int councils, int pledges) {
    }

    private DemoParty() {
    }

    public static Loaded load(Services services, List<Area> tree, RandomGenerator random, Instant now) {
        LocalDate today = WorkingTime.dateOf(now);
        DemoPeople people = new DemoPeople(random, 95);
        int[] counts = new int[6];
        List<AreaCode> cities = tree.stream().map(a -> a.code()).filter(c -> c.level() == AdminLevel.CITY).sorted().toList();
        for (AreaCode city : cities) {
            Actor actor = Actor.system(city);
            boolean zhanjiang = city.prefix().startsWith("44");
            List<AreaCode> communities = new ArrayList<>();
            for (Area area : tree) {
                if (area.code().level() == AdminLevel.COMMUNITY && city.contains(area.code())
                        && !services.grids().gridsOfCommunity(actor, area.code(), PageRequest.first(1)).items().isEmpty()) {
                    communities.add(area.code());
                }
            }
            if (communities.isEmpty()) {
                continue;
            }
            // One working committee (党工委) per street, the communities' committees under it.
            Map<AreaCode, PartyOrganisation> streets = new java.util.TreeMap<>();
            for (int c = 0; c < communities.size(); c++) {
                AreaCode community = communities.get(c);
                PartyOrganisation streetCommittee = streets.computeIfAbsent(community.parent().orElseThrow(), street -> {
                    counts[0]++;
                    return services.organise().found(actor, new OrganisePartyUseCase.FoundCommand(
                            OrganisationTier.COMMITTEE, "街道党工委", street, Optional.empty(), Set.of(), Set.of()));
                });
                counts[4] += community(services, actor, community, streetCommittee, zhanjiang, people, random, today, counts, c == 0);
            }
            var first = streets.entrySet().iterator().next();
            counts[5] += alliance(services, actor, first.getKey(), first.getValue(), today);
        }
        Loaded loaded = new Loaded(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        LOG.info(() -> "demo party records loaded: " + loaded);
        return loaded;
    }

    /** The community's records; answers how many councils it formed. */
    private static int community(Services s, Actor actor, AreaCode community, PartyOrganisation streetCommittee,
                                 boolean zhanjiang, DemoPeople people, RandomGenerator random, LocalDate today,
                                 int[] counts, boolean estateCouncil) {
        // A demo community has far fewer grids than a page holds.
        List<GridView> grids = s.grids().gridsOfCommunity(actor, community, PageRequest.first(PageRequest.MAX_LIMIT)).items();
        String region = community.toString().substring(0, 6);
        // Estates and their companies: the first overseen by the community's committee, the second not (yet).
        List<Estate> estates = new ArrayList<>();
        List<PropertyCompany> companies = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            PropertyCompany company = s.organise().registerCompany(actor, new OrganisePartyUseCase.RegisterCompanyCommand(
                    people.creditCode("91", region), (e == 0 ? "锦城" : "安居") + "物业服务有限公司" + community.toString().substring(9)));
            companies.add(company);
            estates.add(s.organise().registerEstate(actor, new OrganisePartyUseCase.RegisterEstateCommand(community,
                    (e == 0 ? "幸福里" : "和园") + "小区", Optional.of(company.creditCode()))));
        }
        PartyOrganisation committee = s.organise().found(actor, new OrganisePartyUseCase.FoundCommand(OrganisationTier.COMMITTEE,
                "社区党委", community, Optional.of(streetCommittee.id()), Set.of(), Set.of()));
        counts[0]++;
        s.organise().linkCompany(actor, new OrganisePartyUseCase.LinkCompanyCommand(companies.getFirst().creditCode(), committee.id()));
        council(s, actor, community, Optional.empty(), companies.getFirst().name(), people, zhanjiang, today, random);
        if (estateCouncil) {
            council(s, actor, community, Optional.of(estates.getFirst()), companies.getFirst().name(), people, zhanjiang, today, random);
        }
        List<PartyOrganisation> branches = new ArrayList<>();
        int g = 0;
        for (GridView grid : grids) {
            if (grid.tier() == GridTier.BUILDING) {
                continue;
            }
            if (g++ % 5 == 4) {
                continue; // a grid without a branch: the coverage report's gap
            }
            Set<org.shizhi.domain.party.model.EstateId> estate = branches.isEmpty() ? Set.of(estates.getFirst().id()) : Set.of();
            PartyOrganisation branch = s.organise().found(actor, new OrganisePartyUseCase.FoundCommand(OrganisationTier.BRANCH,
                    grid.name() + "党支部", community, Optional.of(committee.id()), Set.of(grid.code()), estate));
            branches.add(branch);
            counts[0]++;
            List<GridCode> buildings = grids.stream().filter(b -> b.tier() == GridTier.BUILDING
                    && b.parent().filter(grid.code()::equals).isPresent()).map(GridView::code).limit(2).toList();
            if (!buildings.isEmpty()) {
                s.organise().found(actor, new OrganisePartyUseCase.FoundCommand(OrganisationTier.GROUP, grid.name() + "楼栋党小组",
                        community, Optional.of(branch.id()), Set.copyOf(buildings), Set.of()));
                counts[0]++;
            }
        }
        if (branches.isEmpty()) {
            branches.add(committee);
        }
        MemberView holder = null;
        for (PartyOrganisation branch : branches) {
            for (int m = 0; m < MEMBERS_PER_BRANCH; m++) {
                MemberView member = enrol(s, actor, branch, zhanjiang, region, people, random, today);
                if (member == null) {
                    continue;
                }
                counts[1]++;
                holder = holder == null ? member : holder;
                if (!member.employed()) {
                    serveSometimes(s, actor, member, community, random, today, counts, 3);
                    continue;
                }
                if (random.nextInt(10) < 7) {
                    LocalDate on = today.minusDays(60 + random.nextInt(300));
                    s.members().checkIn(actor, new KeepMembersUseCase.CheckInCommand(member.id(), community,
                            on.isBefore(member.joinedOn()) ? member.joinedOn() : on, pick(random, ACTIVITIES)));
                    counts[2]++;
                    // Most who checked in serve; one in four has not served for months (the idle list).
                    if (random.nextInt(4) > 0) {
                        serveSometimes(s, actor, member, community, random, today, counts, 6);
                    } else {
                        LocalDate longAgo = today.minusDays(150 + random.nextInt(60));
                        if (!longAgo.isBefore(member.joinedOn())) {
                            s.members().recordService(actor, new KeepMembersUseCase.RecordServiceCommand(member.id(), community,
                                    pick(random, ACTIVITIES), longAgo, new BigDecimal("2"), 5));
                            counts[3]++;
                        }
                    }
                }
            }
        }
        if (holder != null) {
            s.members().appoint(actor, new KeepMembersUseCase.AppointCommand(holder.organisation(), "党员先锋岗", holder.id(),
                    today.minusDays(200)));
        }
        return estateCouncil ? 2 : 1;
    }

    private static MemberView enrol(Services s, Actor actor, PartyOrganisation branch, boolean zhanjiang, String region,
                                    DemoPeople people, RandomGenerator random, LocalDate today) {
        DemoPeople.Sex sex = people.sex();
        int year = 1950 + random.nextInt(50);
        LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate joined = birth.plusYears(22 + random.nextInt(10));
        if (joined.isAfter(today)) {
            joined = today.minusYears(1);
        }
        try {
            return s.members().enrol(actor, new KeepMembersUseCase.EnrolCommand(branch.id(), people.name(zhanjiang, sex, year),
                    people.idNumber(region, birth, sex), Optional.of(people.mobile()), year >= 1966, joined));
        } catch (ConflictException e) {
            return null; // the same synthetic number twice: leave that one out
        }
    }

    private static void serveSometimes(Services s, Actor actor, MemberView member, AreaCode community, RandomGenerator random,
                                       LocalDate today, int[] counts, int most) {
        int times = random.nextInt(most + 1);
        for (int i = 0; i < times; i++) {
            LocalDate on = today.minusDays(random.nextInt(240));
            if (on.isBefore(member.joinedOn())) {
                continue;
            }
            s.members().recordService(actor, new KeepMembersUseCase.RecordServiceCommand(member.id(), community, pick(random, ACTIVITIES),
                    on, BigDecimal.valueOf(1 + random.nextInt(8)).divide(BigDecimal.TWO), random.nextInt(30)));
            counts[3]++;
        }
    }

    /** A five-in-one council of the community or of one of its estates, the property company's seat held by that company. */
    private static void council(Services s, Actor actor, AreaCode community, Optional<Estate> estate, String company, DemoPeople people,
                                boolean zhanjiang, LocalDate today, RandomGenerator random) {
        Map<Seat, Council.Holder> seats = new EnumMap<>(Seat.class);
        seats.put(Seat.COMMUNITY_PARTY_ORGANISATION, new Council.Holder("社区党委", person(people, zhanjiang)));
        seats.put(Seat.RESIDENTS_COMMITTEE, new Council.Holder("社区居民委员会", person(people, zhanjiang)));
        seats.put(Seat.SUPERVISORY_COMMITTEE, new Council.Holder("居务监督委员会", person(people, zhanjiang)));
        seats.put(Seat.OWNERS_COMMITTEE, new Council.Holder(estate.map(e -> e.name() + "业主委员会").orElse("业主委员会"), person(people, zhanjiang)));
        seats.put(Seat.PROPERTY_COMPANY, new Council.Holder(company, person(people, zhanjiang)));
        Council council = s.councils().form(actor, new CouncilUseCase.FormCouncilCommand(community, estate.map(Estate::id), seats));
        s.councils().meet(actor, new CouncilUseCase.MeetCommand(council.id(), today.minusDays(45),
                Set.of(Seat.values()), List.of("老旧小区加装电梯", "停车位划定"), List.of("成立加装电梯工作专班", "周末前完成划线")));
        s.councils().meet(actor, new CouncilUseCase.MeetCommand(council.id(), today.minusDays(10 + random.nextInt(10)),
                Set.of(Seat.COMMUNITY_PARTY_ORGANISATION, Seat.RESIDENTS_COMMITTEE, Seat.PROPERTY_COMPANY),
                List.of("垃圾分类桶站改造"), List.of("物业负责桶站清洗")));
    }

    private static String person(DemoPeople people, boolean zhanjiang) {
        return people.name(zhanjiang, people.sex(), 1975);
    }

    /** The street's alliance: four members, six pledges; two activities deliver three, one kept late; the rest open. */
    private static int alliance(Services s, Actor actor, AreaCode street, PartyOrganisation convenor, LocalDate today) {
        Alliance alliance = s.alliances().form(actor, new AllianceUseCase.FormAllianceCommand("区域党建共同体", street, convenor.id(), List.of(
                new Alliance.Member("街道党工委", Alliance.MemberKind.PARTY_ORGANISATION, Optional.empty()),
                new Alliance.Member("区实验小学", Alliance.MemberKind.SCHOOL, Optional.empty()),
                new Alliance.Member("农商银行支行", Alliance.MemberKind.ENTERPRISE, Optional.empty()),
                new Alliance.Member("区税务局", Alliance.MemberKind.GOVERNMENT_AGENCY, Optional.empty()))));
        List<Pledge> pledges = new ArrayList<>();
        String[][] promises = {{"区实验小学", "开放操场供居民周末使用"}, {"农商银行支行", "两场防诈骗金融知识讲座"},
            {"区税务局", "个税汇算上门辅导"}, {"农商银行支行", "资助困难家庭学生十名"}, {"区实验小学", "四点半课堂志愿教师"},
            {"区税务局", "小微企业政策宣讲"}};
        int[] dueInDays = {-90, -60, -20, -5, 30, 60};
        for (int i = 0; i < promises.length; i++) {
            pledges.add(s.alliances().pledge(actor, new AllianceUseCase.PledgeCommand(alliance.id(), promises[i][0], promises[i][1],
                    today.plusDays(dueInDays[i]))));
        }
        s.alliances().recordActivity(actor, new AllianceUseCase.RecordActivityCommand(alliance.id(), "共建开放日",
                today.minusDays(100), List.of("区实验小学", "街道党工委"), List.of(pledges.get(0).id())));
        s.alliances().recordActivity(actor, new AllianceUseCase.RecordActivityCommand(alliance.id(), "金融知识进社区",
                today.minusDays(40), List.of("农商银行支行", "街道党工委"), List.of(pledges.get(1).id(), pledges.get(3).id())));
        return pledges.size();
    }

    private static String pick(RandomGenerator random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
