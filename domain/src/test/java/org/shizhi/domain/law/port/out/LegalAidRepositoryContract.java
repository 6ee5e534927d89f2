package org.shizhi.domain.law.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.law.model.Lawyer;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.LegalAidState;
import org.shizhi.domain.law.model.SampleLaw;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.StaleVersionException;

/** What every storage of legal aid must do; run against each adapter. */
public abstract class LegalAidRepositoryContract {

    static final AreaCode QINGYANG_COMMUNITY = AreaCode.of("510105001001");
    static final Instant NOW = SampleLaw.china("2025-10-20T10:00");

    protected LegalAidRepository repository;

    protected abstract LegalAidRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    LegalAidApplication saved(AreaCode community, LocalDate receivedOn) {
        LegalAidApplication a = SampleLaw.legalAid(community, receivedOn, NOW);
        repository.save(a);
        return a;
    }

    LegalAidApplication next(LegalAidApplication changed) {
        repository.save(changed);
        return changed;
    }

    @Test
    void anApplicationReadsBackAsSavedWithItsApplicantAndEvidence() {
        LegalAidApplication a = saved(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 26));
        assertThat(repository.find(a.id())).contains(a);
        LegalAidApplication granted = next(a.grant(NOW));
        assertThat(repository.find(a.id())).contains(granted);
    }

    @Test
    void aStaleVersionOrATakenIdIsRefusedAndNothingWritten() {
        LegalAidApplication a = saved(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 26));
        assertThatThrownBy(() -> repository.save(a)).as("the same id again").isInstanceOf(StaleVersionException.class);
        next(a.grant(NOW));
        assertThatThrownBy(() -> repository.save(a.refuse(NOW, "迟到的拒绝"))).isInstanceOf(StaleVersionException.class);
        assertThat(repository.find(a.id()).orElseThrow().state()).isEqualTo(LegalAidState.GRANTED);
    }

    @Test
    void applicationsOfAnAreaPageLatestReceivedFirstFilteredByState() {
        for (int i = 0; i < 7; i++) {
            saved(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 1 + i % 3));
        }
        LegalAidApplication other = saved(QINGYANG_COMMUNITY, LocalDate.of(2025, 9, 5));
        LegalAidApplication granted = next(saved(SampleLaw.HONGXING, LocalDate.of(2025, 9, 4)).grant(NOW));
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.within(SampleLaw.JINJIANG, Optional.empty(), p),
                a -> a.id(), 3);
        List<LegalAidApplication> all = repository.within(SampleLaw.JINJIANG, Optional.empty(), PageRequest.first(100)).items();
        assertThat(all).hasSize(8).doesNotContain(other);
        assertThat(all.getFirst()).isEqualTo(granted);
        assertThat(repository.within(SampleLaw.JINJIANG, Optional.of(LegalAidState.GRANTED), PageRequest.first(10)).items())
                .containsExactly(granted);
    }

    @Test
    void undecidedApplicationsPastTheirDeadlineAreOverdueEarliestFirst() {
        LegalAidApplication late = saved(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 1));
        LegalAidApplication later = saved(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 5));
        next(saved(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 1)).grant(NOW));
        saved(SampleLaw.ZONGFU, LocalDate.of(2025, 10, 17));
        assertThat(repository.overdue(SampleLaw.JINJIANG, NOW, PageRequest.first(10)).items()).containsExactly(late, later);
    }

    @Test
    void aLawyersCaseloadIsTheirAssignedUnclosedApplications() {
        repository.saveCentre(SampleLaw.JINJIANG_CENTRE);
        Lawyer li = SampleLaw.JINJIANG_CENTRE.lawyers().getFirst();
        LegalAidApplication one = next(next(saved(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 1)).grant(NOW)).assign(SampleLaw.JINJIANG_CENTRE, li));
        next(next(saved(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 1)).grant(NOW)).assign(SampleLaw.JINJIANG_CENTRE, li));
        assertThat(repository.caseload(li.id())).isEqualTo(2);
        next(one.close(NOW, "调解结案", Satisfaction.SATISFIED));
        assertThat(repository.caseload(li.id())).isEqualTo(1);
        assertThat(repository.caseload("lawyer-zhou")).isZero();
    }

    @Test
    void centresAreReplacedByCodeAndFoundForTheAreasTheyServe() {
        repository.saveCentre(SampleLaw.JINJIANG_CENTRE);
        LegalAidCentre city = new LegalAidCentre("chengdu-legal-aid", SampleLaw.CHENGDU, "成都市法律援助中心",
                List.of(new Lawyer("lawyer-wu", "吴律师", 10)));
        repository.saveCentre(city);
        LegalAidCentre fewer = new LegalAidCentre(SampleLaw.JINJIANG_CENTRE.code(), SampleLaw.JINJIANG, "锦江区法律援助中心",
                List.of(new Lawyer("lawyer-zhou", "周律师", 6)));
        repository.saveCentre(fewer);
        assertThat(repository.centre(fewer.code())).contains(fewer);
        assertThat(repository.centresFor(SampleLaw.ZONGFU)).containsExactly(city, fewer);
        assertThat(repository.centresFor(AreaCode.of("510105"))).containsExactly(city);
        assertThat(repository.centresFor(SampleLaw.CHENGDU)).containsExactly(city, fewer);
    }

    @Test
    void theReportCountsPerDistrictDecisionsOnTimeTheMedianDaysAndDemandAgainstCapacity() {
        repository.saveCentre(SampleLaw.JINJIANG_CENTRE);
        repository.saveCentre(new LegalAidCentre("qingyang", AreaCode.of("510105"), "青羊区法律援助中心", List.of(new Lawyer("q1", "钱律师", 3))));
        LocalDate friday = LocalDate.of(2025, 9, 26);
        next(saved(SampleLaw.ZONGFU, friday).grant(SampleLaw.china("2025-09-29T10:00")));          // 3 days, on time
        next(saved(SampleLaw.ZONGFU, friday).refuse(SampleLaw.china("2025-10-13T23:00"), "收入超标")); // 17 days, on time
        next(saved(SampleLaw.HONGXING, friday).grant(SampleLaw.china("2025-10-14T09:00")));        // 18 days, late
        saved(SampleLaw.ZONGFU, friday);                                                            // undecided
        saved(SampleLaw.ZONGFU, LocalDate.of(2025, 8, 1));                                          // outside the period
        next(saved(QINGYANG_COMMUNITY, friday).grant(SampleLaw.china("2025-09-28T10:00")));       // 2 days, on time
        LegalAidReport report = repository.report(SampleLaw.CHENGDU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        assertThat(report.rows()).extracting(LegalAidReport.Row::district)
                .containsExactly(SampleLaw.JINJIANG, AreaCode.of("510105"));
        LegalAidReport.Row jinjiang = report.rows().getFirst();
        assertThat(jinjiang).isEqualTo(new LegalAidReport.Row(SampleLaw.JINJIANG, 4, 3, 2, Optional.of(17.0), 2, 7));
        assertThat(report.rows().get(1)).isEqualTo(new LegalAidReport.Row(AreaCode.of("510105"), 1, 1, 1, Optional.of(2.0), 1, 3));
        assertThat(repository.decisions(SampleLaw.JINJIANG, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new LegalAidRepository.DecisionCount(3, 2));
        assertThat(repository.decisionsByArea(SampleLaw.CHENGDU, AdminLevel.DISTRICT, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .as("by district at once").isEqualTo(Map.of(SampleLaw.JINJIANG, new LegalAidRepository.DecisionCount(3, 2),
                        AreaCode.of("510105000000"), new LegalAidRepository.DecisionCount(1, 1)));
        assertThat(repository.decisionsByArea(SampleLaw.JINJIANG, AdminLevel.COMMUNITY, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .as("总府路: two decided on time, one undecided; 红星路: one decided late").isEqualTo(Map.of(
                        SampleLaw.ZONGFU, new LegalAidRepository.DecisionCount(2, 2), SampleLaw.HONGXING, new LegalAidRepository.DecisionCount(1, 0)));
        assertThat(repository.report(SampleLaw.JINJIANG, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)).rows())
                .as("nothing received in January; demand and capacity still show").containsExactly(
                        new LegalAidReport.Row(SampleLaw.JINJIANG, 0, 0, 0, Optional.empty(), 2, 7));
    }
}
