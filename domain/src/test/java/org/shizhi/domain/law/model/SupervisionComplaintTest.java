package org.shizhi.domain.law.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;

class SupervisionComplaintTest {

    final SupervisionComplaint complaint = SampleLaw.complaint(SampleLaw.JINJIANG, "锦江区综合行政执法局", SampleLaw.FRIDAY);

    @Test
    void anUnreviewedComplaintIsOverdueOnceItsDeadlinePassesAndAReviewedOneIsNot() {
        assertThat(complaint.isOverdue(complaint.reviewDue().passesAt().minusSeconds(1))).isFalse();
        assertThat(complaint.isOverdue(complaint.reviewDue().passesAt())).isTrue();
        SupervisionComplaint reviewed = complaint.review(complaint.reviewDue().passesAt(), ReviewOutcome.CORRECTED, "责令退还暂扣物品");
        assertThat(reviewed.isOverdue(complaint.reviewDue().passesAt())).isFalse();
        assertThat(reviewed.reviewedOnTime()).as("reviewed as the deadline passed").isFalse();
    }

    @Test
    void aComplaintIsReviewedOnceWithAFinding() {
        assertThatThrownBy(() -> complaint.review(SampleLaw.FRIDAY, ReviewOutcome.UPHELD, ""))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("finding"));
        SupervisionComplaint reviewed = complaint.review(SampleLaw.FRIDAY, ReviewOutcome.UPHELD, "执法程序合法");
        assertThatThrownBy(() -> reviewed.review(SampleLaw.FRIDAY, ReviewOutcome.CORRECTED, "改判"))
                .isInstanceOf(ConflictException.class);
    }
}
