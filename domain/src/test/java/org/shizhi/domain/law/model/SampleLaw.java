package org.shizhi.domain.law.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.WorkingTime;

/** Records of the law context for tests, in Chengdu's Jinjiang district, around the 2025 National Day holiday. */
public final class SampleLaw {

    public static final AreaCode CHENGDU = SampleEvents.CHENGDU;
    public static final AreaCode JINJIANG = SampleEvents.JINJIANG;
    public static final AreaCode CHUNXI_ROAD = SampleEvents.CHUNXI_ROAD;
    public static final AreaCode ZONGFU = SampleEvents.ZONGFU;
    public static final AreaCode HONGXING = SampleEvents.HONGXING;
    /** Friday 2025-09-26 10:00 in China, the last working day before the National Day holiday (1–8 October). */
    public static final Instant FRIDAY = SampleEvents.china("2025-09-26T10:00");

    public static final LegalAidCentre JINJIANG_CENTRE = new LegalAidCentre("jinjiang-legal-aid", JINJIANG, "锦江区法律援助中心",
            List.of(new Lawyer("lawyer-li", "李律师", 2), new Lawyer("lawyer-zhou", "周律师", 5)));

    private SampleLaw() {
    }

    public static WorkCalendar calendar() {
        return SampleEvents.calendar();
    }

    public static Instant china(String localDateTime) {
        return SampleEvents.china(localDateTime);
    }

    public static Person person() {
        return Person.of("魏明", IdNumber.parse("11010519491231002X"), PhoneNumber.parse("13812345678"));
    }

    public static LegalAidApplication.Intake legalAidIntake(AreaCode community, LocalDate receivedOn) {
        return new LegalAidApplication.Intake(community, person(), "建筑工地拖欠工资三个月，共计一万八千元", LegalAidCategory.LABOUR_REMUNERATION,
                List.of("最低生活保障证", "社区经济困难证明"), receivedOn);
    }

    public static LegalAidApplication legalAid(AreaCode community, LocalDate receivedOn, Instant now) {
        return LegalAidApplication.receive(LegalAidId.random(), legalAidIntake(community, receivedOn),
                Deadline.after(calendar(), WorkingTime.startOf(receivedOn), LawPolicy.standard().legalAidDecisionDays()), now);
    }

    public static Petition.Intake petitionIntake(AreaCode community) {
        return new Petition.Intake(community, person(), "小区旁建筑工地夜间施工噪音扰民，多次反映未果", PetitionChannel.ONLINE,
                "锦江区住房和城乡建设局", Optional.empty());
    }

    public static Petition petition(AreaCode community, Instant at) {
        return Petition.receive(PetitionId.random(), petitionIntake(community),
                Deadline.after(calendar(), at, LawPolicy.standard().petitionAcceptanceDays()), at);
    }

    /** A petition received at {@code at} and accepted at once, its reply due in 60 working days. */
    public static Petition accepted(AreaCode community, Instant at) {
        return petition(community, at).accept(at, Deadline.after(calendar(), at, LawPolicy.standard().petitionReplyDays()));
    }

    public static SupervisionComplaint complaint(AreaCode area, String agency, Instant at) {
        return SupervisionComplaint.file(ComplaintId.random(), new SupervisionComplaint.Intake(area, agency,
                        "城管执法人员暂扣经营工具未出具清单", person()),
                Deadline.after(calendar(), at, LawPolicy.standard().complaintReviewDays()), at);
    }

    public static Regulation.Draft regulationDraft(String documentNumber, LocalDate adopted, LocalDate effective) {
        return new Regulation.Draft(CHENGDU, "成都市社区发展治理促进条例", documentNumber, "成都市人民代表大会常务委员会",
                adopted, effective, "第一条 为了促进社区发展治理，根据有关法律法规，结合本市实际，制定本条例。");
    }
}
