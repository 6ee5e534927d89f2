package org.shizhi.domain.party.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A five-in-one council (五位一体) of a community or of one of its estates: every one of the five seats filled by an
 * organisation and the person who sits for it. One council per community (without estate) and one per estate.
 */
public record Council(CouncilId id, AreaCode community, Optional<EstateId> estate, Map<Seat, Holder> seats) {

    public static final int MAX_TEXT_LENGTH = 100;

    /** Who fills a seat: the organisation and the person sitting for it (a public role, named in the minutes). */
    public record Holder(String organisation, String person) {
        public Holder {
            organisation = Texts.required("seats.organisation", "the seat's organisation", organisation, MAX_TEXT_LENGTH);
            person = Texts.required("seats.person", "the person in the seat", person, MAX_TEXT_LENGTH);
        }
    }

    public Council {
        Objects.requireNonNull(id, "id");
        if (community == null || community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("community", "a council sits in a community (a 12-digit community code)");
        }
        estate = estate == null ? Optional.empty() : estate;
        if (seats == null) {
            throw new InvalidValueException("seats", "a council's five seats are required");
        }
        for (Seat seat : Seat.values()) {
            if (seats.get(seat) == null) {
                throw new InvalidValueException("seats", "seat " + seat + " is not filled: all five seats are");
            }
        }
        seats = Map.copyOf(new EnumMap<>(seats));
    }

    /** Refuses an estate of another community, and a property company seat that is not the estate's company. */
    public static Council of(CouncilId id, AreaCode community, Optional<Estate> estate, Map<Seat, Holder> seats,
                             Optional<PropertyCompany> estateCompany) {
        Council council = new Council(id, community, estate.map(Estate::id), seats);
        if (estate.isPresent()) {
            if (!estate.get().community().equals(community)) {
                throw new InvalidValueException("estateId", "estate " + estate.get().name() + " lies in community "
                        + estate.get().community() + ", not " + community);
            }
            if (estateCompany.isPresent() && !estateCompany.get().name().equals(council.seats().get(Seat.PROPERTY_COMPANY).organisation())) {
                throw new InvalidValueException("seats", "the PROPERTY_COMPANY seat of an estate's council is its company, "
                        + estateCompany.get().name());
            }
        }
        return council;
    }
}
