package org.shizhi.domain.campaign.port.out;

import java.math.BigDecimal;
import java.util.Optional;
import org.shizhi.domain.campaign.model.AwardId;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.FundIncome;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * The Good Samaritan funds (见义勇为基金), one per area, their ledgers and awards. Contract: {@code SamaritanFundContract}.
 */
public interface SamaritanFund {

    /** Adds the income to the area's fund (opening it with the first income) and answers its ledger line. */
    FundEntry receive(FundIncome income);

    /**
     * Pays the award from its fund and answers its ledger line, all in one transaction.
     *
     * @throws org.shizhi.domain.shared.ConflictException (field {@code amount}) when the balance is less than the amount, also
     *         when concurrent awards drew it down meanwhile: the store checks and debits in one atomic step, so the balance
     *         never goes below zero; nothing is written then
     */
    FundEntry award(SamaritanAward award);

    /** The fund's balance; empty when the area has no fund. */
    Optional<BigDecimal> balance(AreaCode fund);

    Optional<SamaritanAward> awardOf(AwardId id);

    /** The fund's ledger, latest first; a position is (seq, seq). */
    Slice<FundEntry> ledger(AreaCode fund, PageRequest page);
}
