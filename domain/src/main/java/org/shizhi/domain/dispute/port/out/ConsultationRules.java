package org.shizhi.domain.dispute.port.out;

import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.shared.AreaCode;

/** When a city convenes 3+N, and whom it always invites: its plugin's rule, else the platform's default. */
public interface ConsultationRules {

    ConsultationRequirement requirement(AreaCode city, DisputeFacts facts);
}
