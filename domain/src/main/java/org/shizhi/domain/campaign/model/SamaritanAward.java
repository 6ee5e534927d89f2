package org.shizhi.domain.campaign.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A Good Samaritan award (见义勇为奖励, seed 003) paid from the fund of an area: the act, when and where, the people
 * honoured (personal data) and the amount. It may never exceed the fund's balance.
 */
public record SamaritanAward(AwardId id, AreaCode fund, String act, LocalDate actOn, String place, List<Honouree> honoured,
                             BigDecimal amount, Instant awardedAt, Acting awardedBy) {

    public static final int MAX_HONOURED = 50;

    public SamaritanAward {
        Objects.requireNonNull(id, "id");
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
        if (honoured.size() > MAX_HONOURED) {
            throw new InvalidValueException("honoured", "an award honours at most " + MAX_HONOURED + " people");
        }
        List<Honouree> people = new ArrayList<>();
        for (int i = 0; i < honoured.size(); i++) {
            if (honoured.get(i) == null) {
                throw new InvalidValueException("honoured[" + i + "]", "an honoured person has a name");
            }
            people.add(honoured.get(i));
        }
        honoured = List.copyOf(people);
        amount = Amounts.positive("amount", amount);
        Objects.requireNonNull(awardedAt, "awardedAt");
        Objects.requireNonNull(awardedBy, "awardedBy");
    }

    /** Someone honoured: their name and, if known, their ID number (both personal data). */
    public record Honouree(String name, Optional<IdNumber> idNumber) {
        public Honouree {
            name = Texts.required("name", "the honoured person's name", name, 100);
            idNumber = idNumber == null ? Optional.empty() : idNumber;
        }
    }
}
