package org.shizhi.domain.party.port.out;

import java.util.Optional;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.AllianceId;
import org.shizhi.domain.party.model.JointActivity;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PledgeId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** Where alliances, their pledges and joint activities are kept. Contract: {@code PartyStorageContract}. */
public interface Alliances {

    /** Inserts the alliance, or replaces its member list. */
    void save(Alliance alliance);

    Optional<Alliance> find(AllianceId id);

    /** Alliances whose area lies inside {@code area}, ordered by area then id. */
    Slice<Alliance> alliancesWithin(AreaCode area, PageRequest page);

    void add(Pledge pledge);

    Optional<Pledge> find(PledgeId id);

    /** The alliance's pledges by due date then id; positions are (due date, id). */
    Slice<Pledge> pledges(AllianceId alliance, PageRequest page);

    /**
     * Records a held activity and marks the pledges it delivered, in one transaction.
     *
     * @throws org.shizhi.domain.shared.ConflictException if one of those pledges was delivered meanwhile (field
     *         {@code pledgeIds}); nothing is written then
     */
    void record(JointActivity activity);

    /** The alliance's activities, latest first (date, then id); positions are (date, id). */
    Slice<JointActivity> activities(AllianceId alliance, PageRequest page);
}
