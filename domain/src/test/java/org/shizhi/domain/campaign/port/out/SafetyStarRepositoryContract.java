package org.shizhi.domain.campaign.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.domain.campaign.model.SampleCampaigns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.campaign.model.Ballot;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.Period;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;

/** What every store of Safety Star rounds must do: above all, one ballot per resident per round, decided by the store. */
public abstract class SafetyStarRepositoryContract {

    protected static final IdNumber RESIDENT = new IdNumber("11010519491231002X");
    protected static final IdNumber OTHER_RESIDENT = new IdNumber("51010419800101123" + IdNumber.checkCharacter("51010419800101123"));

    protected SafetyStarRepository repository;
    protected VotingRound round;
    protected Nomination first;
    protected Nomination second;

    protected abstract SafetyStarRepository emptyRepository();

    @BeforeEach
    void empty() {
        repository = emptyRepository();
        round = round(ZONGFU, new Period(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20)));
        repository.open(round);
        first = nomination(round.id(), "张平安");
        second = nomination(round.id(), "李守望");
        repository.nominate(first);
        repository.nominate(second);
    }

    @Test
    void roundsAndNominationsReadBackAsStored() {
        assertThat(repository.round(round.id())).contains(round);
        assertThat(repository.nomination(first.id())).contains(first);
        assertThat(repository.rounds(JINJIANG, PageRequest.first(5)).items()).containsExactly(round);
        assertThat(repository.rounds(HONGXING, PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void resultsCountBallotsPerNominationMostFirstWithNominationsWithoutVotes() {
        repository.cast(new Ballot(round.id(), second.id(), RESIDENT, NOW));
        repository.cast(new Ballot(round.id(), second.id(), OTHER_RESIDENT, NOW));
        var results = repository.results(round.id());
        assertThat(results).extracting(t -> t.nomination().id(), t -> t.votes())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), 2L), org.assertj.core.groups.Tuple.tuple(first.id(), 0L));
    }

    @Test
    void aSecondBallotOfTheSameResidentInARoundIsRefusedWhateverItIsFor() {
        repository.cast(new Ballot(round.id(), first.id(), RESIDENT, NOW));
        assertThatThrownBy(() -> repository.cast(new Ballot(round.id(), second.id(), RESIDENT, NOW)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field().orElseThrow()).isEqualTo("voterIdNumber");
        assertThat(repository.results(round.id()).stream().mapToLong(t -> t.votes()).sum()).as("only the first ballot counts").isEqualTo(1);
    }

    @Test
    void theSameResidentMayVoteInAnotherRound() {
        VotingRound other = round(ZONGFU, new Period(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20)));
        repository.open(other);
        Nomination n = nomination(other.id(), "王守护");
        repository.nominate(n);
        repository.cast(new Ballot(round.id(), first.id(), RESIDENT, NOW));
        repository.cast(new Ballot(other.id(), n.id(), RESIDENT, NOW));
        assertThat(repository.results(other.id()).getFirst().votes()).isEqualTo(1);
    }

    @Test
    void twentyConcurrentBallotsOfOneResidentCountOnceAndTheRestAreConflicts() throws InterruptedException {
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Nomination n = i % 2 == 0 ? first : second;
            calls.add(() -> {
                repository.cast(new Ballot(round.id(), n.id(), RESIDENT, NOW));
                return "counted";
            });
        }
        List<Object> outcomes = Concurrently.run(calls);
        assertThat(outcomes.stream().filter("counted"::equals).count()).as("exactly one ballot counted").isEqualTo(1);
        assertThat(outcomes.stream().filter(o -> o instanceof ConflictException).count()).as("the other 19 refused as conflicts, "
                + "not failures: " + outcomes).isEqualTo(19);
        assertThat(repository.results(round.id()).stream().mapToLong(t -> t.votes()).sum()).isEqualTo(1);
    }

    @Test
    void roundsComePageByPageLatestClosingFirstAndACursorHoldsWhileRoundsArrive() {
        for (int day = 20; day <= 23; day++) {
            repository.open(round(ZONGFU, new Period(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, day / 2 * 2))));
        }
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> repository.rounds(JINJIANG, p), VotingRound::id, 2);
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> repository.rounds(JINJIANG, p), VotingRound::id, 2, () -> {
            repository.open(round(HONGXING, new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))));
            repository.open(round(HONGXING, new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5))));
        });
    }
}
