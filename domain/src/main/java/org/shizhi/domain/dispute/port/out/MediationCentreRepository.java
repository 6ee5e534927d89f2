package org.shizhi.domain.dispute.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.shared.AreaCode;

/** The registry of mediation centres, one per area. Contract: {@code MediationCentreRepositoryContract}. */
public interface MediationCentreRepository {

    /** Registers the centre of its area, or replaces it with its mediators and types. */
    void save(MediationCentre centre);

    Optional<MediationCentre> find(AreaCode area);

    /** The centres whose area contains {@code area} (the area's own, its street's, district's, city's), lowest level first. */
    List<MediationCentre> covering(AreaCode area);

    /** The centres inside the area, by area code. */
    List<MediationCentre> within(AreaCode area);
}
