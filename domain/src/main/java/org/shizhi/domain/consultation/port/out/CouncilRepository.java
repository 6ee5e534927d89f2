package org.shizhi.domain.consultation.port.out;

import java.util.Optional;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/**
 * Where councils, their members and their meetings are kept. "Inside an area": the council's area code starts with
 * the area's prefix. Contract: {@code CouncilRepositoryContract}.
 */
public interface CouncilRepository {

    /** Inserts a council at version 1, else replaces version - 1, else {@link org.shizhi.domain.shared.StaleVersionException}. */
    void save(Council council);

    Optional<Council> find(CouncilId id);

    /** Councils inside the area, of the kind if given, by name then id. */
    Slice<Council> within(AreaCode area, Optional<CouncilKind> kind, PageRequest page);

    static Position namePosition(Council c) {
        return new Position(c.name(), c.id().toString());
    }

    /** Adds a meeting; an id already stored is a {@link org.shizhi.domain.shared.StaleVersionException}. */
    void addMeeting(Meeting meeting);

    Optional<Meeting> meeting(MeetingId id);

    /** The council's meetings, earliest first. */
    Slice<Meeting> meetings(CouncilId council, PageRequest page);

    static Position meetingPosition(Meeting m) {
        return new Position(m.heldOn().toString(), m.id().toString());
    }
}
