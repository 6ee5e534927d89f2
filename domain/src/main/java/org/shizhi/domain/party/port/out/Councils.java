package org.shizhi.domain.party.port.out;

import java.util.Optional;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.CouncilId;
import org.shizhi.domain.party.model.Meeting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** Where five-in-one councils and their meetings are kept. Contract: {@code PartyStorageContract}. */
public interface Councils {

    /**
     * Adds a council.
     *
     * @throws org.shizhi.domain.shared.ConflictException if its community (without estate) or its estate has a
     *         council already (field {@code estateId} or {@code community}); nothing is written then
     */
    void add(Council council);

    Optional<Council> find(CouncilId id);

    /**
     * The councils of a community: the community's own first, then its estates' by council id. Positions are
     * ({@link #placeKey}, council id).
     */
    Slice<Council> ofCommunity(AreaCode community, PageRequest page);

    /** The key a council is listed by within its community: {@code "0"} for the community's own, {@code "1"} for an estate's. */
    static String placeKey(Council council) {
        return council.estate().isPresent() ? "1" : "0";
    }

    void add(Meeting meeting);

    /** The council's meetings, latest first (date, then id); positions are (date, id). */
    Slice<Meeting> meetings(CouncilId council, PageRequest page);
}
