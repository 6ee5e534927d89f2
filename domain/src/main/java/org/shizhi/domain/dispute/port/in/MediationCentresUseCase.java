package org.shizhi.domain.dispute.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.List;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * The registry of one-stop mediation centres. Registering (or replacing) a centre: {@link Permission#REGISTER_MEDIATION_CENTRE}, for an area in their jurisdiction; reading: {@link Permission#READ_MEDIATION_CENTRES}.
 */
public interface MediationCentresUseCase {

    MediationCentre register(Actor actor, MediationCentre centre);

    List<MediationCentre> centres(Actor actor, AreaCode area);
}
