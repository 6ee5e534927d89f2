package org.shizhi.domain.campaign.port.in;

import java.util.List;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.NomineeTally;
import org.shizhi.domain.campaign.model.RoundId;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * Reads of Safety Star; every role; the round's area in the caller's jurisdiction (else not found). Nominees' names come
 * masked without the personal-data privilege.
 */
public interface SafetyStarQuery {

    RoundView round(Actor actor, RoundId id);

    Slice<RoundView> rounds(Actor actor, AreaCode area, PageRequest page);

    /** The round's nominations with their votes, most votes first: the results, final once the round is closed. */
    RoundResults results(Actor actor, RoundId id);

    record RoundView(VotingRound round, VotingRound.Stage stage) {
    }

    record RoundResults(RoundView round, List<NomineeTally> tallies, long votes) {
        public RoundResults {
            tallies = List.copyOf(tallies);
        }

        public List<Nomination> nominations() {
            return tallies.stream().map(NomineeTally::nomination).toList();
        }
    }
}
