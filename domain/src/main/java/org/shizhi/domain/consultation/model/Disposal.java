package org.shizhi.domain.consultation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A disposal of a village asset, resource or funds (a sale, a lease, contracting out, spending, a write-off), in yuan.
 * It owes the villagers a finance disclosure within the days the report asks.
 */
public record Disposal(int seq, DisposalKind kind, String description, BigDecimal amount, LocalDate disposedOn) {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    public Disposal {
        if (seq < 1) {
            throw new InvalidValueException("seq", "disposals are numbered from 1");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "the kind is SALE, LEASE, CONTRACT_OUT, SPENDING or WRITE_OFF");
        }
        description = Texts.required("description", "what was disposed of, and to whom (an organisation, never a person)", description, 2_000);
        amount = VillageAsset.yuan("amount", amount);
        if (disposedOn == null) {
            throw new InvalidValueException("disposedOn", "the day of the disposal is required");
        }
    }
}
