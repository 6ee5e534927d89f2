package org.shizhi.domain.archive.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.dispute.model.SampleDisputes.COMMUNITY_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.FRIDAY;
import static org.shizhi.domain.dispute.model.SampleDisputes.MEDIATOR;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.dispute.model.ClosedDisputeRecord;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.SampleDisputes;
import org.shizhi.domain.dispute.port.out.DisputeWrite;
import org.shizhi.domain.dispute.port.out.InMemoryDisputeRepository;

class ClosedDisputesTest {

    private final InMemoryDisputeRepository repository = new InMemoryDisputeRepository();

    private Dispute save(org.shizhi.domain.dispute.model.DisputeTransition t) {
        repository.save(DisputeWrite.of(t));
        return t.dispute();
    }

    /** Opened on Friday, withdrawn and closed the next Monday. */
    private Dispute closed() {
        Dispute d = save(SampleDisputes.opened(RiskLevel.HIGH, COMMUNITY_CENTRE, FRIDAY));
        d = save(d.conclude(MEDIATOR, FRIDAY.plus(Duration.ofDays(3)), new Outcome.Withdrawal("双方自行和解，申请人撤回"),
                ConsultationRequirement.none(), null));
        return save(d.close(MEDIATOR, FRIDAY.plus(Duration.ofDays(3)), "结案"));
    }

    @Test
    void aClosedDisputeBecomesACaseOfTheDisputeSourceWithItsTextsPartiesDatesAndTags() {
        Dispute d = closed();
        CaseRecord c = ClosedDisputes.caseOf(ClosedDisputeRecord.of(d));

        assertThat(c.id()).as("named by dispute and closing version").isEqualTo(CaseId.ofDispute(d.id().value(), d.version()));
        assertThat(c.source()).isEqualTo(CaseSource.DISPUTE);
        assertThat(c.caseType()).as("the dispute type's label").isEqualTo("劳资劳动纠纷");
        assertThat(c.city().value()).isEqualTo("510100000000");
        assertThat(c.area()).isEqualTo(d.area());
        assertThat(c.title()).isEqualTo("魏某在汽车配件厂上班时左手小指被机器压伤。");
        assertThat(c.facts()).as("facts, then the claims").contains("左手小指被机器压伤").contains("要求工伤赔偿医疗费2293元");
        assertThat(c.outcome()).as("the outcome's text").contains("双方自行和解，申请人撤回");
        assertThat(c.reasoning()).contains("PEOPLE").contains("HIGH").contains("COMMUNITY")
                .as("no personal data, and no boilerplate every case would share").doesNotContain("11010519491231002X", "个人信息");
        assertThat(c.parties()).extracting(Party::name, Party::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("魏明", "申请人（个人）"),
                        org.assertj.core.groups.Tuple.tuple("锦江某汽车配件厂", "被申请人（单位）"));
        assertThat(c.parties()).as("ID numbers and mobiles stay with the dispute")
                .allSatisfy(p -> assertThat(p.idNumber().isEmpty() && p.phone().isEmpty()).isTrue());
        assertThat(c.occurredOn()).as("opened (China time)").isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(c.closedOn()).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(c.tags()).contains("LABOUR", "RISK_HIGH", "PEOPLE", "CENTRE_COMMUNITY", "WALK_IN")
                .doesNotContain("PETITION_BACKLOG");
    }

    @Test
    void aSecondCloseOfTheSameDisputeIsAnotherCase() {
        ClosedDisputeRecord r = ClosedDisputeRecord.of(closed());
        ClosedDisputeRecord later = new ClosedDisputeRecord(r.disputeId(), r.version() + 3, r.area(), r.centre(), r.centreLevel(),
                r.typeCode(), r.typeLabel(), r.source(), r.gridEvent(), r.channel(), r.risk(), true, r.facts(), r.claims(),
                "再次撤回", r.openedAt(), r.concludedAt(), r.closedAt().plus(Duration.ofDays(20)), r.escalations(), r.parties());
        CaseRecord again = ClosedDisputes.caseOf(later);
        assertThat(again.id()).as("a relapsed dispute's second close").isNotEqualTo(ClosedDisputes.caseOf(r).id());
        assertThat(again.id()).as("derived, so a repeated delivery names the same case").isEqualTo(ClosedDisputes.caseOf(later).id());
        assertThat(again.tags()).contains("PETITION_BACKLOG");
    }

    @Test
    void claimsHoldCasesForTheLeaseAndDeliveryForgetsExactlyTheDeliveredClose() {
        Dispute one = closed();
        Dispute two = closed();
        ClosedDisputes source = new ClosedDisputes(repository, Clock.fixed(FRIDAY.plus(Duration.ofDays(12)), ZoneOffset.UTC));

        List<CaseRecord> first = source.claim(1);
        assertThat(first).hasSize(1);
        List<CaseRecord> second = source.claim(10);
        assertThat(second).as("the other close, not held by the first claim").hasSize(1);
        assertThat(source.claim(10)).as("both held").isEmpty();
        assertThat(List.of(first.getFirst().id(), second.getFirst().id())).containsExactlyInAnyOrder(
                CaseId.ofDispute(one.id().value(), one.version()), CaseId.ofDispute(two.id().value(), two.version()));

        source.delivered(List.of(first.getFirst().id()));
        assertThat(repository.pending(10)).as("only the delivered close left the outbox").hasSize(1)
                .extracting(r -> CaseId.ofDispute(r.disputeId().value(), r.version())).containsExactly(second.getFirst().id());
    }
}
