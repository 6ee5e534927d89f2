package org.shizhi.domain.dispute.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/** How a mediation ended: an agreement, a failure handed on to litigation or arbitration, or a withdrawal. */
public sealed interface Outcome {

    /** One line of the text the archive keeps. */
    String describe();

    /** 调解协议: the signed agreement, its obligations, and the court's confirmation if sought. */
    record Agreement(String terms, List<Obligation> obligations, List<String> signatories,
                     JudicialConfirmation confirmation) implements Outcome {
        public Agreement {
            terms = Texts.required("terms", "an agreement's terms", terms, 8_000);
            obligations = List.copyOf(obligations == null ? List.of() : obligations);
            if (signatories == null || signatories.isEmpty()) {
                throw new InvalidValueException("signatories", "an agreement is signed by at least one party");
            }
            signatories = signatories.stream().map(s -> Texts.required("signatories", "a signatory's name", s, 100)).toList();
            Objects.requireNonNull(confirmation, "confirmation");
        }

        public BigDecimal totalAmount() {
            return obligations.stream().map(Obligation::amount).flatMap(Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public String describe() {
            return "agreement: " + terms + (obligations.isEmpty() ? "" : "; amounts " + totalAmount().toPlainString() + " 元")
                    + "; judicial confirmation " + confirmation;
        }

        public Agreement with(JudicialConfirmation next) {
            return new Agreement(terms, obligations, signatories, next);
        }
    }

    /** One obligation of an agreement: what, how much (yuan), by when. */
    record Obligation(String description, Optional<BigDecimal> amount, Optional<LocalDate> dueOn) {
        public Obligation {
            description = Texts.required("obligations.description", "an obligation's description", description, 1_000);
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(dueOn, "dueOn");
            amount = amount.map(a -> Amounts.check("obligations.amount", a));
        }
    }

    enum JudicialConfirmation { NONE, REQUESTED, GRANTED, REFUSED }

    enum Referral { LITIGATION, ARBITRATION }

    /** 诉调对接: mediation failed and the case goes to a court (or an arbitration body) on a date. */
    record Failure(String reason, Referral referral, String body, LocalDate on) implements Outcome {
        public Failure {
            reason = Texts.required("reason", "why mediation failed", reason, 2_000);
            if (referral == null) {
                throw new InvalidValueException("referral", "a failed mediation is referred to LITIGATION or ARBITRATION");
            }
            body = Texts.required("body", "the court or arbitration body", body, 200);
            if (on == null) {
                throw new InvalidValueException("on", "a referral has its date");
            }
        }

        public String describe() {
            return "failed (" + reason + "); referred to " + referral + " at " + body + " on " + on;
        }
    }

    record Withdrawal(String reason) implements Outcome {
        public Withdrawal {
            reason = Texts.required("reason", "why the dispute was withdrawn", reason, 2_000);
        }

        public String describe() {
            return "withdrawn: " + reason;
        }
    }

    /** Amounts in yuan: not negative, at most 2 decimals, below a trillion. */
    @PublishedModel
    final class Amounts {
        private Amounts() {
        }

        public static BigDecimal check(String field, BigDecimal amount) {
            if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
                throw new InvalidValueException(field, "an amount is yuan with at most 2 decimals, from 0 to below 10^12, not " + amount.toPlainString());
            }
            return amount.setScale(2);
        }
    }
}
