package org.shizhi.domain.campaign.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.campaign.model.Ballot;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.NominationId;
import org.shizhi.domain.campaign.model.NomineeTally;
import org.shizhi.domain.campaign.model.RoundId;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** Where Safety Star rounds, nominations and ballots are kept. Contract: {@code SafetyStarRepositoryContract}. */
public interface SafetyStarRepository {

    void open(VotingRound round);

    Optional<VotingRound> round(RoundId id);

    /** Rounds held in areas inside {@code area}, latest closing day first (ties by id); a position is (voting end, id). */
    Slice<VotingRound> rounds(AreaCode area, PageRequest page);

    void nominate(Nomination nomination);

    Optional<Nomination> nomination(NominationId id);

    /**
     * Casts a ballot, keeping of the voter only a keyed hash of the round and the ID number (see {@link Ballot}).
     *
     * @throws org.shizhi.domain.shared.ConflictException (field {@code voterIdNumber}) when the resident voted in the round
     *         already, also when the other ballot is being cast at the same moment: the store's unique constraint decides,
     *         and nothing is written
     */
    void cast(Ballot ballot);

    /** Every nomination of the round with its votes, most votes first, then by nomination time: counted by the store. */
    List<NomineeTally> results(RoundId round);
}
