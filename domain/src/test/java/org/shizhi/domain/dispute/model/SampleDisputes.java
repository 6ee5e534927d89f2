package org.shizhi.domain.dispute.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkCalendar;

/** Disputes and centres of Chengdu's 锦江区 for tests: a centre at each of the four levels above 总府路社区. */
public final class SampleDisputes {

    public static final AreaCode CHENGDU = SampleEvents.CHENGDU;
    public static final AreaCode JINJIANG = SampleEvents.JINJIANG;
    public static final AreaCode CHUNXI_ROAD = SampleEvents.CHUNXI_ROAD;
    public static final AreaCode ZONGFU = SampleEvents.ZONGFU;
    public static final AreaCode HONGXING = SampleEvents.HONGXING;

    public static final Acting MEDIATOR = new Acting("tiao.jie", Role.MEDIATOR);

    public static final MediationCentre COMMUNITY_CENTRE = new MediationCentre(ZONGFU, "总府路社区人民调解委员会",
            List.of(new Mediator("tiao.jie", "刘调解"), new Mediator("he.ping", "何和平")), Set.of());
    public static final MediationCentre STREET_CENTRE = new MediationCentre(CHUNXI_ROAD, "春熙路街道矛盾纠纷调解中心",
            List.of(new Mediator("street.med", "陈街调")), Set.of());
    public static final MediationCentre DISTRICT_CENTRE = new MediationCentre(JINJIANG, "锦江区一站式矛盾纠纷调解中心",
            List.of(new Mediator("district.med", "周区调")), Set.of());
    public static final MediationCentre CITY_CENTRE = new MediationCentre(CHENGDU, "成都市矛盾纠纷多元化解中心",
            List.of(new Mediator("city.med", "吴市调")), Set.of());
    public static final List<MediationCentre> ALL_LEVELS = List.of(COMMUNITY_CENTRE, STREET_CENTRE, DISTRICT_CENTRE, CITY_CENTRE);

    /** Friday 2025-09-26 10:00 in China, the last working day before the National Day holiday. */
    public static final Instant FRIDAY = SampleEvents.china("2025-09-26T10:00");

    private SampleDisputes() {
    }

    public static WorkCalendar calendar() {
        return SampleEvents.calendar();
    }

    public static Party applicant() {
        return Party.person(Party.Role.APPLICANT, "魏明", IdNumber.parse("11010519491231002X"), PhoneNumber.parse("13812345678"));
    }

    public static Party respondent() {
        return Party.organisation(Party.Role.RESPONDENT, "锦江某汽车配件厂", null, null);
    }

    public static Dispute.Intake intake(RiskLevel risk) {
        return new Dispute.Intake(DisputeSource.WALK_IN, Optional.empty(), ZONGFU, "LABOUR", List.of(applicant(), respondent()),
                "魏某在汽车配件厂上班时左手小指被机器压伤。", "要求工伤赔偿医疗费2293元及误工费。",
                Optional.of(new BigDecimal("2293.00")), 2,
                new Risk(risk, risk == RiskLevel.LOW ? List.of() : List.of("当事人情绪激动")), false, MediationChannel.PEOPLE);
    }

    /** A dispute opened at {@code at} at {@code centre} with the given risk. */
    public static DisputeTransition opened(RiskLevel risk, MediationCentre centre, Instant at) {
        return Dispute.open(DisputeId.random(), intake(risk), DisputeType.LABOUR, centre,
                Deadline.after(calendar(), at, 3), at, MEDIATOR);
    }

    public static Outcome.Agreement agreement() {
        return new Outcome.Agreement("厂方一次性支付医药费2293元、误工费1000元。",
                List.of(new Outcome.Obligation("支付医药费", Optional.of(new BigDecimal("2293.00")), Optional.of(LocalDate.of(2025, 10, 15)))),
                List.of("魏明", "金某"), Outcome.JudicialConfirmation.NONE);
    }
}
