package org.shizhi.domain.campaign.model;

import java.math.BigDecimal;
import org.shizhi.domain.shared.InvalidValueException;

/** Amounts of yuan: positive (or zero where allowed), at most two decimals (fen), below ten billion. */
public final class Amounts {

    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Amounts() {
    }

    public static BigDecimal positive(String field, BigDecimal amount) {
        BigDecimal a = atLeastZero(field, amount);
        if (a.signum() == 0) {
            throw new InvalidValueException(field, "the amount must be more than 0 yuan");
        }
        return a;
    }

    public static BigDecimal atLeastZero(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValueException(field, "the amount in yuan is required");
        }
        if (amount.signum() < 0) {
            throw new InvalidValueException(field, "the amount must not be negative, got " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(field, "an amount in yuan has at most two decimals (fen), got " + amount.toPlainString());
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidValueException(field, "the amount must be at most " + MAX.toPlainString() + " yuan");
        }
        return amount.setScale(2);
    }
}
