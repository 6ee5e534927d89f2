package org.shizhi.domain.campaign.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A couple's registered wedding in the wedding-customs reform (新时代婚俗礼仪): the public services it uses, the simplicity
 * pledges the couple made, and once the day has passed the follow-up check of those pledges. The couple's names are
 * personal data. Using the public hall books it for the day: no hall holds two weddings on one day.
 */
public record Wedding(WeddingId id, AreaCode area, LocalDate weddingOn, String partnerOne, String partnerTwo,
                      Set<WeddingService> services, Optional<HallId> hall, SimplicityPledge pledge, Optional<FollowUpCheck> followUp,
                      Instant registeredAt, Acting registeredBy) {

    public Wedding {
        Objects.requireNonNull(id, "id");
        if (area == null) {
            throw new InvalidValueException("areaCode", "a wedding is registered in an area (12-digit code)");
        }
        if (weddingOn == null) {
            throw new InvalidValueException("weddingOn", "the wedding day is required");
        }
        partnerOne = Texts.required("partnerOne", "the first partner's name", partnerOne, 100);
        partnerTwo = Texts.required("partnerTwo", "the second partner's name", partnerTwo, 100);
        if (services == null || services.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("services", "the services are among " + EnumSet.allOf(WeddingService.class));
        }
        services = services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
        hall = hall == null ? Optional.empty() : hall;
        if (hall.isPresent() != services.contains(WeddingService.PUBLIC_HALL)) {
            throw new InvalidValueException("hallId", "a wedding names a public hall exactly when it uses the PUBLIC_HALL service");
        }
        if (pledge == null) {
            throw new InvalidValueException("pledge", "the couple's simplicity pledges are required");
        }
        followUp = followUp == null ? Optional.empty() : followUp;
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(registeredBy, "registeredBy");
    }

    /** The wedding with its follow-up check: once, on or after the wedding day, never before it. */
    public Wedding checked(FollowUpCheck check) {
        if (followUp.isPresent()) {
            throw new ConflictException("weddingId", "wedding " + id + " was checked already on " + followUp.get().checkedOn());
        }
        if (check.checkedOn().isBefore(weddingOn)) {
            throw new InvalidValueException("checkedOn", "a follow-up check comes on or after the wedding day " + weddingOn);
        }
        return new Wedding(id, area, weddingOn, partnerOne, partnerTwo, services, hall, pledge, Optional.of(check), registeredAt, registeredBy);
    }

    /** Kept, broken, or not yet known. */
    public Optional<Boolean> pledgeKept() {
        return followUp.map(pledge::keptBy);
    }

    /** What the couple pledged (婚事简办): at most so many guests, banquet tables, and so much in gifts (彩礼/礼金), in yuan. */
    public record SimplicityPledge(int maxGuests, int maxBanquetTables, BigDecimal maxGifts) {
        public SimplicityPledge {
            if (maxGuests < 0 || maxGuests > 10_000) {
                throw new InvalidValueException("pledge.maxGuests", "the pledged guests are 0 to 10000, got " + maxGuests);
            }
            if (maxBanquetTables < 0 || maxBanquetTables > 1_000) {
                throw new InvalidValueException("pledge.maxBanquetTables", "the pledged banquet tables are 0 to 1000, got " + maxBanquetTables);
            }
            maxGifts = Amounts.atLeastZero("pledge.maxGifts", maxGifts);
        }

        public boolean keptBy(FollowUpCheck check) {
            return check.guests() <= maxGuests && check.banquetTables() <= maxBanquetTables && check.gifts().compareTo(maxGifts) <= 0;
        }
    }

    /** What the follow-up found: guests, banquet tables and gifts as they were. */
    public record FollowUpCheck(LocalDate checkedOn, int guests, int banquetTables, BigDecimal gifts, String checkedBy) {
        public FollowUpCheck {
            if (checkedOn == null) {
                throw new InvalidValueException("checkedOn", "the day of the check is required");
            }
            if (guests < 0 || guests > 100_000) {
                throw new InvalidValueException("guests", "the guests are 0 to 100000, got " + guests);
            }
            if (banquetTables < 0 || banquetTables > 10_000) {
                throw new InvalidValueException("banquetTables", "the banquet tables are 0 to 10000, got " + banquetTables);
            }
            gifts = Amounts.atLeastZero("gifts", gifts);
            checkedBy = Texts.required("checkedBy", "who checked", checkedBy, 100);
        }
    }
}
