package org.shizhi.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.logging.Logger;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.Period;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.RegisterEntryId;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.model.WeddingService;
import org.shizhi.domain.campaign.port.in.GoodSamaritanUseCase;
import org.shizhi.domain.campaign.port.in.RunCampaignUseCase;
import org.shizhi.domain.campaign.port.in.SafetyStarUseCase;
import org.shizhi.domain.campaign.port.in.WeddingReformUseCase;
import org.shizhi.domain.campaign.service.CampaignService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The campaign demo data of both demo cities, through the use cases, each step at its own past moment: a red-culture
 * campaign (八进) in four communities of the first district, part-way through its venues (Chengdu's from the red-culture
 * plugin's template); a Safety Star round closed with its votes and one open; a Good Samaritan fund of the district with
 * income and awards; a public hall, folk masters, alliance businesses, counselling sessions and weddings, most followed
 * up, some pledges kept and some broken. Every report and figure of the context has something to show.
 */
public final class DemoCampaigns {

    private static final Logger LOG = Logger.getLogger(DemoCampaigns.class.getName());
    public static final long SEED = 20_261_207L;
    /** The red-culture plugin's template, enabled for Chengdu. */
    static final String EIGHT_VENUES = "red-culture.eight-venues";

    /** What the demo made in one city. */
    public record Loaded(int campaigns, int activities, int votes, int awards, int weddings) {
        Loaded plus(Loaded o) {
            return new Loaded(campaigns + o.campaigns, activities + o.activities, votes + o.votes, awards + o.awards, weddings + o.weddings);
        }
    }

    private DemoCampaigns() {
    }

    public static Loaded load(Function<Clock, CampaignService> servicesAt, List<Area> areas, SplittableRandom random, Instant now) {
        Loaded total = new Loaded(0, 0, 0, 0, 0);
        for (AreaCode city : areas.stream().map(a -> a.code().cityCode()).distinct().sorted().toList()) {
            total = total.plus(city(servicesAt, areas, city, new DemoPeople(random, 95), random, now));
        }
        Loaded loaded = total;
        LOG.info(() -> "demo campaigns loaded: " + loaded);
        return loaded;
    }

    private static Loaded city(Function<Clock, CampaignService> servicesAt, List<Area> areas, AreaCode city, DemoPeople people,
                               SplittableRandom random, Instant now) {
        boolean zhanjiang = city.value().startsWith("44");
        Actor staff = new Actor("demo-campaign", city, city, Set.of(Role.CITY_ADMIN, Role.STREET_OFFICER, Role.COMMUNITY_STAFF,
                Role.INTEGRATOR), Set.of());
        AreaCode district = areas.stream().map(Area::code).filter(c -> c.cityCode().equals(city) && c.level() == AdminLevel.DISTRICT)
                .sorted().findFirst().orElseThrow(() -> new IllegalStateException("no district in demo city " + city));
        List<AreaCode> communities = areas.stream().map(Area::code)
                .filter(c -> district.contains(c) && c.level() == AdminLevel.COMMUNITY).sorted().limit(4).toList();
        LocalDate today = LocalDate.ofInstant(now, WorkingTime.ZONE);

        // The campaign, launched 120 days ago, running 60 days more; activities in about 60% of its (area, kind) pairs.
        CampaignService launching = servicesAt.apply(at(today.minusDays(120)));
        Campaign campaign = launching.launch(staff, new RunCampaignUseCase.LaunchCampaignCommand(
                zhanjiang ? Optional.empty() : Optional.of(EIGHT_VENUES), zhanjiang ? "红色文化八进·赤坎行动" : "红色文化八进·锦江行动",
                zhanjiang ? "赤坎区委宣传部" : "锦江区委宣传部", new Period(today.minusDays(120), today.plusDays(60)), communities,
                EnumSet.allOf(VenueKind.class), zhanjiang ? List.of("红色故事宣讲", "党史学习") : List.of(), List.of()));
        CampaignService recording = servicesAt.apply(at(today));
        int activities = 0;
        VenueKind[] kinds = VenueKind.values();
        for (int i = 0; i < communities.size(); i++) {
            for (int k = 0; k < kinds.length; k++) {
                if ((i * 3 + k) % 5 >= 3) {
                    continue;
                }
                recording.record(staff, new RunCampaignUseCase.RecordActivityCommand(campaign.id(), kinds[k],
                        kinds[k].label() + "活动点", communities.get(i), today.minusDays(5 + random.nextInt(100)),
                        Optional.of(campaign.activityKinds().get((i + k) % campaign.activityKinds().size())),
                        new Activity.Participants(20 + random.nextInt(80), Optional.of(5 + random.nextInt(15)), Optional.of(random.nextInt(10))),
                        zhanjiang ? "社区党支部" : "社区党委",
                        new Activity.Evidence("活动照片与签到表", List.of(new Activity.Attachment("签到表.jpg", "image/jpeg",
                                80_000 + random.nextInt(400_000), sha256Of(campaign.id() + "|" + i + "|" + k))))));
                activities++;
            }
        }

        // Safety Star: a round that closed 30 days ago with its votes, and one open now.
        int votes = round(servicesAt, staff, district, zhanjiang, people, random, today.minusDays(45), today.minusDays(30), 40)
                + round(servicesAt, staff, district, zhanjiang, people, random, today.minusDays(2), today.plusDays(12), 12);

        // The Good Samaritan fund of the district: a budget allocation and a donation, three awards.
        CampaignService fund = servicesAt.apply(at(today.minusDays(200)));
        fund.receive(staff, new GoodSamaritanUseCase.ReceiveCommand(district, new BigDecimal("200000"), "区财政拨款", today.minusDays(200)));
        servicesAt.apply(at(today.minusDays(100))).receive(staff, new GoodSamaritanUseCase.ReceiveCommand(district,
                new BigDecimal("50000"), "爱心企业捐赠", today.minusDays(100)));
        String[][] acts = {{"跳入河中救起落水儿童", "20000"}, {"协助民警制服持刀抢劫嫌疑人", "30000"}, {"扑灭居民楼电动车火情疏散群众", "10000"}};
        for (int a = 0; a < acts.length; a++) {
            LocalDate on = today.minusDays(150 - 40L * a);
            servicesAt.apply(at(on.plusDays(10))).award(staff, new GoodSamaritanUseCase.AwardCommand(district, acts[a][0], on,
                    communities.get(a % communities.size()) + " 附近",
                    List.of(new SamaritanAward.Honouree(people.name(zhanjiang, people.sex(), 1970 + random.nextInt(30)),
                            Optional.of(people.idNumber(district.value().substring(0, 6), LocalDate.of(1985, 1 + a, 10), DemoPeople.Sex.MALE)))),
                    new BigDecimal(acts[a][1])));
        }

        // The wedding reform: a hall, the registers, eight weddings over three months, six followed up.
        CampaignService reform = servicesAt.apply(at(today.minusDays(100)));
        PublicHall hall = reform.addHall(staff, new WeddingReformUseCase.AddHallCommand(communities.getFirst(),
                zhanjiang ? "新春社区公共礼堂" : "社区公共礼堂", 150));
        CampaignService registers = servicesAt.apply(at(today));
        for (int m = 0; m < 2; m++) {
            DemoPeople.Staff master = people.staff(zhanjiang, 1955, 1975);
            registers.enter(staff, new WeddingRegisterEntry.FolkMaster(RegisterEntryId.random(), communities.get(m), master.name(),
                    Optional.of(master.mobile()), today.minusDays(100)));
            registers.enter(staff, new WeddingRegisterEntry.AllianceBusiness(RegisterEntryId.random(), communities.get(m),
                    (zhanjiang ? "湛江" : "锦江") + (m == 0 ? "喜乐婚庆" : "同心宴会厅"), m == 0 ? "婚礼策划" : "婚宴",
                    "爱心价不超过市场价六成，不设最低消费", new BigDecimal(m == 0 ? "1999" : "888"), today.minusDays(100)));
            registers.enter(staff, new WeddingRegisterEntry.CounsellingSession(RegisterEntryId.random(), communities.get(m + 1),
                    m == 0 ? "新婚夫妻沟通与家风建设" : "移风易俗婚事简办", "婚姻家庭辅导员", 8 + random.nextInt(10), today.minusDays(100 - 30L * m)));
        }
        int weddings = 0;
        for (int w = 0; w < 8; w++) {
            LocalDate day = today.minusDays(95 - 10L * w);
            boolean inHall = w % 3 == 0;
            Set<WeddingService> services = EnumSet.of(WeddingService.COUNSELLING);
            if (inHall) {
                services.add(WeddingService.PUBLIC_HALL);
            }
            if (w % 2 == 0) {
                services.add(WeddingService.FOLK_MASTER);
            }
            if (w % 4 == 1) {
                services.add(WeddingService.ALLIANCE_BUSINESS);
            }
            Wedding wedding = servicesAt.apply(at(day.minusDays(20))).register(staff, new WeddingReformUseCase.RegisterWeddingCommand(
                    communities.get(w % communities.size()), day, people.name(zhanjiang, DemoPeople.Sex.MALE, 1995),
                    people.name(zhanjiang, DemoPeople.Sex.FEMALE, 1997), services, inHall ? Optional.of(hall.id()) : Optional.empty(),
                    new Wedding.SimplicityPledge(100, 10, new BigDecimal("20000"))));
            weddings++;
            if (w < 6) {
                boolean kept = w % 3 != 2;
                servicesAt.apply(at(day.plusDays(7))).followUp(staff, wedding.id(), new Wedding.FollowUpCheck(day.plusDays(7),
                        kept ? 60 + random.nextInt(40) : 160, kept ? 6 + random.nextInt(4) : 16,
                        new BigDecimal(kept ? "8800" : "58000"), "社区红娘"));
            }
        }
        return new Loaded(1, activities, votes, acts.length, weddings);
    }

    /** A round of the district voting from {@code start} to {@code end}: three nominations and {@code voters} residents' votes. */
    private static int round(Function<Clock, CampaignService> servicesAt, Actor staff, AreaCode district, boolean zhanjiang,
                             DemoPeople people, SplittableRandom random, LocalDate start, LocalDate end, int voters) {
        VotingRound round = servicesAt.apply(at(start.minusDays(10))).open(staff, new SafetyStarUseCase.OpenRoundCommand(district,
                start.getYear() + "年平安之星评选（" + start.getMonthValue() + "月）", new Period(start, end)));
        String[] deeds = {"夜间义务巡逻三年，劝阻电动车违规充电数十次", "调解邻里纠纷二十余起", "发现并报告燃气泄漏隐患，避免事故"};
        List<Nomination> nominations = new ArrayList<>();
        CampaignService nominating = servicesAt.apply(at(start.minusDays(5)));
        for (String deed : deeds) {
            nominations.add(nominating.nominate(staff, new SafetyStarUseCase.NominateCommand(round.id(),
                    people.name(zhanjiang, people.sex(), 1960 + random.nextInt(40)), zhanjiang ? "社区居委会" : "社区党委", deed, "巡查记录与居民证言")));
        }
        CampaignService voting = servicesAt.apply(at(start));
        for (int v = 0; v < voters; v++) {
            // Skewed so that the results rank: half for the first, a third for the second, the rest for the third.
            int pick = v % 6 < 3 ? 0 : v % 6 < 5 ? 1 : 2;
            voting.vote(staff, new SafetyStarUseCase.VoteCommand(round.id(), nominations.get(pick).id(),
                    people.idNumber(district.value().substring(0, 6), LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12),
                            1 + random.nextInt(28)), people.sex())));
        }
        return voters;
    }

    /** A clock at noon, China time, of the day. */
    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(WorkingTime.ZONE).toInstant(), ZoneOffset.UTC);
    }

    private static String sha256Of(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
