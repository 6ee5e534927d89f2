package org.shizhi.domain.dispute.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PublishedModel;

/** What routing and the consultation rule look at: where, what, how risky, how big. */
@PublishedModel
public record DisputeFacts(AreaCode area, DisputeType type, RiskLevel risk, boolean petitionBacklog,
                           Optional<BigDecimal> amount, int peopleInvolved) {

    public DisputeFacts {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(amount, "amount");
    }
}
