package org.shizhi.domain.campaign.port.in;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.campaign.model.HallId;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingId;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.model.WeddingService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * The wedding-customs reform (新时代婚俗礼仪, seed 002): public halls, the registers of folk masters, alliance businesses and
 * counselling sessions, and couples' weddings with their follow-up. Roles {@code COMMUNITY_STAFF}, {@code STREET_OFFICER},
 * {@code CITY_ADMIN}; the area in the caller's jurisdiction (else 404). A hall booked that day already is 409 naming
 * {@code hallId}; a second follow-up check is 409.
 */
public interface WeddingReformUseCase {

    PublicHall addHall(Actor actor, AddHallCommand command);

    /** Puts a folk master, an alliance business or a counselling session on its register (the entry's id is new). */
    WeddingRegisterEntry enter(Actor actor, WeddingRegisterEntry entry);

    Wedding register(Actor actor, RegisterWeddingCommand command);

    Wedding followUp(Actor actor, WeddingId wedding, Wedding.FollowUpCheck check);

    record AddHallCommand(AreaCode area, String name, int capacity) {
        public AddHallCommand {
            new PublicHall(HallId.random(), area, name, capacity);
        }
    }

    record RegisterWeddingCommand(AreaCode area, LocalDate weddingOn, String partnerOne, String partnerTwo,
                                  Set<WeddingService> services, Optional<HallId> hall, Wedding.SimplicityPledge pledge) {
        public RegisterWeddingCommand {
            if (area == null) {
                throw new InvalidValueException("areaCode", "a wedding is registered in an area (12-digit code)");
            }
            if (weddingOn == null) {
                throw new InvalidValueException("weddingOn", "the wedding day is required");
            }
            partnerOne = Texts.required("partnerOne", "the first partner's name", partnerOne, 100);
            partnerTwo = Texts.required("partnerTwo", "the second partner's name", partnerTwo, 100);
            services = services == null ? Set.of() : services;
            hall = hall == null ? Optional.empty() : hall;
            if (hall.isPresent() != services.contains(WeddingService.PUBLIC_HALL)) {
                throw new InvalidValueException("hallId", "a wedding names a public hall exactly when it uses the PUBLIC_HALL service");
            }
            if (pledge == null) {
                throw new InvalidValueException("pledge", "the couple's simplicity pledges are required");
            }
        }
    }
}
