package org.shizhi.domain.law.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.law.model.AgencyFigures;
import org.shizhi.domain.law.model.ReviewOutcome;
import org.shizhi.domain.law.model.SampleLaw;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.StaleVersionException;

/** What every storage of enforcement-supervision complaints must do; run against each adapter. */
public abstract class SupervisionRepositoryContract {

    static final String ENFORCEMENT = "锦江区综合行政执法局";
    static final String MARKET = "锦江区市场监督管理局";

    protected SupervisionRepository repository;

    protected abstract SupervisionRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
    }

    SupervisionComplaint saved(SupervisionComplaint c) {
        repository.save(c);
        return c;
    }

    @Test
    void aComplaintReadsBackAsSavedAndAStaleReviewIsRefused() {
        SupervisionComplaint c = saved(SampleLaw.complaint(SampleLaw.ZONGFU, ENFORCEMENT, SampleLaw.FRIDAY));
        assertThat(repository.find(c.id())).contains(c);
        SupervisionComplaint reviewed = saved(c.review(SampleLaw.FRIDAY, ReviewOutcome.CORRECTED, "责令退还"));
        assertThat(repository.find(c.id())).contains(reviewed);
        assertThatThrownBy(() -> repository.save(c.review(SampleLaw.FRIDAY, ReviewOutcome.DISMISSED, "驳回")))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> repository.save(c)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void overdueComplaintsAreTheUnreviewedPastTheirDeadlineEarliestFirst() {
        Instant t = SampleLaw.FRIDAY;
        SupervisionComplaint first = saved(SampleLaw.complaint(SampleLaw.ZONGFU, ENFORCEMENT, t));
        SupervisionComplaint second = saved(SampleLaw.complaint(SampleLaw.JINJIANG, MARKET, t.plus(Duration.ofDays(4))));
        saved(saved(SampleLaw.complaint(SampleLaw.ZONGFU, MARKET, t)).review(t, ReviewOutcome.UPHELD, "合法"));
        saved(SampleLaw.complaint(AreaCode.of("510105"), MARKET, t));
        Instant now = second.reviewDue().passesAt();
        assertThat(repository.overdue(SampleLaw.JINJIANG, now, PageRequest.first(10)).items()).containsExactly(first, second);
        assertThat(repository.overdue(SampleLaw.ZONGFU, now, PageRequest.first(10)).items()).containsExactly(first);
        for (int i = 0; i < 5; i++) {
            saved(SampleLaw.complaint(SampleLaw.ZONGFU, ENFORCEMENT, t.minus(Duration.ofDays(i))));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.overdue(SampleLaw.JINJIANG, now, p), SupervisionComplaint::id, 2);
    }

    @Test
    void theFiguresAreCountedPerAgencyOverComplaintsFiledInThePeriod() {
        Instant t = SampleLaw.FRIDAY;
        SupervisionComplaint overdue = saved(SampleLaw.complaint(SampleLaw.ZONGFU, ENFORCEMENT, t));
        saved(saved(SampleLaw.complaint(SampleLaw.ZONGFU, ENFORCEMENT, t)).review(t, ReviewOutcome.CORRECTED, "纠正"));
        SupervisionComplaint lateReview = saved(SampleLaw.complaint(SampleLaw.HONGXING, ENFORCEMENT, t));
        saved(lateReview.review(lateReview.reviewDue().passesAt(), ReviewOutcome.DISMISSED, "驳回"));
        saved(saved(SampleLaw.complaint(SampleLaw.ZONGFU, MARKET, t)).review(t, ReviewOutcome.UPHELD, "维持"));
        saved(SampleLaw.complaint(SampleLaw.ZONGFU, MARKET, SampleLaw.china("2025-10-01T10:00")));
        Instant now = overdue.reviewDue().passesAt();
        assertThat(repository.byAgency(SampleLaw.CHENGDU, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), now)).containsExactly(
                new AgencyFigures(MARKET, 1, 1, 1, 0, 1, 0, 0),
                new AgencyFigures(ENFORCEMENT, 3, 2, 1, 1, 0, 1, 1));
        assertThat(repository.byAgency(AreaCode.of("510105"), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), now)).isEmpty();
    }
}
