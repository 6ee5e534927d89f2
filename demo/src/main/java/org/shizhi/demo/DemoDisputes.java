package org.shizhi.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.Mediator;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.Session;
import org.shizhi.domain.dispute.port.in.MediateDisputeUseCase;
import org.shizhi.domain.dispute.port.in.OpenDisputeUseCase;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;

/**
 * The dispute demo data: one-stop centres at the four levels of both demo cities, and the 97 cases of the ProMediConv
 * test split ({@code promediconv-cases.tsv}, Apache-2.0, licence beside it) opened as disputes, alternately in Chengdu
 * and Zhanjiang, with their descriptions, types and parties (synthetic but valid ID numbers, mobiles and credit codes),
 * and taken through the use cases to every state: opened, accepted, in mediation, concluded by agreement, closed after
 * an agreement held, failed and referred to the court, withdrawn, relapsed and reopened; some escalated, the HIGH and
 * CRITICAL ones through a joint consultation (3+N). Each case is opened 45 to 240 days ago, each step a day apart.
 */
public final class DemoDisputes {

    private static final Logger LOG = Logger.getLogger(DemoDisputes.class.getName());
    static final String CASES = "/org/shizhi/demo/promediconv-cases.tsv";
    /** Who mediates in the demo: a mediator of every demo centre. */
    public static final String MEDIATOR = "demo-mediator";
    /** The seed of the demo's synthetic ID numbers, mobiles and credit codes. */
    public static final long SEED = 20_251_121L;

    /** Parties named by their office (the mediator, a cadre, a police officer) are not parties to the dispute. */
    private static final Pattern OFFICIAL = Pattern.compile(".*(调解|工作人员|人员|干部|所长|片警|协警|主任|领导|调处|民警|律师|法官|书记|村委|居委|社区工作).*");
    private static final Pattern ORGANISATION = Pattern.compile(".*(公司|厂|医院|学校|局|站|中心|银行|店|矿|集团|企业|合作社|物业|电信|幼儿园|酒店|旅行社|驾校|家族|小区|村民|居民).*");
    private static final RiskLevel[] RISKS = {RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH,
        RiskLevel.MEDIUM, RiskLevel.CRITICAL};
    private static final DisputeSource[] SOURCES = {DisputeSource.WALK_IN, DisputeSource.HOTLINE, DisputeSource.COURT_REFERRAL,
        DisputeSource.PETITION, DisputeSource.NIGHT_VISIT};

    /** One case of the dataset. */
    record Case(String typeLabel, List<String> parties, String description) {
    }

    /** What the demo reached: disputes opened, and centres registered. */
    public record Loaded(int disputes, int centres) {
    }

    private DemoDisputes() {
    }

    static List<Case> cases() {
        List<Case> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DemoDisputes.class.getResourceAsStream(CASES), CASES), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                List<String> parties = new ArrayList<>();
                for (String p : fields[1].split("[,，、]")) {
                    if (!p.isBlank()) {
                        parties.add(p.strip());
                    }
                }
                result.add(new Case(fields[0], parties, fields[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /**
     * Registers the centres and opens the cases. {@code servicesAt} gives the dispute service on a clock standing at a
     * past instant; {@code areas} is the demo area tree.
     */
    public static Loaded load(Function<Clock, DisputeService> servicesAt, List<Area> areas, SplittableRandom random, Instant now) {
        DemoPeople people = new DemoPeople(random, 97);
        int centres = registerCentres(servicesAt.apply(Clock.fixed(now, WorkingTime.ZONE)), areas, people);
        return new Loaded(openCases(servicesAt, areas, people, now), centres);
    }

    /** The centres alone: quick, so the platform registers them before it listens; returns how many. */
    public static int registerCentres(DisputeService registry, List<Area> areas, SplittableRandom random) {
        return registerCentres(registry, areas, new DemoPeople(random, 96));
    }

    /** The cases alone, once the centres are registered; returns how many were opened. */
    public static int openCases(Function<Clock, DisputeService> servicesAt, List<Area> areas, SplittableRandom random, Instant now) {
        return openCases(servicesAt, areas, new DemoPeople(random, 97), now);
    }

    private static int registerCentres(DisputeService registry, List<Area> areas, DemoPeople people) {
        int centres = 0;
        int community = 0;
        for (Area area : areas) {
            AdminLevel level = area.code().level();
            boolean zhanjiang = area.code().cityCode().equals(AreaCode.of("440800"));
            if (level == AdminLevel.COMMUNITY) {
                // Every other community has its own centre (its people's mediation committee); the others go to the street.
                if (community++ % 2 == 1) {
                    continue;
                }
            }
            if (registry.centres(Actor.system(area.code().cityCode()), area.code()).stream().anyMatch(c -> c.area().equals(area.code()))) {
                continue; // a centre registered by hand is the city's own: never replaced by demo data
            }
            String name = area.name() + switch (level) {
                case COMMUNITY -> "人民调解委员会";
                case STREET -> "矛盾纠纷调解中心";
                case DISTRICT, CITY -> "一站式矛盾纠纷调解中心";
                case PROVINCE -> "";
            };
            registry.register(Actor.system(area.code().cityCode()), new MediationCentre(area.code(), name,
                    List.of(new Mediator(MEDIATOR, "值班调解员"), new Mediator("mediator-" + area.code(), people.staff(zhanjiang, 1965, 1995).name())),
                    Set.of()));
            centres++;
        }
        int registered = centres;
        LOG.info(() -> "dispute demo data: " + registered + " mediation centres registered");
        return centres;
    }

    private static int openCases(Function<Clock, DisputeService> servicesAt, List<Area> areas, DemoPeople people, Instant now) {
        List<AreaCode> communities = areas.stream().map(Area::code).filter(c -> c.level() == AdminLevel.COMMUNITY).toList();
        List<AreaCode> chengdu = communities.stream().filter(c -> c.cityCode().equals(AreaCode.of("510100"))).toList();
        List<AreaCode> zhanjiang = communities.stream().filter(c -> c.cityCode().equals(AreaCode.of("440800"))).toList();
        List<Case> cases = cases();
        int opened = 0;
        for (int i = 0; i < cases.size(); i++) {
            List<AreaCode> city = i % 2 == 0 ? chengdu : zhanjiang;
            AreaCode place = city.get((i * 7) % city.size());
            Instant at = now.minus(Duration.ofDays(45 + 2L * (cases.size() - 1 - i))).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                    .plus(Duration.ofHours(2 + i % 6));
            try {
                open(servicesAt, cases.get(i), i, place, at, people);
                opened++;
            } catch (RuntimeException e) {
                int n = i;
                LOG.log(java.util.logging.Level.WARNING, e, () -> "demo dispute " + n + " stopped short");
            }
        }
        int loadedDisputes = opened;
        LOG.info(() -> "dispute demo data loaded: " + loadedDisputes + " disputes");
        return opened;
    }

    /** Opens case {@code i} at {@code at} and takes it through the steps of its plan, a day apart. */
    private static void open(Function<Clock, DisputeService> servicesAt, Case c, int i, AreaCode place, Instant at, DemoPeople people) {
        Actor mediator = new Actor(MEDIATOR, place.cityCode(), place.cityCode(), Set.of(Role.MEDIATOR), Set.of());
        boolean zhanjiang = place.cityCode().equals(AreaCode.of("440800"));
        RiskLevel risk = RISKS[(i * 3) % RISKS.length];
        DisputeSource source = SOURCES[i % SOURCES.length];
        List<Party> parties = parties(c, zhanjiang, place, people);
        DisputeType type = DisputeType.ofLabel(c.typeLabel()).orElse(DisputeType.OTHER);
        List<String> reasons = risk == RiskLevel.LOW ? List.of() : List.of(switch (risk) {
            case MEDIUM -> "双方分歧较大，多次协商未果";
            case HIGH -> "当事人情绪激动，有扬言过激行为";
            default -> "涉及人数多，存在群体性事件风险";
        });
        Dispute.Intake intake = new Dispute.Intake(source, Optional.empty(), place, type.code(), parties, c.description(),
                claims(type), amount(c.description()), Math.max(1, parties.size()), new Risk(risk, reasons),
                source == DisputeSource.PETITION && i % 3 == 0,
                source == DisputeSource.COURT_REFERRAL ? MediationChannel.JUDICIAL : MediationChannel.PEOPLE);
        Steps s = new Steps(servicesAt, mediator, at);
        DisputeId id = s.service().open(mediator, new OpenDisputeUseCase.OpenDisputeCommand(intake)).dispute().dispute().id();
        s.id = id;
        s.version = 1;
        int plan = i % 8;
        if (plan == 0) {
            return; // OPENED, awaiting acceptance
        }
        if (i % 5 == 0 && risk != RiskLevel.CRITICAL) {
            s.next(d -> d.escalate(mediator, new MediateDisputeUseCase.Escalate(id, s.version, "社区调解力量不足，报上级调解中心")));
        }
        s.next(d -> d.accept(mediator, new MediateDisputeUseCase.Accept(id, s.version, "已受理")));
        if (plan == 1) {
            return; // ACCEPTED
        }
        // The centre's own first mediator holds the session (a centre registered by hand has its own mediators).
        Dispute now = s.service().dispute(mediator, id).dispute();
        String sessionMediator = s.service().centres(mediator, now.centre()).stream().filter(centre -> centre.area().equals(now.centre()))
                .flatMap(centre -> centre.mediators().stream()).map(Mediator::id).findFirst().orElse(MEDIATOR);
        s.next(d -> d.holdSession(mediator, new MediateDisputeUseCase.HoldSession(id, s.version, new Session(s.today(),
                List.of(sessionMediator), parties.stream().map(Party::name).limit(4).toList(), "听取双方陈述，释法说理，引导双方互谅互让。"))));
        if (plan == 2) {
            return; // IN_MEDIATION
        }
        if (risk == RiskLevel.HIGH || risk == RiskLevel.CRITICAL || (intake.petitionBacklog() && zhanjiang)) {
            s.next(d -> d.convene(mediator, new MediateDisputeUseCase.Convene(id, s.version, Set.of(ConsultationBody.GRID_WORKER))));
            var bodies = s.service().dispute(mediator, id).dispute().consultation().orElseThrow().bodies();
            for (ConsultationBody body : bodies) {
                s.next(d -> d.recordOpinion(mediator, new MediateDisputeUseCase.RecordOpinion(id, s.version, body, opinion(body))));
            }
            s.next(d -> d.concludeConsultation(mediator, new MediateDisputeUseCase.ConcludeConsultation(id, s.version,
                    "三长会商一致意见：依法依规、兼顾情理，由调解中心主持达成协议，各方分工督促履行。")));
        }
        Outcome outcome = switch (plan) {
            case 5 -> new Outcome.Failure("双方对赔偿数额分歧过大，调解不成", Outcome.Referral.LITIGATION,
                    zhanjiang ? "湛江市赤坎区人民法院" : "成都市锦江区人民法院", s.today().plusDays(3));
            case 6 -> new Outcome.Withdrawal("双方自行和解，申请人撤回调解申请");
            default -> new Outcome.Agreement("经调解，双方自愿达成协议：" + claims(type) + "按协议约定履行，履行完毕后双方再无纠葛。",
                    List.of(new Outcome.Obligation("按约定支付款项", amount(c.description()).or(() -> Optional.of(new BigDecimal("3000.00"))),
                            Optional.of(s.today().plusDays(20)))),
                    parties.stream().map(Party::name).limit(3).toList(), Outcome.JudicialConfirmation.NONE);
        };
        s.next(d -> d.conclude(mediator, new MediateDisputeUseCase.Conclude(id, s.version, outcome)));
        if (plan == 3) {
            if (i % 3 == 0) {
                s.next(d -> d.judicialConfirmation(mediator, new MediateDisputeUseCase.JudicialConfirmationCommand(id, s.version,
                        Outcome.JudicialConfirmation.REQUESTED)));
            }
            return; // CONCLUDED, the follow-up to come
        }
        if (plan == 4 || plan == 7) {
            s.next(d -> d.followUp(mediator, new MediateDisputeUseCase.RecordFollowUp(id, s.version,
                    i % 16 == 4 ? FollowUp.Result.PARTLY_FULFILLED : FollowUp.Result.HOLDING, "回访：协议履行情况良好。")));
        }
        s.next(d -> d.close(mediator, new MediateDisputeUseCase.Close(id, s.version, "结案归档")));
        if (plan == 7) {
            s.next(d -> d.followUp(mediator, new MediateDisputeUseCase.RecordFollowUp(id, s.version, FollowUp.Result.RELAPSED,
                    "再次回访：一方未按协议履行，矛盾反弹。")));
        }
    }

    /** A dispute's steps, each on the service at a clock one day later. */
    private static final class Steps {
        private final Function<Clock, DisputeService> servicesAt;
        private Instant at;
        DisputeId id;
        long version;

        Steps(Function<Clock, DisputeService> servicesAt, Actor actor, Instant at) {
            this.servicesAt = servicesAt;
            this.at = at;
        }

        DisputeService service() {
            return servicesAt.apply(Clock.fixed(at, WorkingTime.ZONE));
        }

        LocalDate today() {
            return WorkingTime.dateOf(at);
        }

        void next(Function<DisputeService, org.shizhi.domain.dispute.port.in.DisputeChanged> step) {
            at = at.plus(Duration.ofDays(1));
            version = step.apply(service()).dispute().dispute().version();
        }
    }

    private static List<Party> parties(Case c, boolean zhanjiang, AreaCode place, DemoPeople people) {
        String region = place.toString().substring(0, 6);
        List<Party> parties = new ArrayList<>();
        for (String name : c.parties()) {
            if (OFFICIAL.matcher(name).matches() || parties.size() >= 6) {
                continue;
            }
            String shown = name.length() > Party.MAX_NAME_LENGTH ? name.substring(0, Party.MAX_NAME_LENGTH) : name;
            Party.Role role = parties.isEmpty() ? Party.Role.APPLICANT : Party.Role.RESPONDENT;
            if (ORGANISATION.matcher(name).matches()) {
                boolean company = name.matches(".*(公司|厂|店|矿|集团|企业|酒店|旅行社|驾校|物业).*");
                parties.add(Party.organisation(role, shown, company ? people.creditCode("91", region) : null, people.mobile()));
            } else {
                LocalDate birth = LocalDate.of(people.between(1950, 2000), people.between(1, 12), people.between(1, 28));
                parties.add(Party.person(role, shown, people.idNumber(region, birth,
                        people.between(0, 1) == 0 ? DemoPeople.Sex.MALE : DemoPeople.Sex.FEMALE), people.mobile()));
            }
        }
        if (parties.isEmpty()) {
            parties.add(Party.person(Party.Role.APPLICANT, "申请人", null, people.mobile()));
        }
        return parties;
    }

    private static String claims(DisputeType type) {
        return switch (type.code()) {
            case "LABOUR" -> "要求支付拖欠工资及工伤赔偿。";
            case "FAMILY_MARRIAGE" -> "要求调解家庭矛盾，明确抚养与财产分配。";
            case "PROPERTY_LAND" -> "要求确认权属，停止侵占并恢复原状。";
            case "DEBT" -> "要求归还欠款及利息。";
            case "TRAFFIC_ACCIDENT" -> "要求赔偿医疗费、误工费及车辆损失。";
            case "MEDICAL" -> "要求医院说明情况并赔偿损失。";
            case "ENVIRONMENT" -> "要求停止污染并赔偿损失。";
            case "INHERITANCE" -> "要求依法分割遗产。";
            case "CONSUMER_TOURISM" -> "要求退款并赔偿损失。";
            case "EDUCATION" -> "要求学校说明情况并承担相应责任。";
            case "BUSINESS" -> "要求按合同结算并赔偿损失。";
            case "PUBLIC_ORDER" -> "要求赔偿损失并赔礼道歉。";
            default -> "要求停止侵害，恢复邻里和睦。";
        };
    }

    /** The first amount in yuan the description names, if it names one ("2293元", "1.5万元"). */
    static Optional<BigDecimal> amount(String description) {
        var m = Pattern.compile("(\\d+(?:\\.\\d+)?)(万)?元").matcher(description);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            value = value.multiply(BigDecimal.valueOf(10_000));
        }
        if (value.scale() > 2 || value.compareTo(new BigDecimal("1000000000")) >= 0) {
            return Optional.empty();
        }
        return Optional.of(value.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private static String opinion(ConsultationBody body) {
        return switch (body) {
            case PEOPLES_COURT -> "协议内容合法，可申请司法确认。";
            case POLICE_STATION -> "已做好现场稳控，防止矛盾激化。";
            case JUDICIAL_OFFICE -> "释法明理，建议依法调解。";
            case GRID_WORKER -> "当事人家庭情况已摸清，愿配合做工作。";
            case VILLAGE_CADRE -> "村里愿协助督促履行协议。";
            default -> "支持调解方案。";
        };
    }
}
