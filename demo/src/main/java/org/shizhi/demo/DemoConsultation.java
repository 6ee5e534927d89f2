package org.shizhi.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.logging.Logger;
import org.shizhi.domain.consultation.model.AssetKind;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureCategory;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.DisposalKind;
import org.shizhi.domain.consultation.model.DisposalRef;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingMode;
import org.shizhi.domain.consultation.model.Member;
import org.shizhi.domain.consultation.model.QuorumRule;
import org.shizhi.domain.consultation.model.Risk;
import org.shizhi.domain.consultation.model.RiskScores;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.StabilityRiskLevel;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.consultation.port.in.CouncilUseCase;
import org.shizhi.domain.consultation.port.in.CouncilView;
import org.shizhi.domain.consultation.port.in.DisclosureUseCase;
import org.shizhi.domain.consultation.port.in.StabilityRiskUseCase;
import org.shizhi.domain.consultation.port.in.TopicUseCase;
import org.shizhi.domain.consultation.port.in.TopicView;
import org.shizhi.domain.consultation.service.ConsultationService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The consultation context's demo records for Chengdu and Zhanjiang, entered through the use cases on clocks in the
 * past, so that every report has something to say: councils of every kind (Zhanjiang's 村民代表话事 most of all) with
 * members whose terms ran out and who serve now; meetings online and offline; topics closed with feedback, decided and
 * waiting for it, voted without a quorum; major decisions taken after LOW and approved MEDIUM assessments and one held
 * at HIGH; disclosure boards that publish every month and some that went silent; the village ledger with disposals
 * disclosed in time, late and not at all.
 */
public final class DemoConsultation {

    private static final Logger LOG = Logger.getLogger(DemoConsultation.class.getName());
    public static final long SEED = 20_261_207L;
    private static final String[] TOPICS = {"老旧小区加装电梯费用分摊", "小区停车位划线与收费", "背街小巷环境整治", "广场舞噪音时段约定",
            "村道硬化筹资", "集体鱼塘承包到期续包", "垃圾分类投放点选址", "社区食堂开办", "儿童游乐场改造", "农房风貌整治补助标准"};
    private static final String[] MAJOR = {"城中村改造征收补偿方案", "集体土地入市流转方案", "安置小区选址"};
    private static final String[] ASSETS = {"集体林地", "村集体鱼塘", "村委会旧办公楼", "集体经济发展资金", "村道沿线商铺", "农机仓库"};

    /** What was loaded. */
    public record Loaded(int councils, int meetings, int topics, int assessments, int boards, int items, int assets, int disposals) {
    }

    private DemoConsultation() {
    }

    /** Loads both cities' records unless the city has councils already. */
    public static Loaded load(Function<Clock, ConsultationService> servicesAt, List<Area> areas, SplittableRandom random, Instant now) {
        int[] n = new int[8];
        for (AreaCode city : List.of(AreaCode.of("510100"), AreaCode.of("440800"))) {
            List<AreaCode> communities = areas.stream().map(Area::code)
                    .filter(c -> c.level() == AdminLevel.COMMUNITY && c.cityCode().equals(city)).toList();
            if (communities.isEmpty()) {
                continue;
            }
            Actor clerk = actor(city);
            if (!servicesAt.apply(Clock.systemUTC()).councils(clerk, city, Optional.empty(), PageRequest.first(1)).items().isEmpty()) {
                continue;
            }
            java.util.Map<AreaCode, String> names = new java.util.HashMap<>();
            areas.forEach(a -> names.put(a.code(), a.name()));
            new City(city, communities, names, servicesAt, clerk, random, now,
                    new DemoPeople(random, city.value().startsWith("44") ? 61 : 62), n).load();
        }
        Loaded loaded = new Loaded(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
        LOG.info(() -> "consultation demo data loaded: " + loaded);
        return loaded;
    }

    /** The platform's demo clerk of a city: staff, street officer and admin at once, without the personal-data privilege. */
    static Actor actor(AreaCode city) {
        return new Actor("demo-consultation", city, city, Set.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER, Role.CITY_ADMIN), Set.of());
    }

    private record City(AreaCode city, List<AreaCode> communities, java.util.Map<AreaCode, String> names,
                        Function<Clock, ConsultationService> servicesAt, Actor actor, SplittableRandom random, Instant now,
                        DemoPeople people, int[] n) {

        boolean zhanjiang() {
            return city.value().startsWith("44");
        }

        ConsultationService at(Instant when) {
            return servicesAt.apply(Clock.fixed(when, WorkingTime.ZONE));
        }

        /** A working moment {@code days} days before now, at 09:00–16:59 in China. */
        Instant daysAgo(int days) {
            return WorkingTime.startOf(today().minusDays(days)).plus(Duration.ofHours(9 + random.nextInt(8)));
        }

        LocalDate today() {
            return WorkingTime.dateOf(now);
        }

        String name() {
            return people.name(zhanjiang(), people.sex(), 1950 + random.nextInt(55));
        }

        /** Eight communities spread over the city. */
        List<AreaCode> chosen() {
            List<AreaCode> chosen = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                AreaCode c = communities.get((i * 11 + 5) % communities.size());
                if (!chosen.contains(c)) {
                    chosen.add(c);
                }
            }
            return chosen;
        }

        void load() {
            List<AreaCode> chosen = chosen();
            for (int i = 0; i < chosen.size(); i++) {
                AreaCode community = chosen.get(i);
                councilWithTopics(community, i);
                ledgerAndDisclosures(community, i);
            }
        }

        CouncilKind kind(int i) {
            CouncilKind[] chengdu = {CouncilKind.RESIDENTS_COUNCIL, CouncilKind.COURTYARD_MEETING, CouncilKind.CHILDREN,
                CouncilKind.PUBLIC_OPINION_TALK};
            CouncilKind[] zhanjiang = {CouncilKind.VILLAGE_REPRESENTATIVES_TALK, CouncilKind.VILLAGE_REPRESENTATIVES_TALK,
                CouncilKind.PUBLIC_OPINION_TALK, CouncilKind.RESIDENTS_COUNCIL};
            return (zhanjiang() ? zhanjiang : chengdu)[i % 4];
        }

        void councilWithTopics(AreaCode community, int i) {
            CouncilKind kind = kind(i);
            String place = names.getOrDefault(community, community.value());
            String councilName = place + switch (kind) {
                case RESIDENTS_COUNCIL -> "居民议事会";
                case VILLAGE_REPRESENTATIVES_TALK -> "村民代表话事会";
                case CHILDREN -> "儿童议事会";
                case PUBLIC_OPINION_TALK -> "民情恳谈会";
                case COURTYARD_MEETING -> "坝坝会";
            };
            List<Member> members = new ArrayList<>();
            LocalDate termStart = today().minusYears(2).withDayOfYear(1);
            for (int m = 0; m < 9; m++) {
                members.add(new Member(name(), m % 3 == 0 ? Optional.empty() : Optional.of(people.mobile()),
                        kind == CouncilKind.CHILDREN ? "少先队员" : m == 0 ? "党组织书记" : zhanjiang() ? "村民代表" : "居民代表",
                        termStart, termStart.plusYears(5).minusDays(1)));
            }
            // Two whose term ended last year: the quorum counts only those serving on a meeting's day.
            for (int m = 0; m < 2; m++) {
                members.add(new Member(name(), Optional.empty(), "原代表", termStart.minusYears(3), termStart.minusDays(1)));
            }
            QuorumRule quorum = kind == CouncilKind.COURTYARD_MEETING ? new QuorumRule(1, 2) : QuorumRule.standard();
            Instant formed = daysAgo(200);
            CouncilView council = at(formed).form(actor, new Council.Charter(community, kind, councilName, quorum, members));
            n[0]++;
            for (int m = 0; m < 3; m++) {
                int daysAgo = 150 - m * 60 - (i % 5);
                MeetingMode mode = (i + m) % 3 == 0 ? MeetingMode.ONLINE : MeetingMode.OFFLINE;
                Meeting meeting = at(daysAgo(daysAgo)).hold(actor, new CouncilUseCase.Hold(council.council().id(), mode,
                        today().minusDays(daysAgo), mode == MeetingMode.ONLINE ? place + "居民微信群" : place + "党群服务中心",
                        20 + random.nextInt(60)));
                n[1]++;
                topics(meeting, daysAgo, i, m);
            }
        }

        /** Three topics a meeting: one closed with feedback, one decided waiting for feedback, one voted without a quorum. */
        void topics(Meeting meeting, int daysAgo, int i, int m) {
            for (int t = 0; t < 3; t++) {
                Instant raised = daysAgo(daysAgo);
                String title = TOPICS[(i * 3 + m + t) % TOPICS.length];
                TopicView v = at(raised).raise(actor, new Topic.Raise(meeting.id(), title, title + "：居民提出，议事会商议", false));
                n[2]++;
                v = at(raised).hear(actor, new TopicUseCase.Hear(v.topic().id(), 1, name(), "居民", "赞成，但费用要公开"));
                v = at(raised).hear(actor, new TopicUseCase.Hear(v.topic().id(), 2, name(), "楼栋长", "建议分期实施"));
                v = at(raised).propose(actor, new TopicUseCase.Propose(v.topic().id(), 3, "按" + title + "方案一实施"));
                boolean noQuorum = t == 2 && (i + m) % 2 == 0;
                v = at(raised).vote(actor, new TopicUseCase.CastVote(v.topic().id(), 4, 1, noQuorum ? 4 : 8, noQuorum ? 3 : 6, 1, noQuorum ? 0 : 1));
                if (noQuorum) {
                    continue;
                }
                if (t == 2) {
                    continue; // passed, undecided, no feedback: open and waiting
                }
                v = at(raised.plus(Duration.ofDays(2))).decide(actor, new TopicUseCase.Decide(v.topic().id(), 5, 1, "按方案一实施"));
                if (t == 1 && daysAgo < 100) {
                    continue; // decided, the feedback still owed
                }
                v = at(raised.plus(Duration.ofDays(9))).publishFeedback(actor, new TopicUseCase.PublishFeedback(v.topic().id(), 6,
                        "议事结果已公示，" + title + "按方案一实施", zhanjiang() ? "村务公开栏" : "社区公众号"));
                at(raised.plus(Duration.ofDays(12))).close(actor, new TopicUseCase.Target(v.topic().id(), 7));
            }
            if (m == 0 && i < MAJOR.length) {
                major(meeting, daysAgo, i);
            }
        }

        /** A major decision per community of the first three: LOW decided, MEDIUM with an approved plan decided, HIGH held. */
        void major(Meeting meeting, int daysAgo, int i) {
            Instant raised = daysAgo(daysAgo - 1);
            TopicView v = at(raised).raise(actor, new Topic.Raise(meeting.id(), MAJOR[i], MAJOR[i] + "，涉及群众切身利益", true));
            n[2]++;
            v = at(raised).propose(actor, new TopicUseCase.Propose(v.topic().id(), 1, MAJOR[i] + "（征求意见稿）"));
            v = at(raised).vote(actor, new TopicUseCase.CastVote(v.topic().id(), 2, 1, 9, 7, 1, 1));
            StabilityRiskLevel level = StabilityRiskLevel.values()[i];
            List<Risk> risks = level == StabilityRiskLevel.LOW ? List.of()
                    : List.of(new Risk("部分群众对补偿标准有异议", "公开测算依据，设立复核渠道"), new Risk("可能引发集体上访", "包案领导提前走访"));
            StabilityRiskAssessment assessed = at(raised.plus(Duration.ofDays(5))).assess(actor, new StabilityRiskAssessment.Findings(
                    v.topic().id(), MAJOR[i], new RiskScores(90 - i * 10, 85 - i * 15, 80 - i * 10, 75 - i * 20), risks,
                    List.of("问卷调查 " + (120 + i * 30) + " 份", "召开听证会一次", "入户走访重点户"), level)).assessment();
            n[3]++;
            if (level == StabilityRiskLevel.HIGH) {
                return; // never decided: the gate holds it
            }
            if (level == StabilityRiskLevel.MEDIUM) {
                at(raised.plus(Duration.ofDays(8))).approveMitigation(actor, new StabilityRiskUseCase.ApproveMitigation(assessed.id(), 1,
                        "分片实施、补偿标准公示三十日、设立群众意见复核小组", zhanjiang() ? "镇党委书记" : "街道党工委书记"));
            }
            v = at(raised.plus(Duration.ofDays(10))).decide(actor, new TopicUseCase.Decide(v.topic().id(), 3, 1, MAJOR[i] + "按修改稿实施"));
            at(raised.plus(Duration.ofDays(15))).publishFeedback(actor, new TopicUseCase.PublishFeedback(v.topic().id(), 4,
                    MAJOR[i] + "决定及风险评估结论已公示", "公开栏"));
        }

        /**
         * A board opened 200 days ago; a ledger of three entries with disposals; the months disclosed: every month for
         * most boards, the last two skipped by every third; disposals disclosed in time, late, or not at all.
         */
        void ledgerAndDisclosures(AreaCode community, int i) {
            String place = names.getOrDefault(community, community.value());
            at(daysAgo(200)).openBoard(actor, new DisclosureBoard(community, place, today().minusDays(200)));
            n[4]++;
            List<DisposalRef> pending = new ArrayList<>();
            List<LocalDate> pendingDays = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                String assetName = ASSETS[(i + a) % ASSETS.length];
                AssetKind kind = assetName.contains("资金") ? AssetKind.FUND : assetName.contains("林地") || assetName.contains("鱼塘")
                        ? AssetKind.RESOURCE : AssetKind.ASSET;
                VillageAsset asset = at(daysAgo(190)).registerAsset(actor, new VillageAsset.Entry(community, kind, assetName,
                        BigDecimal.valueOf(50_000L + random.nextInt(500_000))));
                n[6]++;
                for (int d = 0; d < 2; d++) {
                    int daysAgo = 170 - a * 40 - d * 25 - (i % 7);
                    DisposalKind how = kind == AssetKind.FUND ? DisposalKind.SPENDING : d == 0 ? DisposalKind.LEASE : DisposalKind.CONTRACT_OUT;
                    asset = at(daysAgo(daysAgo)).dispose(actor, new DisclosureUseCase.Dispose(asset.id(), asset.version(), how,
                            assetName + (how == DisposalKind.SPENDING ? "用于村道维修" : "发包给本村经济合作社"),
                            BigDecimal.valueOf(5_000L + random.nextInt(80_000)), today().minusDays(daysAgo)));
                    n[7]++;
                    pending.add(new DisposalRef(asset.id(), asset.disposals().size()));
                    pendingDays.add(today().minusDays(daysAgo));
                }
            }
            YearMonth last = YearMonth.from(today()).minusMonths(1);
            for (YearMonth month = YearMonth.from(today().minusDays(180)); !month.isAfter(last); month = month.plusMonths(1)) {
                if (!month.isBefore(last.minusMonths(1)) && i % 3 == 0) {
                    continue; // this board went silent: nothing for the last two months, nothing published last month
                }
                LocalDate fifth = month.plusMonths(1).atDay(5);
                LocalDate publishedOn = fifth.isAfter(today()) ? today() : fifth;
                if (publishedOn.isBefore(today().minusDays(199))) {
                    continue;
                }
                Instant when = WorkingTime.startOf(publishedOn).plus(Duration.ofHours(10));
                at(when).publish(actor, new DisclosureItem.Draft(community, DisclosureCategory.PARTY_AFFAIRS, month,
                        month.getMonthValue() + "月党务公开", "党费收缴、发展党员及组织生活会情况", List.of()));
                at(when).publish(actor, new DisclosureItem.Draft(community, DisclosureCategory.VILLAGE_AFFAIRS, month,
                        month.getMonthValue() + "月村（居）务公开", "议事会议定事项及落实情况", List.of()));
                // The finance item names the disposals of the month, except those a careless board leaves out (every other
                // board forgets the second disposal of each asset, which then waits for a later month or for ever).
                List<DisposalRef> covered = new ArrayList<>();
                for (int k = 0; k < pending.size(); k++) {
                    boolean forgotten = i % 2 == 1 && k % 2 == 1;
                    if (!forgotten && YearMonth.from(pendingDays.get(k)).equals(month)) {
                        covered.add(pending.get(k));
                    }
                }
                at(when).publish(actor, new DisclosureItem.Draft(community, DisclosureCategory.FINANCE, month,
                        month.getMonthValue() + "月财务收支及三资处置公开", "收入、支出明细及集体资产资源资金处置情况", covered));
                n[5] += 3;
            }
        }
    }
}
