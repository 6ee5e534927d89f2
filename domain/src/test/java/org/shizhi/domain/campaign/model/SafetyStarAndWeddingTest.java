package org.shizhi.domain.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.campaign.model.CampaignTest.assertField;
import static org.shizhi.domain.campaign.model.SampleCampaigns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.ConflictException;

class SafetyStarAndWeddingTest {

    private final VotingRound round = round(ZONGFU, new Period(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20)));

    @Test
    void aRoundNominatesBeforeVotingVotesWhileOpenAndIsClosedAfterItsLastDay() {
        assertThat(round.stageOn(LocalDate.of(2026, 6, 9))).isEqualTo(VotingRound.Stage.NOMINATING);
        assertThat(round.stageOn(LocalDate.of(2026, 6, 10))).isEqualTo(VotingRound.Stage.VOTING);
        assertThat(round.stageOn(LocalDate.of(2026, 6, 20))).as("the last day is a voting day").isEqualTo(VotingRound.Stage.VOTING);
        assertThat(round.stageOn(LocalDate.of(2026, 6, 21))).isEqualTo(VotingRound.Stage.CLOSED);
    }

    @Test
    void aClosedRoundTakesNeitherVotesNorNominations() {
        LocalDate after = LocalDate.of(2026, 6, 21);
        assertThatThrownBy(() -> round.requireVoting(after)).isInstanceOf(ConflictException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> round.requireNominating(after)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> round.requireVoting(LocalDate.of(2026, 6, 1))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("opens on");
    }

    @Test
    void aBallotNeverShowsTheVotersNumber() {
        var id = new org.shizhi.domain.shared.IdNumber("11010519491231002X");
        assertThat(new Ballot(round.id(), NominationId.random(), id, NOW).toString()).doesNotContain("11010519491231002X");
    }

    @Test
    void anAwardNeedsAPositiveAmountInFen() {
        assertField(() -> award(JINJIANG, "0"), "amount");
        assertField(() -> award(JINJIANG, "10.001"), "amount");
        assertField(() -> award(JINJIANG, "-5"), "amount");
        assertThat(award(JINJIANG, "5000").amount()).isEqualByComparingTo("5000.00");
    }

    @Test
    void aWeddingNamesAHallExactlyWhenItUsesThePublicHall() {
        assertField(() -> new Wedding(WeddingId.random(), ZONGFU, TODAY, "a", "b", EnumSet.of(WeddingService.PUBLIC_HALL),
                Optional.empty(), new Wedding.SimplicityPledge(10, 1, BigDecimal.ONE), Optional.empty(), NOW, STAFF), "hallId");
    }

    @Test
    void pledgesAreKeptOnlyWhenGuestsTablesAndGiftsStayWithinThem() {
        Wedding w = wedding(ZONGFU, LocalDate.of(2026, 5, 1), Optional.empty());
        assertThat(w.pledgeKept()).as("not checked yet").isEmpty();
        assertThat(w.checked(check(LocalDate.of(2026, 5, 10), 100)).pledgeKept()).contains(true);
        assertThat(w.checked(check(LocalDate.of(2026, 5, 10), 101)).pledgeKept()).as("one guest too many").contains(false);
        assertThat(w.checked(new Wedding.FollowUpCheck(LocalDate.of(2026, 5, 10), 50, 8, new BigDecimal("10000.01"), "x"))
                .pledgeKept()).as("gifts over the pledge").contains(false);
    }

    @Test
    void aWeddingIsCheckedOnceAndNotBeforeItsDay() {
        Wedding w = wedding(ZONGFU, LocalDate.of(2026, 5, 1), Optional.empty());
        assertField(() -> w.checked(check(LocalDate.of(2026, 4, 30), 10)), "checkedOn");
        Wedding checked = w.checked(check(LocalDate.of(2026, 5, 2), 10));
        assertThatThrownBy(() -> checked.checked(check(LocalDate.of(2026, 5, 3), 10))).isInstanceOf(ConflictException.class);
    }
}
