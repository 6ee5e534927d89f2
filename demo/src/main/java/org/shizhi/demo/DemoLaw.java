package org.shizhi.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.law.model.AudienceKind;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCategory;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.Lawyer;
import org.shizhi.domain.law.model.Person;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionChannel;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.PublicityEventId;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.ReviewOutcome;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.law.port.in.ComplaintView;
import org.shizhi.domain.law.port.in.LegalAidUseCase;
import org.shizhi.domain.law.port.in.LegalAidView;
import org.shizhi.domain.law.port.in.PetitionUseCase;
import org.shizhi.domain.law.port.in.PetitionView;
import org.shizhi.domain.law.port.in.RegulationUseCase;
import org.shizhi.domain.law.port.in.SupervisionUseCase;
import org.shizhi.domain.law.service.LawService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.DomainException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The law context's demo records for Chengdu and Zhanjiang, entered through the use cases on clocks in the past, so that
 * every report has something to say: legal-aid centres whose lawyers are nearly full in one district and idle in
 * another, applications decided on time, late and not at all; petitions replied on time and late, extended, reopened,
 * in the backlog, cleared, with leaders on the hard ones and repeats linked, some opening a dispute for mediation and
 * their repeats joining it (the dispute context's mediation centres registered first); supervision complaints against several
 * agencies, reviewed and overdue; publicity events; local regulations in force, amended and repealed.
 */
public final class DemoLaw {

    private static final Logger LOG = Logger.getLogger(DemoLaw.class.getName());
    public static final long SEED = 20_251_207L;
    private static final String[] CHENGDU_AGENCIES = {"区综合行政执法局", "区市场监督管理局", "区住房和城乡建设局", "区人力资源和社会保障局", "公安分局"};
    private static final String[] ZHANJIANG_AGENCIES = {"区城市管理和综合执法局", "区市场监督管理局", "区住房和城乡建设局", "区人力资源和社会保障局"};
    private static final String[] PETITION_MATTERS = {"小区旁建筑工地夜间施工噪音扰民", "拆迁安置补偿款迟迟未到位", "物业公司擅自提高物业费",
            "农民工工资被拖欠半年", "老旧小区电梯加装费用分摊争议", "宅基地边界被邻居侵占", "餐馆油烟直排影响居民生活", "低保资格被取消未说明理由"};
    private static final String[] AID_MATTERS = {"建筑工地拖欠工资", "工伤认定后单位拒不赔偿", "子女拒绝支付赡养费", "交通事故对方拒不赔偿",
            "离婚后抚养费长期未付", "医疗损害赔偿"};
    private static final String[] ACTS = {"暂扣经营工具未出具清单", "罚款未告知陈述申辩权利", "强制拆除未履行催告程序", "查封店铺超过法定期限"};
    private static final String[] TOPICS = {"民法典进社区", "反电信网络诈骗", "劳动合同法与农民工维权", "未成年人保护法进校园", "宪法宣传周", "防范非法集资"};

    /** What was loaded. */
    public record Loaded(int legalAid, int petitions, int complaints, int events, int regulations) {
    }

    private DemoLaw() {
    }

    /** Loads both cities' records unless the city has legal-aid applications already. */
    public static Loaded load(Function<Clock, LawService> servicesAt, List<Area> areas, SplittableRandom random, Instant now) {
        int[] n = new int[5];
        for (AreaCode city : List.of(AreaCode.of("510100"), AreaCode.of("440800"))) {
            List<AreaCode> communities = areas.stream().map(Area::code)
                    .filter(c -> c.level() == AdminLevel.COMMUNITY && c.cityCode().equals(city)).toList();
            if (communities.isEmpty()) {
                continue;
            }
            Actor staff = actor(city);
            if (!servicesAt.apply(Clock.systemUTC()).legalAidApplications(staff, city, Optional.empty(), PageRequest.first(1)).items().isEmpty()) {
                continue;
            }
            java.util.Map<AreaCode, String> names = new java.util.HashMap<>();
            areas.forEach(a -> names.put(a.code(), a.name()));
            City c = new City(city, communities, names, servicesAt, staff, random, now,
                    new DemoPeople(random, city.value().startsWith("44") ? 71 : 72));
            n[0] += c.legalAid();
            n[1] += c.petitions();
            n[2] += c.complaints();
            n[3] += c.publicity();
            n[4] += c.regulations();
        }
        Loaded loaded = new Loaded(n[0], n[1], n[2], n[3], n[4]);
        LOG.info(() -> "law demo data loaded: " + loaded);
        return loaded;
    }

    /** The platform's demo clerk of a city: staff, street officer and admin at once, without the personal-data privilege. */
    static Actor actor(AreaCode city) {
        return new Actor("demo-law", city, city, Set.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN), Set.of());
    }

    private record City(AreaCode city, List<AreaCode> communities, java.util.Map<AreaCode, String> names,
                        Function<Clock, LawService> servicesAt, Actor actor,
                        SplittableRandom random, Instant now, DemoPeople people) {

        boolean zhanjiang() {
            return city.value().startsWith("44");
        }

        LawService at(Instant when) {
            return servicesAt.apply(Clock.fixed(when, WorkingTime.ZONE));
        }

        /** A working moment {@code days} days before now, at 09:00–16:59 in China. */
        Instant daysAgo(int days) {
            return WorkingTime.startOf(WorkingTime.dateOf(now).minusDays(days)).plus(Duration.ofHours(9 + random.nextInt(8)));
        }

        AreaCode community(int i) {
            return communities.get((i * 7 + 3) % communities.size());
        }

        Person person() {
            DemoPeople.Sex sex = people.sex();
            int year = 1950 + random.nextInt(50);
            return new Person(people.name(zhanjiang(), sex, year), Optional.empty(), Optional.of(people.mobile()));
        }

        List<AreaCode> districts() {
            return communities.stream().map(c -> AreaCode.of(c.value().substring(0, 6))).distinct().sorted().toList();
        }

        int legalAid() {
            List<AreaCode> districts = districts();
            List<LegalAidCentre> centres = new ArrayList<>();
            for (int d = 0; d < districts.size(); d++) {
                AreaCode district = districts.get(d);
                // The first district's lawyers are few against its demand (seed 002: demand outgrowing supply).
                int lawyers = d == 0 ? 2 : 3;
                List<Lawyer> list = new ArrayList<>();
                for (int i = 0; i < lawyers; i++) {
                    list.add(new Lawyer("lawyer-" + district.value().substring(0, 6) + "-" + i, people.surname(zhanjiang()) + "律师",
                            d == 0 ? 2 : 6));
                }
                centres.add(at(now).registerCentre(actor, new LegalAidCentre("legal-aid-" + district.value().substring(0, 6),
                        district, names.getOrDefault(district, "") + "法律援助中心", list)));
            }
            int count = 0;
            for (int i = 0; i < 36; i++) {
                Instant received = daysAgo(5 + 4 * i);
                AreaCode place = community(i);
                try {
                    LegalAidView a = at(received).apply(actor, new LegalAidUseCase.Apply(new LegalAidApplication.Intake(place, person(),
                            AID_MATTERS[i % AID_MATTERS.length], LegalAidCategory.values()[i % LegalAidCategory.values().length],
                            List.of("低保证", "社区经济困难证明"), WorkingTime.dateOf(received))));
                    count++;
                    if (i % 9 == 4) {
                        continue; // never decided: overdue once its 7 working days pass
                    }
                    // Mostly within a few days; every fifth well after the deadline.
                    Instant decided = received.plus(Duration.ofDays(i % 5 == 0 ? 16 : 1 + i % 4));
                    if (decided.isAfter(now)) {
                        continue;
                    }
                    var id = a.application().id();
                    if (i % 7 == 3) {
                        at(decided).refuse(actor, new LegalAidUseCase.Refuse(id, 1, "家庭人均收入高于本市法律援助经济困难标准"));
                        continue;
                    }
                    at(decided).grant(actor, new LegalAidUseCase.Grant(id, 1));
                    LegalAidCentre centre = centres.stream().filter(c -> c.area().contains(place)).findFirst().orElseThrow();
                    Lawyer lawyer = centre.lawyers().get(i % centre.lawyers().size());
                    try {
                        at(decided.plus(Duration.ofHours(2))).assign(actor, new LegalAidUseCase.Assign(id, 2, centre.code(), lawyer.id()));
                    } catch (DomainException full) {
                        continue; // the lawyer is at capacity: granted and waiting, which the report shows as demand
                    }
                    Instant closed = decided.plus(Duration.ofDays(30));
                    if (closed.isBefore(now) && i % 3 != 0) {
                        at(closed).close(actor, new LegalAidUseCase.Close(id, 3, "经调解达成协议，当事人获赔",
                                i % 4 == 0 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED));
                    }
                } catch (DomainException e) {
                    LOG.log(Level.FINE, e, () -> "demo legal-aid application stopped short");
                }
            }
            return count;
        }

        int petitions() {
            int count = 0;
            List<PetitionId> earlier = new ArrayList<>();
            // The disputes petitions opened, by petition: a repeat petition on the same matter joins its earlier one's.
            java.util.Map<PetitionId, DisputeId> opened = new java.util.HashMap<>();
            // Oldest first, so that a repeat petition comes after the one it repeats.
            for (int i = 39; i >= 0; i--) {
                Instant received = daysAgo(3 + 5 * i);
                AreaCode place = community(i + 1);
                Optional<PetitionId> repeatOf = i % 8 == 7 && !earlier.isEmpty() ? Optional.of(earlier.get(earlier.size() - 1)) : Optional.empty();
                String matter = PETITION_MATTERS[(repeatOf.isPresent() ? i + 1 : i) % PETITION_MATTERS.length];
                try {
                    PetitionView p = at(received).receive(actor, new PetitionUseCase.Receive(new Petition.Intake(place, person(),
                            matter, PetitionChannel.values()[i % 4],
                            (zhanjiang() ? "湛江市赤坎" + ZHANJIANG_AGENCIES[i % ZHANJIANG_AGENCIES.length]
                                    : "成都市锦江" + CHENGDU_AGENCIES[i % CHENGDU_AGENCIES.length]), repeatOf)));
                    count++;
                    earlier.add(p.petition().id());
                    var id = p.petition().id();
                    if (i % 10 == 9) {
                        at(received.plus(Duration.ofDays(3))).notAccept(actor, new PetitionUseCase.WithText(id, 1, "已进入诉讼程序，依法不予受理"));
                        continue;
                    }
                    Instant accepted = received.plus(Duration.ofDays(2));
                    if (accepted.isAfter(now)) {
                        continue;
                    }
                    PetitionView a = at(accepted).accept(actor, new PetitionUseCase.Target(id, 1));
                    long v = 2;
                    if (i % 8 == 0) {
                        // A petition about a quarrel between neighbours opens a dispute for mediation (seed 003).
                        PetitionView linked = at(accepted.plus(Duration.ofHours(2))).openDispute(actor, new PetitionUseCase.OpenDispute(id,
                                v++, DisputeType.NEIGHBOURHOOD.code(), "请求责令施工方停止夜间施工并赔偿损失",
                                new Risk(RiskLevel.MEDIUM, List.of("多户居民联名反映，情绪较大")), 6 + i % 5));
                        linked.petition().dispute().ifPresent(d -> opened.put(id, d));
                    } else if (repeatOf.isPresent() && opened.containsKey(repeatOf.get())) {
                        // The same matter again: the petition joins the dispute its earlier one opened.
                        at(accepted.plus(Duration.ofHours(2))).joinDispute(actor, new PetitionUseCase.JoinDispute(id, v++, opened.get(repeatOf.get())));
                    }
                    if (i % 6 == 1) {
                        at(accepted.plus(Duration.ofHours(1))).assignLeader(actor, new PetitionUseCase.WithText(id, v++, zhanjiang() ? "区委副书记 陈某" : "区委副书记 张某"));
                    }
                    if (i % 7 == 2 && accepted.plus(Duration.ofDays(40)).isBefore(now)) {
                        at(accepted.plus(Duration.ofDays(40))).extend(actor, new PetitionUseCase.WithText(id, v++, "涉及多个部门，需联合调查"));
                    }
                    if (i % 4 == 3) {
                        continue; // unanswered: in the backlog once the reply date passes
                    }
                    // Most replied within weeks; every fifth after the reply date.
                    Instant replied = i % 5 == 0 ? a.petition().replyDue().orElseThrow().passesAt().plus(Duration.ofDays(5))
                            : accepted.plus(Duration.ofDays(10 + i % 20));
                    if (replied.isAfter(now)) {
                        continue;
                    }
                    at(replied).reply(actor, new PetitionUseCase.WithText(id, v++, "经调查核实，已责成责任单位限期整改并书面答复"));
                    Instant after = replied.plus(Duration.ofDays(7));
                    if (after.isAfter(now)) {
                        continue;
                    }
                    if (i % 6 == 5) {
                        at(after).reopen(actor, new PetitionUseCase.Target(id, v++));
                        if (i % 12 != 11) {
                            continue; // reopened and in the backlog
                        }
                    }
                    // Cleared after a night visit (seed 003), with the petitioner's response.
                    at(after.plus(Duration.ofDays(1))).clear(actor, new PetitionUseCase.Clear(id, v, "夜访核实后问题已解决",
                            i % 5 == 1 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED));
                } catch (DomainException e) {
                    LOG.log(Level.FINE, e, () -> "demo petition stopped short");
                }
            }
            return count;
        }

        int complaints() {
            String[] agencies = zhanjiang() ? ZHANJIANG_AGENCIES : CHENGDU_AGENCIES;
            List<AreaCode> districts = districts();
            int count = 0;
            for (int i = 0; i < 20; i++) {
                Instant filed = daysAgo(4 + 6 * i);
                AreaCode district = districts.get(i % districts.size());
                String agency = names.getOrDefault(district, "") + agencies[i % agencies.length];
                try {
                    ComplaintView c = at(filed).file(actor, new SupervisionComplaint.Intake(district, agency, ACTS[i % ACTS.length], person()));
                    count++;
                    if (i % 5 == 2) {
                        continue; // unreviewed: overdue once its deadline passes
                    }
                    Instant reviewed = filed.plus(Duration.ofDays(i % 4 == 0 ? 50 : 12));
                    if (reviewed.isBefore(now)) {
                        ReviewOutcome outcome = ReviewOutcome.values()[i % 3];
                        at(reviewed).review(actor, new SupervisionUseCase.Review(c.complaint().id(), 1, outcome,
                                switch (outcome) {
                                    case UPHELD -> "执法程序合法，维持原行为";
                                    case CORRECTED -> "程序瑕疵，责令纠正并退还暂扣物品";
                                    case DISMISSED -> "投诉事项不属实，予以驳回";
                                }));
                    }
                } catch (DomainException e) {
                    LOG.log(Level.FINE, e, () -> "demo complaint stopped short");
                }
            }
            return count;
        }

        int publicity() {
            int count = 0;
            for (int i = 0; i < 24; i++) {
                Instant held = daysAgo(2 + 7 * i);
                AreaCode place = community(i + 2);
                PublicityEvent event = new PublicityEvent(PublicityEventId.random(), place, TOPICS[i % TOPICS.length],
                        AudienceKind.values()[i % AudienceKind.values().length], i % 3 == 0 ? "社区院坝" : "社区活动室",
                        WorkingTime.dateOf(held), 30 + random.nextInt(270));
                try {
                    at(held).record(actor, event);
                    count++;
                } catch (DomainException e) {
                    LOG.log(Level.FINE, e, () -> "demo publicity event stopped short");
                }
            }
            return count;
        }

        int regulations() {
            String name = zhanjiang() ? "湛江市" : "成都市";
            String body = name + "人民代表大会常务委员会";
            String[][] titles = {
                    {name + "社区发展治理促进条例", "2020-11-30", "2021-03-01"},
                    {name + "矛盾纠纷多元化解条例", "2019-06-27", "2019-10-01"},
                    {name + "物业管理条例", "2016-09-29", "2017-01-01"},
                    {name + "养犬管理条例", "2010-08-30", "2011-01-01"},
                    {name + "法律援助条例", "2023-10-26", "2024-01-01"}};
            int count = 0;
            for (int i = 0; i < titles.length; i++) {
                try {
                    Regulation r = at(now).register(actor, new Regulation.Draft(city, titles[i][0], name + "人大常委会公告第" + (10 + i) + "号",
                            body, LocalDate.parse(titles[i][1]), LocalDate.parse(titles[i][2]),
                            "第一条 为了" + titles[i][0].replace(name, "").replace("条例", "") + "，根据有关法律、行政法规，结合本市实际，制定本条例。"));
                    count++;
                    if (i == 2) {
                        at(now).amend(actor, new RegulationUseCase.Amend(r.id(), 1, name + "人大常委会关于修改《" + titles[i][0] + "》的决定",
                                LocalDate.of(2022, 7, 1), r.text() + "\n（2022年修正）"));
                    } else if (i == 3) {
                        at(now).repeal(actor, new RegulationUseCase.Repeal(r.id(), 1, name + "人大常委会关于废止《" + titles[i][0] + "》的决定",
                                LocalDate.of(2024, 5, 1)));
                    }
                } catch (DomainException e) {
                    LOG.log(Level.FINE, e, () -> "demo regulation stopped short");
                }
            }
            return count;
        }
    }
}
