package org.shizhi.domain.campaign.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.campaign.model.Amounts;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * The Good Samaritan fund (见义勇为基金, seed 003) of an area: income and awards. Roles {@code CITY_ADMIN},
 * {@code STREET_OFFICER}; the fund's area in the caller's jurisdiction (else 404). An award larger than the balance is
 * 409 naming {@code amount}, also when concurrent awards drew the balance down first; the balance never goes below zero.
 */
public interface GoodSamaritanUseCase {

    FundEntry receive(Actor actor, ReceiveCommand command);

    AwardGranted award(Actor actor, AwardCommand command);

    record ReceiveCommand(AreaCode fund, BigDecimal amount, String source, LocalDate receivedOn) {
        public ReceiveCommand {
            if (fund == null) {
                throw new InvalidValueException("fundArea", "income goes to the fund of an area (12-digit code)");
            }
            amount = Amounts.positive("amount", amount);
            source = Texts.required("source", "the source", source, 200);
            if (receivedOn == null) {
                throw new InvalidValueException("receivedOn", "the day the money was received is required");
            }
        }
    }

    record AwardCommand(AreaCode fund, String act, LocalDate actOn, String place, List<SamaritanAward.Honouree> honoured,
                        BigDecimal amount) {
        public AwardCommand {
            if (fund == null) {
                throw new InvalidValueException("fundArea", "an award is paid from the fund of an area (12-digit code)");
            }
            act = Texts.required("act", "the act", act, 4_000);
            if (actOn == null) {
                throw new InvalidValueException("actOn", "the day of the act is required");
            }
            place = Texts.required("place", "the place", place, 200);
            if (honoured == null || honoured.isEmpty()) {
                throw new InvalidValueException("honoured", "an award honours at least one person");
            }
            if (honoured.size() > SamaritanAward.MAX_HONOURED) {
                throw new InvalidValueException("honoured", "an award honours at most " + SamaritanAward.MAX_HONOURED + " people");
            }
            honoured = List.copyOf(honoured);
            amount = Amounts.positive("amount", amount);
        }
    }

    /** The award and its line in the fund's ledger, with the balance after it. */
    record AwardGranted(SamaritanAward award, FundEntry entry) {
    }
}
