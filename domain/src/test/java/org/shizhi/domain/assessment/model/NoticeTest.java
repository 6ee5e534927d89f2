package org.shizhi.domain.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod;

class NoticeTest {

    private static final Instant AT = Instant.parse("2027-01-06T02:00:00Z");

    /** Five streets ranked 1..4 with scores, the fifth without one. */
    private static AssessmentResult result() {
        List<RankedUnit> units = new java.util.ArrayList<>();
        double[] scores = {92.5, 80, 71, 40};
        for (int i = 0; i < 4; i++) {
            units.add(new RankedUnit(new AssessedUnit(Subject.AREA, "51010400" + (i + 1) + "000", "街道" + (i + 1)), i + 1,
                    Optional.of(scores[i]), List.of(new ScoreLine("event-closure-rate", 9, 10, Optional.of(0.9), Optional.of(0.6), 0.5, 0.9,
                    100, scores[i])), Optional.empty(), Optional.empty()));
        }
        units.add(new RankedUnit(new AssessedUnit(Subject.AREA, "510104009000", "街道9"), 5, Optional.empty(), List.of(),
                Optional.empty(), Optional.empty()));
        return new AssessmentResult("street-quarterly", "街道季度综合考核", AreaCode.of("510104"), AssessmentPeriod.parse("2026-Q4"), 2,
                AT, "admin", units);
    }

    @Test
    void aDraftCommendsTheTopAndCriticisesTheBottomScoredUnitsWithTheirEvidence() {
        Notice draft = Notice.draft(UUID.randomUUID(), result(), 1, 2, AT, "admin");

        assertThat(draft.of(Notice.Kind.COMMEND)).extracting(e -> e.unit().unit().name()).containsExactly("街道1", "街道2");
        assertThat(draft.of(Notice.Kind.CRITICISE)).as("the last scored, not the unscored").extracting(e -> e.unit().unit().name())
                .containsExactly("街道4");
        assertThat(draft.of(Notice.Kind.CRITICISE).getFirst().unit().lines()).as("the breakdown as evidence").hasSize(1);
        assertThat(draft.resultVersion()).isEqualTo(2);
        assertThat(draft.published()).isFalse();
    }

    @Test
    void aUnitIsNeverBothCommendedAndCriticised() {
        assertThatThrownBy(() -> Notice.draft(UUID.randomUUID(), result(), 2, 3, AT, "admin"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("bottom"))
                .hasMessageContaining("4 scored units");
        assertThatThrownBy(() -> Notice.draft(UUID.randomUUID(), result(), 0, 0, AT, "admin")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPublishedNoticeDoesNotChange() {
        Notice published = Notice.draft(UUID.randomUUID(), result(), 1, 1, AT, "admin").publish(AT.plusSeconds(60), "director");

        assertThat(published.publishedBy()).contains("director");
        assertThatThrownBy(() -> published.publish(AT.plusSeconds(120), "someone")).isInstanceOf(ConflictException.class);
    }
}
