package org.shizhi.domain.dispute.model;

import java.util.EnumSet;
import java.util.Set;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The bodies of 三长会商 / 3+N (seed 002): the three (一庭两所: the people's court, the police station, the judicial
 * office) always, plus N chosen ones.
 */
@PublishedModel
public enum ConsultationBody {
    PEOPLES_COURT, POLICE_STATION, JUDICIAL_OFFICE,
    WOMENS_FEDERATION, CIVIL_AFFAIRS, SECURITY_COMMITTEE, PARTY_SERVICE_CENTRE, GRID_WORKER, VILLAGE_CADRE;

    /** The "3": convened to every joint consultation. */
    public static final Set<ConsultationBody> CORE = EnumSet.of(PEOPLES_COURT, POLICE_STATION, JUDICIAL_OFFICE);

    public boolean isCore() {
        return CORE.contains(this);
    }
}
