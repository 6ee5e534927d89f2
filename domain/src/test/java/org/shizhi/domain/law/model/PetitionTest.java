package org.shizhi.domain.law.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.WorkingTime;

class PetitionTest {

    @Test
    void acceptanceIsDueFifteenWorkingDaysAfterReceiptAcrossTheHolidayCountingTheMakeUpDays() {
        Petition p = SampleLaw.petition(SampleLaw.ZONGFU, SampleLaw.FRIDAY);
        assertThat(p.acceptanceDue().dueOn()).as("from Friday 26 September 2025: 28, 29, 30 September, 9, 10, 11 (make-up"
                + " Saturday), 13–17 and 20–23 October").isEqualTo(LocalDate.of(2025, 10, 23));
    }

    @Test
    void theReplyIsDueSixtyWorkingDaysAfterAcceptance() {
        Petition p = SampleLaw.accepted(SampleLaw.ZONGFU, SampleLaw.FRIDAY);
        assertThat(p.replyDue().orElseThrow().workingDays()).isEqualTo(60);
        assertThat(SampleLaw.calendar().workingDaysBetween(LocalDate.of(2025, 9, 26), p.replyDue().orElseThrow().dueOn()))
                .as("working days from acceptance to the reply date").isEqualTo(60);
    }

    @Test
    void theReplyIsExtendedOnceOnlyAndWithAReason() {
        Petition p = SampleLaw.accepted(SampleLaw.ZONGFU, SampleLaw.FRIDAY);
        Deadline due = p.replyDue().orElseThrow();
        Deadline later = Deadline.after(SampleLaw.calendar(), WorkingTime.startOf(due.dueOn()), 30);
        assertThatThrownBy(() -> p.extend("", later)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("reason"));
        Petition extended = p.extend("涉及多个部门，需要联合调查", later);
        assertThat(extended.replyDue()).contains(later);
        assertThat(extended.extensionReason()).contains("涉及多个部门，需要联合调查");
        Deadline evenLater = Deadline.after(SampleLaw.calendar(), WorkingTime.startOf(later.dueOn()), 30);
        assertThatThrownBy(() -> extended.extend("还需要时间", evenLater)).as("a second extension")
                .isInstanceOf(ConflictException.class).hasMessageContaining("only once");
        Petition reopened = extended.answer(SampleLaw.FRIDAY, "答复意见").reopen();
        assertThatThrownBy(() -> reopened.extend("重新调查", evenLater)).as("an extension after reopening is still the second")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anUnacceptedPetitionCannotBeExtendedOrReplied() {
        Petition p = SampleLaw.petition(SampleLaw.ZONGFU, SampleLaw.FRIDAY);
        assertThatThrownBy(() -> p.answer(SampleLaw.FRIDAY, "答复")).isInstanceOf(ConflictException.class);
        Petition refused = p.notAccept(SampleLaw.FRIDAY, "已进入诉讼程序");
        assertThat(refused.state()).isEqualTo(PetitionState.NOT_ACCEPTED);
        assertThatThrownBy(() -> refused.accept(SampleLaw.FRIDAY, SampleLaw.accepted(SampleLaw.ZONGFU, SampleLaw.FRIDAY).replyDue().get()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPetitionPastItsReplyDateOrReopenedIsInTheBacklogWithItsAge() {
        Petition p = SampleLaw.accepted(SampleLaw.ZONGFU, SampleLaw.FRIDAY);
        Deadline due = p.replyDue().orElseThrow();
        assertThat(p.inBacklog(due.passesAt().minusSeconds(1))).as("on the last moment of the reply date").isFalse();
        assertThat(p.inBacklog(due.passesAt())).as("once the reply date ended unanswered").isTrue();
        assertThat(p.ageDays(SampleLaw.china("2025-10-06T09:00"))).isEqualTo(10);
        Petition replied = p.answer(SampleLaw.FRIDAY, "已责令施工方夜间停工");
        assertThat(replied.inBacklog(due.passesAt())).as("replied").isFalse();
        assertThat(replied.repliedOnTime()).isTrue();
        Petition reopened = replied.reopen();
        assertThat(reopened.inBacklog(SampleLaw.FRIDAY)).as("reopened, even before its reply date").isTrue();
        assertThat(reopened.reopenings()).isEqualTo(1);
    }

    @Test
    void clearingNeedsTheOutcomeAndThePetitionersResponse() {
        Petition reopened = SampleLaw.accepted(SampleLaw.ZONGFU, SampleLaw.FRIDAY).answer(SampleLaw.FRIDAY, "答复").reopen();
        assertThatThrownBy(() -> reopened.clear(SampleLaw.FRIDAY, " ", Satisfaction.SATISFIED))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("outcome"));
        assertThatThrownBy(() -> reopened.clear(SampleLaw.FRIDAY, "夜访后施工方调整作业时间", null))
                .isInstanceOf(InvalidValueException.class).satisfies(e -> assertThat(((org.shizhi.domain.shared.DomainException) e).field()).contains("petitionerResponse"));
        Petition cleared = reopened.clear(SampleLaw.FRIDAY, "夜访后施工方调整作业时间", Satisfaction.SATISFIED);
        assertThat(cleared.state()).isEqualTo(PetitionState.CLEARED);
        assertThat(cleared.inBacklog(SampleLaw.china("2026-06-01T00:00"))).isFalse();
        assertThatThrownBy(() -> cleared.reopen()).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPetitionIsLinkedToOneDisputeAndALeaderMayTakeItOn() {
        Petition p = SampleLaw.petition(SampleLaw.ZONGFU, SampleLaw.FRIDAY).assignLeader("区委副书记 张某");
        assertThat(p.leader()).contains("区委副书记 张某");
        Petition linked = p.linkDispute(DisputeId.random());
        assertThatThrownBy(() -> linked.linkDispute(DisputeId.random())).isInstanceOf(ConflictException.class);
    }
}
