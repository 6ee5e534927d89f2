package org.shizhi.domain.campaign.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * One line of a Good Samaritan fund's ledger (见义勇为基金): money received or an award paid, and the balance right after.
 *
 * @param seq   the line's place in the fund's ledger, from 1
 * @param award the award paid, for an {@link Kind#AWARD} line
 */
public record FundEntry(AreaCode fund, long seq, Kind kind, BigDecimal amount, BigDecimal balanceAfter, LocalDate on,
                        String description, Optional<AwardId> award, Instant recordedAt) {

    public enum Kind { INCOME, AWARD }

    public FundEntry {
        Objects.requireNonNull(fund, "fund");
        Objects.requireNonNull(kind, "kind");
        amount = Amounts.positive("amount", amount);
        balanceAfter = Amounts.atLeastZero("balanceAfter", balanceAfter);
        Objects.requireNonNull(on, "on");
        description = Texts.required("description", "the description", description, 4_000);
        award = award == null ? Optional.empty() : award;
        if (award.isPresent() != (kind == Kind.AWARD)) {
            throw new InvalidValueException("award", "an award line, and only that, names its award");
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
