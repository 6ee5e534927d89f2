package org.shizhi.domain.party.model;

import java.time.LocalDate;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * An employed member's check-in (在职党员到社区报到) to the community where they live: when, where, and the service
 * they pledge there. One per member: a member who moves checks in anew by replacing it.
 */
public record CheckIn(PartyMemberId member, AreaCode community, LocalDate on, String pledgedService) {

    public static final int MAX_PLEDGE_LENGTH = 500;

    public CheckIn {
        if (member == null) {
            throw new InvalidValueException("memberId", "a check-in is a member's");
        }
        if (community == null || community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("community", "a member checks in to a community (a 12-digit community code)");
        }
        if (on == null) {
            throw new InvalidValueException("on", "the date of the check-in is required");
        }
        pledgedService = Texts.required("pledgedService", "the service pledged", pledgedService, MAX_PLEDGE_LENGTH);
    }

    /** Refuses a check-in by a member who may not check in, or dated before they joined or after {@code today}. */
    public static CheckIn of(PartyMember member, AreaCode community, LocalDate on, String pledgedService, LocalDate today) {
        if (!member.employed()) {
            throw new InvalidValueException("memberId", "only employed members (在职党员) check in to the community where they live");
        }
        if (on != null && on.isAfter(today)) {
            throw new InvalidValueException("on", "a check-in cannot be dated after today (" + today + ")");
        }
        if (on != null && on.isBefore(member.joinedOn())) {
            throw new InvalidValueException("on", "a check-in cannot be dated before the member joined (" + member.joinedOn() + ")");
        }
        return new CheckIn(member.id(), community, on, pledgedService);
    }
}
