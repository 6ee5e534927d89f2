package org.shizhi.domain.dispute.model;

import java.util.EnumSet;
import java.util.Set;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The joint-consultation rule's answer for one dispute: whether 3+N must be convened, and which of the N bodies are
 * always invited (the centre adds others). A dispute that must be convened concludes (by agreement or failure) only
 * after its consultation's joint conclusion.
 */
@PublishedModel
public record ConsultationRequirement(boolean convene, Set<ConsultationBody> alwaysInvited) {

    public ConsultationRequirement {
        alwaysInvited = alwaysInvited == null || alwaysInvited.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(alwaysInvited));
        if (alwaysInvited.stream().anyMatch(ConsultationBody::isCore)) {
            throw new InvalidValueException("alwaysInvited", "the court, police station and judicial office are always convened; name only N bodies");
        }
    }

    /** The platform's default: HIGH and CRITICAL disputes are convened; the centre chooses the N. */
    public static ConsultationRequirement standard(DisputeFacts facts) {
        return new ConsultationRequirement(facts.risk().isAtLeast(RiskLevel.HIGH), Set.of());
    }

    public static ConsultationRequirement none() {
        return new ConsultationRequirement(false, Set.of());
    }
}
