package org.shizhi.domain.consultation.port.out;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/** Councils and meetings in memory, every method synchronized. */
public final class InMemoryCouncilRepository implements CouncilRepository {

    private final Map<CouncilId, Council> councils = new LinkedHashMap<>();
    private final Map<MeetingId, Meeting> meetings = new LinkedHashMap<>();

    @Override
    public synchronized void save(Council c) {
        Council stored = councils.get(c.id());
        if (c.version() == 1 ? stored != null : stored == null || stored.version() != c.version() - 1) {
            throw new StaleVersionException("council " + c.id() + " is not at version " + (c.version() - 1));
        }
        councils.put(c.id(), c);
    }

    @Override
    public synchronized Optional<Council> find(CouncilId id) {
        return Optional.ofNullable(councils.get(id));
    }

    @Override
    public synchronized Slice<Council> within(AreaCode area, Optional<CouncilKind> kind, PageRequest page) {
        return InMemoryPages.page(councils.values().stream().filter(c -> area.contains(c.area()))
                        .filter(c -> kind.map(k -> k == c.kind()).orElse(true)),
                page, CouncilRepository::namePosition, InMemoryPages.byTextThenUuid());
    }

    @Override
    public synchronized void addMeeting(Meeting meeting) {
        if (meetings.putIfAbsent(meeting.id(), meeting) != null) {
            throw new StaleVersionException("meeting " + meeting.id() + " is stored already");
        }
    }

    @Override
    public synchronized Optional<Meeting> meeting(MeetingId id) {
        return Optional.ofNullable(meetings.get(id));
    }

    @Override
    public synchronized Slice<Meeting> meetings(CouncilId council, PageRequest page) {
        return InMemoryPages.page(meetings.values().stream().filter(m -> m.council().equals(council)), page,
                CouncilRepository::meetingPosition, InMemoryPages.byDate());
    }
}
