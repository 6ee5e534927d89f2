package org.shizhi.domain.dispute.port.in;

import java.util.List;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * The registry of one-stop mediation centres. Registering (or replacing) a centre: {@code CITY_ADMIN},
 * {@code INTEGRATOR}, for an area in their jurisdiction; reading: every role.
 */
public interface MediationCentresUseCase {

    MediationCentre register(Actor actor, MediationCentre centre);

    List<MediationCentre> centres(Actor actor, AreaCode area);
}
