package org.shizhi.domain.party.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A member's service (党员志愿服务): the activity, where (a community), when, how many hours (in half hours, at most
 * 24 in a day) and how many people it served.
 */
public record ServiceRecord(ServiceRecordId id, PartyMemberId member, AreaCode community, String activity, LocalDate on,
                            BigDecimal hours, int beneficiaries) {

    public static final int MAX_ACTIVITY_LENGTH = 200;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);
    public static final int MAX_BENEFICIARIES = 100_000;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public ServiceRecord {
        Objects.requireNonNull(id, "id");
        if (member == null) {
            throw new InvalidValueException("memberId", "a service record is a member's");
        }
        if (community == null || community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("community", "a service is given in a community (a 12-digit community code)");
        }
        activity = Texts.required("activity", "the activity", activity, MAX_ACTIVITY_LENGTH);
        if (on == null) {
            throw new InvalidValueException("on", "the date of the service is required");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new InvalidValueException("hours", "hours must be more than 0 and at most 24");
        }
        if (hours.remainder(HALF).signum() != 0) {
            throw new InvalidValueException("hours", "hours are counted in half hours (0.5, 1, 1.5 ...), got " + hours.toPlainString());
        }
        hours = hours.setScale(1);
        if (beneficiaries < 0 || beneficiaries > MAX_BENEFICIARIES) {
            throw new InvalidValueException("beneficiaries", "beneficiaries must be between 0 and " + MAX_BENEFICIARIES);
        }
    }

    /** Refuses a service dated after {@code today} or before the member joined. */
    public static ServiceRecord of(ServiceRecordId id, PartyMember member, AreaCode community, String activity,
                                   LocalDate on, BigDecimal hours, int beneficiaries, LocalDate today) {
        if (on != null && on.isAfter(today)) {
            throw new InvalidValueException("on", "a service cannot be recorded before it is given (dated after " + today + ")");
        }
        if (on != null && on.isBefore(member.joinedOn())) {
            throw new InvalidValueException("on", "a member's service is dated on or after they joined (" + member.joinedOn() + ")");
        }
        return new ServiceRecord(id, member.id(), community, activity, on, hours, beneficiaries);
    }
}
