package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.grid.model.SampleEvents.STAFF;
import static org.shizhi.domain.grid.model.SampleEvents.WORKER;
import static org.shizhi.domain.grid.model.SampleEvents.china;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Deadline;

/** 一周一结 for 总府路社区, the week of Monday 2025-09-22 to Sunday 09-28, read on Monday 09-29. */
class WeeklyDigestTest {

    private static final DigestWeek WEEK = new DigestWeek(LocalDate.of(2025, 9, 22));
    private static final Instant NEXT_MONDAY_MORNING = china("2025-09-29T08:00");

    private static GridEvent reported(GridCode grid, EventCategory category, EventGrade grade, String at) {
        Instant when = china(at);
        Deadline deadline = Deadline.after(SampleEvents.calendar(), when, DeadlinePolicy.standard().workingDaysFor(grade, category));
        return GridEvent.report(GridEventId.random(), SampleEvents.intake(grid, category, "事件"), grade, deadline, when, WORKER).event();
    }

    private static GridEvent judged(String reportedAt, String judgedAt, int satisfaction) {
        GridEvent resolved = reported(SampleEvents.ZONGFU_1, EventCategory.DISPUTE, SampleEvents.LOW, reportedAt)
                .accept(STAFF, china(reportedAt), "").event().resolve(WORKER, china(reportedAt), "已调解").event();
        Instant at = china(judgedAt);
        return resolved.judge(WORKER, at, satisfaction, "", Deadline.after(SampleEvents.calendar(), at, 5)).event();
    }

    private final GridEvent dispute = reported(SampleEvents.ZONGFU_1, EventCategory.DISPUTE, SampleEvents.LOW, "2025-09-23T10:00")
            .accept(STAFF, china("2025-09-23T11:00"), "").event();
    /** A hazard with 2 working days (due 09-26), still not taken on at the week's end. */
    private final GridEvent hazard = reported(SampleEvents.ZONGFU_2, EventCategory.SAFETY_HAZARD, SampleEvents.MEDIUM, "2025-09-24T10:00");
    private final GridEvent opinion = reported(SampleEvents.ZONGFU_1, EventCategory.PUBLIC_OPINION, SampleEvents.LOW, "2025-09-25T10:00");
    private final GridEvent closedInWeek = judged("2025-09-15T10:00", "2025-09-24T15:00", 5);
    private final GridEvent reopenedInWeek = judged("2025-09-17T10:00", "2025-09-25T15:00", 2);
    private final GridEvent otherStreet = reported(SampleEvents.JINHUA_1, EventCategory.DISPUTE, SampleEvents.HIGH, "2025-09-23T10:00");
    private final GridEvent nextWeek = reported(SampleEvents.ZONGFU_1, EventCategory.DISPUTE, SampleEvents.HIGH, "2025-09-29T07:00");

    private WeeklyDigest digest() {
        return WeeklyDigest.of(SampleEvents.ZONGFU, WEEK, NEXT_MONDAY_MORNING,
                List.of(dispute, hazard, opinion, closedInWeek, reopenedInWeek, otherStreet, nextWeek));
    }

    @Test
    void theWeeksReportsAreCountedByCategoryAndByGrade() {
        WeeklyDigest digest = digest();

        assertThat(digest.reported()).as("reported Monday to Sunday in the community").isEqualTo(3);
        assertThat(digest.byCategory()).extracting(WeeklyDigest.CategoryCount::category, WeeklyDigest.CategoryCount::count)
                .as("every category, in order, zeros included")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventCategory.DISPUTE, 1L),
                        org.assertj.core.groups.Tuple.tuple(EventCategory.SAFETY_HAZARD, 1L),
                        org.assertj.core.groups.Tuple.tuple(EventCategory.SERVICE_REQUEST, 0L),
                        org.assertj.core.groups.Tuple.tuple(EventCategory.PUBLIC_OPINION, 1L),
                        org.assertj.core.groups.Tuple.tuple(EventCategory.PUBLIC_SECURITY, 0L),
                        org.assertj.core.groups.Tuple.tuple(EventCategory.ENVIRONMENT, 0L),
                        org.assertj.core.groups.Tuple.tuple(EventCategory.OTHER, 0L));
        assertThat(digest.byGrade()).containsExactly(new WeeklyDigest.GradeCount("LOW", "一般", 1, 2),
                new WeeklyDigest.GradeCount("MEDIUM", "较大", 2, 1));
    }

    @Test
    void newRiskSignalsAreEventsGradedAboveTheLowestAndPublicOpinionSignalsMostSevereFirst() {
        assertThat(digest().newRiskSignals()).extracting(WeeklyDigest.RiskSignal::eventId)
                .containsExactly(hazard.id(), opinion.id());
    }

    @Test
    void overdueClosedAndSatisfactionAreThoseOfTheWeek() {
        WeeklyDigest digest = digest();

        assertThat(digest.overdue()).as("the hazard, due 09-26 and still REPORTED").isEqualTo(1);
        assertThat(digest.closed()).isEqualTo(1);
        assertThat(digest.verdicts()).as("a 5 that closed and a 2 that reopened").isEqualTo(2);
        assertThat(digest.meanSatisfaction()).hasValue(3.5);
    }

    @Test
    void aWeekWithoutVerdictsHasNoMeanSatisfaction() {
        WeeklyDigest quiet = WeeklyDigest.of(SampleEvents.ZONGFU, WEEK, NEXT_MONDAY_MORNING, List.of());

        assertThat(quiet.meanSatisfaction()).isEmpty();
    }

    @Test
    void aWeekThatHasNotBegunIsRefusedAndAWeekStartsOnMonday() {
        assertThatThrownBy(() -> WeeklyDigest.of(SampleEvents.ZONGFU, WEEK, china("2025-09-21T23:00"), List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("has not begun");
        assertThatThrownBy(() -> new DigestWeek(LocalDate.of(2025, 9, 23))).hasMessageContaining("starts on a Monday");
        assertThat(DigestWeek.containing(LocalDate.of(2025, 9, 28))).isEqualTo(WEEK);
    }
}
