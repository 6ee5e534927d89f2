package org.shizhi.domain.party.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.CouncilId;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.Meeting;
import org.shizhi.domain.party.model.Seat;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Five-in-one councils (五位一体): forming one for a community or an estate with all five seats filled, and recording
 * its meetings (quorum of three seats). Roles as for {@link OrganisePartyUseCase}; the community must lie in the
 * caller's jurisdiction.
 */
public interface CouncilUseCase {

    Council form(Actor actor, FormCouncilCommand command);

    Meeting meet(Actor actor, MeetCommand command);

    record FormCouncilCommand(AreaCode community, Optional<EstateId> estate, Map<Seat, Council.Holder> seats) {
        public FormCouncilCommand {
            if (community == null) {
                throw new InvalidValueException("community", "a council sits in a community");
            }
            estate = estate == null ? Optional.empty() : estate;
            seats = seats == null ? Map.of() : Map.copyOf(seats);
        }
    }

    record MeetCommand(CouncilId council, LocalDate on, Set<Seat> present, List<String> topics, List<String> decisions) {
        public MeetCommand {
            if (council == null) {
                throw new InvalidValueException("councilId", "the council is required");
            }
            if (on == null) {
                throw new InvalidValueException("on", "the date of the meeting is required");
            }
            present = present == null ? Set.of() : Set.copyOf(present);
            topics = topics == null ? List.of() : List.copyOf(topics);
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
        }
    }
}
