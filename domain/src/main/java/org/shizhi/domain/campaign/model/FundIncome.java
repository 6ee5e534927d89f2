package org.shizhi.domain.campaign.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/** Money the fund of an area receives (a budget allocation, a donation), from a named source on a day. */
public record FundIncome(AreaCode fund, BigDecimal amount, String source, LocalDate receivedOn, Instant recordedAt, Acting recordedBy) {

    public FundIncome {
        if (fund == null) {
            throw new InvalidValueException("fundArea", "income goes to the fund of an area (12-digit code)");
        }
        amount = Amounts.positive("amount", amount);
        source = Texts.required("source", "the source", source, 200);
        if (receivedOn == null) {
            throw new InvalidValueException("receivedOn", "the day the money was received is required");
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
