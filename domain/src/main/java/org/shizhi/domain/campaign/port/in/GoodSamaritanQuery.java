package org.shizhi.domain.campaign.port.in;

import java.math.BigDecimal;
import org.shizhi.domain.campaign.model.AwardId;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** Reads of the Good Samaritan funds; every role; in the caller's jurisdiction (else not found); names masked without the privilege. */
public interface GoodSamaritanQuery {

    /** The fund's balance; not found when the area has no fund. */
    BigDecimal balance(Actor actor, AreaCode fund);

    /** The ledger, latest line first. */
    Slice<FundEntry> ledger(Actor actor, AreaCode fund, PageRequest page);

    SamaritanAward award(Actor actor, AwardId id);
}
