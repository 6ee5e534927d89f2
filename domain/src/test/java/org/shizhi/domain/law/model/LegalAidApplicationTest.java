package org.shizhi.domain.law.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;

class LegalAidApplicationTest {

    @Test
    void theDecisionIsDueSevenWorkingDaysAfterTheReceivedDateAcrossTheNationalDayHolidayAndItsMakeUpDays() {
        LegalAidApplication a = SampleLaw.legalAid(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 26), SampleLaw.FRIDAY);
        assertThat(a.decisionDue().dueOn()).as("from Friday 26 September: the make-up Sunday 28th, 29th, 30th, then past"
                + " 1–8 October, the 9th, 10th, the make-up Saturday 11th and Monday 13th").isEqualTo(LocalDate.of(2025, 10, 13));
    }

    @Test
    void aDecisionBeforeTheDeadlinePassesIsOnTimeAndOneAfterIsNot() {
        LegalAidApplication a = SampleLaw.legalAid(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 26), SampleLaw.FRIDAY);
        assertThat(a.grant(SampleLaw.china("2025-10-13T23:59")).decidedOnTime()).as("decided on the due day").isTrue();
        assertThat(a.grant(SampleLaw.china("2025-10-14T00:00")).decidedOnTime()).as("decided the day after").isFalse();
        assertThat(a.isOverdue(SampleLaw.china("2025-10-14T00:00"))).as("undecided when the due day ended").isTrue();
    }

    @Test
    void aRefusalNeedsAReason() {
        LegalAidApplication a = SampleLaw.legalAid(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 26), SampleLaw.FRIDAY);
        assertThatThrownBy(() -> a.refuse(SampleLaw.FRIDAY, " ")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("reason"));
        LegalAidApplication refused = a.refuse(SampleLaw.FRIDAY, "家庭收入高于本市经济困难标准");
        assertThat(refused.state()).isEqualTo(LegalAidState.REFUSED);
        assertThat(refused.refusalReason()).contains("家庭收入高于本市经济困难标准");
    }

    @Test
    void anApplicationGoesFromGrantedThroughAssignedToClosedAndNotOtherwise() {
        LegalAidApplication a = SampleLaw.legalAid(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 26), SampleLaw.FRIDAY);
        Lawyer li = SampleLaw.JINJIANG_CENTRE.lawyers().getFirst();
        assertThatThrownBy(() -> a.assign(SampleLaw.JINJIANG_CENTRE, li)).as("assigned before it was granted")
                .isInstanceOf(ConflictException.class);
        LegalAidApplication closed = a.grant(SampleLaw.FRIDAY).assign(SampleLaw.JINJIANG_CENTRE, li)
                .close(SampleLaw.FRIDAY, "劳动仲裁调解，追回工资一万八千元", Satisfaction.SATISFIED);
        assertThat(closed.state()).isEqualTo(LegalAidState.CLOSED);
        assertThat(closed.version()).as("four steps, four versions on").isEqualTo(4);
        assertThatThrownBy(() -> closed.grant(SampleLaw.FRIDAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> a.grant(SampleLaw.FRIDAY).refuse(SampleLaw.FRIDAY, "改变主意"))
                .as("decided twice").isInstanceOf(ConflictException.class);
    }

    @Test
    void aReceivedDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> SampleLaw.legalAid(SampleLaw.ZONGFU, LocalDate.of(2025, 9, 27), SampleLaw.FRIDAY))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("receivedOn"));
    }

    @Test
    void anApplicationBelongsToACommunity() {
        assertThatThrownBy(() -> new LegalAidApplication.Intake(SampleLaw.JINJIANG, SampleLaw.person(), "事项",
                LegalAidCategory.OTHER, List.of(), LocalDate.of(2025, 9, 1)))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("area"));
    }

    @Test
    void aCentresCapacityIsItsLawyersAndALawyerIsListedOnce() {
        assertThat(SampleLaw.JINJIANG_CENTRE.capacity()).isEqualTo(7);
        Lawyer li = SampleLaw.JINJIANG_CENTRE.lawyers().getFirst();
        assertThatThrownBy(() -> new LegalAidCentre("x", SampleLaw.JINJIANG, "中心", List.of(li, li)))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("lawyers"));
        assertThatThrownBy(() -> new LegalAidCentre("x", SampleLaw.ZONGFU, "中心", List.of()))
                .as("a community is not a centre's area").isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Lawyer("a", "甲", 0)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("lawyers.capacity"));
        assertThat(SampleLaw.JINJIANG_CENTRE.lawyer("nobody")).isEqualTo(Optional.empty());
    }
}
